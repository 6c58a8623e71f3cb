from newsledger.records import SCHEMA, iter_spans


def test_record_has_every_key(seed_record):
    assert seed_record["schema"] == SCHEMA
    assert set(seed_record) >= {
        "schema",
        "article",
        "entities",
        "attributions",
        "timexes",
        "quantities",
        "events",
    }
    assert set(seed_record["article"]) >= {
        "id",
        "headline",
        "authors",
        "dateline",
        "published",
        "text",
    }


def test_every_span_is_evidence(seed_record):
    text = seed_record["article"]["text"]
    spans = iter_spans(seed_record)
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_entity_ids_are_unique_and_referenced_ids_exist(seed_record):
    ids = [e["id"] for e in seed_record["entities"]]
    assert len(ids) == len(set(ids))
    for attribution in seed_record["attributions"]:
        source = attribution.get("source") or {}
        assert source.get("entity") in (None, *ids)
    for event in seed_record["events"]:
        for key in ("actor", "target", "place"):
            assert event.get(key) in (None, *ids)


def test_seed_nothing_from_furniture_in_any_extractor(seed_record):
    furniture = [
        (r["start"], r["end"]) for r in seed_record["article"]["regions"] if r["furniture"]
    ]
    assert furniture
    spans = [s for s in iter_spans(seed_record) if "kind" not in s or "furniture" not in s]
    for span in spans:
        assert not any(a < span["end"] and span["start"] < b for a, b in furniture), span
