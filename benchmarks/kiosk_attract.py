"""Launch → attract loop painted, for ``gyeongju-ai kiosk``, against a bare PySide6 window in the same run.

    python -m benchmarks.kiosk_attract [--runs 5] [--platform offscreen]

Issue 14 asks for the attract loop in ≤ 3 s warm. Each run is a fresh process; the first run of each
command only warms the page cache and is not counted. The kiosk reports (``GYEONGJU_AI_STARTUP_PROBE``)
when the attract screen first paints and when it first paints a heritage image (decoded off the UI
thread), both measured from the start of its process, then quits. The baseline is the same
measurement for a process that only imports PySide6 and shows a full-screen empty window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

_BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
from app.kiosk.probe import report
app = QApplication([])
w = QWidget(); w.showFullScreen(); w.repaint()
report("attract-painted")
"""


def _times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    found = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("attract-painted", "attract-image"):
            found[parts[0]] = float(parts[1])
    if "attract-painted" not in found:
        raise RuntimeError(f"no timing from {command}: {done.stderr[-800:]}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--content", help="kiosk --content (a folder or pack); default: the built samples")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen, or xcb under Xvfb)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="kiosk-attract-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": args.platform,
        "GYEONGJU_AI_STARTUP_PROBE": "1",
        "GYEONGJU_AI_BUILD_SAMPLES": "0",
        "GYEONGJU_AI_HOME": home,
    }
    commands = {
        "bare PySide6 full-screen window": [sys.executable, "-c", _BARE],
        "gyeongju-ai kiosk": [
            sys.executable,
            "-m",
            "app",
            "kiosk",
            *(["--content", args.content] if args.content else []),
        ],
    }
    results: dict[tuple[str, str], list[float]] = {}
    for command in commands.values():
        _times(command, env)  # warm the page cache
    load_before = os.getloadavg()
    for _ in range(args.runs):  # alternate, so both see the same load
        for name, command in commands.items():
            for event, seconds in _times(command, env).items():
                results.setdefault((name, event), []).append(seconds)
    load_after = os.getloadavg()
    print(
        f"\nLaunch → attract painted, {args.runs} warm runs each, platform {args.platform}, "
        f"load average {load_before[0]:.1f} before / {load_after[0]:.1f} after\n"
    )
    print("| process | event | median s | min s | max s |")
    print("|---|---|---|---|---|")
    for (name, event), values in results.items():
        what = {"attract-painted": "first frame", "attract-image": "first heritage image"}[event]
        print(f"| {name} | {what} | {statistics.median(values):.3f} | {min(values):.3f} | {max(values):.3f} |")


if __name__ == "__main__":
    main()
