"""The export dialog: format, folder, the IIIF base URL; progress with Cancel; one sentence at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.operations import DEFAULT_BASE_URL, EXPORT_FORMATS, ExportSummary
from app.ui.collection.jobs import export_job
from app.ui.collection.progress_line import ProgressLine
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner


class ExportDialog(Retranslatable, QDialog):
    def __init__(self, runner: JobRunner, db_path: Path, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("ExportDialog")
        self.runner = runner
        self.db_path = db_path
        self.handle: JobHandle | None = None
        self.summary: ExportSummary | None = None
        self.format = QComboBox()
        for fmt in EXPORT_FORMATS:
            self.format.addItem("", fmt)
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.base_url = QLineEdit(DEFAULT_BASE_URL)
        self.base_label = QLabel()
        self.explain = QLabel()
        self.explain.setObjectName("InfoLine")
        self.explain.setWordWrap(True)
        self.progress = ProgressLine()
        self.outcome = QLabel()
        self.outcome.setObjectName("Outcome")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("PrimaryButton")
        # Our own text: Qt's standard "Close" would stay English (Qt's own catalogues are not shipped).
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.format_label, self.folder_label = QLabel(), QLabel()
        self.form.addRow(self.format_label, self.format)
        self.form.addRow(self.folder_label, folder_row)
        self.form.addRow(self.base_label, self.base_url)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.browse.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self._format_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the catalogue"))
        names = {
            "xmp": self.tr("XMP sidecars (Lightroom, Bridge, digiKam)"),
            "dc-csv": self.tr("Dublin Core CSV (Omeka S, spreadsheets)"),
            "dc-json": self.tr("Dublin Core JSON (scripts, migrations)"),
            "iiif": self.tr("IIIF static site (Mirador, Universal Viewer)"),
        }
        for index in range(self.format.count()):
            self.format.setItemText(index, names[self.format.itemData(index)])
        self.format_label.setText(self.tr("Format"))
        self.folder_label.setText(self.tr("Folder"))
        self.base_label.setText(self.tr("Address it will be served at"))
        self.browse.setText(self.tr("Choose…"))
        self.folder.setPlaceholderText(self.tr("Where the files go"))
        self.export_button.setText(self.tr("Export"))
        self.close_button.setText(self.tr("Close"))
        self._format_changed()

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        iiif = self.chosen_format() == "iiif"
        self.base_url.setVisible(iiif)
        self.base_label.setVisible(iiif)
        explain = {
            "xmp": self.tr("One .xmp file per picture, named so photo software pairs it with the picture."),
            "dc-csv": self.tr("One dublin-core.csv with a row per picture and a column per field and language."),
            "dc-json": self.tr("One dublin-core.json with everything the catalogue knows about each picture."),
            "iiif": self.tr("A folder to put on a web server: a collection, one manifest per picture and image tiles."),
        }
        self.explain.setText(explain.get(self.chosen_format(), ""))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into"), self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def start(self) -> JobHandle | None:
        """Start the export with the dialog's choices; problems show as one sentence below."""
        if self.handle is not None and not self.handle.done:
            return self.handle
        folder = self.folder.text().strip()
        self.outcome.setProperty("problem", False)
        if not folder:
            self._problem(self.tr("Choose a folder to export into."))
            return None
        self.summary = None
        self.outcome.setText("")
        job = export_job(self.db_path, self.chosen_format(), Path(folder).expanduser(), self.base_url.text().strip())
        self.handle = self.runner.start(job)
        self.progress.follow(self.handle, self.tr("Exporting"))
        self.export_button.setEnabled(False)
        self.handle.succeeded.connect(self._done)
        self.handle.failed.connect(self._failed)
        self.handle.cancelled.connect(lambda: self.outcome.setText(
            self.tr("The export was cancelled; the files finished so far are kept.")))
        self.handle.finished.connect(lambda: self.export_button.setEnabled(True))
        return self.handle

    def _failed(self, sentence: str) -> None:
        # The catalogue's sentences are English: in another language a translated headline leads.
        if self.language != "en":
            sentence = f"{self.tr('The export did not finish')} — {sentence}"
        self._problem(sentence)

    def _problem(self, sentence: str) -> None:
        self.outcome.setProperty("problem", True)
        self.outcome.setText(sentence)
        self.outcome.style().polish(self.outcome)

    def _done(self, summary: ExportSummary) -> None:
        self.summary = summary
        text = self.tr("Export finished: {0} exported into {1}.").format(summary.exported, summary.out_dir)
        if summary.skipped:
            text += " " + self.tr("Left out: {0}; gyeongju-export.json in that folder says why.").format(
                len(summary.skipped))
        self.outcome.setText(text)

    def reject(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.progress.cancel()
            return  # closes once the export has stopped: its files are then whole
        super().reject()
