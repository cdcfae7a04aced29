"""A scripted visitor: real QTest clicks and drags through the kiosk's widgets, measured.

Each interaction is one visitor action (a tap on the attract screen, a language, a tile, a control inside
an experience, a drag across it, "Home", the idle countdown, a wrong PIN …). A 10 ms QTimer measures how
long the event loop was blocked (wall clock: on a loaded machine this includes waiting for a core) and
how much CPU the UI thread itself used in that longest gap.

What the memory figure counts: the warm-up opens every experience in every language and waits for the
models to load (``rss_models_mb``), then a first pass of :data:`WARM_PASS` scripted interactions (another
seed) uses every AI action once, so first-use allocations (inference buffers, kernel caches, rendered
photos) are in place. ``rss_growth_mb`` is the growth over the measured interactions after that;
``rss_growth_since_models_mb`` is the growth since the models loaded, first pass included.
"""

from __future__ import annotations

import gc
import logging
import os
import random
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from app.ui.garbage import collect_on_ui_thread
from app.ui.kiosk.window import KioskWindow

HEARTBEAT_MS = 10
#: Unmeasured interactions after the models load, so each AI action has run once before RSS is read.
WARM_PASS = 200


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc, else psutil, else peak RSS)."""
    try:
        with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        pass
    try:
        import psutil

        return float(psutil.Process().memory_info().rss) / 1e6
    except ImportError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


class BlockMeter:
    """The longest gap between 10 ms timer ticks, minus the interval: how long the UI could not respond."""

    def __init__(self, where: Callable[[], str] = lambda: "") -> None:
        self.max_block_ms = 0.0
        self.max_busy_ms = 0.0  # UI-thread CPU time within one gap: the part that is the kiosk's own doing
        self.worst_where = ""
        self.busiest_where = ""
        self._cpu = 0.0
        self._where = where
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._cpu = time.thread_time()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        gap = float(self._clock.restart() - HEARTBEAT_MS)
        cpu = time.thread_time()
        busy, self._cpu = 1000 * (cpu - self._cpu), cpu
        if gap > self.max_block_ms:
            self.max_block_ms = gap
            self.worst_where = self._where()
        if busy > self.max_busy_ms:
            self.max_busy_ms = busy
            self.busiest_where = self._where()


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.first is None:
            self.first = record.getMessage()[:500]


@dataclass
class SoakResult:
    interactions: int = 0
    exceptions: int = 0
    rss_growth_mb: float = 0.0
    rss_growth_since_models_mb: float = 0.0
    rss_models_mb: float = 0.0
    max_ui_block_ms: float = 0.0
    max_ui_busy_ms: float = 0.0
    max_gc_ms: float = 0.0
    """The longest cycle collection on the UI thread while measured (app/ui/garbage.py)."""
    full_gcs: int = 0
    languages: list[str] = field(default_factory=list)
    experiences: list[str] = field(default_factory=list)
    seconds: float = 0.0
    first_error: str | None = None
    worst_block_at: str = ""
    busiest_at: str = ""
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def as_dict(self) -> dict[str, object]:
        return {
            "interactions": self.interactions,
            "exceptions": self.exceptions,
            "rss_growth_mb": round(self.rss_growth_mb, 1),
            "rss_growth_since_models_mb": round(self.rss_growth_since_models_mb, 1),
            "rss_models_mb": round(self.rss_models_mb, 1),
            "max_ui_block_ms": round(self.max_ui_block_ms, 1),
            "max_ui_busy_ms": round(self.max_ui_busy_ms, 1),
            "max_gc_ms": round(self.max_gc_ms, 1),
            "full_gcs": self.full_gcs,
            "languages": self.languages,
            "experiences": self.experiences,
            "seconds": round(self.seconds, 1),
            "first_error": self.first_error,
            "worst_block_at": self.worst_block_at,
            "busiest_at": self.busiest_at,
            "load_average": [round(x, 2) for x in self.load_average],
        }


class ScriptedVisitor:
    def __init__(self, window: KioskWindow, seed: int = 2026, pause_ms: int = 15) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.pause_ms = pause_ms
        self.languages_seen: set[str] = set()
        self.last_action = ""

    # -- primitive actions --------------------------------------------------------------------

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.last_action = f"click {widget.objectName() or type(widget).__name__}"
        where = pos or widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
        QTest.qWait(self.pause_ms)

    def drag(self, widget: QWidget) -> None:
        self.last_action = f"drag {widget.objectName() or type(widget).__name__}"
        w, h = max(2, widget.width()), max(2, widget.height())
        start = QPoint(self.rng.randrange(w), self.rng.randrange(h))
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for _ in range(6):
            QTest.mouseMove(widget, QPoint(self.rng.randrange(w), self.rng.randrange(h)), 5)
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start, 5)
        QTest.qWait(self.pause_ms)

    def _buttons(self, root: QWidget) -> list[QAbstractButton]:
        return [b for b in root.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]

    # -- one step -----------------------------------------------------------------------------

    def step(self) -> None:
        w = self.window
        page = w.page()
        roll = self.rng.random()
        if page == "AttractScreen":
            self.click(w.attract)
        elif page == "HomeScreen":
            tiles = [t for t in w.home.tiles.values() if t.isVisible()]
            if roll < 0.35 or not tiles:
                self._switch_language(w.home.languages.buttons)
            elif roll < 0.97:
                self.click(self.rng.choice(tiles))
            else:
                self._idle_out()
        elif page == "ExperienceHost":
            experience = w.host.stack.currentWidget()
            buttons = self._buttons(experience) if experience is not None else []
            if roll < 0.12:
                self.click(w.host.home_button)
            elif roll < 0.22:
                self._switch_language(w.host.languages.buttons)
            elif roll < 0.25:
                self._idle_warning()
            elif roll < 0.26:
                self._idle_out()
            elif roll < 0.6 and buttons:
                self.click(self.rng.choice(buttons))
            elif experience is not None:
                self.drag(experience)
        elif page == "RestingCard":
            self.click(w.resting.button)
        elif page == "PinPad":
            for digit in "9999":
                self.click(w.pin.digit_buttons[digit])
            self.click(w.pin.ok_button)
            QTest.qWait(50)
            self.click(w.pin.cancel_button)
        else:
            w.show_attract()
            QTest.qWait(self.pause_ms)

    def _switch_language(self, buttons: dict) -> None:
        code = self.rng.choice(sorted(buttons))
        self.click(buttons[code])
        self.languages_seen.add(code)

    def _idle_warning(self) -> None:
        """Let the "Still there?" countdown appear, then touch to stay."""
        w = self.window
        w.idle._last_touch -= w.idle.idle_seconds + 0.5
        w._tick()
        QTest.qWait(self.pause_ms)
        if w.overlay.isVisible():
            self.click(w.overlay.button)

    def _idle_out(self) -> None:
        """Walk away: the countdown runs out and the kiosk resets."""
        w = self.window
        w.idle._last_touch -= w.idle.idle_seconds + w.idle.countdown_seconds + 1
        w._tick()  # the next idle tick, now rather than up to 250 ms later
        QTest.qWait(self.pause_ms)

    def operator_attempt(self) -> None:
        """The hidden gesture, then a wrong PIN and cancel."""
        for _ in range(5):
            self.click(self.window, QPoint(20, 20))
        QTest.qWait(50)
        if self.window.page() == "PinPad":
            self.step()

    def warm_up(self) -> int:
        """Open every experience in every language once; returns the interactions it took."""
        w = self.window
        count = 0
        w.show_attract()
        self.click(w.attract)
        count += 1
        for code in w.home.languages.buttons:
            self.click(w.home.languages.buttons[code])
            self.languages_seen.add(code)
            count += 1
            for tile in list(w.home.tiles.values()):
                self.click(tile)
                count += 1
                if w.page() == "ExperienceHost":
                    self.click(w.host.home_button)
                elif w.page() == "RestingCard":
                    self.click(w.resting.button)
                count += 1
        return count


def run_soak(window: KioskWindow, interactions: int, seed: int = 2026, warm_pass: int = WARM_PASS) -> SoakResult:
    """Drive ``window`` (already shown) through ``interactions`` visitor actions and measure."""
    result = SoakResult()
    errors = _ErrorCounter()
    logging.getLogger().addHandler(errors)
    hook_errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        hook_errors.append("".join(traceback.format_exception(exc_type, exc, tb))[-500:])
        window.recover()

    sys.excepthook = hook
    visitor = ScriptedVisitor(window, seed)
    started = time.perf_counter()
    try:
        visitor.warm_up()
        window.show_attract()
        # The experiences load their models in the background when first opened; a kiosk has them
        # all loaded minutes after it starts, so growth is measured from there, not from mid-load.
        window.services.runner.pool.waitForDone(180_000)
        QTest.qWait(100)
        gc.collect()
        result.rss_models_mb = rss_mb()
        first_pass = ScriptedVisitor(window, seed + 1)
        for _ in range(warm_pass):
            first_pass.step()
        window.show_attract()
        window.services.runner.pool.waitForDone(60_000)
        QTest.qWait(100)
        gc.collect()
        rss0 = rss_mb()
        meter = BlockMeter(lambda: f"{window.page()}/{window.current_experience or '-'}/{visitor.last_action}")
        collector = collect_on_ui_thread(QApplication.instance())
        collector.longest_ms, full_before = 0.0, collector.collections[2]
        meter.start()
        for i in range(interactions):
            if i % 250 == 125:
                visitor.operator_attempt()
            else:
                visitor.step()
            if i % 200 == 199:
                QApplication.processEvents()
        window.show_attract()
        QTest.qWait(100)
        meter.stop()  # before waiting for the workers: that wait blocks on purpose and is not the UI's doing
        window.services.runner.pool.waitForDone(10000)
        QTest.qWait(100)  # the end-of-visit heap trim is a job too; let its handle go
        gc.collect()
        rss1 = rss_mb()
        result.rss_growth_mb = rss1 - rss0
        result.rss_growth_since_models_mb = rss1 - result.rss_models_mb
        result.max_ui_block_ms = meter.max_block_ms
        result.worst_block_at = meter.worst_where
        result.max_ui_busy_ms = meter.max_busy_ms
        result.busiest_at = meter.busiest_where
        result.max_gc_ms = collector.longest_ms
        result.full_gcs = collector.collections[2] - full_before
    finally:
        sys.excepthook = previous_hook
        logging.getLogger().removeHandler(errors)
    result.interactions = interactions
    result.exceptions = errors.count + len(hook_errors)  # the window logs every error it recovers from
    result.first_error = hook_errors[0] if hook_errors else errors.first
    result.languages = sorted(visitor.languages_seen)
    result.experiences = [cls.experience_id for cls in window.enabled_experiences()]
    result.seconds = time.perf_counter() - started
    if hasattr(os, "getloadavg"):
        result.load_average = os.getloadavg()  # the machine's load during the run: blocks depend on it
    return result
