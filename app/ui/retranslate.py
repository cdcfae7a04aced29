"""A mixin for widgets whose texts follow the live language switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Calls ``retranslate()`` whenever Qt announces a language change."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
