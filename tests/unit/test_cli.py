"""The command line: exact exit codes, one-line errors on stderr, headless."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import main


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and "gyeongju-ai" in capsys.readouterr().out


def test_unknown_command_is_one_line_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    err = capsys.readouterr().err
    assert info.value.code == 2 and err.count("\n") == 1


def test_models_list_table_and_json(capsys):
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "efficientnet_lite0_imagenet" in out and "Apache-2.0" in out
    assert main(["models", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"efficientnet_lite0_imagenet", "ffdnet_color"} <= {r["id"] for r in rows}
    assert all(len(r["sha256"]) == 64 for r in rows)


@pytest.mark.parametrize(
    "argv",
    [
        ["samples", "build", "--size", "10x10"],
        ["samples", "build", "--size", "big"],
        ["samples", "build", "--subject", "atlantis"],
    ],
)
def test_samples_bad_arguments(argv, capsys, tmp_path):
    assert main([*argv, "--out", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gyeongju-ai: ") and err.count("\n") == 1
    assert not (tmp_path / "s").exists()


def test_contact_sheet_without_samples_is_a_clear_error(capsys, tmp_path):
    assert main(["samples", "contact-sheet", str(tmp_path / "c.jpg"), "--samples", str(tmp_path)]) == 2
    assert "not built" in capsys.readouterr().err


def test_models_verify_exits_zero_as_a_process():
    result = subprocess.run(
        [sys.executable, "-m", "app", "models", "verify"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout
