"""Screenshots of every step in the audience and presenter views (docs and visual checks), offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.presentation.locate import Show
from app.presentation.operations import Operations
from app.ui.presenter.launch import ensure_application
from app.ui.presenter.show import PresenterShow

AUDIENCE_SIZE = (1920, 1080)
PRESENTER_SIZE = (1280, 800)
ONE_SCREEN_SIZE = (1920, 1080)


def _wait_shown(show: PresenterShow, index: int, timeout_ms: int = 120000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while (show.running or show.prepared is None or show.prepared.step.index != index + 1) \
            and clock.elapsed() < timeout_ms:
        QApplication.processEvents()
        show.runner.pool.waitForDone(20)
    QApplication.processEvents()


def _grab(widget: QWidget, path: Path, saved: list[Path]) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    saved.append(path)


def presenter_screenshots(show: Show, out_dir: Path, *, operations: Operations | None = None) -> list[Path]:
    """Save ``NN-kind-audience.png`` and ``NN-kind-presenter.png`` per step, the black screen and one-screen mode."""
    ensure_application(show.script.languages[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    two = PresenterShow(show.script, show.pack_dir, operations=operations)
    two.audience.resize(*AUDIENCE_SIZE)
    two.presenter.resize(*PRESENTER_SIZE)
    two.audience.show()
    two.presenter.show()
    for index, step in enumerate(show.script.steps):
        two.go(index)
        _wait_shown(two, index)
        stem = f"{step.index:02d}-{step.kind}"
        _grab(two.audience, out_dir / f"{stem}-audience.png", saved)
        _grab(two.presenter, out_dir / f"{stem}-presenter.png", saved)
    two.toggle_black()
    _grab(two.audience, out_dir / "black-audience.png", saved)
    _grab(two.presenter, out_dir / "black-presenter.png", saved)
    two.close()
    one = PresenterShow(show.script, show.pack_dir, one_screen=True, operations=operations)
    assert one.one_screen is not None
    one.one_screen.resize(*ONE_SCREEN_SIZE)
    one.one_screen.show()
    one.go(min(1, len(show.script.steps) - 1))
    _wait_shown(one, one.index)
    _grab(one.one_screen, out_dir / "one-screen.png", saved)
    one.close()
    for presenter in (two, one):
        presenter.runner.shutdown(5000)
    return saved
