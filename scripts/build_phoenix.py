"""Compile the Phoenix / PETRARCH2 actor dictionaries into the table the entities extractor
loads (src/newsledger/extract/entities/phoenix_actors.tsv.gz), its role nouns
(src/newsledger/extract/entities/phoenix_agents.tsv.gz: "police", "riot police", "rebels"), and
the organisations' synonym pairs the cross-article analysis reads
(src/newsledger/data/phoenix_synonyms.tsv.gz).

The source files (`../shared/data/phoenix`, MIT, Open Event Data Alliance) are TABARI actor
files: an entry line, `+` alias lines, and tab-indented `[CODE dates]` lines. Parsing them
takes seconds; the compiled table is one line per name, so the pipeline loads it in a few
tens of milliseconds. Each name gets a kind (PERSON, ORG or GPE) and its date-ranged codes.

    python scripts/build_phoenix.py [--source ../shared/data/phoenix]
"""

from __future__ import annotations

import argparse
import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "src" / "newsledger" / "extract" / "entities" / "phoenix_actors.tsv.gz"
AGENTS_OUT = OUT.with_name("phoenix_agents.tsv.gz")
SURNAMES_OUT = OUT.with_name("phoenix_surnames.txt")
FILES = {
    "Phoenix.Countries.actors.txt": None,
    "Phoenix.International.actors.txt": None,
    "Phoenix.MilNonState.actors.txt": "ORG",  # armed non-state groups (members end in "__")
}
# Words of an institution's name, never of a person's.
ORG_WORDS = frozenset(
    "army party ministry council committee front forces force assembly parliament court bank "
    "union organization organisation agency commission government police league movement "
    "brigade brigades association corporation company fund institute society congress senate "
    "office department authority board group federation alliance coalition network "
    "cabinet guard navy command council university church mission tribunal bureau service "
    "services center centre foundation republic kingdom state states national islamic "
    "liberation revolutionary people peoples people's militia administration regime family "
    "dynasty camp team clan".split()
)
# Words that make one name of a person's entry an institution's, where the entry itself is
# a person's: "SYRIAN_OBSERVATORY_FOR_HUMAN_RIGHTS", listed with its director as an alias.
NAME_ORG_WORDS = frozenset({"for", "observatory"})
# An alias that begins with a title names the office holder in a phrase, not as a name.
TITLE_WORDS = frozenset(
    "president prime minister foreign secretary general chancellor king queen prince "
    "sheikh emir premier vice deputy chief ambassador defense defence interior finance "
    "senator governor mayor judge speaker leader chairman pope sultan crown".split()
)
# Three-letter CAMEO codes that are a sector, not a country ("AFP [MED]" is a news agency).
NOT_COUNTRIES = frozenset(
    "MED IGO NGO NGM MNC IMG UIS BUS REB OPP GOV MIL COP JUD SPY EDU HLH CVL ELI LAB AGR REF "
    "ENV CRM LEG REL UAF SET HRI INS RAD MOD".split()
)
CODE = re.compile(r"\[([^\]]*)\]")
DATE_RANGE = re.compile(r"^([<>]?)\s*(\d{6,8})(?:\s*-\s*(\d{6,8}))?$")


@dataclass(slots=True)
class Entry:
    names: list[str]
    codes: list[str] = field(default_factory=list)
    country_info: bool = False
    member: bool = False  # "AL_HAWSAWI__": the armed-groups file lists members so


def normalise(name: str) -> str:
    """The lookup key shared with the extractor: accents, case, dots, apostrophes, hyphens and
    underscores folded ("Frank-Walter Steinmeier" == "FRANK_WALTER_STEINMEIER_")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[.'’]", "", text.upper())
    return " ".join(re.split(r"[\s_\-]+", text)).strip()


def iso_date(text: str) -> str:
    """TABARI dates are YYMMDD or YYYYMMDD; two-digit years pivot at 30 (as PETRARCH2 does)."""
    if len(text) == 6:
        year = int(text[:2])
        return f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    return text


def parse_code(raw: str) -> str | None:
    """ "AFGGOVEDU 041001-041231" -> "AFGGOVEDU:20041001:20041231"; ">100201" and "<date"
    leave one end open. None for placeholders ("---")."""
    parts = raw.strip().split(None, 1)
    if not parts or not re.fullmatch(r"~?[A-Z]{3,}", parts[0]):
        return None
    code = parts[0].lstrip("~")
    if len(parts) == 1:
        return f"{code}::"
    match = DATE_RANGE.match(parts[1].replace(" ", ""))
    if not match:
        return f"{code}::"
    sign, first, second = match.groups()
    if sign == ">":
        return f"{code}:{iso_date(first)}:"
    if sign == "<":
        return f"{code}::{iso_date(first)}"
    return f"{code}:{iso_date(first)}:{iso_date(second) if second else iso_date(first)}"


def read_entries(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        if line.startswith("+") and current is not None:
            current.names.append(line[1:].split("[", 1)[0].strip())
            current.codes += CODE.findall(line)
        elif line[:1].isspace() and current is not None:
            current.codes += CODE.findall(line)
        elif not line[:1].isspace():
            name = line.split("[", 1)[0].split()[0] if line.split("[", 1)[0].split() else ""
            if not name:
                continue
            current = Entry(
                [name], CODE.findall(line), "CountryInfo" in comment, name.endswith("__")
            )
            entries.append(current)
    return entries


def classify(entry: Entry, forced: str | None) -> str:
    codes = [c for c in (parse_code(raw) for raw in entry.codes) if c]
    words = normalise(entry.names[0]).lower().split()
    if entry.member and not ORG_WORDS.intersection(words):
        return "PERSON"
    if forced:
        return forced
    if codes and all(
        len(c.split(":")[0]) == 3 and c.endswith("::") and c[:3] not in NOT_COUNTRIES for c in codes
    ):
        return "GPE"  # a country and its places, coded by country alone
    dated = any(not c.endswith("::") for c in codes)
    if (entry.country_info or dated) and not ORG_WORDS.intersection(words):
        return "PERSON"
    return "ORG"


def usable(key: str, kind: str) -> bool:
    """Names a mention could be: a person needs two words and no leading title."""
    words = key.lower().split()
    if not words or len(key) < 2:
        return False
    if kind == "PERSON":
        return len(words) >= 2 and words[0] not in TITLE_WORDS
    return True


def opening_given_names(source: Path) -> frozenset[str]:
    """First words of at least `MIN_PEOPLE` people the country and international files list
    ("AYMAN", "OSAMA", "AHMED"), never a word of an organisation's name there."""
    opening: dict[str, int] = {}
    elsewhere: set[str] = set()
    for filename, forced in FILES.items():
        if forced:
            continue
        for entry in read_entries(source / filename):
            words = normalise(entry.names[0]).split()
            if classify(entry, forced) == "PERSON" and len(words) > 1:
                opening[words[0]] = opening.get(words[0], 0) + 1
            elif classify(entry, forced) == "ORG":
                elsewhere.update(words)
    return frozenset(
        w for w, n in opening.items() if n >= MIN_PEOPLE and len(w) > 2 and w not in elsewhere
    )


MIN_PEOPLE = 3


def a_listed_person(entry: Entry, given: frozenset[str]) -> bool:
    """A leader the armed-groups file lists under the group's code ("AYMAN_AL_ZAWAHIRI",
    "SHEIKH_AHMED_YASSIN"): a given name first (after a title), no institution's word."""
    aliases = [normalise(n).lower().split() for n in entry.names]
    if any(ORG_WORDS.intersection(a) or GROUP_WORDS.intersection(a) for a in aliases):
        return False  # "SAIF_UL_MUSLIMEEN" is also "SWORD_OF_MUSLIMS", "... LASHKAR JIHAD"
    words = normalise(entry.names[0]).split()
    if words and words[0].lower() in TITLE_WORDS | {"mullah", "imam", "maulana"}:
        words = words[1:]
    return 2 <= len(words) <= 5 and words[0] in given


# Arabic and Malay patronymic particles: inside a name they join a person to a father
# ("Osama bin Laden", "Ahmad Awad bin Mubarak"); groups named after one carry a group word.
PATRONYMICS = frozenset({"BIN", "IBN", "BINT"})


def person_shaped(entry: Entry) -> bool:
    """An entry the files code as a body that is a person's: no alias has an institution's
    or a group's word, and an alias has a patronymic inside ("OSAMA_BIN_LADEN_", filed under
    al-Qaeda's code) or a code of the elites sector and two words ("DENG_XIAOPING [CHNELI]", undated)."""
    aliases = [normalise(n).split() for n in entry.names]
    if any(
        ORG_WORDS.intersection(w.lower() for w in a)
        or GROUP_WORDS.intersection(w.lower() for w in a)
        for a in aliases
    ):
        return False
    if any(PATRONYMICS.intersection(a[1:-1]) for a in aliases):
        return True
    codes = [c.split(":")[0] for c in (parse_code(raw) for raw in entry.codes) if c]
    one_word = len(aliases[0]) < 2  # "ERGENEKON [TURELI]", a network: a person needs two
    return not one_word and any(c.endswith("ELI") and len(c) > 3 for c in codes)


# Words of armed groups' names besides ORG_WORDS, and "of", which a person's name lacks.
GROUP_WORDS = frozenset(
    "of battalion battalions lashkar jihad jaish ansar harakat tehrik sword martyrs".split()
)


def entry_kind(entry: Entry, forced: str | None, given: frozenset[str]) -> str:
    """The entry's kind, a person where an organisation file lists one by name or shape."""
    kind = classify(entry, forced)
    if kind == "ORG" and (
        (forced == "ORG" and a_listed_person(entry, given)) or person_shaped(entry)
    ):
        kind = "PERSON"
    return kind


def build(source: Path) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    conflicts: set[str] = set()
    given = opening_given_names(source)
    for filename, forced in FILES.items():
        for entry in read_entries(source / filename):
            kind = entry_kind(entry, forced, given)
            codes = ";".join(c for c in (parse_code(raw) for raw in entry.codes) if c)
            for name in entry.names:
                key = normalise(name)
                name_kind = kind
                if kind == "PERSON" and (ORG_WORDS | NAME_ORG_WORDS).intersection(
                    key.lower().split()
                ):
                    name_kind = "ORG"  # "BUSH_ADMINISTRATION", an alias of a president
                if not usable(key, name_kind):
                    continue
                known = table.get(key)
                if known is not None and known[0] != name_kind:
                    conflicts.add(key)
                elif known is None:
                    table[key] = (name_kind, codes)
    for key in conflicts:
        table.pop(key, None)  # a name the dictionaries give two kinds says nothing
    return table


def lone_surnames(source: Path, table: dict[str, tuple[str, str]]) -> list[str]:
    """One-word aliases the dictionaries give a listed person that are the last word of that
    person's full name ("+MADURO" under NICOLAS_MADURO, "+PUTIN_" under VLADIMIR_PUTIN_): people
    known by surname alone. Countries are filed like people (with dated codes), so a word that
    is the last of any non-person name listed ("GEORGIA", "CROATIA") or a name of its own kind
    in the table is left out; the extractor also checks its places."""
    given = opening_given_names(source)
    elsewhere = {w for key, (kind, _) in table.items() if kind == "GPE" for w in key.split()}
    found: set[str] = set()
    for filename, forced in FILES.items():
        for entry in read_entries(source / filename):
            kind = entry_kind(entry, forced, given)
            if kind != "PERSON":
                continue
            keys = [normalise(n) for n in entry.names]
            if len(keys[0].split()) < 2 or SMALL_WORDS.intersection(keys[0].lower().split()):
                continue  # a country's entry ("IRAQ", "BOSNIA_AND_HERZEGOVINA"), not a person's
            full = [k.split() for k in keys if len(k.split()) >= 2]
            for key in keys:
                if (
                    len(key.split()) == 1
                    and key.isalpha()
                    and len(key) > 2
                    and key not in table
                    and key not in elsewhere
                    and any(
                        words[-1] == key and (words[0] in given or words[0] not in elsewhere)
                        for words in full
                    )
                ):
                    found.add(key)
    return sorted(found)


SURNAMES_HEADER = """# People the Phoenix / PETRARCH2 actor dictionaries (MIT licence, Copyright (c) 2014 Open
# Event Data Alliance: see PHOENIX_LICENSE.txt beside this file) list by surname alone, one
# normalised key a line. Built by scripts/build_phoenix.py.
"""


# Small words an acronym may skip ("Organization of Petroleum Exporting Countries": OPEC).
SMALL_WORDS = frozenset("of the and for on in de des du la le to".split())
COUNTRY_LETTERS = {"US": "US", "UK": "UK", "UN": "UN", "EU": "EU"}


def initials(key: str) -> set[str]:
    """The acronyms a name's initials make, with and without the small words' letters."""
    words = key.split()
    found = set()
    for with_small in (False, True):
        letters = "".join(
            COUNTRY_LETTERS.get(w, w[0])
            for w in words
            if with_small or w.lower() not in SMALL_WORDS
        )
        found.add(letters)
    return found


def synonym_pairs(source: Path) -> list[tuple[str, str]]:
    """Pairs of names of one organisation the dictionaries list under one entry, kept only
    where they are visibly one name: an acronym and the name its initials spell ("OPEC"),
    or two spellings of one name ("World Food Program", "World Food Programme"). An entry
    also lists parts and people under the body's code (the Interior Department lists the
    Geological Survey; Hamas lists its leader), which these two tests keep out."""

    pairs: set[tuple[str, str]] = set()
    for filename, forced in FILES.items():
        for entry in read_entries(source / filename):
            if classify(entry, forced) != "ORG":
                continue
            keys = sorted({normalise(n) for n in entry.names if usable(normalise(n), "ORG")})
            for a in keys:
                for b in keys:
                    if a >= b:
                        continue
                    short, long = sorted((a, b), key=lambda k: (len(k.split()), len(k)))
                    one_word = len(short.split()) == 1 and 2 <= len(short) <= 8
                    if one_word and len(long.split()) >= 2 and short in initials(long):
                        pairs.add((short, long))
                    elif respelt(a, b):
                        pairs.add((a, b))
    return sorted(pairs)


def respelt(a: str, b: str) -> bool:
    """Two spellings of one multiword name: the same words but for long ones spelt a little
    differently ("Programme", "Organisation"), never another word ("House", "Senate")."""
    from difflib import SequenceMatcher

    left, right = a.split(), b.split()
    if len(left) != len(right) or len(left) < 2:
        return False
    for x, y in zip(left, right, strict=True):
        if x == y:
            continue
        if x[0] != y[0] or min(len(x), len(y)) < 5 or SequenceMatcher(None, x, y).ratio() < 0.75:
            return False
    return True


SYNONYMS_OUT = HERE / "src" / "newsledger" / "data" / "phoenix_synonyms.tsv.gz"
SYNONYMS_HEADER = """# Synonym pairs of organisations from the Phoenix / PETRARCH2 actor dictionaries
# (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data Alliance: see
# extract/entities/PHOENIX_LICENSE.txt). Built by scripts/build_phoenix.py.
# name<TAB>name (an acronym and its spelled-out name, or two spellings of one name)
"""


AGENT_LINE = re.compile(r"^([A-Z][A-Z0-9_!'-]*?)_?\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})")
AGENT_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
AGENTS_HEADER = """# Role nouns of the Phoenix / PETRARCH2 agents dictionary (Phoenix.agents.txt), MIT licence,
# Copyright (c) 2014 Open Event Data Alliance: see PHOENIX_LICENSE.txt beside this file.
# Built by scripts/build_phoenix.py. Lower-case words (singular, as listed; up to three
# words)<TAB>the sector they code (CAMEO/PLOVER three-letter code).
"""


def agents(source: Path) -> dict[str, str]:
    """Role noun -> sector from the agents file; `!PERSON!`-style macros expanded."""
    lines = (source / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines()
    macros: dict[str, list[str]] = {}
    for line in lines:
        if found := AGENT_MACRO.match(line.strip()):
            macros[found.group(1)] = [w.strip().lower() for w in found.group(2).split(",")]
    table: dict[str, str] = {}
    for line in lines:
        found = AGENT_LINE.match(line.strip())
        if not found:
            continue
        name, sector = found.group(1), found.group(2)
        forms = [name.lower()]
        for macro, words in macros.items():
            if macro.lower() in forms[0]:
                forms = [forms[0].replace(macro.lower(), w) for w in words]
        for form in forms:
            key = " ".join(form.replace("_", " ").split())
            if key and "!" not in key and len(key.split()) <= 3:
                table.setdefault(key, sector)
    return table


def write_gzip(path: Path, text: str) -> None:
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as out:  # byte-identical rebuilds
        out.write(text.encode("utf-8"))


HEADER = """# Compiled from the Phoenix / PETRARCH2 actor dictionaries (openeventdata/petrarch2,
# petrarch2/data/dictionaries), MIT licence, Copyright (c) 2014 Open Event Data Alliance:
# see PHOENIX_LICENSE.txt beside this file. Built by scripts/build_phoenix.py.
# key<TAB>kind (PERSON|ORG|GPE)<TAB>codes (CODE:from:to;... dates YYYYMMDD, empty = open)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=HERE.parent / "shared" / "data" / "phoenix")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--synonyms", type=Path, default=SYNONYMS_OUT)
    args = parser.parse_args()
    table = build(args.source)
    lines = [f"{key}\t{kind}\t{codes}" for key, (kind, codes) in sorted(table.items())]
    write_gzip(args.out, HEADER + "\n".join(lines) + "\n")
    surnames = lone_surnames(args.source, table)
    SURNAMES_OUT.write_text(SURNAMES_HEADER + "".join(f"{k}\n" for k in surnames), "utf-8")
    print(f"{len(surnames)} lone surnames -> {SURNAMES_OUT}")
    roles = agents(args.source)
    write_gzip(AGENTS_OUT, AGENTS_HEADER + "".join(f"{k}\t{v}\n" for k, v in sorted(roles.items())))
    print(f"{len(roles)} role nouns -> {AGENTS_OUT} ({AGENTS_OUT.stat().st_size} bytes)")
    pairs = synonym_pairs(args.source)
    write_gzip(args.synonyms, SYNONYMS_HEADER + "".join(f"{a}\t{b}\n" for a, b in pairs))
    print(f"{len(pairs)} synonym pairs -> {args.synonyms}")
    kinds: dict[str, int] = {}
    for kind, _ in table.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{len(table)} names {kinds} -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
