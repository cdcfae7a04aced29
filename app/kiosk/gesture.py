"""The hidden operator gesture: ``taps`` taps in a screen corner within ``window`` seconds."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class CornerTaps:
    def __init__(self, taps: int = 5, window: float = 3.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.taps = taps
        self.window = window
        self._clock = clock
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self, in_corner: bool) -> bool:
        """Record a tap; True when this tap completes the gesture (the count then starts again)."""
        if not in_corner:
            self._times.clear()
            return False
        now = self._clock()
        self._times.append(now)
        if len(self._times) == self.taps and now - self._times[0] <= self.window:
            self._times.clear()
            return True
        return False
