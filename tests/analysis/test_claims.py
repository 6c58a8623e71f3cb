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
