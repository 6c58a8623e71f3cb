from newsledger.analysis.update import update_analysis

CLAIM = "the troops will leave Iraq before the end of the year"
SAME = "the troops will leave Iraq before the end of this year"
OTHER = "taxes on petrol will rise sharply in the spring budget"


def _clusters(ledger):
    return ledger.conn.execute(
        "SELECT * FROM claim_clusters ORDER BY n_members DESC, id"
    ).fetchall()


def test_repeated_claim_clusters_with_first_report_and_sources(ledger, embedder, record):
    ledger.write([
        record(f"Blair said {CLAIM}.", "2006-05-02", [("Blair", "PERSON")], [("Blair", "named", CLAIM)]),
        record(f"Officials said {SAME}.", "2006-05-01", claims=[("Officials", "anonymous", SAME)]),
        record(f"Brown said {OTHER}.", "2006-05-03", [("Brown", "PERSON")], [("Brown", "named", OTHER)]),
    ])  # fmt: skip
    report = update_analysis(ledger, embedder)
    assert report["claims"]["new_claims"] == 3
    top, other = _clusters(ledger)
    assert top["n_members"] == 2 and other["n_members"] == 1
    assert top["first_published"] == "2006-05-01"  # the earliest report, not the first ingested
    assert top["n_sources"] == 1 and top["n_anonymous"] == 1 and not top["anonymous_only"]


def test_adding_articles_updates_clusters_without_reclustering(ledger, embedder, tmp_path, record):
    ledger.write([record(f"Blair said {CLAIM}.", "2006-05-02", claims=[("Blair", "named", CLAIM)])])
    update_analysis(ledger, embedder)
    [before] = _clusters(ledger)
    ledger.write(
        [record(f"Sources said {SAME}.", "2006-05-04", claims=[("Sources", "anonymous", SAME)])]
    )
    report = update_analysis(ledger, embedder)
    assert report["claims"] == {"new_claims": 1, "joined": 1, "new_clusters": 0}
    [after] = _clusters(ledger)
    assert after["id"] == before["id"] and after["n_members"] == 2
    assert (tmp_path / "test.db.claims-hashing-raw.faiss").exists()


def test_index_rebuilt_from_ledger_when_file_is_lost(ledger, embedder, tmp_path, record):
    ledger.write([record(f"Blair said {CLAIM}.", "2006-05-02", claims=[("Blair", "named", CLAIM)])])
    update_analysis(ledger, embedder)
    (tmp_path / "test.db.claims-hashing-raw.faiss").unlink()
    ledger.write([record(f"Aides said {SAME}.", "2006-05-04", claims=[("Aides", "group", SAME)])])
    assert update_analysis(ledger, embedder)["claims"]["joined"] == 1


def test_short_contents_are_not_claims(ledger, embedder, record):
    ledger.write([record("Blair said yes.", "2006-05-02", claims=[("Blair", "named", "yes")])])
    assert update_analysis(ledger, embedder)["claims"]["new_claims"] == 0


def test_clusters_do_not_drift_by_chaining(ledger, embedder, record):
    a = "alpha bravo charlie delta echo foxtrot golf hotel india juliet"
    b = "alpha bravo charlie delta echo foxtrot golf hotel india kilo"  # 0.9 to a
    c = "alpha bravo charlie delta echo foxtrot golf lima mike kilo"  # 0.8 to b, 0.7 to a
    ledger.write([
        record(f"Ann said {a}.", "2006-05-01", claims=[("Ann", "named", a)]),
        record(f"Bob said {b}.", "2006-05-02", claims=[("Bob", "named", b)]),
        record(f"Cy said {c}.", "2006-05-03", claims=[("Cy", "named", c)]),
    ])  # fmt: skip
    assert update_analysis(ledger, embedder)["claims"]["new_clusters"] == 2
    sizes = [r["n_members"] for r in _clusters(ledger)]
    assert sizes == [2, 1]


def test_centre_is_fixed_once_and_index_file_reused(
    ledger, embedder, record, tmp_path, monkeypatch
):
    from newsledger.analysis import centring

    monkeypatch.setattr(centring, "CENTRE_MIN", 2)
    ledger.write([
        record(f"Blair said {CLAIM}.", "2006-05-02", claims=[("Blair", "named", CLAIM)]),
        record(f"Brown said {OTHER}.", "2006-05-03", claims=[("Brown", "named", OTHER)]),
    ])  # fmt: skip
    update_analysis(ledger, embedder)
    files = sorted(p.name for p in tmp_path.glob("*.faiss"))
    ledger.write([record(f"Aides said {SAME}.", "2006-05-04", claims=[("Aides", "group", SAME)])])
    update_analysis(ledger, embedder)
    assert sorted(p.name for p in tmp_path.glob("*.faiss")) == files and len(files) == 1


def _members(ledger):
    return ledger.conn.execute(
        """SELECT at.source_text, m.cluster_id FROM claim_members m
           JOIN attributions at ON at.id = m.attribution_id ORDER BY at.id"""
    ).fetchall()


def test_claims_whose_figures_differ_never_share_a_cluster(ledger, embedder, record):
    """ "at least 1,037 dead" and "at least 2,012 dead" read alike but are two tolls."""
    first = "at least 1,037 people dead after the earthquake in the mountains"
    later = "at least 2,012 people dead after the earthquake in the mountains"
    again = "at least 2,012 people dead after the earthquake in the mountains region"
    ledger.write([
        record(f"Officials said {first}.", "2023-09-09", claims=[("Officials", "anonymous", first)],
               quantities=[("at least 1,037", 1037, "at_least", "people")]),
        record(f"Officials said {later}.", "2023-09-10", claims=[("Officials", "anonymous", later)],
               quantities=[("at least 2,012", 2012, "at_least", "people")]),
        record(f"Officials said {again}.", "2023-09-11", claims=[("Officials", "anonymous", again)],
               quantities=[("at least 2,012", 2012, "at_least", "people")]),
    ])  # fmt: skip
    report = update_analysis(ledger, embedder)
    assert report["claims"] == {"new_claims": 3, "joined": 1, "new_clusters": 2}
    first_cluster, later_cluster, again_cluster = [r["cluster_id"] for r in _members(ledger)]
    assert first_cluster != later_cluster == again_cluster  # the later toll joins its own


def test_bare_numbers_compare_by_the_word_beside_them(ledger, embedder, record):
    """No counted noun ("2,059 injured"): a shared word beside the numbers makes one frame."""
    a = "the hospital treated 2,059 injured people from the villages overnight"
    b = "the hospital treated 1,204 injured people from the villages overnight"
    ledger.write([
        record(f"Doctors said {a}.", "2023-09-09", claims=[("Doctors", "group", a)],
               quantities=[("2,059", 2059, "exact", None)]),
        record(f"Doctors said {b}.", "2023-09-09", claims=[("Doctors", "group", b)],
               quantities=[("1,204", 1204, "exact", None)]),
    ])  # fmt: skip
    assert update_analysis(ledger, embedder)["claims"]["new_clusters"] == 2


def test_agreeing_figures_do_not_split_a_claim(ledger, embedder, record):
    a = "about 2,000 people dead after the earthquake in the mountains"
    b = "2,012 people dead after the earthquake in the mountains so far"
    ledger.write([
        record(f"Officials said {a}.", "2023-09-09", claims=[("Officials", "anonymous", a)],
               quantities=[("about 2,000", 2000, "about", "people")]),
        record(f"Officials said {b}.", "2023-09-10", claims=[("Officials", "anonymous", b)],
               quantities=[("2,012", 2012, "exact", "people")]),
    ])  # fmt: skip
    assert update_analysis(ledger, embedder)["claims"]["joined"] == 1


def test_same_speaker_joins_at_a_lower_similarity_than_different_speakers(ledger, embedder, record):
    from newsledger.analysis.claims import Thresholds

    said = "a new page for the history of democracy in Taiwan opens today"
    again = "a new chapter for the history of our democracy begins today"  # 0.5 to said
    ledger.write([
        record(f"Lai said {said}.", "2024-01-13", [("Lai", "PERSON")], [("Lai", "named", said)]),
        record(f"Lai said {again}.", "2024-01-14", [("Lai", "PERSON")], [("Lai", "named", again)]),
        record(f"Hou said {again}.", "2024-01-14", [("Hou", "PERSON")], [("Hou", "named", again)]),
    ])  # fmt: skip
    update_analysis(ledger, embedder, claims=False)
    from newsledger.analysis.claims import update_claims

    report, _ = update_claims(ledger.conn, embedder, None, Thresholds(0.45, 0.7, 0.9))
    assert report == {"new_claims": 3, "joined": 1, "new_clusters": 2}
    (_, lai), (_, lai_again), (_, hou) = _members(ledger)
    assert lai == lai_again != hou  # Hou's identical words are Hou's claim, not Lai's


def test_the_same_words_months_apart_are_another_claim(ledger, embedder, record):
    ledger.write([
        record(f"Blair said {CLAIM}.", "2006-05-02", claims=[("Blair", "named", CLAIM)]),
        record(f"Sources said {SAME}.", "2006-05-09", claims=[("Sources", "anonymous", SAME)]),
        record(f"Aides said {SAME}!", "2006-09-30", claims=[("Aides", "anonymous", SAME)]),
    ])  # fmt: skip
    update_analysis(ledger, embedder)
    assert [c["n_members"] for c in _clusters(ledger)] == [2, 1]


def test_a_member_without_figures_does_not_hide_the_clusters_figures(ledger, embedder, record):
    """A claim without figures joins a stored cluster; a later one of the same batch whose
    toll differs from the stored one must still stay apart."""
    first = "at least 2,012 people dead after the earthquake in the mountains"
    plain = "many people dead after the earthquake in the mountains"
    later = "at least 1,037 people dead after the earthquake in the mountains"
    ledger.write([
        record(f"Officials said {first}.", "2023-09-09", claims=[("Officials", "anonymous", first)],
               quantities=[("at least 2,012", 2012, "at_least", "people")]),
    ])  # fmt: skip
    update_analysis(ledger, embedder)
    ledger.write([
        record(f"Aides said {plain}.", "2023-09-10", claims=[("Aides", "anonymous", plain)]),
        record(f"Sources said {later}.", "2023-09-11", claims=[("Sources", "anonymous", later)],
               quantities=[("at least 1,037", 1037, "at_least", "people")]),
    ])  # fmt: skip
    update_analysis(ledger, embedder)
    clusters = {r["content"]: r["cluster_id"] for r in _contents(ledger)}
    assert clusters[later] != clusters[first]


def _contents(ledger):
    return ledger.conn.execute(
        """SELECT at.content, m.cluster_id FROM claim_members m
           JOIN attributions at ON at.id = m.attribution_id"""
    ).fetchall()


def test_claims_whose_durations_differ_never_share_a_cluster(ledger, embedder, record):
    """ "40 hours of air left" and "96 hours of air left" read alike but are two estimates."""
    short = "the sub had 40 hours of breathable air left on Tuesday"
    long = "the sub had 96 hours of breathable air left on Tuesday"
    ledger.write([
        record(f"Officials said {short}.", "2023-06-20", claims=[("Officials", "anonymous", short)],
               durations=[("40 hours", "PT40H", None)]),
        record(f"Officials said {long}.", "2023-06-20", claims=[("Officials", "anonymous", long)],
               durations=[("96 hours", "PT96H", None)]),
    ])  # fmt: skip
    assert update_analysis(ledger, embedder)["claims"]["new_clusters"] == 2


def test_a_claim_with_figures_and_one_without_are_two_claims(ledger, embedder, record):
    """A toll and a description of the same scene share words, not a statement."""
    toll = "at least 323 people were injured in the quake on the peninsula"
    scene = "many people were injured in the quake on the peninsula"
    ledger.write([
        record(f"Officials said {toll}.", "2024-01-03", claims=[("Officials", "anonymous", toll)],
               quantities=[("at least 323", 323, "at_least", "people")]),
        record(f"Officials said {scene}.", "2024-01-03", claims=[("Officials", "anonymous", scene)]),
    ])  # fmt: skip
    assert update_analysis(ledger, embedder)["claims"]["new_clusters"] == 2


def test_a_figure_both_state_lets_a_paraphrase_join(ledger, embedder, record):
    """The same magnitude in other words, from an agency and from seismologists (speakers
    whose relation is unknown): the figure says they report one statement."""
    from newsledger.analysis.claims import Thresholds, update_claims

    said = "the quake had a magnitude of 6.8 near the coast"
    again = "a magnitude 6.8 quake struck near the coast overnight"  # 0.79 to said
    ledger.write([
        record(f"The agency said {said}.", "2024-04-03", claims=[("The agency", "organization", said)],
               quantities=[("6.8", 6.8, "exact", None, "magnitude")]),
        record(f"Seismologists said {again}.", "2024-04-03",
               claims=[("Seismologists", "group", again)],
               quantities=[("6.8", 6.8, "exact", None, "magnitude")]),
    ])  # fmt: skip
    update_analysis(ledger, embedder, claims=False)
    report, _ = update_claims(ledger.conn, embedder, None, Thresholds(0.5, 0.85, 0.9))
    assert report["joined"] == 1


def _two_groups_say(ledger, record, first: str, second: str, again: str) -> None:
    ledger.write([
        record(f"{first} said {FIRST_WORDS}.", "2024-03-01", claims=[(first, "group", FIRST_WORDS)]),
        record(f"{second} said {again}.", "2024-03-02", claims=[(second, "group", again)]),
    ])  # fmt: skip


FIRST_WORDS = "the government will delay the pension reform until the spring"


def test_other_speakers_join_only_with_wording_in_common(ledger, embedder, record):
    """Unions and ministers on one topic: like words, no run of three in common, two claims;
    relaying the statement keeps a run ("delay the pension reform")."""
    from newsledger.analysis.claims import Thresholds, update_claims

    reworded = "pension reform delayed by the government until spring"
    relayed = "the government would delay the pension reform until spring"
    _two_groups_say(ledger, record, "Ministers", "Unions", reworded)
    ledger.write(
        [record(f"Aides said {relayed}.", "2024-03-02", claims=[("Aides", "group", relayed)])]
    )
    update_analysis(ledger, embedder, claims=False)
    update_claims(ledger.conn, embedder, None, Thresholds(0.3, 0.3, 0.3))
    clusters = {r["content"]: r["cluster_id"] for r in _contents(ledger)}
    assert clusters[reworded] != clusters[FIRST_WORDS] == clusters[relayed]


def test_the_same_speaker_joins_without_wording_in_common(ledger, embedder, record):
    from newsledger.analysis.claims import Thresholds, update_claims

    reworded = "pension reform delayed by the government until spring"
    _two_groups_say(ledger, record, "Unions", "Unions", reworded)
    update_analysis(ledger, embedder, claims=False)
    report, _ = update_claims(ledger.conn, embedder, None, Thresholds(0.3, 0.3, 0.3))
    assert report["joined"] == 1


def test_words_relayed_the_same_day_join_below_the_unknown_threshold(ledger, embedder, record):
    """One statement credited to "authorities" in one report and to the navy in another the
    same day (speakers not known to be one, a run of words in common): one statement
    relayed, joined at the threshold one step lower. The same run four days later is not."""
    from newsledger.analysis.claims import Thresholds, update_claims

    said = "sonar operators detected banging sounds near the wreck site overnight"
    relayed = "banging sounds near the wreck were picked up by a navy plane"  # 0.5 to said
    later = "crews again heard banging sounds near the wreck on a second search"  # 0.58 to both
    ledger.write([
        record(f"Authorities said {said}.", "2023-06-20", claims=[("Authorities", "group", said)]),
        record(f"The navy said {relayed}.", "2023-06-20",
               claims=[("The navy", "organization", relayed)]),
        record(f"Rescuers said {later}.", "2023-06-24", claims=[("Rescuers", "group", later)]),
    ])  # fmt: skip
    update_analysis(ledger, embedder, claims=False)
    update_claims(ledger.conn, embedder, None, Thresholds(0.4, 0.8, 0.9))
    clusters = {r["content"]: r["cluster_id"] for r in _contents(ledger)}
    assert clusters[said] == clusters[relayed] != clusters[later]


def test_the_same_speaker_stating_the_same_figure_joins_a_step_below_its_own_threshold(
    ledger, embedder, record
):
    """Officials' toll in two reports, worded apart: the speaker and the figure both say it
    is one statement, so it joins below the same speaker's threshold (`attested`)."""
    from newsledger.analysis.claims import Thresholds, update_claims

    toll = "at least 120 people were killed in the mountain villages"
    again = "the earthquake killed at least 120 people overnight"  # 0.67 to toll
    killed = [("at least 120", 120, "at_least", "people", "killed")]
    ledger.write([
        record(f"Officials said {toll}.", "2024-05-02", claims=[("Officials", "anonymous", toll)],
               quantities=killed),
        record(f"Officials said {again}.", "2024-05-02",
               claims=[("Officials", "anonymous", again)], quantities=killed),
    ])  # fmt: skip
    update_analysis(ledger, embedder, claims=False)
    thresholds = Thresholds(0.75, 0.85, 0.9)  # attested: 0.65
    assert update_claims(ledger.conn, embedder, None, thresholds)[0]["joined"] == 1


def test_a_figure_that_tells_on_the_earlier_side_only_still_agrees(ledger, embedder, record):
    """ "a magnitude of 5.9" says what it measures; the later "5.9-magnitude tremor" reads
    its measure only from the counted noun. One frame, one value: the same figure."""
    from newsledger.analysis.claims import Thresholds, update_claims

    said = "the tremor had a magnitude of 5.9 under the bay"
    again = "the 5.9-magnitude tremor rattled windows across the bay area"  # 0.69 to said
    ledger.write([
        record(f"The survey said {said}.", "2024-05-02",
               claims=[("The survey", "organization", said)],
               quantities=[("5.9", 5.9, "exact", None, "magnitude")]),
        record(f"Seismologists said {again}.", "2024-05-03",
               claims=[("Seismologists", "group", again)],
               quantities=[("5.9", 5.9, "exact", "magnitude", "magnitude")]),
    ])  # fmt: skip
    update_analysis(ledger, embedder, claims=False)
    assert update_claims(ledger.conn, embedder, None, Thresholds(0.6, 0.8, 0.9))[0]["joined"] == 1
