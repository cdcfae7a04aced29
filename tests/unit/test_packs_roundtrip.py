"""Demo packs: create → verify → install → list → uninstall, versions, signatures, killed installs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from pack_fixtures import make_source, snapshot, write_zip

from app.cli import main
from app.domain.errors import InvalidInput
from app.packs import operations
from app.packs.install import packs_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "settings.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("GYEONGJU_AI_HOME", str(folder))
    return folder


def _pack(tmp_path: Path, version: str = "1.0.0", **kwargs) -> Path:
    src = make_source(tmp_path / f"src-{version}", version=version)
    out = tmp_path / f"demo-{version}.gjpack"
    operations.create(src, out, **kwargs)
    return out


def test_round_trip_create_verify_install_list_uninstall(tmp_path, home, capsys):
    src = make_source(tmp_path / "src")
    out = tmp_path / "demo.gjpack"
    assert main(["pack", "create", str(src), str(out)]) == 0
    assert out.is_file() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert main(["pack", "verify", str(out)]) == 0
    assert "All checks passed" in capsys.readouterr().out
    assert main(["pack", "install", str(out)]) == 2  # unsigned: needs confirmation
    assert "--yes-unsigned" in capsys.readouterr().err
    assert main(["pack", "install", str(out), "--yes-unsigned"]) == 0
    capsys.readouterr()
    assert main(["pack", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["version"], p["signer"]) for p in listed] == [("bulguksa-demo", "1.0.0", "unsigned")]
    folder = packs_dir() / "bulguksa-demo" / "1.0.0"
    assert (folder / "images" / "bell.png").read_bytes() == (src / "images" / "bell.png").read_bytes()
    assert (folder / "models" / "bell-tagger" / "head.safetensors").is_file()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    roles = {f["path"]: f["role"] for f in manifest["files"]}
    assert roles["models/bell-tagger/head.safetensors"] == "model_weights"
    assert roles["models/bell-tagger/model.toml"] == "model_card"
    assert roles["settings/kiosk.toml"] == "settings"
    credits = {f["path"]: f["credit"] for f in manifest["files"]}
    assert credits["images/bell.png"] == "Photo: museum archive"
    assert manifest["title"]["ko"] == "불국사 데모"
    assert main(["pack", "install", str(out), "--yes-unsigned"]) == 2  # already installed
    assert "already installed" in capsys.readouterr().err
    assert main(["pack", "uninstall", "bulguksa-demo@1.0.0"]) == 0
    assert operations.installed() == []
    assert not (packs_dir() / "bulguksa-demo").exists()
    assert main(["pack", "uninstall", "bulguksa-demo"]) == 2


def test_versions_install_side_by_side(tmp_path, home):
    first, second = _pack(tmp_path, "1.0.0"), _pack(tmp_path, "1.2.0-rc.1")
    operations.install(second, confirm_unsigned=True)
    operations.install(first, confirm_unsigned=True)
    assert [(p.id, p.version) for p in operations.installed()] == [
        ("bulguksa-demo", "1.0.0"), ("bulguksa-demo", "1.2.0-rc.1"),
    ]
    operations.remove("bulguksa-demo@1.0.0")
    assert [p.version for p in operations.installed()] == ["1.2.0-rc.1"]
    operations.remove("bulguksa-demo")
    assert operations.installed() == []


def test_create_refuses_pickle_model_and_stray_files(tmp_path, home):
    src = make_source(tmp_path / "src")
    (src / "models" / "bell-tagger" / "model.pt").write_bytes(b"\x80\x02}q\x00.")
    with pytest.raises(InvalidInput, match="safetensors"):
        operations.create(src, tmp_path / "x.gjpack")
    (src / "models" / "bell-tagger" / "model.pt").unlink()
    (src / "notes.txt").write_text("hi")
    with pytest.raises(InvalidInput, match="does not belong"):
        operations.create(src, tmp_path / "x.gjpack")
    (src / "notes.txt").unlink()
    (src / "models" / "bell-tagger" / "fake.safetensors").write_bytes(b"\x00" * 16)
    with pytest.raises(InvalidInput, match="not written"):
        operations.create(src, tmp_path / "x.gjpack")
    assert not list(tmp_path.glob("*.gjpack")) and not list(tmp_path.glob(".*"))


def _keys(tmp_path: Path, name: str) -> tuple[Path, Path]:
    return operations.generate_keys(tmp_path / name)


def test_signed_pack_from_trusted_institution_installs_without_confirmation(tmp_path, home):
    private, public = _keys(tmp_path, "museum")
    assert oct(private.stat().st_mode & 0o777) == "0o600"
    operations.trust(public, "gyeongju-museum")
    pack = _pack(tmp_path, sign_key=private)
    report = operations.verify(pack)
    assert report.signature.state == "trusted" and report.signature.signer == "gyeongju-museum"
    installed = operations.install(pack)
    assert "gyeongju-museum" in installed.signer


def test_tampered_signature_is_refused(tmp_path, home):
    private, public = _keys(tmp_path, "museum")
    operations.trust(public, "gyeongju-museum")
    pack = _pack(tmp_path, sign_key=private)
    with zipfile.ZipFile(pack) as zf:
        entries = [(i.filename, zf.read(i)) for i in zf.infolist()]
    tampered = []
    for name, data in entries:
        if name == "manifest.json":
            data = data.replace(b"Bulguksa demo", b"Bulguksa demo!")
        tampered.append((name, data))
    bad = write_zip(tmp_path / "tampered.gjpack", tampered)
    before = snapshot(home)
    for confirm in (False, True):
        with pytest.raises(InvalidInput, match="changed after it was signed"):
            operations.install(bad, confirm_unsigned=confirm)
    with pytest.raises(InvalidInput, match="changed after it was signed"):
        operations.verify(bad)
    assert snapshot(home) == before


def test_untrusted_key_and_unsigned_need_confirmation(tmp_path, home):
    private, _public = _keys(tmp_path, "stranger")
    signed = _pack(tmp_path, "1.0.0", sign_key=private)
    unsigned = _pack(tmp_path, "2.0.0")
    assert operations.verify(signed).signature.state == "untrusted"
    assert operations.verify(unsigned).signature.state == "unsigned"
    before = snapshot(home)
    with pytest.raises(InvalidInput, match="not among your trusted keys"):
        operations.install(signed)
    with pytest.raises(InvalidInput, match="is not signed"):
        operations.install(unsigned)
    assert snapshot(home) == before
    operations.install(signed, confirm_unsigned=True)
    operations.install(unsigned, confirm_unsigned=True)
    assert len(operations.installed()) == 2


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt(), OSError(28, "No space")])
def test_install_interrupted_in_the_copy_step_leaves_nothing(tmp_path, home, monkeypatch, failure):
    pack = _pack(tmp_path)
    operations.install(_pack(tmp_path, "0.9.0"), confirm_unsigned=True)  # packs/ and the id folder exist
    before = snapshot(home)
    import app.packs.reader as reader

    real = reader._copy_entry
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise failure
        return real(*args, **kwargs)

    monkeypatch.setattr(reader, "_copy_entry", flaky)
    with pytest.raises((RuntimeError, KeyboardInterrupt, InvalidInput)):
        operations.install(pack, confirm_unsigned=True)
    assert snapshot(home) == before
    assert [p.version for p in operations.installed()] == ["0.9.0"]


def test_install_on_empty_home_interrupted_creates_no_folders(tmp_path, home, monkeypatch):
    pack = _pack(tmp_path)
    before = snapshot(home)
    import app.packs.reader as reader

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(reader, "_copy_entry", boom)
    with pytest.raises(RuntimeError):
        operations.install(pack, confirm_unsigned=True)
    assert snapshot(home) == before


_KILLED_INSTALL = """
import sys, time, pathlib
import app.packs.reader as reader
real = reader._copy_entry
count = [0]
def slow(*args, **kwargs):
    count[0] += 1
    real(*args, **kwargs)
    if count[0] == 2:
        pathlib.Path(sys.argv[2]).write_text("copying")
        time.sleep(60)
reader._copy_entry = slow
from app.packs import operations
operations.install(sys.argv[1], confirm_unsigned=True)
"""


def test_install_killed_with_sigkill_leaves_no_half_installed_pack(tmp_path, home):
    pack = _pack(tmp_path)
    marker = tmp_path / "marker"
    env = {**os.environ, "GYEONGJU_AI_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_INSTALL, str(pack), str(marker)], cwd=REPO, env=env
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the install never reached its copy step"
        staging = [p for p in packs_dir().iterdir() if p.name.startswith(".staging-")]
        assert staging and any(staging[0].rglob("*.*"))  # files were half copied
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert operations.installed() == []
    assert not (packs_dir() / "bulguksa-demo").exists()
    operations.install(pack, confirm_unsigned=True)  # a later install works and sweeps the leftover
    assert [p.name for p in packs_dir().iterdir()] == ["bulguksa-demo"]
    assert [p.version for p in operations.installed()] == ["1.0.0"]


def test_keygen_and_trust_cli(tmp_path, home, capsys):
    assert main(["pack", "keygen", str(tmp_path / "k")]) == 0
    assert main(["pack", "keygen", str(tmp_path / "k")]) == 2  # never overwrites a key
    assert main(["pack", "trust", str(tmp_path / "k.pub"), "../evil"]) == 2
    assert main(["pack", "trust", str(tmp_path / "k.key"), "museum"]) == 2  # a private key is not a public key
    assert main(["pack", "trust", str(tmp_path / "k.pub"), "museum"]) == 0
    src = make_source(tmp_path / "src")
    out = tmp_path / "signed.gjpack"
    assert main(["pack", "create", str(src), str(out), "--sign-key", str(tmp_path / "k.key")]) == 0
    capsys.readouterr()
    assert main(["pack", "install", str(out)]) == 0
    assert "museum" in capsys.readouterr().out
