"""Cross-article commands: analyse, claims, disagreements, entity."""

from __future__ import annotations

import json
import time
from typing import Any

import click

from newsledger.cli.ledger import LedgerProblem, _open_readonly, _open_writer
from newsledger.cli.output import emit, format_option
from newsledger.errors import Code, NewsledgerError


@click.command()
@click.argument("db")
@click.option(
    "--model", type=click.Choice(["static", "minilm"]), default="static", show_default=True,
    help="Sentence vectors: model2vec static (fast) or the packaged MiniLM (slower).",
)  # fmt: skip
def analyse(db: str, model: str) -> None:
    """Update canonical entities, claim clusters and disagreements with what is new in DB."""
    from newsledger.analysis.update import update_analysis

    started = time.perf_counter()
    with _open_writer(db, create=False) as ledger:
        try:
            report = update_analysis(ledger, model)
        except Exception as error:  # rolled back: the ledger is as it was
            raise LedgerProblem(
                NewsledgerError(
                    Code.ANALYSIS_FAILED,
                    f"cross-article analysis failed ({type(error).__name__}: {error})",
                    db,
                )
            ) from None
    click.echo(json.dumps(report), err=True)
    click.echo(f"analysis updated in {time.perf_counter() - started:.1f} s", err=True)


@click.command()
@click.argument("db")
@click.option("--entity", default=None, help="Only claims whose source or content names it.")
@click.option("--cluster", "cluster_id", type=int, default=None, help="One cluster's timeline.")
@click.option("--min-articles", default=2, show_default=True)
@click.option("--limit", default=30, show_default=True)
@format_option
def claims(
    db: str, entity: str | None, cluster_id: int | None, min_articles: int, limit: int, fmt: str
) -> None:
    """Claims repeated across reports: first report, sources, anonymous share."""
    from newsledger.analysis.timelines import cluster_timeline

    with _open_readonly(db) as conn:
        _require_analysis(conn)
        if cluster_id is not None:
            emit(cluster_timeline(conn, cluster_id), fmt)
            return
        params: dict[str, Any] = {"min": min_articles if entity is None else 1, "limit": limit}
        where = ""
        if entity:
            ids = _canonical_ids(conn, entity)
            marks = ",".join(str(i) for i in ids) or "-1"
            where = f"""AND c.id IN (
                SELECT m.cluster_id FROM claim_members m JOIN attributions at ON at.id = m.attribution_id
                JOIN entity_links l ON l.entity_id = at.source_entity_id WHERE l.canonical_id IN ({marks})
                UNION
                SELECT m.cluster_id FROM claim_members m JOIN attribution_contents ac ON ac.attribution_id = m.attribution_id
                JOIN attributions at ON at.id = m.attribution_id
                JOIN mentions me ON me.article_id = at.article_id AND me.start >= ac.start AND me."end" <= ac."end"
                JOIN entity_links l ON l.entity_id = me.entity_id WHERE l.canonical_id IN ({marks}))"""
        rows = conn.execute(
            f"""SELECT c.id AS cluster, c.n_articles AS articles, c.n_outlets AS outlets,
                       c.n_sources AS sources, c.n_anonymous AS anonymous,
                       c.anonymous_only, c.first_published, c.last_published, c.label AS claim
                FROM claim_clusters c WHERE c.n_articles >= :min {where}
                ORDER BY c.n_articles DESC, c.n_sources DESC, c.first_published LIMIT :limit""",
            params,
        )
        emit((dict(r) for r in rows), fmt)


@click.command()
@click.argument("db")
@click.option("--limit", default=50, show_default=True)
@format_option
def disagreements(db: str, limit: int, fmt: str) -> None:
    """The same count about the same thing, reported differently by different articles."""
    with _open_readonly(db) as conn:
        _require_analysis(conn)
        rows = conn.execute(
            """SELECT d.counted, d.gap,
                      qa.text AS says_a, aa.published AS published_a, aa.headline AS headline_a,
                      qb.text AS says_b, ab.published AS published_b, ab.headline AS headline_b,
                      (SELECT group_concat(c.name, '; ') FROM canonical_entities c
                       WHERE c.id IN (SELECT value FROM json_each(d.about))) AS about
               FROM disagreements d
               JOIN quantities qa ON qa.id = d.quantity_a JOIN articles aa ON aa.id = qa.article_id
               JOIN quantities qb ON qb.id = d.quantity_b JOIN articles ab ON ab.id = qb.article_id
               ORDER BY d.gap DESC LIMIT ?""",
            (limit,),
        )
        emit((dict(r) for r in rows), fmt)


@click.command()
@click.argument("db")
@click.argument("name")
@click.option("--limit", default=100, show_default=True)
@format_option
def entity(db: str, name: str, limit: int, fmt: str) -> None:
    """One entity across articles: its names, how they were linked, and its timeline."""
    from newsledger.analysis.entities import find_canonical
    from newsledger.analysis.timelines import entity_timeline

    with _open_readonly(db) as conn:
        _require_analysis(conn)
        found = find_canonical(conn, name)
        if not found:
            raise click.ClickException(f"no entity called {name!r} in {db}")
        chosen = found[0]
        names = conn.execute(
            """SELECT e.name, l.method, count(*) AS n FROM entity_links l JOIN entities e ON e.id = l.entity_id
               WHERE l.canonical_id = ? GROUP BY 1, 2 ORDER BY n DESC LIMIT 12""",
            (chosen["id"],),
        ).fetchall()
        click.echo(
            f"{chosen['name']} ({chosen['type']}{', ' + chosen['kb_id'] if chosen['kb_id'] else ''}): "
            f"{chosen['n_articles']} articles since {chosen['first_published']}; as "
            + ", ".join(f"{r['name']!r} [{r['method']}] x{r['n']}" for r in names),
            err=True,
        )
        others = [
            f"{r['name']} ({r['type']}{', ' + r['kb_id'] if r['kb_id'] else ''}, "
            f"{r['n_articles']} articles)"
            for r in found[1:6]
        ]
        if others:
            click.echo("also: " + "; ".join(others), err=True)
        emit(entity_timeline(conn, chosen["id"], limit), fmt)


def _canonical_ids(conn, name: str) -> list[int]:
    from newsledger.analysis.entities import find_canonical

    found = find_canonical(conn, name)
    return [found[0]["id"]] if found else []


def _require_analysis(conn) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    done = (
        conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'claim_clusters'").fetchone()
        if version >= 2
        else None
    )
    if not done:
        raise click.ClickException("this ledger has no analysis yet: run `newsledger analyse DB`")


COMMANDS = [analyse, claims, disagreements, entity]
