"""The watchdog against real child processes: one crashes, one freezes (its heartbeat goes stale).

The child is a tiny Python program that behaves differently on each start (it counts its starts in a
file): start 1 writes a heartbeat and exits with status 3, start 2 writes one heartbeat and then hangs,
start 3 exits 0 as the operator's "Quit" does. Intervals are a fraction of a second so the test is quick.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.kiosk.watchdog import Watchdog

CHILD = r"""
import sys, time
from pathlib import Path
starts, heartbeat = Path(sys.argv[1]), Path(sys.argv[2])
with starts.open("a") as f:
    f.write("start\n")
run = len(starts.read_text().splitlines())
heartbeat.write_text(str(time.time()))
if run == 1:
    sys.exit(3)          # a crash
if run == 2:
    time.sleep(120)      # a frozen event loop: alive, but the heartbeat stops
sys.exit(0)              # the operator quit
"""


def test_watchdog_restarts_a_crashed_and_a_frozen_child(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    starts, heartbeat = tmp_path / "starts", tmp_path / "heartbeat"
    children = []

    import subprocess

    def popen(command):  # type: ignore[no-untyped-def]
        child = subprocess.Popen(command)
        children.append(child)
        return child

    dog = Watchdog(
        [sys.executable, str(script), str(starts), str(heartbeat)],
        heartbeat,
        stale_after=1.0,
        poll=0.05,
        start_grace=1.0,
        first_backoff=0.05,
        max_restarts=5,
        popen=popen,
    )
    assert dog.run() == 0, "the child's clean exit ends the watchdog"
    assert starts.read_text().splitlines() == ["start"] * 3
    assert dog.restarts == 2
    assert children[0].returncode == 3  # crashed on its own
    assert children[1].returncode is not None and children[1].returncode < 0  # stopped by the watchdog (signal)
    assert children[2].returncode == 0


def test_watchdog_gives_up_on_a_child_that_always_crashes(tmp_path: Path) -> None:
    dog = Watchdog(
        [sys.executable, "-c", "import sys; sys.exit(7)"],
        tmp_path / "heartbeat",
        poll=0.05,
        first_backoff=0.01,
        max_restarts=2,
    )
    assert dog.run() == 1
    assert dog.restarts == 2
