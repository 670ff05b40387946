"""The Chair in the terminal: a Textual app on top of the engine.

`tui.app.run_app` is the one entry point (the CLI calls it for `chair play`). Screens hold the
game and call the engine; widgets draw what they are given and post messages up; nothing here
changes the game except through `Game.act`.
"""
