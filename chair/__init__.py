"""The `chair` command: the entry point, above the engine (`scenario`) and the app (`tui`).

The layers, stated as import-linter contracts in pyproject.toml: `scenario` (the format, the
engine and the tools) never imports the app or this package; `tui` never imports this package.
Only this package knows both, and it imports the app only inside the commands that start it
(`play`, `serve`), so the headless commands start without loading Textual.
"""
