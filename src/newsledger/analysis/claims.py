"""Claim clusters: attributions whose contents say the same thing, across outlets and days.

Online clustering, so adding articles never re-clusters the corpus: each new content is
embedded, its nearest stored neighbours are found through the HNSW index, and it joins
the cluster of its most similar neighbour whose cosine reaches the threshold for their two
speakers (`Thresholds`: lower for the same speaker, higher for different ones), provided it
is also that close to every member (the founder and the earliest `MAX_COMPARED`, so
clusters cannot drift by chaining one near neighbour to the next; clusters never merge),
was published within `WINDOW_DAYS` of that neighbour, and none of its figures differs from
one the cluster states, or measures only other things (`claim_numbers`: "at least 2,012
dead" never joins "at least 1,037 dead", nor "323 unaccounted for" "372 injured", nor "40
hours of air left" "contact was lost 45 minutes into the dive"), and it
states figures exactly when the cluster does (a toll is not a description of the scene),
and, when its speaker is not known to be the neighbour's, it shares a run of words with it
(`claim_wording`: relayed statements keep some of their wording); else it starts a new
cluster. A figure both state for one named frame (the same magnitude)
lowers the thresholds one step (`LOWER`); so does a run of words shared by two speakers not
known to be one, published within `RELAY_DAYS` (`_Limits.relayed`: "underwater noises were
detected" from "authorities" in one report and from the Coast Guard in another, the same
day, is one statement relayed, however much else each content says). New contents are
taken in publication order.

Each cluster carries its first report, how many articles, outlets and distinct named
sources repeat it (a source is its canonical entity where the source was linked, its
folded text otherwise), how many members rest on an anonymous source, and whether all do.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import NamedTuple

import numpy as np

from newsledger.analysis.centring import centred, fix_centre, tag
from newsledger.analysis.claim_numbers import (
    Figure,
    about_other_things,
    agreeing,
    conflicting,
    figures_of_claims,
    figures_of_clusters,
    one_sided,
)
from newsledger.analysis.claim_speakers import (
    DIFFERENT,
    SAME,
    UNKNOWN,
    Speaker,
    relation,
    speakers_of,
)
from newsledger.analysis.claim_wording import share_wording, word_runs
from newsledger.analysis.embeddings import Embedder, to_blob
from newsledger.analysis.state import get_mark, set_mark
from newsledger.analysis.vector_index import VectorIndex, index_path
from newsledger.ledger.store import execute_in

WATERMARK = "analysis.claims_upto"


class Thresholds(NamedTuple):
    """Cosine at or above which a content joins a claim, by how the two speakers relate
    (`claim_speakers`): the same speaker's paraphrase joins at `same`; two different
    speakers only with near-verbatim words (`different`); `unknown` when either has none."""

    same: float
    unknown: float
    different: float

    @property
    def attested(self) -> float:
        """One step below `same`, as far below it as `unknown` is above: the same speaker
        stating the same figure ("magnitude 6.8" from the survey in two reports, worded
        apart), where the speaker and the figure both say it is one statement."""
        return max(0.0, 2 * self.same - self.unknown)

    def of(self, relation: str) -> float:
        return float(getattr(self, relation))


ATTESTED = "attested"
# The threshold two claims meet when they state the same figure of one frame (`agreeing`):
# one step lower, since the figure says what the wording may not; for the same speaker the
# step below its own (`Thresholds.attested`).
LOWER = {SAME: ATTESTED, UNKNOWN: SAME, DIFFERENT: UNKNOWN}


# Per model, for centred vectors and for raw ones (a ledger of fewer than
# `centring.CENTRE_MIN` claims has no centre yet, and raw cosines run higher), chosen on the
# dev half of eval/data/paraphrase_pairs.jsonl (eval/claims.py); "minilm" is the same
# network as "minilm-int8" in fp32.
THRESHOLDS = {
    "static": Thresholds(0.48, 0.68, 0.72),
    "minilm-int8": Thresholds(0.46, 0.56, 0.80),
    "minilm": Thresholds(0.46, 0.56, 0.80),
}
RAW_THRESHOLDS = {
    "static": Thresholds(0.70, 0.78, 0.82),
    "minilm-int8": Thresholds(0.56, 0.64, 0.82),
    "minilm": Thresholds(0.56, 0.64, 0.82),
}
THRESHOLD = Thresholds(0.8, 0.8, 0.8)  # for any other embedder
NEIGHBOURS = 10
MIN_WORDS = 4  # shorter contents ("to go", "yes") say too little to be a claim
MAX_COMPARED = 25  # members a newcomer must be close to (the founder and the earliest)
WINDOW_DAYS = 14  # a claim repeated across outlets is repeated within days
RELAY_DAYS = 1  # other outlets relay a statement within a news cycle (`_Limits.relayed`)


def claim_text(content: str) -> str:
    return " ".join(content.replace(" … ", " ").split()).strip(" \"'“”")


def is_claim(content: str) -> bool:
    return len(claim_text(content).split()) >= MIN_WORDS


def update_claims(
    conn: sqlite3.Connection,
    embedder: Embedder,
    db_path: str | Path | None,
    threshold: Thresholds | float | None = None,
) -> tuple[dict[str, int], VectorIndex | None]:
    """Embed and cluster the attributions added since the last run.

    Returns counts and the index; the caller saves the index after committing.
    """
    upto = get_mark(conn, WATERMARK)
    rows = conn.execute(
        """SELECT at.id, at.content, ar.published FROM attributions at
           JOIN articles ar ON ar.id = at.article_id WHERE at.id > ?
           ORDER BY coalesce(ar.published, '9999'), at.id""",
        (upto,),
    ).fetchall()
    if not rows:
        return {"new_claims": 0}, None
    if isinstance(threshold, int | float):
        threshold = Thresholds(threshold, threshold, threshold)
    claims = [r for r in rows if is_claim(r["content"])]
    raw = embedder.encode([claim_text(r["content"]) for r in claims])
    centre = fix_centre(conn, embedder.name, embedder.dim, raw)
    shipped = THRESHOLDS if centre is not None else RAW_THRESHOLDS
    thresholds = threshold or shipped.get(embedder.name, THRESHOLD)
    path = index_path(db_path, f"{embedder.name}-{tag(centre)}") if db_path else None
    index = VectorIndex.open(conn, embedder.name, embedder.dim, path, centre)
    vectors = centred(raw, centre)
    ids = np.array([r["id"] for r in claims], dtype=np.int64)
    conn.executemany(
        "INSERT OR REPLACE INTO claim_embeddings(attribution_id, model, vector) VALUES (?, ?, ?)",
        [(int(i), embedder.name, to_blob(v)) for i, v in zip(ids, raw, strict=True)],
    )
    index.add(ids, vectors)
    similarities, neighbours = index.search(vectors, NEIGHBOURS + 1)
    cluster_of = _clusters_of(conn, {int(n) for n in neighbours.ravel() if n >= 0})
    members = _Members(conn)
    compared = {*ids.tolist(), *cluster_of, *members.load(set(cluster_of.values()))}
    speaker = speakers_of(conn, compared)
    figures = figures_of_claims(conn, ids.tolist())
    runs = _word_runs_of(conn, compared)
    day = _days_of(conn, compared)
    limits = _Limits(thresholds, speaker, runs, day)
    held = _HeldFigures(conn)
    touched: set[int] = set()
    joined = created = 0
    for row_index, attribution_id in enumerate(ids.tolist()):
        best: tuple[float, int, int] | None = None
        ranked = sorted(
            zip(similarities[row_index], neighbours[row_index], strict=True), key=lambda x: -x[0]
        )
        mine = figures.get(attribution_id, [])
        for sim, other in ranked:
            other = int(other)
            if other < 0 or other == attribution_id or other not in cluster_of:
                continue
            kind = relation(speaker[attribution_id], speaker.get(other))
            if sim < thresholds.of(LOWER[kind]):
                continue  # below even the threshold of agreeing figures
            if not _same_time(day.get(attribution_id), day.get(other)):
                continue  # like words months apart are another story's claim
            cluster_id = cluster_of[other]
            stated = held.of(cluster_id)
            if one_sided(mine, stated) or (
                mine and (conflicting(mine, stated) or about_other_things(mine, stated))
            ):
                continue  # its figures differ from the cluster's: another report, not this claim
            lower = agreeing(mine, stated)  # one stated figure: one statement, worded apart
            if not (lower or kind == SAME) and not share_wording(
                runs[attribution_id], runs.get(other, frozenset())
            ):
                continue  # other speakers relay a statement in some of its words
            if sim < limits.of(attribution_id, other, lower) or not all(
                _cosine(index, vectors[row_index], member)
                >= limits.of(attribution_id, member, lower)
                for member in members.of(cluster_id)
                if member != other
            ):
                continue  # close to one member is not enough: every member says the claim
            best = (float(sim), other, cluster_id)
            break
        if best is None:
            cluster_id = int(
                conn.execute("INSERT INTO claim_clusters(label) VALUES ('')").lastrowid
            )
            conn.execute(
                "INSERT OR REPLACE INTO claim_members(attribution_id, cluster_id, similarity) VALUES (?, ?, 1.0)",
                (attribution_id, cluster_id),
            )
            held.start(cluster_id, mine)
            created += 1
        else:
            sim, via, cluster_id = best
            held.add(cluster_id, mine)  # before this member is stored, so it is read once
            conn.execute(
                """INSERT OR REPLACE INTO claim_members(attribution_id, cluster_id, similarity,
                   via_attribution_id) VALUES (?, ?, ?, ?)""",
                (attribution_id, cluster_id, round(sim, 4), via),
            )
            joined += 1
        members.add(cluster_id, attribution_id)
        cluster_of[attribution_id] = cluster_id
        touched.add(cluster_id)
    refresh_clusters(conn, touched)
    set_mark(conn, WATERMARK, max(r["id"] for r in rows))
    return {"new_claims": len(claims), "joined": joined, "new_clusters": created}, index


class _Members:
    """The members of each cluster (up to `MAX_COMPARED`, the founder first), read once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[int, list[int]] = defaultdict(list)

    def load(self, cluster_ids: set[int]) -> set[int]:
        for a, c in execute_in(
            self.conn,
            """SELECT attribution_id, cluster_id FROM claim_members WHERE cluster_id IN ({marks})
               ORDER BY via_attribution_id IS NOT NULL, attribution_id""",
            sorted(cluster_ids),
        ):
            if len(self.known[c]) < MAX_COMPARED:
                self.known[c].append(a)
        return {a for ids in self.known.values() for a in ids}

    def of(self, cluster_id: int) -> list[int]:
        return self.known[cluster_id]

    def add(self, cluster_id: int, attribution_id: int) -> None:
        if len(self.known[cluster_id]) < MAX_COMPARED:
            self.known[cluster_id].append(attribution_id)


class _HeldFigures:
    """The figures each cluster states, read from the ledger once per cluster and kept up
    to date as the batch adds members."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[int, list[Figure]] = {}

    def of(self, cluster_id: int) -> list[Figure]:
        if cluster_id not in self.known:
            self.known[cluster_id] = figures_of_clusters(self.conn, [cluster_id]).get(
                cluster_id, []
            )
        return self.known[cluster_id]

    def start(self, cluster_id: int, figures: list[Figure]) -> None:
        """A cluster founded in this batch: its founder's figures are all it states."""
        self.known[cluster_id] = list(figures)

    def add(self, cluster_id: int, figures: list[Figure]) -> None:
        """A member joins: what the cluster already stated is read first, so a member without
        figures cannot hide the stored ones from the next newcomer of the batch."""
        self.of(cluster_id).extend(figures)


def _word_runs_of(
    conn: sqlite3.Connection, attribution_ids: set[int]
) -> dict[int, frozenset[tuple[str, ...]]]:
    """Each attribution's content as word runs (`claim_wording`)."""
    return {
        a: word_runs(claim_text(content))
        for a, content in execute_in(
            conn,
            "SELECT id, content FROM attributions WHERE id IN ({marks})",
            sorted(attribution_ids),
        )
    }


def _days_of(conn: sqlite3.Connection, attribution_ids: set[int]) -> dict[int, date]:
    """The publication day of each attribution's article (when known)."""
    found: dict[int, date] = {}
    for a, published in execute_in(
        conn,
        """SELECT at.id, ar.published FROM attributions at JOIN articles ar ON ar.id = at.article_id
           WHERE at.id IN ({marks}) AND ar.published IS NOT NULL""",
        sorted(attribution_ids),
    ):
        try:
            found[a] = date.fromisoformat(published[:10])
        except ValueError:
            continue
    return found


class _Limits:
    """The cosine a claim must reach with another to join it: the threshold of how their
    speakers relate (`Thresholds`), one step lower (`LOWER`) when they state the same figure
    or read as one statement relayed (`relayed`)."""

    def __init__(
        self,
        thresholds: Thresholds,
        speaker: dict[int, Speaker | None],
        runs: dict[int, frozenset[tuple[str, ...]]],
        day: dict[int, date],
    ) -> None:
        self.thresholds, self.speaker, self.runs, self.day = thresholds, speaker, runs, day

    def of(self, a: int, b: int, same_figure: bool) -> float:
        kind = relation(self.speaker.get(a), self.speaker.get(b))
        if same_figure or (kind == UNKNOWN and self.relayed(a, b)):
            kind = LOWER[kind]
        return self.thresholds.of(kind)

    def relayed(self, a: int, b: int) -> bool:
        """Whether two claims of speakers not known to be one (`UNKNOWN`: two named people
        stay apart) read as one statement relayed: published within `RELAY_DAYS` of each
        other with a run of words in common. Outlets relaying a statement the same day keep
        some of its words and credit it each their own way ("authorities", the agency); the
        shared run and the day say what a cosine dragged down by each report's own additions
        does not."""
        when, then = self.day.get(a), self.day.get(b)
        return (
            when is not None
            and then is not None
            and abs((when - then).days) <= RELAY_DAYS
            and share_wording(self.runs.get(a, frozenset()), self.runs.get(b, frozenset()))
        )


def _same_time(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def _cosine(index: VectorIndex, vector: np.ndarray, attribution_id: int) -> float:
    return float(np.dot(vector, index.vector(attribution_id)))


def _clusters_of(conn: sqlite3.Connection, attribution_ids: set[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for a, c in execute_in(
        conn,
        "SELECT attribution_id, cluster_id FROM claim_members WHERE attribution_id IN ({marks})",
        sorted(attribution_ids),
    ):
        found[a] = c
    return found


def refresh_clusters(conn: sqlite3.Connection, cluster_ids: set[int]) -> None:
    """Recompute the summary of the clusters a batch touched (and only those)."""
    members: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in execute_in(
        conn,
        """SELECT m.cluster_id, at.id, at.article_id, at.content, at.source_kind,
                  at.source_text, l.canonical_id, ar.published, ar.outlet
           FROM claim_members m JOIN attributions at ON at.id = m.attribution_id
           JOIN articles ar ON ar.id = at.article_id
           LEFT JOIN entity_links l ON l.entity_id = at.source_entity_id
           WHERE m.cluster_id IN ({marks})""",
        sorted(cluster_ids),
    ):
        members[row["cluster_id"]].append(row)
    for cluster_id, rows in members.items():
        first = min(rows, key=lambda r: (r["published"] or "9999", r["id"]))
        named = {
            f"c{r['canonical_id']}"
            if r["canonical_id"]
            else (r["source_text"] or "").strip().lower()
            for r in rows
            if r["source_kind"] != "anonymous" and (r["canonical_id"] or r["source_text"])
        }
        anonymous = sum(1 for r in rows if r["source_kind"] == "anonymous")
        published = [r["published"] for r in rows if r["published"]]
        conn.execute(
            """UPDATE claim_clusters SET label = ?, first_attribution_id = ?, first_published = ?,
               last_published = ?, n_members = ?, n_articles = ?, n_outlets = ?, n_sources = ?,
               n_anonymous = ?, anonymous_only = ? WHERE id = ?""",
            (
                claim_text(first["content"]), first["id"], first["published"],
                max(published) if published else None, len(rows),
                len({r["article_id"] for r in rows}), len({r["outlet"] for r in rows if r["outlet"]}),
                len(named), anonymous, int(anonymous == len(rows)), cluster_id,
            ),
        )  # fmt: skip
