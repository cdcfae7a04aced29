"""Lockdown: an application-wide event filter that swallows the ways out and reports every touch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

_CTRL_KEYS = {Qt.Key.Key_Q, Qt.Key.Key_W}
_ALT_KEYS = {Qt.Key.Key_F4, Qt.Key.Key_Tab}
_PLAIN_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Menu, Qt.Key.Key_Close}


def is_escape_key(event: QKeyEvent) -> bool:
    """Esc, Alt+F4, Ctrl+Q/W, Alt+Tab, F11 and the menu key: what a visitor could use to leave or disturb."""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    if key in _PLAIN_KEYS:
        return True
    if mods & Qt.KeyboardModifier.ControlModifier and key in _CTRL_KEYS:
        return True
    return bool(mods & Qt.KeyboardModifier.AltModifier and key in _ALT_KEYS)


class LockdownFilter(QObject):
    """Install on the QApplication. ``on_press(global_pos)`` is called once per left press or touch."""

    def __init__(self, on_press: Callable[[QPoint], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_press = on_press
        self.swallowed = 0
        self._last_press: tuple[int, int, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            if isinstance(event, QKeyEvent) and is_escape_key(event):
                if kind == QEvent.Type.KeyPress:
                    self.swallowed += 1
                event.accept()
                return True
            return False
        if kind == QEvent.Type.ContextMenu:
            self.swallowed += 1
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease):
            assert isinstance(event, QMouseEvent)
            if event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
                self.swallowed += kind == QEvent.Type.MouseButtonPress
                return True
            if kind == QEvent.Type.MouseButtonPress:
                pos = event.globalPosition().toPoint()
                # A press propagated from child to parent is seen once per receiver: report it once.
                key = (int(event.timestamp()), pos.x(), pos.y())
                if key != self._last_press:
                    self._last_press = key
                    self.on_press(pos)
        return False
