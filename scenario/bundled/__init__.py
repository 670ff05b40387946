"""The scenarios, the seeds they quote and the JSON Schemas that ship with the package.

In a source checkout they live at the top of the repository (`content/`, `seeds/`), where authors
edit them; `content` and `seeds` here are symbolic links to those folders. A build copies the
files behind the links into the wheel and the sdist (the package-data globs in pyproject.toml),
side by side as in the checkout, so that a scenario's own relative `seeds: ../../seeds/...`
resolves the same way installed and in a checkout. They are data, not code: found with
`importlib.resources.files("scenario.bundled")` (see `scenario.tools.finding`), never imported.
"""
