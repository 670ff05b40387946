"""Playing: the compiled content, the game state, the chair's verbs, the negotiation model, scoring."""
