"""The kiosk's two-stage idle reset as pure logic with an injectable clock.

``ACTIVE`` (a visitor is here) → after ``idle_seconds`` without a touch → ``WARNING`` (the "Still there?"
countdown of ``countdown_seconds``) → ``ATTRACT`` (every trace cleared). A touch during the warning
returns to ``ACTIVE``; a touch on the attract loop starts a new visit. The shell calls :meth:`tick`
from a timer and acts on the state it returns.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable


class IdleState(enum.Enum):
    ATTRACT = "attract"
    ACTIVE = "active"
    WARNING = "warning"


class IdleMachine:
    def __init__(
        self, idle_seconds: float = 60.0, countdown_seconds: float = 10.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if idle_seconds <= 0 or countdown_seconds <= 0:
            raise ValueError("idle and countdown times must be positive")
        self.idle_seconds = float(idle_seconds)
        self.countdown_seconds = float(countdown_seconds)
        self._clock = clock
        self.state = IdleState.ATTRACT
        self._last_touch = clock()

    def configure(self, idle_seconds: float, countdown_seconds: float) -> None:
        self.idle_seconds = float(idle_seconds)
        self.countdown_seconds = float(countdown_seconds)

    def touch(self) -> IdleState:
        """A visitor touched the screen: any state becomes ``ACTIVE``."""
        self._last_touch = self._clock()
        self.state = IdleState.ACTIVE
        return self.state

    def to_attract(self) -> None:
        """Return to the attract loop now (operator, error, or the visitor left)."""
        self.state = IdleState.ATTRACT

    def idle_for(self) -> float:
        return self._clock() - self._last_touch

    def tick(self) -> IdleState:
        """Advance by the clock; returns the (possibly new) state."""
        if self.state is IdleState.ATTRACT:
            return self.state
        quiet = self.idle_for()
        if quiet >= self.idle_seconds + self.countdown_seconds:
            self.state = IdleState.ATTRACT
        elif quiet >= self.idle_seconds:
            self.state = IdleState.WARNING
        return self.state

    def seconds_left(self) -> int:
        """Whole seconds left on the "Still there?" countdown (0 outside the warning)."""
        if self.state is not IdleState.WARNING:
            return 0
        left = self.idle_seconds + self.countdown_seconds - self.idle_for()
        return max(0, math.ceil(left))
