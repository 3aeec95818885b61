"""Commands added to the designlint group (filled in by their own feature)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
