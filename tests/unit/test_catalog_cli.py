"""``gyeongju-ai catalog``: exit codes, one-line errors, JSON status."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from app.catalog.schema import SCHEMA_VERSION
from app.cli import main


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("gyeongju-ai") and err.count("\n") == 1, err
    return err


def test_create_import_status_round_trip(tmp_path, capsys):
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.fromarray(np.full((30, 40, 3), 128, np.uint8)).save(photos / "a.jpg")
    (photos / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    db = tmp_path / "c.gjcat"
    assert main(["catalog", "create", str(db)]) == 0
    assert f"schema version {SCHEMA_VERSION}" in capsys.readouterr().out
    assert main(["catalog", "import", str(db), str(photos), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("imported 2 files: 2 new") and "1 unreadable" in captured.out
    assert "2/2 files" in captured.err
    assert main(["catalog", "status", str(db), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert {k: status[k] for k in ("items", "unreadable", "missing", "integrity")} == {
        "items": 2, "unreadable": 1, "missing": 0, "integrity": "ok",
    }
    assert main(["catalog", "status", str(db)]) == 0
    assert "integrity: ok" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["catalog", "status", "{tmp}/absent.gjcat"], "does not exist"),
        (["catalog", "status", "{tmp}/text.gjcat"], "not a Gyeongju Heritage AI catalogue"),
        (["catalog", "import", "{tmp}/absent.gjcat", "{tmp}"], "does not exist"),
        (["catalog", "create", "{tmp}/no/such/folder/c.gjcat"], "does not exist"),
        (["catalog", "create", "{tmp}/text.gjcat"], "already exists"),
        (["catalog", "import", "{tmp}/good.gjcat"], "required"),
        (["catalog", "import", "{tmp}/good.gjcat", "{tmp}/nothing-here"], "does not exist"),
        (["catalog", "import", "{tmp}/good.gjcat", "{tmp}", "--timeout", "0"], "--timeout"),
        (["catalog", "import", "{tmp}/good.gjcat", "{tmp}", "--workers", "0"], "--workers"),
        (["catalog"], "required"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, expected):
    (tmp_path / "text.gjcat").write_text("just some notes\n")
    assert main(["catalog", "create", str(tmp_path / "good.gjcat")]) == 0
    capsys.readouterr()
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    assert code == 2
    assert expected in _one_line_error(capsys)
    assert (tmp_path / "text.gjcat").read_text() == "just some notes\n"


def test_catalog_command_runs_as_a_process_without_qt(tmp_path):
    db = tmp_path / "c.gjcat"
    code = (
        "import sys\nfrom app.cli import main\n"
        f"rc = main(['catalog', 'create', {str(db)!r}])\n"
        "assert 'PySide6' not in sys.modules, 'catalog imported Qt'\nsys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "app", "catalog", "status", str(db), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["integrity"] == "ok"
