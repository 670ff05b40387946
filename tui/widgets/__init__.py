"""Widgets of the table: each draws a view it is given and posts messages up; none holds the game."""
