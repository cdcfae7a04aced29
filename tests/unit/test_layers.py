"""The layering of DESIGN.md §2, enforced by walking every module's imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(sub: str = "") -> list[Path]:
    return sorted((APP / sub).rglob("*.py"))


def test_walk_finds_modules():
    assert len(_modules()) > 20


@pytest.mark.parametrize("path", [p for p in _modules() if "ui" not in p.relative_to(APP).parts[:1]], ids=str)
def test_only_ui_imports_qt(path: Path):
    qt = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")}
    assert not qt, f"{path.relative_to(APP)} imports Qt: {qt}"


@pytest.mark.parametrize("layer", ["vision", "imaging", "content", "domain", "config"])
def test_core_layers_never_import_ui(layer: str):
    offenders = [p for p in _modules(layer) if any(n.startswith("app.ui") for n in _imports(p))]
    assert not offenders, f"{layer} imports app.ui: {offenders}"


def test_walker_detects_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport app.ui.app\n")
    assert {"PySide6.QtWidgets", "app.ui.app"} <= _imports(bad)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_cli_help_and_headless_commands_do_not_import_qt_or_torch():
    code = (
        "import sys, contextlib, io\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
        "    main(['models', 'list'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'torch')]\n"
        "print('BAD', bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_window_code_does_not_import_torch():
    """The window must appear before torch loads (torch is imported by the first model use)."""
    code = (
        "import os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import app.ui.app, app.ui.main_window\n"
        "sys.exit(1 if 'torch' in sys.modules else 0)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stdout + result.stderr
