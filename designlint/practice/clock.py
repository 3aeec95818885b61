"""The countdown of a practice run: one line, redrawn in place, with a progress bar for the current step."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO

from designlint.practice.plan import Slot, clock

BAR = 24
TICK = 0.25  # seconds between redraws: smooth enough for a bar, cheap on a shared machine


class Countdown:
    """Runs through the slots in real time; the clock and sleep are parameters so tests need not wait."""

    def __init__(
        self,
        slots: list[Slot],
        stream: IO[str],
        now: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.slots, self.stream, self.now, self.sleep = slots, stream, now, sleep
        self.total = sum(slot.seconds for slot in slots)
        self.width = max(len(slot.title) for slot in slots)
        self.shown = -1

    def run(self) -> bool:
        """True when the time ran out, False when stopped early with Ctrl-C."""
        start = self.now()
        try:
            while (elapsed := self.now() - start) < self.total:
                self.draw(elapsed)
                self.sleep(min(TICK, self.total - elapsed))
        except KeyboardInterrupt:
            self.stream.write("\n")
            self.stream.flush()
            return False
        self.draw(self.total)
        self.stream.write("\n")
        self.stream.flush()
        return True

    def draw(self, elapsed: float) -> None:
        index, into = self._slot(elapsed)
        if self.shown not in (-1, index):
            # The finished step's line stays on screen, with its bar full.
            done = sum(slot.seconds for slot in self.slots[: self.shown + 1])
            self.stream.write(self._line(self.shown, self.slots[self.shown].seconds, done) + "\n")
        self.shown = index
        self.stream.write(self._line(index, into, elapsed))
        self.stream.flush()

    def _line(self, index: int, into: float, elapsed: float) -> str:
        slot = self.slots[index]
        done = BAR if into >= slot.seconds else int(BAR * into / slot.seconds)  # a finished step is full
        bar = "#" * done + "-" * (BAR - done)
        left = clock(max(0.0, slot.seconds - into))
        count, total_left = f"{index + 1}/{len(self.slots)}", clock(self.total - elapsed)
        return f"\r{count} {slot.title:<{self.width}} [{bar}] {left:>5} left, {total_left} in all\x1b[K"

    def _slot(self, elapsed: float) -> tuple[int, float]:
        """The slot elapsed falls in, and how far into it."""
        start = 0.0
        for index, slot in enumerate(self.slots):
            if elapsed < start + slot.seconds or index == len(self.slots) - 1:
                return index, elapsed - start
            start += slot.seconds
        return len(self.slots) - 1, 0.0
