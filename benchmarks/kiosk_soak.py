"""The kiosk soak (issue 14): a scripted visitor through the real widgets, measured, as a table.

    python -m benchmarks.kiosk_soak [--interactions 2000] [--tree DIR] [--label NAME]

Runs ``gyeongju-ai kiosk --soak N --json`` offscreen in a fresh process (1920×1080, every experience
with its real models, every language) and prints one table row. ``--tree`` runs another checkout of
the project (an exported older commit, say) with this interpreter, for a before/after table. The
targets: 0 exceptions, RSS growth ≤ 50 MB, the UI never blocked > 100 ms.

``max_ui_block_ms`` is wall clock (the longest the event loop did not run), so on a machine shared with
other work it includes time spent waiting for a core; ``max_ui_busy_ms`` is the CPU time the UI thread
itself used in the longest gap. The load average is printed with each row for that reason.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

COLUMNS = (
    "label",
    "interactions",
    "exceptions",
    "rss_growth_mb",
    "rss_growth_since_models_mb",
    "max_ui_block_ms",
    "max_ui_busy_ms",
    "max_gc_ms (full)",
    "languages",
    "load (1/5/15 min)",
    "seconds",
)


def soak(interactions: int, tree: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(tree),
        "GYEONGJU_AI_HOME": tempfile.mkdtemp(prefix="kiosk-soak-"),
        "GYEONGJU_AI_BUILD_SAMPLES": "0",
    }
    load = os.getloadavg()
    done = subprocess.run(
        [sys.executable, "-m", "app", "kiosk", "--soak", str(interactions), "--json"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=6 * 3600,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the soak printed no result (exit {done.returncode}): {done.stderr[-1500:]}")
    result = json.loads(lines[-1])
    result["load_before"] = load
    result["load_after"] = os.getloadavg()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interactions", type=int, default=2000)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--label", default="this tree")
    args = parser.parse_args()
    r = soak(args.interactions, args.tree.resolve())
    load = "/".join(f"{x:.1f}" for x in r["load_after"])
    row = (
        args.label,
        r["interactions"],
        r["exceptions"],
        r["rss_growth_mb"],
        r.get("rss_growth_since_models_mb", "–"),
        r["max_ui_block_ms"],
        r.get("max_ui_busy_ms", "–"),
        f"{r['max_gc_ms']} ({r['full_gcs']})" if "max_gc_ms" in r else "–",
        len(r["languages"]),
        load,
        r["seconds"],
    )
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    print("| " + " | ".join(str(v) for v in row) + " |")
    print(
        f"\nworst block at: {r.get('worst_block_at')}; busiest at: {r.get('busiest_at', '–')}; "
        f"load before {r['load_before'][0]:.1f}; first error: {r.get('first_error')}"
    )
    print(json.dumps(r), file=sys.stderr)


if __name__ == "__main__":
    main()
