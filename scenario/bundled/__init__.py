"""The scenarios, the seeds they quote and the JSON Schemas that ship with the package.

In a source checkout they live at the top of the repository (`content/`, `seeds/`), where authors
edit them. `pyproject.toml` maps them into the package as `scenario.bundled.content` and
`scenario.bundled.seeds`, side by side as in the checkout, so a scenario's own relative
`seeds: ../../seeds/...` resolves the same way installed and in a checkout. They are data, not
code: found with `importlib.resources`, never imported.
"""
