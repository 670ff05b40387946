"""The app's screens: title, briefing, table, debrief, and the modals the table opens."""
