"""Claims across outlets from analysed text (the full pipeline, both shipped embedders, a
ledger too small to be centred)."""

from __future__ import annotations

from datetime import date

import pytest

REPORTS = [
    ("AP", "2023-09-09", "At least 1,037 people have died, Morocco's interior ministry said on Saturday."),
    ("Reuters", "2023-09-10", "At least 2,012 people have died, Morocco's interior ministry said on Sunday."),
    ("BBC", "2023-09-10", "The death toll has risen to at least 2,012 people, Morocco's interior ministry said."),
    ("AP", "2023-09-09", "The earthquake had a preliminary magnitude of 6.8, the U.S. Geological Survey said."),
    ("CNN", "2023-09-09", "The U.S. Geological Survey said the quake measured 6.8 in magnitude."),
    ("Al Jazeera", "2023-09-09", "Morocco's geophysical centre said the quake measured 7.0 in magnitude."),
    ("AP", "2023-09-10", 'Maryland Governor Wes Moore said: "These people are heroes."'),
    ("Reuters", "2023-09-10", '"These people are heroes," Maryland Governor Wes Moore said.'),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("model", ["static", "minilm-int8"])
def test_differing_figures_stay_apart_and_relayed_quotes_join(nlp, ledger, monkeypatch, model):
    from newsledger.analysis import centring
    from newsledger.analysis.update import update_analysis
    from newsledger.article import Article
    from newsledger.nlp.pipeline import analyse

    monkeypatch.setattr(centring, "CENTRE_MIN", 10**6)  # eight claims: raw vectors
    ledger.write([
        analyse(Article(text=text, published=date.fromisoformat(day), outlet=outlet), nlp).to_dict()
        for outlet, day, text in REPORTS
    ])  # fmt: skip
    update_analysis(ledger, model)
    rows = ledger.conn.execute(
        """SELECT ar.outlet, at.content, m.cluster_id FROM claim_members m
           JOIN attributions at ON at.id = m.attribution_id
           JOIN articles ar ON ar.id = at.article_id"""
    ).fetchall()
    cluster = {(r["outlet"], r["content"].split()[-1].strip('."')): r["cluster_id"] for r in rows}
    assert cluster["Reuters", "died"] == cluster["BBC", "people"] != cluster["AP", "died"]
    assert cluster["AP", "heroes"] == cluster["Reuters", "heroes,"]
    assert cluster["AP", "6.8"] != cluster["Al Jazeera", "magnitude"]  # 6.8 against 7.0
    assert cluster["CNN", "magnitude"] != cluster["Al Jazeera", "magnitude"]
    if model == "minilm-int8":  # the agency's paraphrase: static (raw) scores it 0.69, below 0.70
        assert cluster["AP", "6.8"] == cluster["CNN", "magnitude"]
