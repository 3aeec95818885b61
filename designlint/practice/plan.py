"""The time plan: the framework's budget for each step (rules/catalogue.toml), scaled to the minutes given.

Each step gets the middle of its range (requirements 5-7 minutes: 6) out of a 45-minute interview;
what the steps leave over is for reading the doc through. Scaled, the shares stay the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from designlint.catalogue import Catalogue

FRAMEWORK_MINUTES = 45
WRAP_UP = "Read it through"


@dataclass(frozen=True, slots=True)
class Slot:
    """One step of the plan: its title and its share of the time, in seconds."""

    title: str
    seconds: float
    step: str = ""  # the catalogue step id; empty for the closing read-through


def middle(minutes: str) -> float:
    """ "5-7" -> 6.0, "4" -> 4.0 (the catalogue's minutes field)."""
    low, _, high = minutes.replace("–", "-").partition("-")
    return (float(low) + float(high or low)) / 2


def plan(catalogue: Catalogue, total_minutes: float) -> list[Slot]:
    scale = total_minutes / FRAMEWORK_MINUTES
    slots = [Slot(s.title, middle(s.minutes) * scale * 60, s.id) for s in catalogue.steps() if s.minutes]
    left = total_minutes * 60 - sum(slot.seconds for slot in slots)
    if left > 0.01:  # floating-point dust is no step
        slots.append(Slot(WRAP_UP, left))
    return slots


def clock(seconds: float) -> str:
    """Seconds as m:ss (rounded up, so a clock never shows 0:00 while time is left)."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


def plan_text(slots: list[Slot]) -> str:
    """The plan as lines for the terminal: step, its time, and when it ends."""
    width = max(len(slot.title) for slot in slots)
    lines, elapsed = [], 0.0
    for slot in slots:
        elapsed += slot.seconds
        lines.append(f"  {slot.title:<{width}}  {clock(slot.seconds):>6}   (until {clock(elapsed)})")
    return "\n".join(lines) + "\n"


def plan_table(slots: list[Slot]) -> str:
    """The plan as a Markdown table for the practice doc."""
    rows = ["| Step | Time | Ends at |", "|------|------|---------|"]
    elapsed = 0.0
    for slot in slots:
        elapsed += slot.seconds
        rows.append(f"| {slot.title} | {clock(slot.seconds)} | {clock(elapsed)} |")
    return "\n".join(rows) + "\n"
