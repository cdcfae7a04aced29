"""Launch timing for benchmarks: seconds since this process started (``GYEONGJU_AI_STARTUP_PROBE``).

Measured from the kernel's record of the process start, so interpreter start-up and imports count,
exactly as a visitor waiting for the kiosk after a restart experiences them.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

PROBE_ENV = "GYEONGJU_AI_STARTUP_PROBE"


def probing() -> bool:
    return os.environ.get(PROBE_ENV) == "1"


def seconds_since_start() -> float:
    """Seconds since this process started (Linux /proc; elsewhere since this module was imported)."""
    try:
        fields = Path("/proc/self/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


def report(event: str) -> None:
    """One ``<event> <seconds>`` line on stderr for the benchmark to read."""
    sys.stderr.write(f"{event} {seconds_since_start():.3f}\n")
    sys.stderr.flush()


_IMPORTED = time.perf_counter()
