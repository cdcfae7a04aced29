"""Supervise a kiosk child process: restart it after a crash or a frozen event loop (stale heartbeat).

The child writes the time to its heartbeat file every few seconds from a Qt timer, so a blocked event
loop stops the heartbeat even while the process lives. Exit status 0 means the operator quit: the
watchdog then stops too. Restarts back off (1 s, 2 s, 4 s … up to 60 s) so a kiosk that cannot start
does not spin.
"""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

#: Seconds a fresh child may take before its first heartbeat counts as missing.
START_GRACE_S = 30.0


def heartbeat_age(path: Path, now: float) -> float | None:
    """Seconds since the heartbeat file was last written, or None when there is none."""
    try:
        return now - path.stat().st_mtime
    except OSError:
        return None


class Watchdog:
    def __init__(
        self,
        command: Sequence[str],
        heartbeat: Path,
        *,
        stale_after: float = 30.0,
        poll: float = 1.0,
        max_restarts: int | None = None,
        start_grace: float = START_GRACE_S,
        first_backoff: float = 1.0,
        popen: Callable[[Sequence[str]], subprocess.Popen[bytes]] = subprocess.Popen,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.command = list(command)
        self.heartbeat = heartbeat
        self.stale_after = stale_after
        self.poll = poll
        self.max_restarts = max_restarts
        self.start_grace = start_grace
        self.first_backoff = first_backoff
        self._popen = popen
        self._clock = clock
        self._sleep = sleep
        self.restarts = 0

    def _start(self) -> tuple[subprocess.Popen[bytes], float]:
        log.info("watchdog: starting the kiosk: %s", " ".join(self.command))
        return self._popen(self.command), self._clock()

    @staticmethod
    def _stop(child: subprocess.Popen[bytes]) -> None:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=10)

    def run(self) -> int:
        """Supervise until the kiosk exits cleanly (returns 0) or ``max_restarts`` is used up (returns 1)."""
        child, started = self._start()
        backoff = self.first_backoff
        while True:
            self._sleep(self.poll)
            status = child.poll()
            reason = ""
            if status is not None:
                if status == 0:
                    log.info("watchdog: the kiosk was quit by the operator")
                    return 0
                reason = f"exited with status {status}"
            else:
                now = self._clock()
                age = heartbeat_age(self.heartbeat, now)
                fresh_start = now - started < max(self.start_grace, self.stale_after)
                if age is not None and age > self.stale_after and not fresh_start:
                    reason = f"heartbeat is {age:.0f} s old"
                elif age is None and not fresh_start:
                    reason = "no heartbeat"
                if reason:
                    self._stop(child)
            if not reason:
                if self._clock() - started > 300:
                    backoff = self.first_backoff  # it ran well for five minutes: the next failure restarts quickly
                continue
            if self.max_restarts is not None and self.restarts >= self.max_restarts:
                log.error("watchdog: the kiosk %s; giving up after %d restarts", reason, self.restarts)
                return 1
            log.error("watchdog: the kiosk %s; restarting in %.0f s", reason, backoff)
            self._sleep(backoff)
            backoff = min(60.0, backoff * 2)
            self.restarts += 1
            child, started = self._start()
