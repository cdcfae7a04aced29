"""Teach-by-example: train a tagger from a folder of labelled sub-folders, with progress and cancel,
then show the cross-validated accuracy, the baselines it beats and the confusion matrix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.jobs import Job
from app.ui.runner import JobHandle


class TeachDialog(QDialog):
    taught = Signal(str)

    def __init__(self, start_job: Callable[[Job], JobHandle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeachDialog")
        self.setWindowTitle(self.tr("Teach a new model"))
        self.resize(720, 560)
        self.start_job = start_job
        self.handle: JobHandle | None = None
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A folder with one sub-folder of photos per label"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.name = QLineEdit()
        self.name.setPlaceholderText("my_collection")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Examples"), folder_row)
        form.addRow(self.tr("Model name"), self.name)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.metrics = QLabel()
        self.metrics.setObjectName("ScoreText")
        self.metrics.setWordWrap(True)
        self.confusion = QTableWidget()
        self.start_button = QPushButton(self.tr("Train"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel training"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.metrics)
        layout.addWidget(self.confusion, 1)
        layout.addLayout(actions)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the examples folder"))
        if folder:
            self.folder.setText(folder)
            if not self.name.text():
                self.name.setText(Path(folder).name.lower().replace(" ", "_").replace("-", "_"))

    def start(self) -> JobHandle | None:
        from app.vision.recognition.jobs import teach_job

        folder, name = self.folder.text().strip(), self.name.text().strip()
        if not folder or not name:
            self.message.setText(self.tr("Choose the examples folder and give the model a name first."))
            return None
        self.handle = self.start_job(teach_job(folder, name))
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.metrics.setText("")
        self.handle.progressed.connect(lambda f, m: (self.progress.setValue(int(f * 1000)), self.message.setText(m)))
        self.handle.succeeded.connect(self._done)
        self.handle.failed.connect(self.message.setText)
        self.handle.cancelled.connect(lambda: self.message.setText(self.tr("Training was cancelled.")))
        self.handle.finished.connect(self._finished)
        return self.handle

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _finished(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, result) -> None:  # noqa: ANN001 - recognition.teach.TeachResult
        cv = result.cv
        baselines = ", ".join(f"{k} {v * 100:.1f} %" for k, v in cv.baselines.items())
        text = self.tr("“{0}” is ready: cross-validated accuracy {1:.1f} % ({2} folds, top-3 {3:.1f} %); "
                       "baselines on the same photos: {4}.").format(
            result.model_id, cv.accuracy * 100, cv.folds, cv.top3 * 100, baselines)
        curve = result.curve
        if curve is not None:
            more = 10
            text += " " + self.tr(
                "With {0} more photos per label, expect about {1:.0f} % (now about {2:.0f} %). "
                "This is an estimate from a curve fitted to cross-validated accuracies."
            ).format(more, 100 * curve.expected(curve.current + more), 100 * curve.expected(curve.current))
        self.metrics.setText(text)
        if result.skipped:
            self.message.setText(self.tr("Skipped {0} files that could not be read.").format(len(result.skipped)))
        else:
            self.message.setText(self.tr("Trained in {0:.1f} s.").format(result.seconds))
        self._show_confusion(result.label_ids, cv.confusion)
        self.taught.emit(result.model_id)

    def _show_confusion(self, labels: list[str], matrix) -> None:  # noqa: ANN001 - numpy (C, C)
        size = len(labels)
        self.confusion.setRowCount(size)
        self.confusion.setColumnCount(size)
        self.confusion.setHorizontalHeaderLabels(labels)
        self.confusion.setVerticalHeaderLabels(labels)
        peak = max(1, int(matrix.max()))
        for row in range(size):
            for column in range(size):
                value = int(matrix[row, column])
                item = QTableWidgetItem(str(value))
                strength = value / peak
                colour = QColor(201, 162, 74) if row == column else QColor(200, 70, 70)
                colour.setAlphaF(0.15 + 0.7 * strength if value else 0.0)
                item.setBackground(colour)
                self.confusion.setItem(row, column, item)
        self.confusion.resizeColumnsToContents()
