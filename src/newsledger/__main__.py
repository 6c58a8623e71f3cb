"""`python -m newsledger` runs the command line."""

from newsledger.cli.main import run

run()
