"""``gyeongju-ai credentials …`` and the restoration commands' signing line: exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from credential_fixtures import MUSEUM, PASSPHRASE, bare_home, identities, museum_home, original, use_home
from PIL import Image

from app.cli import main
from app.imaging.damage import random_hole_mask

__all__ = ["bare_home", "identities", "museum_home", "original"]  # fixtures, used by name

REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GYEONGJU_AI_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def mask(tmp_path) -> Path:
    path = tmp_path / "mask.png"
    Image.fromarray(random_hole_mask(96, 128, 2, (0.05, 0.1))).save(path)
    return path


def test_inpaint_signs_and_verify_exit_codes(museum_home, original, mask, tmp_path, capsys):
    out = tmp_path / "repaired.jpg"
    assert main(["inpaint", str(original), str(mask), str(out), "--method", "telea", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"Content Credentials signed by {MUSEUM}"

    intact = _cli("credentials", "verify", "--json", str(out), home=museum_home)
    assert intact.returncode == 0, intact.stderr
    report = json.loads(intact.stdout)
    assert report["state"] == "trusted" and report["pixels_match"] is True
    assert [a["action"] for a in report["actions"]] == ["c2pa.opened", "c2pa.edited"]
    assert report["provenance"]["steps"][0]["mask"]["sha256"]  # the mask file's hash travels with the image

    tampered = tmp_path / "tampered.jpg"
    data = bytearray(out.read_bytes())
    data[-500] ^= 0xFF
    tampered.write_bytes(bytes(data))
    failed = _cli("credentials", "verify", str(tampered), home=museum_home)
    assert failed.returncode == 1 and "FAILED" in failed.stdout

    none = _cli("credentials", "verify", str(original), home=museum_home)
    assert none.returncode == 1 and "no Content Credentials" in none.stdout

    missing = _cli("credentials", "verify", str(tmp_path / "missing.jpg"), home=museum_home)
    assert missing.returncode == 2 and missing.stdout == ""
    assert len(missing.stderr.strip().splitlines()) == 1 and "cannot be read" in missing.stderr

    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    hostile = _cli("credentials", "verify", "--json", str(garbage), home=museum_home)
    assert hostile.returncode == 1 and "Traceback" not in hostile.stderr


def test_without_identity_the_cli_says_not_signed_in_one_line(bare_home, original, mask, tmp_path, capsys):
    out = tmp_path / "repaired.png"
    assert main(["inpaint", str(original), str(mask), str(out), "--method", "ns", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[1].startswith("not signed: this installation has no signing identity")
    record = json.loads((tmp_path / "repaired.png.json").read_text(encoding="utf-8"))
    assert record["content_credentials"]["signed"] is False


def test_locked_key_needs_its_passphrase_before_any_work(identities, original, mask, tmp_path, monkeypatch, capsys):
    use_home(identities["locked"], tmp_path / "home", monkeypatch)
    out = tmp_path / "repaired.jpg"
    argv = ["inpaint", str(original), str(mask), str(out), "--method", "telea", "--quiet"]
    assert main(argv) == 2
    assert "passphrase" in capsys.readouterr().err and not out.exists()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    assert main([*argv, "--passphrase-file", str(wrong)]) == 2
    assert "wrong" in capsys.readouterr().err and not out.exists()
    right = tmp_path / "right.txt"
    right.write_bytes(PASSPHRASE + b"\n")
    assert main([*argv, "--passphrase-file", str(right)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"Content Credentials signed by {MUSEUM}"


def test_init_import_trust_show(bare_home, identities, tmp_path, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_bytes(b"gold-crown\n")
    assert main(["credentials", "show"]) == 0
    assert "signing identity: none" in capsys.readouterr().out
    args = ["credentials", "init", "--institution", "Hwangnam Museum", "--country", "kr", "--passphrase-file"]
    assert main([*args, str(secret)]) == 0
    assert "ca.pem" in capsys.readouterr().out
    assert main([*args, str(secret)]) == 2  # never replaced silently
    assert "--force" in capsys.readouterr().err
    key = bare_home / "data" / "credentials" / "signer.key"
    assert (key.stat().st_mode & 0o777) == 0o600 and b"ENCRYPTED" in key.read_bytes()
    museum = identities["museum"] / "data" / "credentials"
    assert main(["credentials", "import", str(museum / "signer.pem"), str(museum / "signer.key"), "--force"]) == 0
    assert MUSEUM in capsys.readouterr().out
    assert main(["credentials", "trust", str(identities["partner"] / "data" / "credentials" / "ca.pem")]) == 0
    assert "now trusted" in capsys.readouterr().out
    assert main(["credentials", "show"]) == 0
    shown = capsys.readouterr().out
    assert MUSEUM in shown and "busan-partner-museum" in shown
    assert main(["credentials", "trust", str(tmp_path / "nothing.pem")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.slow
def test_denoise_with_the_real_model_names_it_in_the_credentials(museum_home, original, tmp_path, capsys):
    noisy = tmp_path / "noisy.png"
    pixels = np.asarray(Image.open(original))
    rng = np.random.default_rng(0)
    Image.fromarray(np.clip(pixels + rng.normal(0, 20, pixels.shape), 0, 255).astype(np.uint8)).save(noisy)
    out = tmp_path / "denoised.tif"
    assert main(["denoise", str(noisy), str(out), "--sigma", "20", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["credentials", "verify", "--json", str(out)]) == 0
    report = json.loads(capsys.readouterr().out)
    filtered = report["actions"][1]
    assert filtered["action"] == "c2pa.filtered" and filtered["digital_source_type"].endswith("trainedAlgorithmicMedia")
    assert report["models"][0]["id"] == "ffdnet_color" and len(report["models"][0]["sha256"]) == 64
