"""Python's cycle collector runs on the UI thread only.

CPython's automatic cycle collection starts in whichever thread happens to allocate when a
generation's count passes its threshold. When that is a job's worker thread (a model being built,
a picture being decoded), the collection can free a Qt object left in an unreachable cycle — a
closed window's widget held by a lambda, say — and Qt objects must die in the thread that owns
them: the process crashes with a segmentation fault. The test suite caught exactly that once
(a kiosk experience building its inpainting model while an earlier window was being collected).

So the application turns automatic collection off and a timer on the UI thread collects instead,
following the same per-generation thresholds the interpreter would use. Reference counting still
frees everything that is not in a cycle at once; only cyclic garbage waits, at most one tick (full
collections at most every ``FULL_COLLECTION_GAP_S``). What the process imported is frozen out of
the collector's walks, so a full collection on the UI thread stays short (see the constants below).
"""

from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

# How often the UI thread looks at the allocation counts; a collection only runs when one is due.
CHECK_INTERVAL_MS = 250
# A full collection walks every long-lived object (~250 ms once PyTorch is imported, which a kiosk
# visitor would feel), so full ones run at most this often; the young generations are never held back.
FULL_COLLECTION_GAP_S = 30.0
# Imports bring hundreds of thousands of objects that live as long as the process (PyTorch alone
# ~300 000). After a full collection that follows this many new modules, the survivors are frozen
# (``gc.freeze``): later full collections skip them and take a millisecond instead of a quarter
# second. Anything frozen that later becomes cyclic garbage stays allocated, which is why this
# happens only after imports, a handful of times per process, never on a timer.
FREEZE_AFTER_NEW_MODULES = 100


class UiThreadCollector(QObject):
    """Runs Python's cycle collector from the UI thread's event loop, when the thresholds say so."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]  # how many times each generation was collected here
        self.longest_ms = 0.0  # the longest single collection, for the kiosk's diagnostics
        self._last_full = time.monotonic()
        gc.collect()
        self._freeze()  # what the application has imported so far is never garbage
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the oldest generation that is due; the generation collected, or None."""
        full_allowed = time.monotonic() - self._last_full >= FULL_COLLECTION_GAP_S
        due = generation_due(full_allowed=full_allowed)
        if due is not None:
            self.collect(due)
        return due

    def collect(self, generation: int) -> None:
        started = time.perf_counter()
        gc.collect(generation)
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - started) * 1000)
        self.collections[generation] += 1
        if generation == 2:
            self._last_full = time.monotonic()
            if len(sys.modules) - self._modules_at_freeze >= FREEZE_AFTER_NEW_MODULES:
                self._freeze()

    def _freeze(self) -> None:
        gc.freeze()
        self._modules_at_freeze = len(sys.modules)


def generation_due(*, full_allowed: bool = True) -> int | None:
    """The generation CPython itself would collect now (the oldest one over its threshold), or None.

    With ``full_allowed`` False the oldest generation is left for later, the younger ones still count.
    """
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    for generation in (2, 1, 0) if full_allowed else (1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return generation
    return None


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """Turn off automatic collection and let a timer on ``app``'s thread collect instead (idempotent)."""
    gc.disable()
    existing = app.findChild(UiThreadCollector)
    if isinstance(existing, UiThreadCollector):
        return existing
    return UiThreadCollector(app)
