"""A job's progress in one line: bar, "n of N · rate · time left" in the UI language, and Cancel.

The core's progress messages are English (``12/40 files · 3.1 files/s · about 0:09 left``); the
line reads only the counts from them and says rate and time left itself, so the curator reads
them in the UI language.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle

_COUNTS = re.compile(r"(\d+)/(\d+)")


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


class ProgressLine(Retranslatable, QWidget):
    """Follows one job at a time; hidden when idle."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgressLine")
        self.title = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.detail = QLabel()
        self.detail.setObjectName("InfoLine")
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.detail, 2)
        layout.addWidget(self.cancel_button)
        self.handle: JobHandle | None = None
        self._started = 0.0
        self._first: tuple[float, int] | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def follow(self, handle: JobHandle, title: str) -> None:
        self.handle = handle
        self._started = time.monotonic()
        self._first = None
        self.title.setText(title)
        self.bar.setValue(0)
        self.detail.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        handle.progressed.connect(self._progressed)
        handle.finished.connect(self._finished)

    def cancel(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.detail.setText(self.tr("Stopping after the current picture…"))
            self.cancelled.emit()

    def busy(self) -> bool:
        return self.handle is not None and not self.handle.done

    def _progressed(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if self.handle is not None and self.handle.token.cancelled:
            return
        found = _COUNTS.search(message)
        if found is None:
            return
        done, total = int(found.group(1)), int(found.group(2))
        now = time.monotonic()
        if self._first is None:
            # Rate from the first report on: pictures skipped as unchanged are not work done.
            self._first = (now, done)
        since, start = self._first
        rate = (done - start) / (now - since) if now > since and done > start else 0.0
        text = self.tr("{0} of {1}").format(done, total)
        if rate > 0:
            text += " · " + self.tr("{0:.1f} per second").format(rate)
            if done < total:
                text += " · " + self.tr("about {0} left").format(_clock((total - done) / rate))
        self.detail.setText(text)

    def _finished(self) -> None:
        self.handle = None
        self.setVisible(False)
