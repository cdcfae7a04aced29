"""The Packs page's dialogs, opened without blocking (``open()``), so the window keeps painting.

The file dialogs are Qt's own (not the platform's), so they look the same everywhere and tests can
drive them like a person does: choose a file, press the button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PACK_FILTER = "Gyeongju packs (*.gjpack);;All files (*)"


def pack_file_dialog(parent: QWidget, title: str, *, save: bool, directory: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, PACK_FILTER)
    dialog.setObjectName("PackSaveDialog" if save else "PackOpenDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("gjpack")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def confirm_dialog(parent: QWidget, name: str, title: str, text: str, yes: str, no: str) -> QMessageBox:
    """A question with two named buttons; ``accepted`` when ``yes`` is pressed (Esc answers no)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.yes = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
    box.no = box.addButton(no, QMessageBox.ButtonRole.RejectRole)  # type: ignore[attr-defined]
    box.setDefaultButton(box.no)  # type: ignore[attr-defined]
    box.setEscapeButton(box.no)  # type: ignore[attr-defined]
    box.finished.connect(box.deleteLater)  # one question, one dialog: the next asks afresh
    return box
