"""Scale check of the collection room: a 50 000-item catalogue, opened, scrolled, reviewed and searched.

    python -m benchmarks.collection_ui [--items 50000] [--catalogue PATH] [--keys 60]

Builds a synthetic catalogue (rows written directly, as ``tests/unit/catalog_fixtures.py`` does:
items, tag runs and AI tags of the default tagger, Dublin Core titles and sites, 10 000 decisions,
a small stored thumbnail per item) unless ``--catalogue`` names one built before, then opens the
room offscreen and measures, against the targets of the issue:

* open — from "open this catalogue" to the first screen of the grid painted (≤ 1 s);
* scroll — a QTimer heartbeat every 10 ms while the grid is flung top to bottom in 300 frames
  (every frame new cells), then scrolled a screen per frame, thumbnails loading in the background;
  the longest gap beyond the heartbeat is the event-loop lag a curator would feel (≤ 50 ms). The
  same heartbeat over the idle room is printed beside it (on a loaded machine the scheduler alone
  makes gaps), and so is the UI thread's CPU time per frame, which does not depend on the load;
* review key — A / R / C + Enter / Ctrl+Z delivered as real key events; wall time from the key
  to the next picture selected (≤ 100 ms);
* search — filter changes through the filter bar, query to grid reset (≤ 200 ms).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

TYPES = ("pagoda", "buddhist_sculpture", "temple_hall", "palace_pavilion", "royal_tomb", "bridge", "hanok_house",
         "fortress_gate", "bell", "crown_jewellery", "roof_tile", "ceramics", "stone_monument", "painting_document")
SITES = ("Bulguksa, Gyeongju", "Seokguram", "Daereungwon", "Donggung and Wolji", "Hwangnyongsa site")
WORDS = ("stone", "lantern", "bell", "pagoda", "roof", "tile", "gate", "hall", "mound", "bridge")


def _thumbnails(count: int = 64) -> list[bytes]:
    from PIL import Image

    rng = np.random.default_rng(7)
    blobs = []
    for _ in range(count):
        grid = rng.integers(0, 256, (3, 4, 3), dtype=np.uint8)
        buffer = io.BytesIO()
        Image.fromarray(grid).resize((128, 96), Image.BICUBIC).save(buffer, "JPEG", quality=70)
        blobs.append(buffer.getvalue())
    return blobs


def build(path: Path, items: int) -> None:
    """A synthetic catalogue of ``items`` pictures in a few large transactions."""
    from app.catalog.operations import create_catalog
    from app.vision.recognition import DEFAULT_MODEL_ID
    from app.vision.registry import default_registry

    spec = default_registry().get(DEFAULT_MODEL_ID)
    model, version, sha = spec.id, spec.version, spec.weights.sha256
    now = "2025-11-01T09:00:00+00:00"
    rng = np.random.default_rng(0)
    labels = rng.integers(0, len(TYPES), (items, 3))
    scores = np.sort(rng.random((items, 3)).astype(np.float64), axis=1)[:, ::-1]
    blobs = _thumbnails()
    with create_catalog(path) as catalog, catalog.transaction() as conn:
        conn.executemany(
            "INSERT INTO items (id, path, sha256, size, width, height, format, exif_date, state, added_at, updated_at) "
            "VALUES (?, ?, ?, 100000, 1600, 1200, 'JPEG', ?, 'ok', ?, ?)",
            [(i, f"/museum/photos/{i // 1000:03d}/IMG_{i:06d}.jpg", f"{i:064x}",
              f"{1950 + i % 70:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00", now, now)
             for i in range(1, items + 1)],
        )
        conn.executemany(
            "INSERT INTO thumbnails (sha256, jpeg, width, height) VALUES (?, ?, 128, 96)",
            [(f"{i:064x}", blobs[i % len(blobs)]) for i in range(1, items + 1)],
        )
        ai = []
        for n in range(items):
            seen = set()
            for k in range(3):
                label = TYPES[labels[n, k]]
                if label not in seen:
                    seen.add(label)
                    ai.append((n + 1, model, version, sha, label, float(scores[n, k]), now))
        conn.executemany(
            "INSERT INTO ai_tags (item_id, model_id, model_version, model_sha256, label, score, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", ai,
        )
        conn.executemany(
            "INSERT INTO tag_runs (item_id, model_id, model_version, model_sha256, top_label, top_score, done_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(n + 1, model, version, sha, TYPES[labels[n, 0]], float(scores[n, 0]), now) for n in range(items)],
        )
        conn.execute(
            "INSERT INTO tag_models (model_id, model_version, model_sha256, first_run_at, last_run_at) "
            "VALUES (?, ?, ?, ?, ?)", (model, version, sha, now, now),
        )
        dc = []
        for i in range(1, items + 1):
            words = " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7))
            dc.append((i, "title", "en", 0, f"{words} {i}"))
            dc.append((i, "coverage", "", 0, SITES[i % len(SITES)]))
        conn.executemany("INSERT INTO dc (item_id, field, language, position, value) VALUES (?, ?, ?, ?, ?)", dc)
        decided = rng.choice(np.arange(1, items + 1), size=min(10_000, items // 5), replace=False)
        conn.execute(
            "INSERT INTO decision_batches (id, action, decided_by, decided_at, size) "
            "VALUES (1, 'accepted', 'bench', ?, ?)",
            (now, len(decided)),
        )
        conn.executemany(
            "INSERT INTO decisions (item_id, label, action, decided_by, decided_at, batch) "
            "VALUES (?, ?, ?, 'bench', ?, 1)",
            [(int(i), TYPES[labels[int(i) - 1, 0]], ("accepted", "rejected", "corrected")[int(i) % 3], now)
             for i in decided],
        )


class Heartbeat:
    """Longest gap between ticks of a 10 ms timer, less the 10 ms: what the UI thread made people wait."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.gaps.clear()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(max(0.0, now - self._last - 0.010))
        self._last = now

    def stop(self) -> None:
        self.timer.stop()


def _pump(app: object, seconds: float) -> None:
    """Run the event loop for ``seconds``, idle between events as in the real app (no busy polling)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(1, int(seconds * 1000)), loop.quit)
    loop.exec()


def measure(path: Path, keys: int) -> list[tuple[str, str, str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import app.ui  # noqa: F401 - the binding guard first
    from app.ui.bootstrap import load_stylesheet
    from app.ui.collection.room import CollectionRoom
    from app.ui.fonts import register_fonts, ui_font
    from app.ui.runner import JobRunner

    app = QApplication.instance() or QApplication(sys.argv)
    register_fonts()
    app.setStyle("Fusion")
    app.setStyleSheet(load_stylesheet())
    app.setFont(ui_font("ko"))
    runner = JobRunner()
    room = CollectionRoom(runner)
    room.resize(1440, 900)
    room.show()
    room.set_language("ko")
    _pump(app, 0.3)
    rows: list[tuple[str, str, str, str]] = []

    # Open: the call, then the first screen painted (the grid lays the rest out in later turns).
    started = time.perf_counter()
    assert room.open_catalog(path), room.banner.text()
    room.browse.grid.viewport().repaint()
    opened = time.perf_counter() - started
    total = room.browse.model.rowCount()
    rows.append(("open catalogue → first screen painted", f"{opened * 1000:.0f} ms", "≤ 1000 ms",
                 f"{total} items in the grid"))

    # Scrolling, with thumbnails loading in the background: a fling top to bottom through every item
    # in 300 frames, then a screen per frame (reading pace) for 300 frames. The same heartbeat over
    # the idle room first: on a shared, loaded machine the operating system alone delays the UI
    # thread, and that floor is not the room's doing.
    from app.ui.collection.grid_view import CELL

    grid = room.browse.grid
    bar = grid.verticalScrollBar()
    full = -(-total // grid.columns()) * CELL.height() - grid.viewport().height()
    layout_end = time.perf_counter() + 20
    while bar.maximum() < full * 0.99 and time.perf_counter() < layout_end:  # the batched layout is done
        _pump(app, 0.05)
    beat = Heartbeat()

    def lag(gaps: list[float]) -> str:
        return f"{max(gaps) * 1000:.0f} / {float(np.percentile(gaps, 99)) * 1000:.0f} ms"

    beat.start()
    _pump(app, 300 * 0.016)
    beat.stop()
    idle = lag(beat.gaps)
    for name, step, start in (("fling through all items", max(bar.pageStep(), bar.maximum() // 300), 0),
                              ("a screen per frame", bar.pageStep(), bar.maximum() // 3)):
        bar.setValue(start)
        _pump(app, 0.5)
        beat.start()
        frame_cpu: list[float] = []
        scroll_start = time.perf_counter()
        while bar.value() < bar.maximum() and len(frame_cpu) < 300:
            cpu = time.thread_time()
            bar.setValue(bar.value() + step)
            _pump(app, 0.016)
            frame_cpu.append((time.thread_time() - cpu) * 1000)
        scroll_s = time.perf_counter() - scroll_start
        _pump(app, 0.5)
        beat.stop()
        rows.append((f"event-loop lag, {name} (max / p99)", lag(beat.gaps), "≤ 50 ms",
                     f"{len(frame_cpu)} frames of {step / bar.pageStep():.1f} screens in {scroll_s:.1f} s; "
                     f"same heartbeat over the idle room: {idle}"))
        rows.append((f"UI-thread CPU per frame, {name} (median / p99 / max)",
                     f"{statistics.median(frame_cpu):.0f} / {float(np.percentile(frame_cpu, 99)):.0f} / "
                     f"{max(frame_cpu):.0f} ms", "≤ 50 ms",
                     f"paint + cells read + thumbnails received; {len(room.thumbs)} thumbnails and "
                     f"{room.browse.model.cached_cards()} cells cached at the end"))

    # Review keys, as a curator presses them.
    room.tabs.setCurrentWidget(room.review)
    _pump(app, 0.3)
    review = room.review
    review.grid.setFocus()
    timings: dict[str, list[float]] = {"A": [], "R": [], "C+Enter": [], "Ctrl+Z": []}
    inner: list[float] = []
    key_cpu: list[float] = []
    for n in range(keys):
        kind = ("A", "R", "C+Enter", "Ctrl+Z")[n % 4]
        started, cpu = time.perf_counter(), time.thread_time()
        if kind == "A":
            QTest.keyClick(review.grid, Qt.Key.Key_A)
        elif kind == "R":
            QTest.keyClick(review.grid, Qt.Key.Key_R)
        elif kind == "Ctrl+Z":
            QTest.keyClick(review.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(review.grid, Qt.Key.Key_C)
            review.correct_box.setText("bell")
            started, cpu = time.perf_counter(), time.thread_time()
            QTest.keyClick(review.correct_box, Qt.Key.Key_Return)
        app.processEvents()
        timings[kind].append((time.perf_counter() - started) * 1000)
        key_cpu.append((time.thread_time() - cpu) * 1000)
        inner.append(review.last_key_ms)
    every = [t for values in timings.values() for t in values]
    detail = ", ".join(f"{k} {statistics.median(v):.0f}/{max(v):.0f}" for k, v in timings.items())
    rows.append(("review keypress → next picture shown (median / max)",
                 f"{statistics.median(every):.0f} / {max(every):.0f} ms", "≤ 100 ms",
                 f"{keys} keys; median/max ms per key: {detail}"))
    rows.append(("review keypress, UI-thread CPU (median / max)",
                 f"{statistics.median(key_cpu):.0f} / {max(key_cpu):.0f} ms", "≤ 100 ms",
                 f"the catalogue operation and grid update alone (wall): median {statistics.median(inner):.0f}, "
                 f"max {max(inner):.0f} ms"))

    # Searches through the filter bar.
    room.tabs.setCurrentWidget(room.browse)
    _pump(app, 0.2)
    bar_ = room.browse.filters
    cases = [
        ("text “bell”", lambda: bar_.text.setText("bell")),
        ("+ tag “탑” (Korean name)", lambda: bar_.tag.setEditText("탑")),
        ("+ state accepted", lambda: bar_.state.setCurrentIndex(2)),
        ("+ site “bulguksa”", lambda: bar_.site.setText("bulguksa")),
        ("+ confidence 80 % and above", lambda: bar_.band.setCurrentIndex(3)),
        ("clear all (every item)", bar_.clear),
        ("date 1960–1969", lambda: (bar_.since.setText("1960"), bar_.until.setText("1969"))),
    ]
    times = []
    for name, change in cases:
        change()
        started, cpu = time.perf_counter(), time.thread_time()
        bar_.flush()
        app.processEvents()
        elapsed, cpu = time.perf_counter() - started, time.thread_time() - cpu
        times.append((name, elapsed * 1000, cpu * 1000, room.browse.model.rowCount()))
    worst = max(t for _, t, _, _ in times)
    worst_cpu = max(c for _, _, c, _ in times)
    rows.append(("search (filter change → grid shown), worst wall / CPU", f"{worst:.0f} / {worst_cpu:.0f} ms",
                 "≤ 200 ms", "; ".join(f"{n}: {t:.0f} ms ({c:.0f} CPU), {h} hits" for n, t, c, h in times)))

    runner.shutdown(10000)
    room.shutdown(10000)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--catalogue", type=Path, help="a catalogue built by an earlier run (kept with --keep)")
    parser.add_argument("--keep", type=Path, help="build the catalogue here and keep it")
    parser.add_argument("--keys", type=int, default=60)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as temp:
        path = args.catalogue
        build_s = 0.0
        if path is None:
            path = args.keep or Path(temp) / "bench.gjcat"
            started = time.perf_counter()
            build(path, args.items)
            build_s = time.perf_counter() - started
        rows = measure(path, args.keys)
    load = os.getloadavg()[0]
    print(f"\nCollection room at scale: {path.name}, {args.items} items (built in {build_s:.0f} s), "
          f"offscreen, load average {load:.1f} on {os.cpu_count()} cores\n")
    print("| measure | result | target | notes |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
