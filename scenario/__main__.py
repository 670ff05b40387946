"""`python -m scenario`: the `chair` command line, for when the script is not on PATH."""

import sys

from .tools.cli import main

sys.exit(main(prog="python -m scenario"))
