"""Estimate the energy an AI action used, from the CPU time it measurably took.

The figure is an *estimate*, and says so: we measure the CPU seconds the process spent (all threads,
``time.process_time``; plus finished child processes through ``resource`` where available) and multiply
them by a stated power per busy core.

Power figure: :data:`WATTS_PER_CORE` = 10 W. A desktop or kiosk CPU such as Intel's Core i5-12400
has a base power (TDP) of 65 W for 6 cores, about 11 W per fully busy core (Intel ARK product
specification); laptop-class parts are lower (15–28 W for 4–8 cores, 3–5 W per core). 10 W per busy core
is a round, slightly generous figure for the kind of PC a museum kiosk runs on. It leaves out the
screen, memory and idle baseline, which run whether or not a visitor asks the AI anything.

Comparison: an LED bulb that replaces a 60 W incandescent bulb draws about 9 W (US DOE "Lighting
Choices to Save You Money", energy.gov), so :data:`LED_BULB_WATTS` = 9.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

try:  # resource exists on POSIX only; Windows counts this process alone
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

#: Watts drawn by one fully busy CPU core (see the module docstring for the source).
WATTS_PER_CORE = 10.0
#: Watts drawn by a household LED bulb (a "60 W equivalent"; see the module docstring).
LED_BULB_WATTS = 9.0
#: Watts of a phone charging (typical 5 V × 1 A USB charger), a second everyday comparison.
PHONE_CHARGER_WATTS = 5.0


def _cpu_seconds() -> float:
    """CPU seconds used so far by this process (all threads) and its finished children."""
    total = time.process_time()
    if resource is not None:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += children.ru_utime + children.ru_stime
    return total


@dataclass(frozen=True)
class EnergyEstimate:
    """What one AI action cost: wall time, CPU time and the energy estimate derived from them."""

    wall_seconds: float
    cpu_seconds: float
    joules: float

    @property
    def watt_hours(self) -> float:
        return self.joules / 3600.0

    @property
    def led_bulb_seconds(self) -> float:
        """How many seconds an LED bulb would shine on the same energy."""
        return self.joules / LED_BULB_WATTS

    def comparison(self) -> str:
        """One English sentence a visitor understands (the UI translates its own version of it)."""
        seconds = self.led_bulb_seconds
        if seconds < 1.0:
            return "less energy than an LED bulb uses in one second"
        if seconds < 120:
            return f"about as much energy as an LED bulb uses in {seconds:.0f} seconds"
        return f"about as much energy as an LED bulb uses in {seconds / 60:.0f} minutes"


class EnergyMeter:
    """Measures CPU time around an action and turns it into an :class:`EnergyEstimate`.

    Thread-safe in the sense that matters here: each measurement reads the process-wide counters at its
    start and end, so an action on a worker thread is measured with whatever else ran meanwhile (a
    conservative over-estimate, never an under-estimate). ``clock``/``cpu_clock`` are injectable for tests.
    """

    def __init__(
        self,
        watts_per_core: float = WATTS_PER_CORE,
        clock: Callable[[], float] = time.perf_counter,
        cpu_clock: Callable[[], float] = _cpu_seconds,
    ) -> None:
        self.watts_per_core = watts_per_core
        self._clock = clock
        self._cpu_clock = cpu_clock
        self.total_joules = 0.0
        self.last: EnergyEstimate | None = None

    def estimate(self, cpu_seconds: float, wall_seconds: float) -> EnergyEstimate:
        """The estimate for a known amount of CPU time (one CPU-second at one core = ``watts_per_core`` J)."""
        return EnergyEstimate(wall_seconds, max(0.0, cpu_seconds), max(0.0, cpu_seconds) * self.watts_per_core)

    @contextmanager
    def measure(self) -> Iterator[list[EnergyEstimate]]:
        """``with meter.measure() as out: work()`` then ``out[0]`` is the estimate."""
        out: list[EnergyEstimate] = []
        wall0, cpu0 = self._clock(), self._cpu_clock()
        try:
            yield out
        finally:
            result = self.estimate(self._cpu_clock() - cpu0, self._clock() - wall0)
            self.total_joules += result.joules
            self.last = result
            out.append(result)

    def reset(self) -> None:
        """Forget the running total (a new visitor)."""
        self.total_joules = 0.0
        self.last = None
