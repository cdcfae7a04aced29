"""The Qt job adapter: signals arrive on the UI thread; cancel is fast; errors are sentences."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.domain.errors import InvalidInput
from app.domain.progress import Progress
from app.jobs import Job, steps_job
from app.ui.runner import JobRunner


@pytest.fixture
def runner(qapp):
    r = JobRunner()
    yield r
    assert r.shutdown(3000)


def test_result_and_progress_on_ui_thread(qtbot, runner):
    threads = []

    def work(progress, cancel):
        for i in range(5):
            progress(Progress(i / 5, f"step {i}"))
        return 42

    handle = runner.start(Job("sum", work))
    handle.progressed.connect(lambda f, m: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: handle.done, timeout=2000)
    ui_thread = QApplication.instance().thread()
    assert threads and all(t is ui_thread for t in threads)


def test_cancel_takes_effect_within_half_a_second(qtbot, runner):
    def work(progress, cancel):
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.01)

    handle = runner.start(Job("endless", work))
    qtbot.wait(100)
    started = time.monotonic()
    with qtbot.waitSignal(handle.cancelled, timeout=2000):
        handle.cancel()
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: handle.done, timeout=2000)


def test_typed_error_becomes_a_sentence_and_bugs_are_contained(qtbot, runner):
    def bad_input(progress, cancel):
        raise InvalidInput("That file is not an image.")

    handle = runner.start(Job("bad", bad_input))
    with qtbot.waitSignal(handle.failed, timeout=3000) as blocker:
        pass
    assert blocker.args == ["That file is not an image."]

    crash = runner.start(Job("crash", lambda p, c: 1 / 0))
    with qtbot.waitSignal(crash.failed, timeout=3000) as blocker:
        pass
    assert "unexpected problem" in blocker.args[0]
    qtbot.waitUntil(lambda: crash.done, timeout=2000)


def test_steps_job_runs_synchronously():
    assert steps_job("x", [("a", lambda: 1), ("b", lambda: 2)]).run() == [1, 2]


def test_a_finished_job_and_its_inputs_are_let_go(qtbot, runner):
    # Handles live as long as the runner (the Studio's whole session); the inputs a job's closure
    # holds — whole pictures — must not.
    import gc
    import weakref

    class Picture:
        def __init__(self) -> None:
            self.pixels = bytearray(8 << 20)

    picture = Picture()
    alive = weakref.ref(picture)

    def work(progress, cancel, picture=picture):
        return len(picture.pixels)

    handle = runner.start(Job("measure a picture", work))
    del picture, work
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    qtbot.waitUntil(lambda: handle.done, timeout=2000)
    runner.pool.waitForDone(2000)  # the worker has returned and its runnable is gone
    gc.collect()
    assert blocker.args == [8 << 20]
    assert handle.job is None and alive() is None
