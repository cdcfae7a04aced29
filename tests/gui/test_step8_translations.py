"""Every text of the Packs page, script editor and Presentation page is translated to ko, zh and ja."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.ui.i18n import I18N_DIR

pytestmark = pytest.mark.gui
UI = Path(__file__).resolve().parents[2] / "app" / "ui"
FILES = [
    *sorted((UI / "packs").glob("*.py")),
    *sorted((UI / "script_editor").glob("*.py")),
    UI / "presentation" / "page.py",
]


def _texts() -> set[tuple[str, str]]:
    """(context, source) of every ``self.tr("…")`` in a class and every ``tr(CONTEXT, "…")`` call."""
    found: set[tuple[str, str]] = set()
    for path in FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in ast.walk(cls):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.add((cls.name, call.args[0].value))
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id == "tr"
                and len(call.args) == 2
                and isinstance(call.args[1], ast.Constant)
            ):
                found.add(("ScriptEditorTexts", call.args[1].value))
    return found


@pytest.mark.parametrize("language", ["ko", "zh", "ja"])
def test_every_new_text_is_translated(qapp, language):
    texts = _texts()
    assert len(texts) > 100
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"{language}.qm")), "run make translations"
    missing = [f"{context}: {source}" for context, source in sorted(texts) if not translator.translate(context, source)]
    assert not missing, f"untranslated in {language}: {missing}"
