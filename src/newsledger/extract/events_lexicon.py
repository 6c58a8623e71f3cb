"""The PLOVER category cue lexicon: which words name which kind of event.

Written from the category definitions of the PLOVER manual (draft 0.7/0.8) and the
CAMEO code names its CAMEO2PLOVER table maps onto them (e.g. CAMEO 0841 "Return, release
person(s)" -> RETREAT, 173 "Arrest, detain" -> COERCE, 19x "Use conventional military
force" -> FIGHT, 18x/20x unconventional violence -> ASSAULT). The gold-standard records
use the 0.5 category set, where INVESTIGATE and DISAPPROVE are separate and FIGHT is the
conventional-force category; this lexicon follows that set.

Cues are lemmas. A verb cue names an event by itself ("condemn"); a phrase cue needs a
particle or preposition ("call for", "pull out"); an object cue needs its object noun
("impose sanctions", "send troops"), and a light verb ("hold", "launch", "stage") takes
the category of its object noun ("held talks", "launched an attack").
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (lexicons read better so)."""
    return frozenset(text.split())


AGREE = "AGREE"
CONSULT = "CONSULT"
SUPPORT = "SUPPORT"
CONCEDE = "CONCEDE"
COOPERATE = "COOPERATE"
AID = "AID"
RETREAT = "RETREAT"
INVESTIGATE = "INVESTIGATE"
DEMAND = "DEMAND"
DISAPPROVE = "DISAPPROVE"
REJECT = "REJECT"
THREATEN = "THREATEN"
PROTEST = "PROTEST"
SANCTION = "SANCTION"
MOBILIZE = "MOBILIZE"
COERCE = "COERCE"
FIGHT = "FIGHT"
ASSAULT = "ASSAULT"

CATEGORIES = (
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, INVESTIGATE, DEMAND,
    DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, FIGHT, ASSAULT,
)  # fmt: skip

# Cooperative categories: promised or future forms of these are AGREE ("All cooperative
# actions reported in future tense are also taken to imply intentions", PLOVER AGREE);
# a refusal of them is REJECT.
COOPERATIVE = frozenset({AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT})
# Verbal categories whose content is what was agreed, demanded, refused, threatened or
# criticised: an event named inside their complement is part of them, not a new event
# ("threatened to impose sanctions" is one THREATEN, "accused X of attacking" one DISAPPROVE).
# CONCEDE wraps too: what is allowed or authorised ("allowed Ukraine to strike") has not
# happened by being allowed.
WRAPPING = frozenset({AGREE, DEMAND, REJECT, THREATEN, DISAPPROVE, SUPPORT, INVESTIGATE, CONCEDE})
CONFLICT = frozenset(
    {DEMAND, DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, FIGHT, ASSAULT}
)


def _cues(table: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for category, cue_words in table.items():
        for word in cue_words.split():
            out[word.replace("_", " ")] = category
    return out


VERB_CUES: dict[str, str] = _cues(
    {
        AGREE: "agree promise pledge offer commit undertake volunteer consent guarantee",
        CONSULT: "meet visit host discuss negotiate confer consult telephone phone mediate "
        "tour travel convene",
        SUPPORT: "praise commend endorse support back hail applaud welcome approve laud defend "
        "apologize apologise forgive recognize recognise sign ratify thank congratulate "
        "normalize normalise reaffirm",
        CONCEDE: "concede yield relent accede acquiesce compromise pardon ease relax soften "
        "accept allow permit authorize authorise legalize legalise reverse regret",
        COOPERATE: "cooperate co-operate collaborate extradite trade coordinate",
        AID: "aid assist help provide supply donate grant lend loan fund finance deliver "
        "arm shelter protect rescue airlift contribute feed",
        RETREAT: "release free withdraw retreat disarm demobilize demobilise surrender return "
        "repatriate resign cede evacuate quit abdicate vacate dismantle decommission",
        INVESTIGATE: "investigate probe inquire examine inspect audit",
        DEMAND: "demand urge insist order press appeal request ask petition require exhort "
        "implore plead instruct command",
        DISAPPROVE: "criticize criticise condemn denounce accuse blame allege complain deplore "
        "decry slam lambaste rebuke reprimand disapprove object oppose fault censure "
        "castigate chide sue reproach charge assail blast berate ridicule vilify disparage",
        REJECT: "reject refuse decline veto rebuff spurn dismiss defy resist disobey renege "
        "backtrack violate flout breach snub block",
        THREATEN: "threaten menace warn caution",
        PROTEST: "protest demonstrate rally march riot picket boycott",
        SANCTION: "sanction expel sever suspend halt freeze cancel terminate embargo recall "
        "postpone withhold downgrade isolate",
        MOBILIZE: "mobilize mobilise deploy mass amass station reinforce patrol muster",
        COERCE: "arrest detain seize confiscate ban censor deport jail imprison outlaw "
        "restrict blockade occupy annex demolish raze bulldoze destroy prohibit raid evict "
        "expropriate nationalize nationalise sentence convict indict prosecute dissolve",
        ASSAULT: "abduct kidnap hijack assassinate murder massacre torture beat execute "
        "behead rape stab lynch kill bomb ambush detonate wound injure maim slaughter torch "
        "burn poison",
        FIGHT: "fight attack clash shell bombard invade battle shoot retaliate strike storm "
        "pound skirmish capture overrun besiege",
    }
)

# Nouns that name an event by themselves ("the talks", "a crackdown", "the invasion").
NOUN_CUES: dict[str, str] = _cues(
    {
        AGREE: "agreement accord pledge promise offer deal willingness readiness",
        CONSULT: "talks talk meeting visit summit negotiation negotiations consultation "
        "discussion discussions mediation trip",
        SUPPORT: "support praise endorsement recognition apology approval authorization permission",
        CONCEDE: "concession amnesty pardon regret",
        COOPERATE: "cooperation collaboration extradition",
        AID: "aid assistance help loan grant donation asylum relief",
        RETREAT: "withdrawal release ceasefire cease-fire truce resignation retreat surrender "
        "repatriation",
        INVESTIGATE: "investigation probe inquiry hearing inquest",
        DEMAND: "demand request appeal",
        DISAPPROVE: "criticism condemnation accusation complaint lawsuit allegation",
        REJECT: "rejection refusal veto",
        THREATEN: "threat ultimatum warning",
        PROTEST: "protest demonstration rally march strike riot boycott sit-in walkout",
        SANCTION: "sanction sanctions embargo expulsion suspension severance",
        MOBILIZE: "mobilization mobilisation deployment buildup build-up introduction patrol "
        "patrols",
        COERCE: "arrest detention curfew crackdown ban raid blockade occupation annexation "
        "deportation confiscation censorship closure",
        ASSAULT: "assassination kidnapping abduction bombing massacre killing torture "
        "execution hijacking",
        FIGHT: "attack assault offensive invasion fighting clash battle war shelling "
        "airstrike bombardment hostilities incursion retaliation revenge insurgency",
    }
)

# (verb, particle or preposition) -> category: the pair means more than the verb.
PHRASE_CUES: dict[tuple[str, str], str] = {
    ("call", "for"): DEMAND, ("call", "on"): DEMAND, ("call", "upon"): DEMAND,
    ("press", "for"): DEMAND, ("push", "for"): DEMAND, ("ask", "for"): DEMAND,
    ("pull", "out"): RETREAT, ("pull", "back"): RETREAT, ("step", "down"): RETREAT,
    ("hand", "over"): RETREAT, ("give", "up"): RETREAT, ("set", "free"): RETREAT,
    ("back", "down"): CONCEDE, ("give", "in"): CONCEDE, ("cut", "off"): SANCTION,
    ("break", "off"): SANCTION, ("walk", "out"): SANCTION, ("crack", "down"): COERCE,
    ("round", "up"): COERCE, ("shut", "down"): COERCE, ("open", "fire"): FIGHT,
    ("fire", "on"): FIGHT, ("fire", "at"): FIGHT, ("look", "into"): INVESTIGATE,
    ("turn", "down"): REJECT, ("speak", "out"): DISAPPROVE, ("talk", "with"): CONSULT,
    ("meet", "with"): CONSULT, ("sit", "down"): CONSULT, ("go", "on"): PROTEST,
    ("blow", "up"): COERCE, ("call", "up"): MOBILIZE, ("beef", "up"): MOBILIZE,
    ("gun", "down"): ASSAULT, ("side", "with"): SUPPORT, ("stand", "by"): SUPPORT,
    ("vote", "for"): SUPPORT, ("vote", "against"): REJECT, ("force", "out"): COERCE, ("rule", "out"): REJECT, ("call", "off"): CONCEDE,
    ("shoot", "down"): FIGHT, ("lay", "down"): RETREAT, ("hand", "back"): RETREAT,
    ("give", "back"): RETREAT, ("lash", "out"): DISAPPROVE,
}  # fmt: skip

# Idioms in which a cue verb names no event ("seized on a report", "struck a deal" is AGREE
# through its object, but "struck down" a law is REJECT-like and left out).
NOT_EVENTS = frozenset({("seize", "on"), ("seize", "upon"), ("strike", "down")})

# (verb, object noun) -> category: the object decides what kind of event the verb is.
OBJECT_CUES: dict[tuple[str, str], str] = {
    **{("impose", n): SANCTION for n in ("sanction", "sanctions", "embargo", "boycott")},
    **{("impose", n): COERCE for n in ("curfew", "restriction", "ban", "law", "emergency", "state")},
    # Easing economic sanctions or a siege is material (RETREAT, CAMEO 085); easing
    # administrative restrictions, curfews and emergencies is CONCEDE (PLOVER definition).
    **{(v, n): RETREAT for v in ("lift", "ease", "end", "remove")
       for n in ("sanction", "sanctions", "embargo", "blockade", "siege")},
    **{(v, n): CONCEDE for v in ("lift", "ease", "relax", "shorten", "reduce", "end", "remove")
       for n in ("ban", "restriction", "restrictions", "curfew", "state", "emergency", "law")},
    **{(v, n): FIGHT for v in ("violate", "breach", "break") for n in ("ceasefire", "truce")},
    **{(v, n): DEMAND for v in ("seek", "request") for n in ("refuge", "asylum", "shelter")},
    **{(v, n): RETREAT for v in ("allow", "permit") for n in ("delivery", "passage", "return")},
    **{(v, n): RETREAT for v in ("open", "reopen", "re-open") for n in ("border", "borders")},
    **{("share", n): COOPERATE for n in ("intelligence", "information", "evidence", "data", "technology")},
    **{(v, n): SANCTION for v in ("cut", "break", "sever", "suspend", "downgrade")
       for n in ("tie", "ties", "relation", "relations", "aid", "assistance", "talks", "contact")},
    **{(v, n): MOBILIZE for v in ("send", "move", "bring", "dispatch", "throw", "rush", "mass", "put")
       for n in ("troop", "troops", "soldier", "soldiers", "force", "forces", "warship",
                 "warships", "tank", "tanks", "reinforcement", "reinforcements", "alert")},
    **{(v, n): AID for v in ("send", "give", "ship", "offer", "extend", "pledge")
       for n in ("aid", "assistance", "food", "money", "supplies", "medicine", "loan",
                 "grant", "weapon", "weapons", "arms", "missile", "missiles", "equipment")},
    **{(v, n): CONSULT for v in ("send", "dispatch") for n in ("envoy", "delegation", "mission")},
    **{(v, n): RETREAT for v in ("allow", "permit", "admit", "accept")
       for n in ("inspector", "inspectors", "observer", "observers", "peacekeeper",
                 "peacekeepers", "monitor", "monitors", "access", "entry")},
    **{(v, "ceasefire"): CONCEDE for v in ("declare", "announce", "call")},
    ("declare", "war"): FIGHT, ("declare", "truce"): CONCEDE, ("reach", "agreement"): AGREE,
    ("reach", "deal"): AGREE, ("reach", "accord"): AGREE, ("sign", "agreement"): SUPPORT,
    ("exchange", "prisoner"): RETREAT, ("exchange", "prisoners"): RETREAT,
    ("rally", "support"): SUPPORT, ("hunger", "strike"): PROTEST, ("take", "hostage"): ASSAULT,
    ("take", "control"): COERCE, ("establish", "relations"): SUPPORT,
    ("establish", "ties"): SUPPORT, ("restore", "ties"): SUPPORT,
    ("restore", "relations"): SUPPORT, ("grant", "asylum"): AID,
    ("file", "lawsuit"): DISAPPROVE, ("file", "complaint"): DISAPPROVE,
    **{("deny", n): REJECT for n in ("request", "permission", "visa", "access", "entry", "asylum")},
    **{(v, n): SANCTION for v in ("end", "halt", "suspend", "stop", "abandon", "break")
       for n in ("mediation", "talks", "negotiations", "negotiation", "dialogue", "contact")},
    **{(v, n): SANCTION for v in ("stop", "halt", "cut", "suspend", "prohibit", "end", "freeze", "withhold")
       for n in ("aid", "assistance", "aids", "loan", "loans", "funding", "deliveries", "delivery")},
    **{("withdraw", n): SANCTION for n in ("inspector", "inspectors", "observer", "observers",
       "diplomat", "diplomats", "ambassador", "envoy", "monitor", "monitors", "worker", "workers",
       "peacekeeper", "peacekeepers", "staff", "mission")},
    **{(v, n): PROTEST for v in ("block", "blockade", "barricade", "occupy")
       for n in ("road", "roads", "bridge", "highway", "street", "streets", "entrance", "traffic",
                 "transport", "railway", "square", "port", "border")},
    **{("order", n): MOBILIZE for n in ("troops", "troop", "patrols", "patrol", "mobilization", "reinforcements")},
    **{(v, n): CONCEDE for v in ("suspend", "end", "halt", "stop")
       for n in ("strike", "protest", "protests", "boycott", "demonstration", "demonstrations")},
    **{(v, "embassy"): SANCTION for v in ("close", "shut")},
    **{(v, n): COERCE for v in ("close", "shut") for n in ("newspaper", "paper", "station", "office", "offices", "university")},
    ("exchange", "fire"): FIGHT, ("set", "fire"): ASSAULT, ("lay", "arms"): RETREAT,
    **{("accept", n): AGREE for n in ("invitation", "mediation", "offer", "proposal", "plan", "peace")},
    **{(v, n): CONCEDE for v in ("accept", "meet") for n in ("demand", "demands", "condition", "conditions")},
    **{("grant", n): CONCEDE for n in ("autonomy", "independence", "amnesty", "pardon", "rights", "freedom")},
    **{("attend", n): CONSULT for n in ("meeting", "talks", "summit", "conference", "negotiations")},
    **{(v, n): MOBILIZE for v in ("tighten", "step", "increase", "heighten", "raise", "boost")
       for n in ("security", "alert", "patrols", "presence", "readiness")},
    **{(v, n): RETREAT for v in ("observe", "respect", "implement") for n in ("ceasefire", "truce")},
    **{(v, n): RETREAT for v in ("reopen", "re-open", "open") for n in ("crossing", "crossings", "airport", "road")},
    **{("extend", n): AID for n in ("credit", "credits", "loan", "loans", "aid", "assistance")},
    **{(v, n): COOPERATE for v in ("exchange", "share") for n in ("views", "expertise", "experience")},
    **{(v, n): FIGHT for v in ("fire", "launch", "lob")
       for n in ("rocket", "rockets", "shell", "shells", "mortar", "mortars", "missile", "missiles")},
    ("take", "custody"): COERCE, ("strike", "deal"): AGREE, ("strike", "agreement"): AGREE,
    **{("receive", n): CONSULT for n in ("delegation", "envoy", "visitor", "minister",
       "president", "ambassador", "leader", "counterpart")}, ("shoot", "dead"): ASSAULT,
    **{("deny", n): REJECT for n in ("accusation", "accusations", "allegation", "allegations",
       "charge", "charges", "claim", "claims", "report", "reports", "responsibility")}, ("blow", "himself"): ASSAULT, ("blow", "themselves"): ASSAULT,
    **{("approve", n): AID for n in ("loan", "loans", "aid", "credit", "credits", "grant", "assistance")},
    **{("declare", n): COERCE for n in ("emergency", "state", "curfew", "law")},
    ("raise", "alert"): MOBILIZE, ("stage", "exercise"): MOBILIZE,
    ("hold", "exercise"): MOBILIZE, ("hold", "exercises"): MOBILIZE,
}  # fmt: skip

# Verbs whose object noun carries the event ("held talks", "launched an attack").
LIGHT_VERBS = words(
    "hold launch stage make issue carry conduct mount begin start give express lodge file "
    "voice extend impose announce resume continue open take offer receive draw face attract earn"
)

# Light verbs whose subject undergoes the event: "X drew criticism from Y" (Y criticises X).
UNDERGOING_VERBS = words("draw face receive attract earn suffer")

# Verbs that only report: never events themselves; what they report is.
REPORTING_VERBS = words(
    "say tell announce report state add note claim quote explain write describe "
    "confirm acknowledge reveal suggest believe think"
)

# Verbs and adjectives that set the status of the event in their complement.
FEAR_WORDS = words("fear worry concern afraid alarm warn caution anxious")
DENY_WORDS = words("deny dispute refute")
PLAN_WORDS = words(
    "plan intend prepare aim decide schedule expect seek want hope try attempt propose "
    "consider weigh mull vow pledge promise"
)
POSSIBLE_MODALS = words("could may might would should likely possible possibly")
FUTURE_MODALS = words("will shall 'll wo")
# Verbs of intent: a cooperative complement makes them AGREE, a hostile one THREATEN.
INTENT_VERBS = words("promise pledge vow swear offer commit undertake volunteer propose")
# Adjectives of readiness: "is willing to withdraw" expresses intent like "offered to".
INTENT_ADJECTIVES = words("willing ready prepared committed determined")
# Modals of obligation: "X said Y must withdraw" reports a demand on Y.
OBLIGATION_MODALS = words("must should ought")
# Verbs that negate their complement: "failed to reach agreement".
FAILURE_VERBS = frozenset({"fail"})

# Words a cue must not be read in: "strike" as a noun is a protest only with these.
PROTEST_STRIKE_MODIFIERS = words("hunger general workers labor labour nationwide")
