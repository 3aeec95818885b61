"""`designlint estimate`: placeholder until the estimation calculator lands."""

from __future__ import annotations
