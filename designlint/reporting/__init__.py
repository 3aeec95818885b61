"""Findings shown to people and tools: the lint report and its progress and score lines, and the
explanations behind `designlint rules` and `designlint explain`. Formatting itself is in formatters/."""
