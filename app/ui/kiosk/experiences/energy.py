"""The energy banner every experience shows under its AI actions: time taken and an energy estimate.

The numbers come from ``services.energy`` (measured CPU time × a stated power per busy core, see
``app/kiosk/energy.py``). The banner says it is an estimate, how it was made, and compares it with
something a visitor knows: how long an LED bulb could shine on the same energy.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.kiosk.energy import LED_BULB_WATTS, WATTS_PER_CORE, EnergyEstimate


def _number(value: float, language: str, decimals: int) -> str:
    return QLocale(language).toString(float(value), "f", decimals)


class EnergyBanner(QFrame):
    """“⚡ Healing took 0.4 s · about 6 joules (an estimate)” plus an everyday comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EnergyBanner")
        self.setProperty("role", "card")
        self.headline = QLabel(self)
        self.headline.setObjectName("EnergyHeadline")
        self.headline.setWordWrap(True)
        self.comparison = QLabel(self)
        self.comparison.setObjectName("EnergyComparison")
        self.comparison.setWordWrap(True)
        # The comparison and how the estimate is made share one line: on a 1080-pixel-high screen the
        # banner has room for two lines, not three.
        self.method = QLabel(self)
        self.method.setObjectName("EnergyMethod")
        self.method.setProperty("role", "muted")
        self.method.setWordWrap(True)
        for label in (self.headline, self.comparison, self.method):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addWidget(self.comparison, 1)
        lower.addWidget(self.method, 1)
        layout.addLayout(lower)
        self.language = "en"
        self._action = ""
        self._estimate: EnergyEstimate | None = None
        self._watts = WATTS_PER_CORE
        self.retranslate("en")

    def show_estimate(self, action: str, estimate: EnergyEstimate, watts_per_core: float = WATTS_PER_CORE) -> None:
        """Show what the AI action ``action`` (``heal``, ``look``, ``learn`` or ``ready``) cost."""
        self._action, self._estimate, self._watts = action, estimate, watts_per_core
        self._refresh()

    def clear(self) -> None:
        self._action, self._estimate = "", None
        self._refresh()

    def retranslate(self, language: str) -> None:
        self.language = language
        self._refresh()

    def text(self) -> str:
        """Everything the banner says (tests, accessibility)."""
        return "\n".join(label.text() for label in (self.headline, self.comparison, self.method) if label.text())

    def _refresh(self) -> None:
        estimate = self._estimate
        if estimate is None:
            self.headline.setText(
                self.tr("⚡ Each time the AI works, you will see here how long it took and how much energy it used.")
            )
            self.comparison.setText("")
            self.method.setText("")
            self.comparison.hide()
            self.method.hide()
        else:
            lang = self.language
            seconds = _number(estimate.wall_seconds, lang, 2 if estimate.wall_seconds < 10 else 0)
            joules = _number(estimate.joules, lang, 1 if estimate.joules < 10 else 0)
            self.headline.setText(
                self.tr("⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).")
                .replace("%1", self._action_text())
                .replace("%2", seconds)
                .replace("%3", joules)
            )
            self.comparison.setText(self._comparison(estimate))
            self.method.setText(
                self.tr("Estimate: the computer time the AI used × %1 watts per busy processor core.").replace(
                    "%1", _number(self._watts, lang, 0)
                )
            )
            self.comparison.show()
            self.method.show()
        self.setAccessibleName(self.text())

    def _action_text(self) -> str:
        names = {
            "heal": self.tr("Healing"),
            "look": self.tr("Looking at the photo"),
            "learn": self.tr("Learning"),
            "ready": self.tr("Getting the AI ready"),
        }
        return names.get(self._action, self._action)

    def _comparison(self, estimate: EnergyEstimate) -> str:
        bulb = estimate.joules / LED_BULB_WATTS
        if bulb < 1.0:
            return self.tr("That is less than an LED light bulb uses in one second.")
        if bulb < 120:
            return self.tr("That is about what an LED light bulb uses in %1 seconds.").replace(
                "%1", _number(round(bulb), self.language, 0)
            )
        return self.tr("That is about what an LED light bulb uses in %1 minutes.").replace(
            "%1", _number(round(bulb / 60), self.language, 0)
        )
