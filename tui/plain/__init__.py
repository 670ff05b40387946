"""Plain text play: the game line by line, for screen readers, pipes and terminals without a UI.

`chair play --plain` runs `session.run_plain`. It acts only through the engine's `Game`, and says
what it shows with the same view models (`tui.views`, `tui.choosing`, `tui.reports`) and words
(`tui.wording`) as the app. No module here imports Textual, so it starts in the time the engine takes to load a scenario.
"""
