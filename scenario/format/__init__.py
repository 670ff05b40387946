"""Reading and checking authored content: YAML files, the format's models, expressions, sources."""
