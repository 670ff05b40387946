"""`python -m chair`: the `chair` command line, for when the script is not on PATH."""

import sys

from .cli import main

sys.exit(main(prog="python -m chair"))
