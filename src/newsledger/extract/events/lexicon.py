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
        AGREE: "agree promise pledge offer commit undertake volunteer consent guarantee assure "
        "reassure",
        CONSULT: "meet visit host discuss negotiate confer consult telephone phone mediate "
        "tour travel convene broker",
        SUPPORT: "praise commend endorse support back hail applaud welcome approve laud defend "
        "apologize apologise forgive recognize recognise sign ratify thank congratulate "
        "normalize normalise reaffirm salute acclaim honor honour champion sympathize "
        "sympathise condole reconcile",
        CONCEDE: "concede yield relent accede acquiesce compromise pardon ease relax soften "
        "accept allow permit authorize authorise legalize legalise reverse regret lift waive "
        "rescind repeal annul comply",
        COOPERATE: "cooperate co-operate collaborate extradite trade coordinate ally partner",
        AID: "aid assist help provide supply donate grant lend loan fund finance deliver "
        "arm shelter protect rescue airlift contribute feed subsidize subsidise rebuild equip "
        "reconstruct escort resettle harbor harbour",
        RETREAT: "release free withdraw retreat disarm demobilize demobilise surrender return "
        "repatriate resign cede evacuate quit abdicate vacate dismantle decommission disband "
        "relinquish unfreeze unblock reopen de-escalate",
        INVESTIGATE: "investigate probe inquire examine inspect audit interrogate verify "
        "scrutinize scrutinise study review",
        DEMAND: "demand urge insist order press appeal request ask petition exhort "
        "implore plead instruct command beg beseech entreat pressure pressurize pressurise",
        DISAPPROVE: "criticize criticise condemn denounce accuse blame allege complain deplore "
        "decry slam lambaste rebuke reprimand disapprove object oppose fault censure "
        "castigate chide sue reproach charge assail blast berate ridicule vilify disparage "
        "admonish chastise upbraid lament bemoan deride excoriate scold convict insult taunt",
        REJECT: "reject refuse decline veto rebuff spurn dismiss defy resist disobey renege "
        "backtrack violate flout breach snub block repudiate abrogate balk obstruct stonewall "
        "overrule ignore disregard",
        THREATEN: "threaten menace warn caution intimidate blackmail",
        PROTEST: "protest demonstrate rally march riot picket boycott",
        SANCTION: "sanction expel sever suspend halt freeze cancel terminate embargo recall "
        "postpone withhold downgrade isolate blacklist penalize penalise",
        MOBILIZE: "mobilize mobilise deploy mass amass station reinforce patrol muster "
        "redeploy conscript fortify alert",
        COERCE: "arrest detain seize confiscate ban censor deport jail imprison outlaw "
        "restrict blockade occupy annex demolish raze bulldoze destroy prohibit raid evict "
        "expropriate nationalize nationalise sentence indict prosecute dissolve "
        "suppress repress quell disperse harass punish exile intern incarcerate apprehend "
        "hack forbid gag muzzle bar loot plunder pillage coerce crush persecute purge subdue",
        ASSAULT: "abduct kidnap hijack assassinate murder massacre torture beat execute "
        "behead rape stab lynch kill bomb ambush detonate wound injure maim slaughter torch "
        "burn poison slay butcher decapitate mutilate strangle assault",
        FIGHT: "fight attack clash shell bombard invade battle shoot retaliate strike storm "
        "pound skirmish capture overrun besiege repel repulse recapture retake counterattack "
        "sink strafe torpedo rout down encircle liberate",
    }
)

# Nouns that name an event by themselves ("the talks", "a crackdown", "the invasion").
NOUN_CUES: dict[str, str] = _cues(
    {
        AGREE: "agreement accord pledge promise offer deal willingness readiness treaty pact "
        "commitment assurance vow memorandum",
        CONSULT: "talks talk meeting visit summit negotiation negotiations consultation "
        "consultations discussion discussions mediation trip dialogue conversation",
        SUPPORT: "support praise endorsement recognition apology approval authorization "
        "permission backing solidarity sympathy condolence condolences congratulations tribute "
        "ratification reconciliation rapprochement",
        CONCEDE: "concession amnesty pardon regret relaxation clemency leniency",
        COOPERATE: "cooperation collaboration extradition partnership coordination",
        AID: "aid assistance help loan grant donation asylum relief subsidy subsidies funding "
        "contribution reconstruction airlift rescue",
        RETREAT: "withdrawal release ceasefire cease-fire truce resignation retreat surrender "
        "repatriation evacuation pullout pull-out disarmament demobilization demobilisation "
        "handover hand-over reopening",
        INVESTIGATE: "investigation probe inquiry hearing inquest inspection audit examination "
        "interrogation",
        DEMAND: "demand request appeal plea petition pressure",
        DISAPPROVE: "criticism condemnation accusation complaint lawsuit allegation rebuke "
        "reprimand denunciation censure disapproval",
        REJECT: "rejection refusal veto defiance repudiation",
        THREATEN: "threat ultimatum warning intimidation",
        PROTEST: "protest demonstration rally march strike riot boycott sit-in walkout "
        "stoppage picket",
        SANCTION: "sanction sanctions embargo expulsion suspension severance blacklisting "
        "cutoff cut-off",
        MOBILIZE: "mobilization mobilisation deployment buildup build-up introduction patrol "
        "patrols redeployment reinforcement reinforcements",
        COERCE: "arrest detention curfew crackdown ban raid blockade occupation annexation "
        "deportation confiscation censorship closure seizure imprisonment eviction "
        "demolition repression suppression harassment internment persecution purge",
        ASSAULT: "assassination kidnapping abduction bombing massacre killing torture "
        "execution hijacking murder slaying beheading genocide atrocity atrocities ambush "
        "cleansing pogrom slaughter",
        FIGHT: "attack assault offensive invasion fighting clash battle war shelling "
        "airstrike bombardment hostilities incursion retaliation revenge insurgency combat "
        "skirmish firefight gunfight counteroffensive counter-offensive counterattack "
        "air-strike warfare siege onslaught reprisal reprisals",
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
    ("turn", "down"): REJECT, ("speak", "out"): DISAPPROVE, ("talk", "with"): CONSULT, ("speak", "with"): CONSULT,
    ("find", "guilty"): DISAPPROVE, ("find", "liable"): DISAPPROVE,
    ("meet", "with"): CONSULT, ("sit", "down"): CONSULT,
    ("blow", "up"): COERCE, ("call", "up"): MOBILIZE, ("beef", "up"): MOBILIZE, ("build", "up"): MOBILIZE,
    ("gun", "down"): ASSAULT, ("side", "with"): SUPPORT, ("stand", "by"): SUPPORT,
    ("vote", "for"): SUPPORT, ("vote", "against"): REJECT, ("force", "out"): COERCE, ("rule", "out"): REJECT, ("call", "off"): CONCEDE,
    ("shoot", "down"): FIGHT, ("lay", "down"): RETREAT, ("hand", "back"): RETREAT,
    ("give", "back"): RETREAT, ("lash", "out"): DISAPPROVE,
    ("bow", "to"): CONCEDE, ("work", "together"): COOPERATE, ("team", "up"): COOPERATE,
    ("join", "forces"): COOPERATE, ("fall", "back"): RETREAT, ("move", "back"): RETREAT, ("scale", "back"): RETREAT, ("scale", "down"): RETREAT, ("draw", "down"): RETREAT,
    ("move", "out"): RETREAT, ("pull", "away"): RETREAT, ("let", "go"): RETREAT,
    ("break", "up"): COERCE, ("stand", "down"): RETREAT, ("shut", "off"): SANCTION,
}  # fmt: skip

# Idioms in which a cue verb names no event ("seized on a report", "struck a deal" is AGREE
# through its object, but "struck down" a law is REJECT-like and left out).
NOT_EVENTS = frozenset({("seize", "on"), ("seize", "upon"), ("strike", "down")})

# (verb, object noun) -> category: the object decides what kind of event the verb is.
OBJECT_CUES: dict[tuple[str, str], str] = {
    **{(v, n): SANCTION for v in ("impose", "slap", "reimpose", "re-impose")
       for n in ("sanction", "sanctions", "embargo", "boycott", "tariff", "tariffs", "duty",
                 "duties", "penalty", "penalties")},
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
    **{(v, n): SANCTION for v in ("cut", "break", "sever", "suspend", "downgrade", "end", "halt",
                                  "freeze")
       for n in ("tie", "ties", "relation", "relations", "aid", "assistance", "talks", "contact",
                 "contacts", "link", "links", "cooperation", "co-operation")},
    # Disapproval voiced as a feeling or a doubt (CAMEO 11x).
    **{(v, n): DISAPPROVE for v in ("express", "voice", "register", "show")
       for n in ("concern", "concerns", "alarm", "dismay", "outrage", "anger", "displeasure",
                 "indignation", "disappointment", "reservations", "disapproval")},
    **{("question", n): DISAPPROVE for n in ("legality", "legitimacy", "validity", "fairness",
       "wisdom", "motives", "credibility", "independence", "impartiality")},
    **{(v, n): MOBILIZE for v in ("send", "move", "bring", "dispatch", "throw", "rush", "mass", "put")
       for n in ("troop", "troops", "soldier", "soldiers", "force", "forces", "warship",
                 "warships", "tank", "tanks", "reinforcement", "reinforcements", "alert",
                 "division", "divisions", "battalion", "battalions", "brigade", "brigades",
                 "unit", "units", "vessel", "vessels", "aircraft", "warplane", "warplanes",
                 "helicopter", "helicopters", "gunboat", "gunboats", "marine", "marines",
                 "paratrooper", "paratroopers", "policeman", "policemen", "police",
                 "submarine", "submarines", "artillery", "missile", "missiles", "frigate",
                 "frigates", "destroyer", "destroyers", "carrier", "carriers", "cruiser",
                 "cruisers", "fleet", "jet", "jets", "fighter", "fighters", "bomber",
                 "bombers", "gendarme", "gendarmes", "commando", "commandos")},
    **{(v, n): AID for v in ("send", "give", "ship", "offer", "extend", "pledge")
       for n in ("aid", "assistance", "food", "money", "supplies", "medicine", "loan",
                 "grant", "weapon", "weapons", "arms", "missile", "missiles", "equipment")},
    **{(v, n): CONSULT for v in ("send", "dispatch") for n in ("envoy", "delegation", "mission")},
    # Sending people who help or protect is aid (CAMEO 073 humanitarian aid, 074 military
    # protection or peacekeeping), not a deployment of one's own forces.
    **{(v, n): AID for v in ("send", "dispatch", "fly", "rush", "contribute")
       for n in ("doctor", "doctors", "medic", "medics", "nurse", "nurses", "rescuer",
                 "rescuers", "expert", "experts", "peacekeeper", "peacekeepers", "volunteer",
                 "volunteers", "medical", "humanitarian", "relief", "rescue")},
    # Allowing international involvement: receiving peacekeepers or inspectors, letting aid
    # through (CAMEO 086, 0861-0863 -> RETREAT).
    **{(v, n): RETREAT for v in ("allow", "permit", "admit", "accept", "receive", "welcome")
       for n in ("inspector", "inspectors", "observer", "observers", "peacekeeper",
                 "peacekeepers", "monitor", "monitors", "contingent", "mission")},
    **{(v, n): RETREAT for v in ("allow", "permit", "admit")
       for n in ("access", "entry", "aid", "convoy", "convoys", "agency", "agencies",
                 "supplies", "relief", "humanitarian")},
    # Declaring a truce de-escalates (CAMEO 0871, under 087 -> RETREAT).
    **{(v, n): RETREAT for v in ("declare", "announce", "call")
       for n in ("ceasefire", "cease-fire", "truce")},
    # Expelling private persons is deportation (CAMEO 174, COERCE); expelling diplomats,
    # peacekeepers or inspectors reduces relations (CAMEO 166, SANCTION, the verb's default).
    **{(v, n): COERCE for v in ("expel", "deport", "banish")
       for n in ("journalist", "journalists", "reporter", "reporters", "correspondent",
                 "correspondents", "foreigner", "foreigners", "migrant", "migrants", "immigrant",
                 "immigrants", "refugee", "refugees", "national", "nationals", "citizen",
                 "citizens", "worker", "workers", "people", "activist", "activists",
                 "missionary", "missionaries", "student", "students", "priest", "priests",
                 "family", "families", "resident", "residents", "alien", "aliens")},
    ("declare", "war"): FIGHT, ("reach", "agreement"): AGREE,
    ("reach", "deal"): AGREE, ("reach", "accord"): AGREE, ("sign", "agreement"): SUPPORT,
    ("exchange", "prisoner"): RETREAT, ("exchange", "prisoners"): RETREAT,
    ("rally", "support"): SUPPORT, ("hunger", "strike"): PROTEST, ("take", "hostage"): ASSAULT,
    ("take", "control"): COERCE, ("establish", "relations"): SUPPORT,
    ("establish", "ties"): SUPPORT, ("restore", "ties"): SUPPORT,
    ("restore", "relations"): SUPPORT, ("grant", "asylum"): AID,
    **{(v, n): AID for v in ("give", "provide", "grant", "extend")
       for n in ("refuge", "shelter", "sanctuary", "protection")},
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
    # Burning tyres, flags or effigies is a street protest (CAMEO 14x).
    **{(v, n): PROTEST for v in ("burn", "torch", "set")
       for n in ("tyre", "tyres", "tire", "tires", "flag", "flags", "effigy", "effigies",
                 "barricade", "barricades")},
    **{("accept", n): AGREE for n in ("invitation", "mediation", "offer", "proposal", "plan", "peace")},
    **{(v, n): CONCEDE for v in ("accept", "meet") for n in ("demand", "demands", "condition", "conditions")},
    **{("grant", n): CONCEDE for n in ("autonomy", "independence", "amnesty", "pardon", "rights", "freedom")},
    **{("attend", n): CONSULT for n in ("meeting", "talks", "summit", "conference", "negotiations")},
    **{(v, n): MOBILIZE for v in ("tighten", "step", "increase", "heighten", "raise", "boost",
                                  "strengthen", "bolster", "expand")
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
    **{(v, n): AID for v in ("release", "disburse", "unblock", "unfreeze")
       for n in ("fund", "funds", "money", "aid", "loan", "loans", "tranche", "credit", "credits",
                 "assistance")},
    **{(v, n): MOBILIZE for v in ("declare", "raise", "heighten", "increase")
       for n in ("alert", "readiness", "mobilization", "mobilisation")},
    # Stopping one's own military action de-escalates (CAMEO 087): RETREAT.
    **{(v, n): RETREAT for v in ("halt", "stop", "suspend", "end", "cease", "call", "scale")
       for n in ("offensive", "attack", "attacks", "bombing", "bombings", "shelling", "fighting",
                 "hostilities", "raid", "raids", "airstrike", "airstrikes", "operation",
                 "operations", "siege", "blockade", "campaign", "fire")},
    **{(v, n): RETREAT for v in ("end", "abandon")
       for n in ("occupation", "position", "positions", "base", "bases", "outpost", "outposts")},
    ("raise", "alert"): MOBILIZE, ("stage", "exercise"): MOBILIZE,
    **{(v, n): RETREAT for v in ("reduce", "cut", "halve", "thin", "withdraw", "remove", "recall")
       for n in ("troop", "troops", "force", "forces", "presence", "garrison", "soldiers")},
    **{(v, n): SANCTION for v in ("reduce", "downgrade", "scale", "freeze", "restrict")
       for n in ("relations", "ties", "contacts", "aid", "trade", "imports", "exports")},
    **{("ban", n): SANCTION for n in ("import", "imports", "export", "exports", "trade", "flights")},
    **{(v, n): SANCTION for v in ("cancel", "call", "postpone") for n in ("talks", "visit", "trip",
       "meeting", "summit", "negotiations")},
    **{(v, n): MOBILIZE for v in ("concentrate", "gather", "assemble", "position")
       for n in ("troops", "forces", "tanks", "soldiers", "warships", "units", "divisions")},
    ("hold", "exercise"): MOBILIZE, ("hold", "exercises"): MOBILIZE,
    # Setting up a joint body is cooperation ("formed a joint commission", CAMEO 06x).
    **{(v, "joint"): COOPERATE for v in ("form", "establish", "create", "set", "launch")},
    # Training another's forces is military aid (CAMEO 072).
    **{(v, n): AID for v in ("train", "equip", "arm")
       for n in ("army", "armies", "troops", "forces", "soldiers", "police", "officers",
                 "recruits", "militia", "militias", "fighters", "rebels", "guard")},
    # Sending or appointing investigators investigates (CAMEO 09x).
    **{(v, n): INVESTIGATE for v in ("send", "dispatch", "appoint")
       for n in ("investigator", "investigators", "commission")},
    # Summoning another state's envoy is a diplomatic protest (CAMEO 11x).
    **{("summon", n): DISAPPROVE for n in ("ambassador", "ambassadors", "envoy", "envoys",
       "diplomat", "diplomats", "charge", "chargé", "consul")},
    # Closing the border or airspace to a neighbour reduces relations (CAMEO 16x).
    **{(v, n): SANCTION for v in ("close", "shut", "seal")
       for n in ("border", "borders", "frontier", "frontiers", "airspace", "crossing",
                 "crossings")},
    # Holding people is detaining them (CAMEO 173); holding hostages is hostage-taking (181).
    **{("hold", n): COERCE for n in ("suspect", "suspects", "prisoner", "prisoners", "detainee",
       "detainees", "refugee", "refugees", "civilian", "civilians", "activist", "activists",
       "journalist", "journalists", "dissident", "dissidents", "protester", "protesters")},
    **{("hold", n): ASSAULT for n in ("hostage", "hostages", "captive", "captives")},
    # Selling arms to a state arms it (CAMEO 072, military aid).
    **{(v, n): AID for v in ("sell", "export", "transfer")
       for n in ("arms", "weapons", "weaponry", "missile", "missiles", "tank", "tanks",
                 "jet", "jets", "fighter", "fighters", "helicopter", "helicopters", "warship",
                 "warships", "ammunition", "equipment")},
}  # fmt: skip

# Problems one "fights" without armed conflict: "to fight drug trafficking" is no battle.
SOCIAL_PROBLEMS = words(
    "terrorism crime corruption trafficking smuggling poverty disease drug drugs inflation "
    "fire fires hunger malaria aids epidemic piracy pollution illiteracy unemployment "
    "extremism racism discrimination fraud"
)

# Objects that make an aid verb figurative: "deliver our recovery plan", "deliver a speech".
FIGURATIVE_OBJECTS = words(
    "plan plans promise promises speech address verdict message result results blow reform "
    "reforms lecture sermon statement growth service services value voice name weight ear "
    "credibility talk talks remark remarks email emails e-mail e-mails context clarity "
    "information alternative platform proof explanation answer answers insight opportunity"
)

# Contests that are not fought: "beat Dewhurst in the primary", "a delegate battle", "the
# drug war". A beating, a battle or a war in their company is no use of force.
CONTEST_WORDS = words(
    "election elections primary primaries runoff run-off vote votes race poll polls ballot "
    "nomination campaign delegate delegates contest match game final tournament court legal "
    "political budget custody price trade drug culture word words class turf bidding ratings "
    "electoral caucus caucuses debate reelection re-election"
)
# Nouns that are verbs of the lexicon but name no act: "signs of relenting", "his finances".
NOT_CONVERTED = words("sign signs finance finances")
COMMITTING_AUX = words("will would should shall must can could 'll wo to")
# Verbs a thing can be the subject of without anyone acting: "the program allows
# investors to...", "the decision threatens to create a bind".
ENABLING_VERBS = words("threaten allow permit enable authorize authorise")
# What one commits as a pledge: "committed troops", "committed $5 million".
COMMITTED = words("troops forces soldiers funds money aid resources support")
REFLEXIVES = words("himself herself themselves itself myself yourself ourselves oneself")
# Kinds of aid that make a bare "aid" an event: "humanitarian aid reached the camps".
AID_KINDS = words(
    "humanitarian military economic financial food emergency foreign development medical "
    "relief disaster reconstruction technical"
)
# Things one releases that are not people or funds: a document, a statement, a film.
RELEASED_THINGS = words(
    "report reports statement statements document documents record records data figure "
    "figures video videos tape tapes list details name names result results letter letters "
    "transcript transcripts return returns plan album film book article it them footage "
    "image images photo photos photograph photographs information memo email emails "
    "recording recordings"
)

# What one captures or seizes without force: data, attention, a mood, a market.
NOT_SEIZED = RELEASED_THINGS | words(
    "email emails message messages attention imagination market share vote votes voter voters "
    "mood essence spirit moment headline headlines heart hearts initiative opportunity "
    "chance momentum nomination title lead"
)
# Whom a state recalls in protest (CAMEO 161-166): "recalled her experience" is memory.
RECALLED = words(
    "ambassador ambassadors envoy envoys diplomat diplomats consul staff mission delegation "
    "representative representatives troops forces soldiers force contingent peacekeepers "
    "monitors observers inspectors team"
)
# "declined to comment": refusing to speak is no rejection of anyone.
SPEAKING_VERBS = words(
    "say comment elaborate discuss answer specify identify confirm speak disclose reveal name "
    "give provide respond explain"
)

# Verbs that hand over a sum of money ("gave $1 billion to"): a transfer of funds is aid
# (CAMEO 071 "Provide economic aid").
MONEY_GIVING = words(
    "give donate send transfer contribute disburse channel approve allocate earmark"
)
CURRENCIES = words(
    "dollar dollars euro euros pound pounds yen franc francs rupee rupees yuan renminbi rouble "
    "roubles ruble rubles mark marks dinar dinars riyal riyals peso pesos shilling shillings"
)

# Verbs whose object noun carries the event ("held talks", "launched an attack").
LIGHT_VERBS = words(
    "hold launch stage make issue carry conduct mount begin start give express lodge file "
    "voice extend impose announce resume continue open take offer receive draw face attract earn "
    "send pay"
)

# Light verbs whose subject undergoes the event: "X drew criticism from Y" (Y criticises X).
UNDERGOING_VERBS = words("draw face receive attract earn suffer")

# Verbs that only report: never events themselves; what they report is.
REPORTING_VERBS = words(
    "say tell announce report state add note claim quote explain write describe "
    "confirm acknowledge reveal suggest believe think conclude"
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
FAILURE_VERBS = frozenset({"fail", "refrain"})

# Words a cue must not be read in: "strike" as a noun is a protest only with these.
PROTEST_STRIKE_MODIFIERS = words("hunger general workers labor labour nationwide")

# Nominalisations whose object names the event's kind: "the imposition of sanctions" reads
# as "impose sanctions", "the lifting of the embargo" as "lift the embargo".
NOMINALISATIONS: dict[str, str] = {
    "imposition": "impose", "suspension": "suspend", "lifting": "lift", "easing": "ease",
    "signing": "sign", "deployment": "deploy", "dispatch": "send", "sending": "send",
    "withdrawal": "withdraw", "release": "release", "severing": "sever", "closure": "close",
    "closing": "close", "freezing": "freeze", "freeze": "freeze", "cancellation": "cancel",
    "opening": "open", "reopening": "reopen", "removal": "remove", "exchange": "exchange",
    "delivery": "deliver", "halt": "halt", "halting": "halt",
    "restoration": "restore", "establishment": "establish", "declaration": "declare",
    "acceptance": "accept", "rejection": "reject", "breaking": "break", "resumption": "resume",
    "cutoff": "cut", "cut": "cut", "ending": "end", "end": "end", "introduction": "send",
    "tightening": "tighten", "relaxation": "relax", "granting": "grant", "approval": "approve",
}  # fmt: skip

# Idioms read through a preposition and its object: "took to the streets" (protest),
# "hurled stones at" (assault). (verb, preposition or "", noun) -> category.
IDIOMS: dict[tuple[str, str, str], str] = {
    **{("take", "to", n): PROTEST for n in ("street", "streets")},
    **{(v, "into", n): PROTEST for v in ("pour", "spill", "flood", "stream")
       for n in ("street", "streets", "square")},
    **{("walk", "off", n): PROTEST for n in ("job", "jobs", "work")},
    # "went on strike", "went on the rampage" (not "went on to say")
    **{("go", "on", n): PROTEST for n in ("strike", "strikes", "rampage")},
    **{(v, "", n): PROTEST for v in ("stop", "down", "lay") for n in ("work", "tools")},
    **{(v, "", n): ASSAULT for v in ("hurl", "throw", "lob")
       for n in ("grenade", "grenades", "bomb", "bombs")},
    # Stone-throwing crowds riot (CAMEO 145, violent protest), they do not assault.
    **{(v, "", n): PROTEST for v in ("hurl", "throw", "pelt")
       for n in ("stone", "stones", "rock", "rocks", "molotov", "cocktail", "cocktails")},
    **{("use", "", n): COERCE for n in ("gas", "force", "truncheon", "truncheons", "baton",
       "batons", "cannon", "cannons", "bullet", "bullets")},
    **{("fire", "", n): COERCE for n in ("gas",)},
    **{(v, "on", n): MOBILIZE for v in ("put", "place", "go", "keep")
       for n in ("alert", "standby", "readiness", "footing")},
    **{(v, "by", n): CONSULT for v in ("speak", "talk", "confer", "consult")
       for n in ("telephone", "phone")},
    # Agreeing to what the other side demanded gives in to it (CAMEO 08x, CONCEDE).
    **{(v, "to", n): CONCEDE for v in ("agree", "accede", "consent", "bow", "yield", "submit")
       for n in ("demand", "demands", "condition", "conditions", "request", "requests")},
    ("call", "", "reservist"): MOBILIZE,
    # Dropping supplies from the air is relief (CAMEO 073).
    **{(v, "", n): AID for v in ("drop", "airdrop", "parachute")
       for n in ("food", "aid", "supplies", "medicine", "medicines", "water", "rations")},
    # Police questioning suspects or witnesses investigate (CAMEO 090).
    **{(v, "", n): INVESTIGATE for v in ("question", "interview", "quiz")
       for n in ("suspect", "suspects", "witness", "witnesses", "detainee", "detainees",
                 "prisoner", "prisoners", "official", "officials")},
    **{("settle", "", n): AGREE for n in ("dispute", "disputes", "differences", "conflict", "row",
       "quarrel")}, ("call", "", "reservists"): MOBILIZE,
    ("call", "", "reserves"): MOBILIZE,
}  # fmt: skip

_VERB_ENDINGS = ("ied", "ies", "ed", "es", "ing", "s", "d")


def surface_variants(word: str) -> list[str]:
    """Base forms a verb or noun could have, from its spelling alone: the statistical
    lemmatiser sometimes misses ("staged" -> "stag"), and a cue should not hang on it."""
    word = word.lower()
    out = [word]
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if ending in {"ied", "ies"}:
                out.append(stem + "y")
                continue
            out += [stem, stem + "e"]
            if len(stem) >= 4 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shelled" -> "shell" stays, "planned" -> "plan"
    return out


# Word classes the clause rules read (events_clauses): why each matters is said there.
PREPARING_VERBS = words("prepare gear")
HOSTILE_PLANS = words("plan intend consider weigh mull propose ready prepared determined poised")

POLICE_ACTIONS = words("capture storm raid overrun seize")
OBSTRUCTIONS = words("occupy blockade block barricade seize")
CIVIL_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "AGR", "REL", "MED", "JRN", "REF", "PTY"})

ONE_SIDED_TARGETS = frozenset({"CVL", "JRN", "EDU", "MED", "REF", "REL", "LAB", "AGR", "BUS"})
ONE_SIDED_VERBS = words(
    "abduct kidnap hijack assassinate murder massacre torture beat execute behead rape stab "
    "lynch slaughter torch poison maim"
)

HARM_VERBS = words("kill wound injure maim hurt")
# Attacks that may be words: "attacked Obama", "his attacks on Clinton".
VERBAL_ATTACKS = words("attack assail swipe")
VERBAL_KINDS = words("personal verbal political rhetorical partisan negative scathing media")
# Who visits to find out: "U.N. investigators visited the site" investigate (CAMEO 09x).
INVESTIGATORS = words(
    "investigator investigators inspector inspectors monitor monitors observer observers "
    "expert experts examiner examiners"
)
# What a ban on trade covers: "a ban on arms sales to China" is a sanction (CAMEO 163).
TRADE_WORDS = words(
    "sale sales export exports import imports trade flight flights travel arms investment "
    "investments shipment shipments purchase purchases"
)
# What armed forces reinforce: "reinforced its positions", not "reinforced the reasons".
REINFORCED = words(
    "troops forces soldiers presence position positions border borders garrison garrisons "
    "defence defences defense defenses security lines line units base bases patrols front "
    "frontier perimeter checkpoint checkpoints"
)
UTTERANCES = words(
    "tweet tweets ad ads advertisement speech statement article editorial op-ed column video "
    "letter post remark remarks comment comments interview book campaign"
)
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "CRM", "SPY"})
WEAPON_WORDS = words(
    "gun guns rifle rifles knife knives bomb bombs grenade grenades missile missiles rocket "
    "rockets shell shells artillery gunfire shot shots bullet bullets machete machetes "
    "explosive explosives weapon weapons troops soldiers gunmen wounded killed injured dead"
)
TERROR_MEANS = words(
    "bomb bombing explosion blast suicide car-bomb grenade mine landmine ied explosive explosives"
)
BLAST_VERBS = words("explode blast")
# Means that say only that there was an attack, not how: the victims decide.
GENERIC_MEANS = words("attack attacks raid raids assault")
ARMED_MEANS = words(
    "attack airstrike air-strike strike shelling shell fighting clash clashes raid missile "
    "rocket artillery mortar fire gunfire battle offensive crossfire"
)

WANT_VERBS = words("want wish")
# Verbs of leaving: armed forces leaving a place retreat; people ordered to leave are expelled.
LEAVING_VERBS = words("leave depart quit exit")
# Verbs of armed entry: forces crossing into another's territory fight (CAMEO 192, occupy).
INCURSION_VERBS = words("cross advance push roll pour enter storm")
# Verbs that are RETREAT only with what is given back: "returned the prisoners".
GIVING_BACK = words("return")

# Forces of others arriving: a state receiving peacekeepers or observers allows
# international involvement (CAMEO 0861-0863, RETREAT), with the host as the actor.
ARRIVAL_VERBS = words("arrive land")
GUEST_FORCES = words(
    "peacekeeper peacekeepers peacekeeping observer observers monitor monitors inspector inspectors"
)
# Predicates that rule out what their subject names: "lifting the ban is out of the
# question" refuses it (REJECT).
RULED_OUT = words("unacceptable unthinkable impossible")

# Pronouns read as the subject of the clause above ("Hungary said it will support").
PRONOUNS = words("it they he she we its their his her our")

# Common nouns that name a place, not people ("the town of Goma", "the border area").
PLACE_NOUNS = words(
    "region province oblast city town village capital border territory area district"
)

CONTAINER_NOUNS = words("state level show series wave round")
# Measure words: "sent thousands of troops", "a contingent of police" is read through what
# they measure (a number word such as "2,000 of its soldiers" is read so too).
MEASURE_NOUNS = words(
    "thousand thousands hundred hundreds dozen dozens score scores million millions number "
    "lot lots group groups batch contingent handful couple column convoy squad detachment pair "
    "ton tons tonne tonnes kilogram kilograms truckload truckloads planeload planeloads "
    "shipment shipments consignment consignments load loads crate crates"
)

# Nouns that look like events but name a document or an occasion ("press release").
NOT_EVENT_COMPOUNDS = words("press news")
