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


@pytest.mark.parametrize("layer", ["vision", "imaging", "content", "domain", "config", "catalog"])
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


# One room for recognition: its modules import each other in one direction only.

RECOGNITION = "app.vision.recognition"


def _package_edges(package_dir: Path, package: str) -> dict[str, set[str]]:
    """Module → sibling modules it imports anywhere in the file (function-level imports too)."""
    modules = {p.stem for p in package_dir.glob("*.py") if p.stem != "__init__"}
    edges: dict[str, set[str]] = {}
    for stem in sorted(modules):
        targets: set[str] = set()
        for node in ast.walk(ast.parse((package_dir / f"{stem}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                here = f"{package}.{stem}".split(".")
                base = node.module or "" if node.level == 0 else ".".join(here[: -node.level] + [node.module or ""])
                base = base.rstrip(".")
                names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            for name in names:
                if name.startswith(f"{package}."):
                    target = name[len(package) + 1 :].split(".")[0]
                    if target in modules and target != stem:
                        targets.add(target)
        edges[stem] = targets
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other round a circle (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(edges.get(module, ())):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return groups


def _recognition_edges() -> dict[str, set[str]]:
    return _package_edges(APP / "vision" / "recognition", RECOGNITION)


def test_recognition_has_no_import_cycle():
    edges = _recognition_edges()
    assert len(edges) > 15 and "quantize" in edges["backbone"]  # the walker sees `from pkg import module`
    cycles = _cycles(edges)
    assert not cycles, "import cycles in app.vision.recognition: " + "; ".join(" ↔ ".join(c) for c in cycles)


def test_recognition_imports_follow_the_layers_contract():
    """Every import points down the `layers` contract of pyproject.toml (also checked by lint-imports)."""
    import tomllib

    config = tomllib.loads((APP.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c.get("containers") == [RECOGNITION])
    level = {m.strip(): i for i, layer in enumerate(contract["layers"]) for m in layer.split("|")}
    edges = _recognition_edges()
    assert set(level) <= set(edges), f"the layers contract names missing modules: {set(level) - set(edges)}"
    upward = [f"{m} → {t}" for m in level for t in edges[m] if t in level and level[t] <= level[m]]
    assert not upward, f"imports that do not point down the layers: {upward}"


def test_cycle_walker_sees_lazy_and_relative_imports(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import thing\n")
    (package / "b.py").write_text("def f():\n    from . import c\n")
    (package / "c.py").write_text("class K:\n    def g(self):\n        import pkg.a\n")
    (package / "d.py").write_text("from pkg import a\nfrom pkg import VERSION\n")
    edges = _package_edges(package, "pkg")
    assert edges == {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(edges) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
