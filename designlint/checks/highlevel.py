"""Checks for the highlevel rules."""

from __future__ import annotations

from designlint.checks.base import Check

CHECKS: dict[str, Check] = {}
