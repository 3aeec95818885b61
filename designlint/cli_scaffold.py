"""`designlint new` and `designlint fix`: placeholder until the scaffolder lands."""

from __future__ import annotations
