"""The interface every kiosk experience implements (``app/ui/kiosk/experiences/``).

An experience is one full-screen widget the shell shows after the visitor picks it on the home screen.
Contract:

* class attributes ``experience_id`` (stable, used in statistics and the operator's on/off list),
  ``title`` (English source text; the shell shows ``QCoreApplication.translate("Experience", title)``)
  and optionally ``icon`` (a path or Qt resource name, or ``None``);
* ``__init__(services, parent=None)`` must be cheap: load models lazily or through ``services.runner``;
* emit ``interacted`` on every visitor touch (the shell's idle timer listens), ``finished`` when the
  visitor leaves the experience, ``failed(message)`` when something went wrong (the shell logs the
  message and returns to the attract loop);
* ``reset()`` clears every visitor trace (strokes, taught examples, results) — called when the visitor
  leaves and on idle reset; ``retranslate(language)`` re-sets every visible text;
* ``resting_reason()`` returns ``None`` when ready, or a sentence when a model failed to load: the shell
  then shows a friendly "resting" card instead of the experience.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.ui.kiosk.services import KioskServices


class Experience(QWidget):
    """Base class of a kiosk experience; subclasses set the class attributes and build their widgets."""

    experience_id: ClassVar[str] = ""
    title: ClassVar[str] = ""
    icon: ClassVar[str | None] = None

    interacted = Signal()
    finished = Signal()
    failed = Signal(str)

    def __init__(self, services: KioskServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services

    @classmethod
    def translated_title(cls) -> str:
        """The title in the current kiosk language (``Experience`` translation context)."""
        return QCoreApplication.translate("Experience", cls.title)

    def reset(self) -> None:
        """Clear every trace of the visitor. Subclasses override (and may call super)."""

    def retranslate(self, language: str) -> None:
        """Re-set every visible text for ``language``. Subclasses override."""

    def resting_reason(self) -> str | None:
        """``None`` when ready; otherwise one friendly sentence on why the experience is resting."""
        return None
