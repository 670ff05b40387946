"""Speed figures for The Chair: run `python -m benchmarks [--quick]`."""
