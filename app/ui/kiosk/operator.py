"""Staff pages: the PIN pad and the operator panel (no file dialogs; everything is a big touch control)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.kiosk.config import KioskConfig
from app.kiosk.stats import KioskStats
from app.ui.kiosk.experience import Experience
from app.ui.kiosk.home import LanguageBar
from app.ui.kiosk.services import start_job
from app.ui.runner import JobRunner

MAX_TRIES = 5
LOCKOUT_SECONDS = 60


class PinPad(QWidget):
    """Digits, clear, OK, cancel. The PIN is checked off the UI thread (PBKDF2 is deliberately slow)."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self.setProperty("kioskPage", True)
        self.runner = runner
        self.config = KioskConfig()
        self._digits = ""
        self._wrong = 0
        self._locked_until = 0.0
        self._status_key = ""
        self.title = QLabel(self)
        self.title.setObjectName("PinTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel(self)
        self.display.setObjectName("PinDisplay")
        self.display.setProperty("multilingual", True)
        self.display.setProperty("role", "accent")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setObjectName("PinStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.digit_buttons: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit), i // 3, i % 3)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("PinClear")
        self.clear_button.clicked.connect(self._clear)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("PinOk")
        self.ok_button.setProperty("role", "primary")
        self.ok_button.clicked.connect(self._submit)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("PinCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        layout.addLayout(row)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_button)
        cancel_row.addStretch(1)
        layout.addLayout(cancel_row)
        layout.addStretch(1)
        self.retranslate()

    def _digit(self, digit: str) -> QPushButton:
        button = QPushButton(digit, self)
        button.setObjectName(f"PinDigit{digit}")
        button.setProperty("multilingual", True)
        button.setAccessibleName(digit)
        button.setMinimumSize(130, 110)
        button.clicked.connect(lambda _checked=False, d=digit: self.press(d))
        self.digit_buttons[digit] = button
        return button

    def open(self, config: KioskConfig) -> None:
        self.config = config
        self._clear()
        self._set_status("")

    def press(self, digit: str) -> None:
        if len(self._digits) < 12:
            self._digits += digit
        self._show()

    def _clear(self) -> None:
        self._digits = ""
        self._show()

    def _show(self) -> None:
        self.display.setText("●" * len(self._digits) if self._digits else "–")

    def cancel(self) -> None:
        self._clear()
        self.cancelled.emit()

    def _submit(self) -> None:
        if time.monotonic() < self._locked_until:
            self._set_status("locked")
            return
        pin, config = self._digits, self.config
        self._clear()

        def work(progress: ProgressCallback, cancel: CancelToken) -> bool:
            return config.check_pin(pin)

        self.ok_button.setEnabled(False)
        handle = start_job(self.runner, Job("Checking the operator PIN", work))
        handle.succeeded.connect(self._checked)
        handle.finished.connect(lambda: self.ok_button.setEnabled(True))

    def _checked(self, ok: bool) -> None:
        if ok:
            self._wrong = 0
            self._set_status("")
            self.accepted.emit()
            return
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._locked_until = time.monotonic() + LOCKOUT_SECONDS
            self._set_status("locked")
        else:
            self._set_status("wrong")

    def _set_status(self, key: str) -> None:
        self._status_key = key
        texts = {
            "": "",
            "wrong": self.tr("That PIN is not right. Please try again."),
            "locked": self.tr("Too many tries. Please wait a minute."),
        }
        self.status.setText(texts[key])
        if not self.config.has_pin and key == "":
            self.status.setText(self.tr("No PIN is set yet: the PIN is 0000 until you set one."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only"))
        self.clear_button.setText(self.tr("Clear"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.clear_button, self.ok_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.display.setAccessibleName(self.tr("PIN"))
        self._set_status(self._status_key)
        self._show()


class OperatorPanel(QWidget):
    """Default language, experiences on/off, idle timings, themes, statistics + CSV, reload, quit."""

    save_requested = Signal(object)  # KioskConfig
    reload_requested = Signal()
    quit_requested = Signal()
    closed = Signal()

    def __init__(self, stats: KioskStats, export_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OperatorPanel")
        self.setProperty("kioskPage", True)
        self.stats = stats
        self.export_dir = export_dir
        self.config = KioskConfig()
        self._classes: list[type[Experience]] = []
        self._default_language = self.config.default_language
        self._export_note = ""

        self.title = QLabel(self)
        self.title.setObjectName("OperatorTitle")
        self.title.setProperty("role", "title")
        self.language_label = QLabel(self)
        self.language_bar = LanguageBar(self.config.languages, self)
        self.language_bar.setObjectName("DefaultLanguageBar")
        self.language_bar.language_chosen.connect(self._pick_default)
        self.experiences_label = QLabel(self)
        self.experience_boxes: dict[str, QCheckBox] = {}
        self.experience_host = QVBoxLayout()
        self.idle_label = QLabel(self)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("IdleSeconds")
        self.idle_spin.setRange(10, 3600)
        self.countdown_label = QLabel(self)
        self.countdown_spin = QSpinBox(self)
        self.countdown_spin.setObjectName("CountdownSeconds")
        self.countdown_spin.setRange(3, 120)
        self.large_text = QCheckBox(self)
        self.large_text.setObjectName("LargeText")
        self.high_contrast = QCheckBox(self)
        self.high_contrast.setObjectName("HighContrast")
        self.content_label = QLabel(self)
        self.content_label.setWordWrap(True)
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("OperatorStats")
        self.stats_label.setWordWrap(True)
        self.export_status = QLabel(self)
        self.export_status.setObjectName("ExportStatus")
        self.export_status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("save", self._save),
            ("export", self.export_csv),
            ("reload", self.reload_requested.emit),
            ("close", self.closed.emit),
            ("quit", self.quit_requested.emit),
        ):
            button = QPushButton(self)
            button.setObjectName(f"Operator_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.buttons["save"].setProperty("role", "primary")

        body = QWidget()
        body.setProperty("kioskPage", True)
        form = QVBoxLayout(body)
        form.setSpacing(18)
        form.addWidget(self.language_label)
        form.addWidget(self.language_bar)
        form.addWidget(self.experiences_label)
        form.addLayout(self.experience_host)
        timing = QGridLayout()
        timing.addWidget(self.idle_label, 0, 0)
        timing.addWidget(self.idle_spin, 0, 1)
        timing.addWidget(self.countdown_label, 1, 0)
        timing.addWidget(self.countdown_spin, 1, 1)
        timing.setColumnStretch(0, 1)
        form.addLayout(timing)
        form.addWidget(self.large_text)
        form.addWidget(self.high_contrast)
        form.addWidget(self.content_label)
        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.stats_label)
        card_layout.addWidget(self.buttons["export"])
        card_layout.addWidget(self.export_status)
        form.addWidget(card)
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.actions = QGridLayout()
        self.set_portrait(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.actions)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        """Four action buttons in one row on a landscape screen, two rows of two on a portrait one."""
        columns = 2 if portrait else 4
        for i, key in enumerate(("save", "reload", "close", "quit")):
            self.actions.removeWidget(self.buttons[key])
            self.actions.addWidget(self.buttons[key], i // columns, i % columns)

    def open(self, config: KioskConfig, classes: list[type[Experience]], content_dir: Path) -> None:
        self.config = config
        self._default_language = config.default_language
        self.language_bar.set_current(config.default_language)
        for box in self.experience_boxes.values():
            self.experience_host.removeWidget(box)
            box.deleteLater()
        self.experience_boxes.clear()
        self._classes = list(classes)
        for cls in self._classes:
            box = QCheckBox(self)
            box.setObjectName(f"Enable_{cls.experience_id}")
            box.setChecked(cls.experience_id not in config.disabled_experiences)
            self.experience_host.addWidget(box)
            self.experience_boxes[cls.experience_id] = box
        self.idle_spin.setValue(config.idle_seconds)
        self.countdown_spin.setValue(config.countdown_seconds)
        self.large_text.setChecked(config.large_text)
        self.high_contrast.setChecked(config.theme == "high-contrast")
        self._content_dir = content_dir
        self._export_note = ""
        self.retranslate()

    def _pick_default(self, code: str) -> None:
        self._default_language = code

    def edited_config(self) -> KioskConfig:
        countdown = min(self.countdown_spin.value(), self.idle_spin.value() - 1)
        return replace(
            self.config,
            default_language=self._default_language,
            disabled_experiences=tuple(eid for eid, box in self.experience_boxes.items() if not box.isChecked()),
            idle_seconds=self.idle_spin.value(),
            countdown_seconds=countdown,
            large_text=self.large_text.isChecked(),
            theme="high-contrast" if self.high_contrast.isChecked() else "standard",
        )

    def _save(self) -> None:
        self.save_requested.emit(self.edited_config())

    def export_csv(self) -> Path | None:
        path = self.export_dir / time.strftime("kiosk-statistics-%Y%m%d-%H%M%S.csv")
        try:
            self.stats.export_csv(path)
        except Exception as exc:  # noqa: BLE001 - shown to the operator as one sentence
            self._export_note = self.tr("The statistics could not be saved: %1").replace("%1", str(exc))
            self.export_status.setText(self._export_note)
            return None
        self._export_note = self.tr("Saved to %1").replace("%1", str(path))
        self.export_status.setText(self._export_note)
        return path

    def retranslate(self) -> None:
        self.title.setText(self.tr("Operator panel"))
        self.language_label.setText(self.tr("Language at the start of each visit"))
        self.experiences_label.setText(self.tr("Activities shown to visitors"))
        for cls in self._classes:
            box = self.experience_boxes[cls.experience_id]
            box.setText(QCoreApplication.translate("Experience", cls.title))
            box.setAccessibleName(box.text())
        self.idle_label.setText(self.tr("Seconds without a touch before “Still there?”"))
        self.countdown_label.setText(self.tr("Seconds of the “Still there?” countdown"))
        self.idle_spin.setAccessibleName(self.idle_label.text())
        self.countdown_spin.setAccessibleName(self.countdown_label.text())
        self.large_text.setText(self.tr("Large text"))
        self.high_contrast.setText(self.tr("High contrast"))
        self.large_text.setAccessibleName(self.large_text.text())
        self.high_contrast.setAccessibleName(self.high_contrast.text())
        folder = str(getattr(self, "_content_dir", ""))
        self.content_label.setText(self.tr("Pictures come from: %1").replace("%1", folder))
        texts = {
            "save": self.tr("Save"),
            "export": self.tr("Export statistics (CSV)"),
            "reload": self.tr("Reload pictures"),
            "close": self.tr("Close"),
            "quit": self.tr("Quit the kiosk"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
            button.setAccessibleName(texts[key])
        self.refresh_stats()
        self.export_status.setText(self._export_note)

    def refresh_stats(self) -> None:
        lines = [self.tr("Visitors: %1").replace("%1", str(self.stats.session_count()))]
        titles = {cls.experience_id: QCoreApplication.translate("Experience", cls.title) for cls in self._classes}
        for row in self.stats.summary():
            name = titles.get(row.experience, row.experience)
            lines.append(
                self.tr("%1: %2 visits, %3 s on average")
                .replace("%1", name)
                .replace("%2", str(row.visits))
                .replace("%3", f"{row.average_s:.0f}")
            )
        self.stats_label.setText("\n".join(lines))
