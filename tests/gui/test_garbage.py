"""Cyclic garbage made by jobs on worker threads is collected on the UI thread, never on the worker."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject

from app.jobs import Job
from app.ui import garbage
from app.ui.garbage import UiThreadCollector, collect_on_ui_thread, generation_due
from app.ui.runner import JobRunner


class _Cycle:
    """An object that refers to itself, so only the cycle collector can free it; notes where it died."""

    def __init__(self, deaths: list[bool]) -> None:
        self.me = self
        self.deaths = deaths

    def __del__(self) -> None:
        self.deaths.append(threading.current_thread() is threading.main_thread())


def test_cycles_made_on_a_worker_thread_are_freed_on_the_ui_thread(qtbot, qapp):
    collect_on_ui_thread(qapp)
    deaths: list[bool] = []
    made = 3000

    def work(progress, cancel):
        for _ in range(made):
            _Cycle(deaths)  # garbage at once, reachable only from itself
        # Far more allocations than the interpreter's threshold (700): automatic collection would
        # have run right here, on this worker thread.
        keep = [[] for _ in range(20_000)]
        return len(keep)

    runner = JobRunner(max_threads=1)
    handle = runner.start(Job("make cycles", work))
    with qtbot.waitSignal(handle.succeeded, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: len(deaths) == made, timeout=5_000)
    assert runner.shutdown()
    assert all(deaths), f"{deaths.count(False)} of {made} cycles were freed on the worker thread"


def test_the_policy_turns_automatic_collection_off_and_installs_one_collector(qapp):
    first = collect_on_ui_thread(qapp)
    second = collect_on_ui_thread(qapp)
    assert first is second and not gc.isenabled()
    assert len(qapp.findChildren(UiThreadCollector)) == 1


def test_the_collector_follows_the_interpreters_thresholds(qapp):
    collector = collect_on_ui_thread(qapp)
    gc.collect()  # counts start near zero
    assert generation_due() is None and collector.collect_if_due() is None
    junk = [QObject() for _ in range(10)] + [[] for _ in range(gc.get_threshold()[0] + 50)]
    assert generation_due() == 0
    before = collector.collections[0]
    assert collector.collect_if_due() == 0 and collector.collections[0] == before + 1
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del junk


def test_full_collections_are_spaced_out_but_young_ones_never_wait(qapp, monkeypatch):
    collector = collect_on_ui_thread(qapp)
    collector.collect(2)  # just ran a full one
    monkeypatch.setattr(gc, "get_count", lambda: (800, 11, 11))  # every generation over its threshold
    assert generation_due() == 2
    assert generation_due(full_allowed=False) == 1
    assert collector.collect_if_due() == 1  # the full one waits; the young ones are still collected
    monkeypatch.setattr(garbage, "FULL_COLLECTION_GAP_S", 0.0)
    before = collector.collections[2]
    assert collector.collect_if_due() == 2 and collector.collections[2] == before + 1


def test_objects_imported_before_a_full_collection_are_frozen_out_of_later_walks(qapp, monkeypatch):
    collector = collect_on_ui_thread(qapp)
    collector.collect(2)
    frozen = gc.get_freeze_count()
    kept = [[] for _ in range(1000)]  # long-lived objects, as an import would leave
    collector.collect(2)
    assert gc.get_freeze_count() == frozen, "froze without any new import"
    monkeypatch.setattr(collector, "_modules_at_freeze", len(sys.modules) - garbage.FREEZE_AFTER_NEW_MODULES)
    collector.collect(2)
    assert gc.get_freeze_count() >= frozen + len(kept)
    assert collector.longest_ms > 0
