"""The desktop UI: the only package that imports PySide6."""

from app.ui.none_guard import make_none_immortal

make_none_immortal()
