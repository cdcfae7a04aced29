"""The script editor's dialogs: pick samples, and say what the pack built from the script is called."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.samples import SampleEntry
from app.domain.ids import is_valid_id
from app.packs.selection import PackInfo


class SamplePickDialog(QDialog):
    """Tick samples (the app's renders); each becomes a step showing it with its subject's fact card."""

    def __init__(self, entries: list[tuple[SampleEntry, Path, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SamplePickDialog")
        self.setWindowTitle(self.tr("Add steps from the samples"))
        self.list = QListWidget()
        for entry, path, name in entries:
            item = QListWidgetItem(f"{name} · {entry.light}, {entry.season}")
            item.setData(Qt.ItemDataRole.UserRole, (str(path), entry.subject_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        note = QLabel(
            self.tr("The samples are computer renderings, not photographs.")
            if entries
            else self.tr("The sample images are not built yet (make samples).")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the ticked samples"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def checked(self) -> list[tuple[Path, str]]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                path, subject = item.data(Qt.ItemDataRole.UserRole)
                found.append((Path(path), subject))
        return found


class PackInfoDialog(QDialog):
    """Id, version, title and institution of the pack built from the script."""

    def __init__(self, title: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PackInfoDialog")
        self.setWindowTitle(self.tr("Build a pack from this script"))
        self.pack_id = QLineEdit("my-demo")
        self.pack_id.setObjectName("PackId")
        self.version = QLineEdit("1.0.0")
        self.title_edit = QLineEdit(next(iter(title.values()), ""))
        self.institution = QLineEdit()
        self.licence = QLineEdit("CC-BY-4.0")
        self.credit = QLineEdit()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.titles = dict(title)
        form = QFormLayout()
        form.addRow(self.tr("Pack id (a–z, 0–9, - and _)"), self.pack_id)
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Institution"), self.institution)
        form.addRow(self.tr("Licence of every file"), self.licence)
        form.addRow(self.tr("Credit of every file"), self.credit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose where to save…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not is_valid_id(self.pack_id.text().strip()):
            self.problem.setText(self.tr("The pack id may use only a–z, 0–9, - and _ (for example gyeongju-demo)."))
            return
        if not self.institution.text().strip():
            self.problem.setText(self.tr("Give the name of your institution: partners see it as the sender."))
            return
        if not self.licence.text().strip():
            self.problem.setText(self.tr("Give the licence of the files (for example CC-BY-4.0)."))
            return
        self.accept()

    def info(self) -> PackInfo:
        titles = {k: v for k, v in self.titles.items() if v.strip()}
        if self.title_edit.text().strip():
            first = next(iter(titles), "en")
            titles[first] = self.title_edit.text().strip()
        return PackInfo(
            id=self.pack_id.text().strip(),
            title=titles or {"en": self.pack_id.text().strip()},
            version=self.version.text().strip(),
            institution=self.institution.text().strip(),
            licence=self.licence.text().strip(),
            credit=self.credit.text().strip(),
        )


def file_dialog(
    parent: QWidget, name: str, title: str, folder: Path, filter_text: str, *, save: bool, suffix: str = ""
) -> QFileDialog:
    """Qt's own file dialog (the same on every system, and drivable in tests), opened with ``open()``."""
    dialog = QFileDialog(parent, title, str(folder), filter_text)
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.finished.connect(dialog.deleteLater)
    return dialog
