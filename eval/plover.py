"""Reader for the PLOVER gold-standard records (``shared/eval/plover/PLOVER_GSR_CAMEO.txt``).

The file is one JSON array (CC BY-SA 4.0, Open Event Data Alliance). Each record is one
sentence from the CAMEO manual with its PLOVER category (``event``), its source and target
actors (``{"actorText", "code", "sector"}``; either a list, one object, or an empty string)
and a markup of where they sit in the text. The first record (``event == "DOCUMENT"``) is
documentation and is skipped.

Codes: the readme says nation-states carry ISO 3166-1 alpha-3 codes, but three legacy CAMEO
codes survive in the file (JAP, ITL, VTN). ``normalise_code`` maps them to their ISO
equivalents (JPN, ITA, VNM) so that a system coding with ISO codes is not marked wrong for
using the standard; the non-state codes (IGO, NGO, IMG, ISM, MNC) are kept as they are.
Sector ``***`` means "not given" and is read as no sector; a sector with an ethnic or
religious suffix ("CVLalb", "REBMOS") is compared on its 3-letter primary code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "plover" / "PLOVER_GSR_CAMEO.txt"

# Legacy CAMEO country codes still in the gold file -> ISO 3166-1 alpha-3.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE_CODES = frozenset({"IGO", "NGO", "ISM", "IMG", "MNC"})


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None  # 3-letter primary sector code, or None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    event: str
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]
    event_text: str
    markup: str


def normalise_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return LEGACY_CODES.get(code, code) or None


def normalise_sector(sector: str | None) -> str | None:
    if not sector or sector.startswith("*"):
        return None
    return sector[:3].upper()


def _actors(value: Any) -> tuple[GoldActor, ...]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(
        GoldActor(
            text=str(item.get("actorText") or ""),
            code=normalise_code(item.get("code")),
            sector=normalise_sector(item.get("sector")),
        )
        for item in value
        if isinstance(item, dict)
    )


def read_records(path: Path = GOLD) -> list[GoldRecord]:
    """All coded sentences of the gold file, in file order."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    records = []
    for item in raw:
        if item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        info = item.get("textInfo")
        records.append(
            GoldRecord(
                id=item["id"],
                text=item["text"],
                event=item["event"],
                source=_actors(item.get("source")),
                target=_actors(item.get("target")),
                event_text=str(item.get("eventText") or ""),
                markup=str(info.get("markup") or "") if isinstance(info, dict) else str(info or ""),
            )
        )
    return records


def split(records: Iterable[GoldRecord]) -> tuple[list[GoldRecord], list[GoldRecord]]:
    """A fixed development / held-out split: alternate records in file order.

    The file is sorted by category, so alternating keeps every category in both halves.
    Error analysis looks only at the development half; the held-out half is reported.
    """
    dev: list[GoldRecord] = []
    held: list[GoldRecord] = []
    for number, record in enumerate(records):
        (dev if number % 2 == 0 else held).append(record)
    return dev, held
