"""Shared by the entity tests: look an entity up by one of its mentions."""

from __future__ import annotations


def entity_with(record, surface):
    """The one entity that has a mention with exactly this text."""
    found = [e for e in record["entities"] if any(m["text"] == surface for m in e["mentions"])]
    assert len(found) == 1, (surface, [(e["name"], e["type"]) for e in record["entities"]])
    return found[0]


def mention_texts(entity):
    return [m["text"] for m in entity["mentions"]]
