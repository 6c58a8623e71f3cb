"""The `newsledger` command: one group, one module per command group registered on it.

Exit codes: 0 all inputs analysed; 1 one or more inputs could not be read (each is
reported on stderr as one line, the rest are still analysed); 2 bad usage.
"""

from __future__ import annotations

import sys
from importlib import metadata

import click

from newsledger.cli import analysis, ledger, read, reanalyse, web
from newsledger.cli.common import EXIT_INPUT_ERROR
from newsledger.errors import NewsledgerError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(metadata.version("newsledger"), prog_name="newsledger")
def main() -> None:
    """Turn news reports into a sourced, time-anchored ledger of what they say."""


for _module in (read, ledger, reanalyse, analysis, web):
    for _command in _module.COMMANDS:
        main.add_command(_command)


def run() -> None:
    """Entry point that turns any input error escaping the commands into one line."""
    try:
        main(standalone_mode=True)
    except NewsledgerError as error:
        click.echo(f"newsledger: {error}", err=True)
        sys.exit(EXIT_INPUT_ERROR)
    except KeyboardInterrupt:
        click.echo("newsledger: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader of our output went away (`| head`): not an error of ours.
        sys.stderr.close()
        sys.exit(0)
