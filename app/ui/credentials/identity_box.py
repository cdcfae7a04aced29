"""This museum's signing identity and the "visible label" setting, as a small group box.

Creating an identity here does what ``gyeongju-ai credentials init`` does (without a passphrase;
a protected key is made on the command line). The label setting is saved at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.config.paths import app_paths
from app.config.settings import CredentialSettings, load_settings, save_settings
from app.credentials.identity import create_identity, identity_info
from app.domain.errors import GyeongjuError
from app.ui.retranslate import Retranslatable


class IdentityBox(Retranslatable, QGroupBox):
    """Institution identity (who signs this museum's AI outputs) and the visible-label switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdentityBox")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.name = QLineEdit()
        self.create = QPushButton()
        self.create.clicked.connect(self._create)
        self.label = QCheckBox()
        self.label.setChecked(load_settings(app_paths().settings_file).credentials.visible_label)
        self.label.toggled.connect(self._save_label)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.create)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This museum"))
        self.name.setPlaceholderText(self.tr("Institution name"))
        self.create.setText(self.tr("Create identity"))
        self.label.setText(self.tr("Visible “AI-restored” label on exported images"))
        self.refresh()

    def refresh(self) -> None:
        info = identity_info()
        if info is None:
            self.status.setText(self.tr("No signing identity: restored images are saved unsigned."))
        else:
            self.status.setText(
                self.tr("AI outputs are signed by {name} (certificate valid until {date}).").format(
                    name=info.institution, date=f"{info.not_after:%Y-%m-%d}"
                )
            )
        self.name.setVisible(info is None)
        self.create.setVisible(info is None)

    def _create(self) -> None:
        try:
            create_identity(self.name.text())
        except GyeongjuError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Re-read the switch: the Settings dialog may have changed it meanwhile."""
        self.label.blockSignals(True)
        self.label.setChecked(load_settings(app_paths().settings_file).credentials.visible_label)
        self.label.blockSignals(False)
        self.refresh()
        super().showEvent(event)

    def _save_label(self, on: bool) -> None:
        path = app_paths().settings_file
        settings = replace(load_settings(path), credentials=CredentialSettings(visible_label=on))
        save_settings(settings, path)
        # The main window keeps its own copy of the settings and writes all of it back (language
        # switch, Settings dialog); give it the new value so that a later save does not undo it.
        window = self.window()
        held = getattr(window, "settings", None)
        if held is not None and hasattr(held, "credentials"):
            window.settings = replace(held, credentials=settings.credentials)
