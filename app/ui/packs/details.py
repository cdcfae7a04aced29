"""What a pack holds, as a curator checks it before installing: title, institution, signer, every file.

Titles and descriptions are shown in the UI language when the pack has it (else English, else the
first). Each file's role, licence and credit come from the manifest, so the partner sees whose
photos these are before accepting them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.packs.manifest import Manifest
from app.packs.signing import SignatureStatus
from app.ui.retranslate import Retranslatable


def in_language(texts: dict[str, str], language: str) -> str:
    """The text in ``language``, else English, else the first one there is."""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


class PackDetails(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PackDetails")
        self.language = "en"
        self.manifest: Manifest | None = None
        self.signature: SignatureStatus | None = None
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")  # the app style sets section titles large
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("PackFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signer = QLabel()
        self.signer.setObjectName("PackSigner")
        self.signer.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.files = QTableWidget(0, 4)
        self.files.setObjectName("PackFiles")
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().hide()
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.signer)
        layout.addWidget(self.description)
        layout.addWidget(self.files, 1)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def show_pack(self, manifest: Manifest | None, signature: SignatureStatus | None) -> None:
        self.manifest, self.signature = manifest, signature
        self.retranslate()

    def role_name(self, role: str) -> str:
        names = {
            "image": self.tr("image"),
            "fact_card": self.tr("fact card"),
            "model_weights": self.tr("model weights"),
            "model_card": self.tr("model card"),
            "script": self.tr("presentation script"),
            "kiosk_content": self.tr("kiosk content"),
            "settings": self.tr("settings"),
            "reference_photo": self.tr("reference photo"),
            "reference_subject": self.tr("reference subject"),
        }
        return names.get(role, role)

    def signature_text(self) -> str:
        status = self.signature
        if status is None:
            return ""
        if status.state == "trusted":
            return self.tr("✔ Signed by {signer}, a key you trust.").format(signer=status.signer)
        if status.state == "untrusted" and status.key_id:
            return self.tr(
                "⚠ Signed by a key you have not trusted ({key}). Install only if you know where it came from."
            ).format(key=status.key_id)
        if status.state == "untrusted":
            return self.tr("⚠ Its signature could not be checked. Install only if you know where it came from.")
        return self.tr("⚠ Not signed: nobody vouches for its contents. Install only if you know where it came from.")

    def retranslate(self) -> None:
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Role"), self.tr("Licence"), self.tr("Credit")])
        manifest = self.manifest
        if manifest is None:
            self.title.setText(self.tr("Choose a pack on the left, or import one."))
            for label in (self.facts, self.signer, self.description):
                label.clear()
            self.files.setRowCount(0)
            return
        self.title.setText(in_language(manifest.title, self.language))
        size = sum(f.size for f in manifest.files)
        self.facts.setText(
            self.tr("{id} · version {version} · from {institution} · {count} files, {mb:.1f} MB").format(
                id=manifest.id,
                version=manifest.version,
                institution=manifest.institution or "—",
                count=len(manifest.files),
                mb=size / 1e6,
            )
        )
        self.signer.setText(self.signature_text())
        trusted = self.signature is not None and self.signature.state == "trusted"
        self.signer.setProperty("trusted", trusted)
        self.signer.setStyleSheet("color: #1f6f2b;" if trusted else "color: #8a4b00;")
        self.description.setText(in_language(manifest.description, self.language))
        self.files.setRowCount(len(manifest.files))
        for row, entry in enumerate(manifest.files):
            cells = (entry.path, self.role_name(entry.role), entry.licence or "—", entry.credit or "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.files.setItem(row, column, item)
