"""About and Settings dialogs."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import DEVICES, Settings
from app.ui.i18n import UI_LANGUAGES
from app.version import __version__
from app.vision.registry import ModelRegistry

THIRD_PARTY = [
    ("PySide6 / Qt", "LGPL-3.0", "https://www.qt.io/qt-for-python"),
    ("PyTorch, torchvision", "BSD-3-Clause", "https://pytorch.org"),
    ("OpenCV (contrib, headless)", "Apache-2.0", "https://opencv.org"),
    ("Pillow", "MIT-CMU (HPND)", "https://python-pillow.org"),
    ("NumPy, SciPy, scikit-image", "BSD-3-Clause", "https://numpy.org"),
    ("safetensors", "Apache-2.0", "https://github.com/huggingface/safetensors"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("qrcode (python-qrcode)", "BSD-3-Clause", "https://github.com/lincolnloop/python-qrcode"),
    ("Noto Sans CJK (manimgx-fonts-cjk)", "SIL OFL 1.1", "https://github.com/notofonts/noto-cjk"),
]


class AboutDialog(QDialog):
    def __init__(self, registry: ModelRegistry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Gyeongju Heritage AI"))
        self.resize(720, 560)
        text = QTextBrowser()
        text.setOpenExternalLinks(False)
        text.setHtml(self._html(registry))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.browser = text

    def _html(self, registry: ModelRegistry | None) -> str:
        rows = []
        for spec in registry.specs() if registry else []:
            rows.append(
                f"<tr><td>{html.escape(spec.id)}</td><td>{html.escape(spec.version)}</td>"
                f"<td>{html.escape(spec.licence)}</td><td>{html.escape(spec.origin)}</td>"
                f"<td><code>{spec.weights.sha256[:12]}…</code></td></tr>"
            )
        third = "".join(
            f"<tr><td>{html.escape(n)}</td><td>{html.escape(lic)}</td><td>{html.escape(url)}</td></tr>"
            for n, lic, url in THIRD_PARTY
        )
        intro = self.tr("Local AI that restores and recognises heritage images. Nothing leaves this computer.")
        models = self.tr("Models")
        version, licence, origin = self.tr("version"), self.tr("licence"), self.tr("origin")
        software = self.tr("Third-party software")
        note = self.tr("Heritage images in this app are illustrative computer renderings, not photographs.")
        return (
            f"<h2>경주 문화유산 AI · Gyeongju Heritage AI {html.escape(__version__)}</h2><p>{intro}</p>"
            f"<h3>{models}</h3><table cellpadding='4'><tr><th>id</th><th>{version}</th><th>{licence}</th>"
            f"<th>{origin}</th><th>sha256</th></tr>{''.join(rows)}</table>"
            f"<h3>{software}</h3><table cellpadding='4'>{third}</table><p>{note}</p>"
        )


class SettingsDialog(QDialog):
    """Edits the user-facing settings; ``result_settings()`` returns the new frozen Settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox()
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.device = QComboBox()
        for device in DEVICES:
            self.device.addItem(device, device)
        self.device.setCurrentIndex(max(0, self.device.findData(settings.inference.device)))
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("one per core"))
        self.threads.setValue(settings.inference.threads)
        self.max_mp = QSpinBox()
        self.max_mp.setRange(1, 4000)
        self.max_mp.setSuffix(" MP")
        self.max_mp.setValue(settings.images.max_megapixels)
        # Off by default: an archival master stays untouched; its signed credentials say what the AI did.
        self.visible_label = QCheckBox(self.tr("Draw a small “AI-restored” label on images the AI changed"))
        self.visible_label.setChecked(settings.credentials.visible_label)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Compute device"), self.device)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("Largest image accepted"), self.max_mp)
        form.addRow(self.tr("Content Credentials"), self.visible_label)
        note = QLabel(self.tr("Device and thread changes apply the next time the application starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        s = self._settings
        return replace(
            s,
            language=self.language.currentData(),
            inference=replace(s.inference, device=self.device.currentData(), threads=self.threads.value()),
            images=replace(s.images, max_megapixels=self.max_mp.value()),
            credentials=replace(s.credentials, visible_label=self.visible_label.isChecked()),
        )
