"""The words that say what kind of source a phrase is: anonymous officials, documents,
organisations, groups of people, persons by role, and pronouns by what they can stand for.
Read by the source classifier (``sources``) and the cue lexicon (``lexicon``).
"""

from __future__ import annotations

from newsledger.extract.attribution.antecedents import PERSON_ROLES
from newsledger.extract.common import COMPANY_SUFFIXES
from newsledger.extract.entities.phoenix import PERSON_HEADS

ANONYMOUS_HEADS = frozenset(
    """
official officials source sources aide aides adviser advisers advisor advisors person
people insider insiders diplomat diplomats staffer staffers spokesman spokeswoman
spokesperson representative representatives operative operatives strategist strategists
confidant confidants associate associates ally allies member members observer observers
someone somebody witness witnesses employee employees officer officers investigator
investigators lawmaker lawmakers senator senators colleague colleagues friend friends
""".split()
)

DOCUMENT_HEADS = frozenset(
    """
assessment report reports statement study studies survey surveys poll polls memo
memorandum letter document documents analysis filing filings data record records book
article estimate estimates review audit indictment complaint lawsuit ruling order
transcript email emails tweet tweets post video ad ads release cable intelligence
findings finding paper editorial column website release footage chart figures numbers
blog newsletter podcast documentary op-ed obituary communique communiqué dossier
constitution law act treaty charter section clause bill resolution directive regulation
guidance guideline guidelines copy
""".split()
)

ORGANIZATION_HEADS = frozenset(
    """
administration government campaign committee department ministry agency company firm
party military army court council commission office bureau service board police
pentagon kremlin white-house house senate congress embassy network newspaper union
organization group coalition team
""".split()
)
# More heads of organizations, for the kind only: the cue lexicon's notion of who can
# speak (`SPEAKER_HEADS`, which the learned scores and the verifier were fit with) stays.
MORE_ORGANIZATION_HEADS = frozenset(
    """
channel broadcaster station outlet publisher magazine jury tribunal inquest magistrate
parliament cabinet corporation bank tabloid daily weekly wire portal website
""".split()
)

# More heads of documents, for the kind only (as above): "a tally by the newspaper",
# "an email exchange obtained by lawyers", "her official biography", "an agreement between X and Y",
# "its specifications", "Central Emergency Operation Center statistics".
MORE_DOCUMENT_HEADS = frozenset(
    """
tally tallies count statistics specification specifications census bulletin dataset
exchange correspondence biography agreement minutes testimony affidavit will testament
""".split()
)

# Common nouns for people who take a stand (group sources when plural).
PEOPLE_HEADS = frozenset(
    """
voter voters supporter supporters critic critics opponent opponents proponent proponents
expert experts analyst analysts economist economists activist activists leader leaders
candidate candidates resident residents protester protesters republican republicans
democrat democrats conservative conservatives liberal liberals advocate advocates
scientist scientists researcher researchers lawyer lawyers attorney attorneys donor donors
president governor mayor senator congressman congresswoman secretary minister chairman
chairwoman director chief executive spokesman man woman men women student students
""".split()
)

GROUP_HEADS_SINGULAR = frozenset({"public", "electorate", "majority", "minority", "crowd"})

SPEAKER_HEADS = ANONYMOUS_HEADS | DOCUMENT_HEADS | ORGANIZATION_HEADS | PEOPLE_HEADS
ONE_PERSON_HEADS = (ANONYMOUS_HEADS | PEOPLE_HEADS | PERSON_ROLES) - {"people", "public"}

# Possessives too: "his criticism of ..." is his.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me", "my"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
PERSON_TITLE_WORDS = ONE_PERSON_HEADS | PERSON_HEADS
THING_PRONOUNS = frozenset({"it", "its"})
# Quantifiers that stand for people: "some in the business community have expressed worry".
SOME_OF_THEM = frozenset("some many several most few both all none".split())

ORG_LABELS = frozenset({"ORG", "GPE", "FAC"})
# Words that make a proper name an organization's ("Rolls-Royce Holdings", "Fox News").
ORG_NAME_WORDS = COMPANY_SUFFIXES | frozenset(
    """
group company corporation party bank ministry department agency council committee association
university institute foundation news times post journal herald tribune press network systems
airlines airways
motors international industries partners fund trust union league federation club
""".split()
)
HONORIFICS = frozenset(
    """
mr mrs ms miss dr sir dame lord lady prof professor senator sen rep gov governor president
judge justice detective inspector sergeant sgt constable officer captain capt gen general
col colonel lt mayor minister chancellor
""".split()
)
CONJUNCTIONS = frozenset({"and", "or", "nor"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "pobj"})
