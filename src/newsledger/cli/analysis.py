"""Cross-article commands: analyse, claims, disagreements, entity."""

from __future__ import annotations

import json
import time

import click

from newsledger.analysis.embedding_models import DEFAULT_MODEL, MODELS
from newsledger.cli.ledger import LedgerProblem, _open_readonly, _open_writer
from newsledger.cli.output import emit, format_option
from newsledger.errors import Code, NewsledgerError


@click.command()
@click.argument("db")
@click.option(
    "--model", type=click.Choice(list(MODELS)), default=DEFAULT_MODEL, show_default=True,
    help="Sentence vectors for claim clustering: MiniLM int8 through ONNX Runtime (the default, "
    "measured best on multi-outlet reports), model2vec static (fastest), or fp32 MiniLM (torch).",
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
    from newsledger.ledger.claims import claims as run_claims
    from newsledger.ledger.claims import cluster_timeline

    with _open_readonly(db) as conn:
        _require_analysis(conn)
        if cluster_id is not None:
            emit(cluster_timeline(conn, cluster_id), fmt)
            return
        if entity:
            rows = run_claims(conn, 1, limit, _canonical_ids(conn, entity))
        else:
            rows = run_claims(conn, min_articles, limit)
        emit(rows, fmt)


@click.command()
@click.argument("db")
@click.option("--limit", default=50, show_default=True)
@click.option(
    "--kind", type=click.Choice(["conflict", "update"]), default=None,
    help="Only conflicts (two values for one time, or for what does not change) or only updates "
    "(a tally that moved on between reports).",
)  # fmt: skip
@format_option
def disagreements(db: str, limit: int, kind: str | None, fmt: str) -> None:
    """The same property of the same thing in one story, reported with values that cannot both
    be right: both sides with value, bound, source, outlet and date. Conflicts first."""
    from newsledger.ledger.claims import disagreement_list

    with _open_readonly(db) as conn:
        _require_analysis(conn)
        emit(disagreement_list(conn, limit, kind), fmt)


@click.command()
@click.argument("db")
@click.argument("name")
@click.option("--limit", default=100, show_default=True)
@format_option
def entity(db: str, name: str, limit: int, fmt: str) -> None:
    """One entity across articles: its names, how they were linked, and its timeline."""
    from newsledger.analysis.entities import resolve_entity
    from newsledger.ledger.entities import link_names, timeline

    with _open_readonly(db) as conn:
        _require_analysis(conn)
        found = resolve_entity(conn, name)
        if found is None:
            raise click.ClickException(f"no entity called {name!r} in {db}")
        chosen = found.canonical
        if chosen is None:
            click.echo(f"{found.name}: not linked by the analysis yet", err=True)
        else:
            names = link_names(conn, chosen["id"])
            click.echo(
                f"{chosen['name']} ({chosen['type']}{', ' + chosen['kb_id'] if chosen['kb_id'] else ''}): "
                f"{chosen['n_articles']} articles since {chosen['first_published']}; as "
                + ", ".join(f"{r['name']!r} [{r['method']}] x{r['n']}" for r in names),
                err=True,
            )
        others = [
            f"{r['name']} ({r['type']}{', ' + r['kb_id'] if r['kb_id'] else ''}, "
            f"{r['n_articles']} articles)"
            for r in found.others[:5]
        ]
        if others:
            click.echo("also: " + "; ".join(others), err=True)
        emit(timeline(conn, found, limit), fmt)


def _canonical_ids(conn, name: str) -> list[int]:
    from newsledger.analysis.entities import resolve_entity

    found = resolve_entity(conn, name)
    return [found.canonical["id"]] if found and found.canonical else []


def _require_analysis(conn) -> None:
    from newsledger.ledger.claims import analysis_ready

    if not analysis_ready(conn):
        raise click.ClickException("this ledger has no analysis yet: run `newsledger analyse DB`")


COMMANDS = [analyse, claims, disagreements, entity]
