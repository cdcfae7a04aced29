"""Presentation mode for delegations: present the Gyeongju demo at once, or browse the samples.

"Present the Gyeongju demo" builds and installs the default pack the first time, rehearses it and
opens the presenter in one-screen mode; all of it is a job (``app.presentation.demo``) with visible
progress, so the window never freezes. Packs and the script editor are one click away.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.presentation.demo import prepare_demo
from app.presentation.locate import Show
from app.presentation.operations import REAL, Operations
from app.ui.presenter.launch import open_in_app
from app.ui.presenter.show import PresenterShow
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner
from app.ui.widgets.showcase import Showcase


class PresentationPage(Retranslatable, Showcase):
    packsRequested = Signal()
    scriptEditorRequested = Signal()
    presenterOpened = Signal(object)  # the PresenterShow now on screen

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__("PresentationPage", parent)
        self.runner = runner or JobRunner(parent=self)
        # What the demo runs; tests hand in stand-ins for the models and smaller renders.
        self.demo_operations: Operations = REAL
        self.demo_size: tuple[int, int] | None = None
        self.demo_warm = True
        self.demo_handle: JobHandle | None = None
        self.presenter: PresenterShow | None = None
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("PresentDemo")
        self.demo_button.setMinimumHeight(48)
        self.demo_button.clicked.connect(self.present_demo)
        self.packs_button = QPushButton()
        self.packs_button.clicked.connect(self.packsRequested)
        self.editor_button = QPushButton()
        self.editor_button.clicked.connect(self.scriptEditorRequested)
        self.status = QLabel()
        self.status.setObjectName("DemoStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(220)
        self.bar.setTextVisible(False)
        self.bar.hide()
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.bar)
        row.addWidget(self.status, 1)
        row.addWidget(self.packs_button)
        row.addWidget(self.editor_button)
        self.layout().insertLayout(1, row)
        self.retranslate()

    def present_demo(self) -> JobHandle | None:
        """Get the default demo ready in the background, then open the presenter on this screen."""
        if self.demo_handle is not None:
            return None
        operations, size, warm = self.demo_operations, self.demo_size, self.demo_warm

        def work(progress: ProgressCallback, cancel: CancelToken) -> Show:
            return prepare_demo(progress, cancel, size=size, operations=operations, warm=warm)

        self.demo_handle = handle = self.runner.start(Job("prepare the demo", work))
        self.demo_button.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self.tr("Getting the demo ready…"))
        handle.progressed.connect(self._progressed)
        handle.succeeded.connect(self._open)
        handle.failed.connect(lambda sentence: self.status.setText(sentence))
        handle.finished.connect(self._finished)
        return handle

    def _progressed(self, fraction: float, message: str) -> None:
        self.bar.setValue(round(100 * max(0.0, min(1.0, fraction))))
        texts = {
            "building the demo pack": self.tr("Building the demo pack from the app's renders (about ten seconds)…"),
            "installing the demo pack": self.tr("Installing the demo pack…"),
        }
        self.status.setText(texts.get(message, self.tr("Rehearsing the live steps so the show never stalls…")))

    def _finished(self) -> None:
        self.demo_handle = None
        self.demo_button.setEnabled(True)
        self.bar.hide()

    def _open(self, show: Show) -> None:
        self.status.setText(self.tr("The show is open: → next, ← back, B black screen, P notes, Esc ends it."))
        operations = None if self.demo_operations is REAL else self.demo_operations
        self.presenter = open_in_app(show, operations=operations)
        self.presenter.closed.connect(self._closed)
        self.presenterOpened.emit(self.presenter)

    def _closed(self) -> None:
        self.presenter = None
        self.status.setText(self.tr("The show has ended."))

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Presentation — Gyeongju heritage × AI"))
        self.demo_button.setText(self.tr("▶ Present the Gyeongju demo"))
        self.packs_button.setText(self.tr("Packs…"))
        self.editor_button.setText(self.tr("Script editor…"))
