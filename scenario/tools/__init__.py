"""The tools at the edge: the command line, scripts, saves, playtesting and scaffolding."""
