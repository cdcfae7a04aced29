"""Time from launching the app to its first painted window, against a bare Qt window in the same run.

    python -m benchmarks.startup [--runs 5] [--platform offscreen]

Each run is a fresh process (warm: the files are in the page cache after the first run, which is
not counted). The app reports the moment its window has painted (``GYEONGJU_AI_STARTUP_PROBE``),
measured from the start of its process; the baseline is the same measurement for a Python process
that only imports PySide6 and shows an empty QMainWindow — the floor any Qt app pays here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

_BARE = r"""
import os, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1440, 900); w.show(); w.repaint()
start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
print(f"window-visible {time.clock_gettime(time.CLOCK_BOOTTIME) - start:.3f}", file=__import__("sys").stderr)
"""


def _seconds(command: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stderr.splitlines():
        if line.startswith("window-visible "):
            return float(line.split()[1])
    raise RuntimeError(f"no timing from {command}: {done.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen, or xcb under Xvfb)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "GYEONGJU_AI_STARTUP_PROBE": "1",
           "GYEONGJU_AI_BUILD_SAMPLES": "0"}
    commands = {"bare PySide6 window (floor)": [sys.executable, "-c", _BARE],
                "gyeongju-ai (start screen)": [sys.executable, "-m", "app"]}
    results: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        _seconds(command, env)  # warm the page cache
    for _ in range(args.runs):  # alternate, so both see the same load
        for name, command in commands.items():
            results[name].append(_seconds(command, env))
    load = os.getloadavg()[0]
    print(f"\nLaunch → first painted window, {args.runs} warm runs each, load average {load:.1f}\n")
    print("| process | median s | min s | max s |")
    print("|---|---|---|---|")
    for name, values in results.items():
        print(f"| {name} | {statistics.median(values):.3f} | {min(values):.3f} | {max(values):.3f} |")


if __name__ == "__main__":
    main()
