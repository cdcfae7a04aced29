"""Hostile packs: each is refused by install with one sentence, and the disk stays exactly as it was."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pack_fixtures import bomb_png, manifest_json, png_bytes, snapshot, special, weights_bytes, write_zip

from app.domain.errors import InvalidInput
from app.packs import operations
from app.packs.reader import Limits

REPO = Path(__file__).resolve().parents[2]
GOOD = {"images/a.png": png_bytes(), "facts/a.json": b'{"title": {"en": "A"}}'}


def _pack(files: dict[str, bytes], extra: list[tuple[str | zipfile.ZipInfo, bytes]] = (), **changes):
    """Entries = manifest (listing ``files``) + ``files`` + ``extra`` (not listed)."""

    def build(path: Path) -> Path:
        manifest = json.dumps(manifest_json(files, **changes)).encode()
        return write_zip(path, [("manifest.json", manifest), *files.items(), *extra])

    return build


def _raw(entries: list[tuple[str | zipfile.ZipInfo, bytes]], *, listed: dict[str, bytes] | None = None, **kw):
    """Entries exactly as given, after a manifest that lists ``listed`` (default: the named entries)."""

    def build(path: Path) -> Path:
        files = listed if listed is not None else {
            (n.filename if isinstance(n, zipfile.ZipInfo) else n): d for n, d in entries
        }
        manifest = json.dumps(manifest_json(files)).encode()
        return write_zip(path, [("manifest.json", manifest), *entries], **kw)

    return build


def _manifest_bytes(raw: bytes):
    def build(path: Path) -> Path:
        return write_zip(path, [("manifest.json", raw), *GOOD.items()], compression=zipfile.ZIP_STORED)

    return build


def _with_manifest(files: dict[str, bytes], manifest_files: list[dict]):
    def build(path: Path) -> Path:
        data = manifest_json({})
        data["files"] = manifest_files
        manifest = json.dumps(data).encode()
        return write_zip(path, [("manifest.json", manifest), *files.items()])

    return build


def _bad_sha(path: Path) -> Path:
    entries = manifest_json(GOOD)
    entries["files"][0]["sha256"] = "0" * 64
    return write_zip(path, [("manifest.json", json.dumps(entries).encode()), *GOOD.items()])


def _bad_size(path: Path) -> Path:
    entries = manifest_json(GOOD)
    entries["files"][0]["size"] += 1
    return write_zip(path, [("manifest.json", json.dumps(entries).encode()), *GOOD.items()])


def _no_manifest(path: Path) -> Path:
    return write_zip(path, list(GOOD.items()))


def _not_a_zip(path: Path) -> Path:
    path.write_bytes(b"this is not a zip file at all" * 10)
    return path


def _bad_safetensors_offsets() -> bytes:
    header = json.dumps({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 1000]}}).encode()
    return len(header).to_bytes(8, "little") + header + b"\0" * 16


def _deep_json() -> bytes:
    return b"[" * 100_000 + b"]" * 100_000


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    sentence: str  # a fragment of the one sentence the refusal must say
    limits: Limits = Limits()


S_IFLNK, S_IFIFO, S_IFCHR, S_IFBLK = stat.S_IFLNK, stat.S_IFIFO, stat.S_IFCHR, stat.S_IFBLK
RANDOM = os.urandom(300_000)

CASES = [
    Case("zip-slip ../", _pack(GOOD, [("../evil.txt", b"x")]), "“..” part"),
    Case("zip-slip nested", _pack(GOOD, [("images/../../evil.png", b"x")]), "“..” part"),
    Case("absolute path", _pack(GOOD, [("/tmp/evil.png", b"x")]), "absolute path"),
    Case("backslash path", _pack(GOOD, [("images\\..\\..\\evil.png", b"x")]), "backslash"),
    Case("drive letter", _pack(GOOD, [("C:/evil.png", b"x")]), "drive"),
    Case("symlink entry", _raw([(special("images/link.png", S_IFLNK), b"/etc/passwd")]), "symbolic link"),
    Case("fifo entry", _raw([(special("kiosk/pipe", S_IFIFO), b"")]), "special file"),
    Case("character device", _raw([(special("kiosk/tty", S_IFCHR), b"")]), "special file"),
    Case("block device", _raw([(special("kiosk/sda", S_IFBLK), b"")]), "special file"),
    Case("zip bomb by ratio", _raw([("kiosk/zeros.txt", b"\0" * (20 << 20))]), "zip bomb"),
    Case("zip bomb by total size", _raw([("kiosk/a.bin", RANDOM), ("kiosk/b.bin", RANDOM)]),
         "in all", Limits(max_total_bytes=500_000)),
    Case("file over the per-file cap", _raw([("kiosk/a.bin", RANDOM)]), "per file", Limits(max_file_bytes=100_000)),
    Case("too many entries", _raw([(f"kiosk/{i}.txt", b"x") for i in range(60)]), "entries",
         Limits(max_entries=50)),
    Case("duplicate names", _raw([("facts/a.json", b"{}"), ("facts/a.json", b"{}")], listed={"facts/a.json": b"{}"}),
         "twice"),
    Case("case-colliding names", _raw([("images/A.png", png_bytes()), ("images/a.png", png_bytes())]),
         "same file"),
    Case("file and folder with one name", _raw([("kiosk/x", b"1"), ("kiosk/x/y.txt", b"2")]), "file and as a folder"),
    Case("sha256 mismatch", _bad_sha, "sha256"),
    Case("size mismatch", _bad_size, "size its manifest gives"),
    Case("file not in the manifest", _pack(GOOD, [("kiosk/extra.txt", b"x")]), "does not list"),
    Case("manifest file missing", _with_manifest({}, manifest_json(GOOD)["files"]), "does not hold"),
    Case("no manifest.json", _no_manifest, "no manifest.json"),
    Case("pickle .pt model", _pack({**GOOD, "models/m/model.pt": b"\x80\x02}q\x00."}), "can run code"),
    Case("pickle renamed .safetensors", _pack({**GOOD, "models/m/w.safetensors": b"\x80\x02}q\x00." + b"\0" * 8}),
         "can run code"),
    Case("torch zip renamed .safetensors", _pack({"models/m/w.safetensors": b"PK\x03\x04" + b"\0" * 40}),
         "can run code"),
    Case("fake safetensors header", _pack({"models/m/w.safetensors": b"\xff" * 8 + b"{}"}), "header length"),
    Case("safetensors offsets past the data", _pack({"models/m/w.safetensors": _bad_safetensors_offsets()}),
         "described wrongly"),
    Case("oversized manifest JSON", _manifest_bytes(json.dumps(manifest_json(GOOD)).encode() + b" " * (2 << 20)),
         "larger than"),
    Case("malformed manifest JSON", _manifest_bytes(b'{"format": "gjpack", "id": '), "not valid UTF-8 JSON"),
    Case("manifest NaN", _manifest_bytes(b'{"format": NaN}'), "not valid UTF-8 JSON"),
    Case("deeply nested fact JSON", _pack({"facts/deep.json": _deep_json()}), "not valid JSON"),
    Case("malformed fact JSON", _pack({"facts/bad.json": b"{oops"}), "not valid JSON"),
    Case("malformed TOML", _pack({"scripts/show.toml": b"[[steps]\nkind ="}), "not valid TOML"),
    Case("bad pack id ../x", _pack(GOOD, id="../x"), "pack id"),
    Case("bad pack id upper case", _pack(GOOD, id="Demo"), "pack id"),
    Case("bad version", _pack(GOOD, version="1.0"), "semantic version"),
    Case("version with slash", _pack(GOOD, version="1.0.0/../../x"), "semantic version"),
    Case("manifest path outside role folders", _with_manifest({"evil.png": png_bytes()},
         [{"path": "evil.png", "role": "image", "licence": "x", "credit": "x", "sha256": "0" * 64, "size": 1}]),
         "role"),
    Case("manifest zip-slip path", _with_manifest({},
         [{"path": "../x.png", "role": "image", "licence": "x", "credit": "x", "sha256": "0" * 64, "size": 1}]),
         "“..” part"),
    Case("decompression-bomb PNG", _pack({"images/bomb.png": bomb_png()}), "decompression bomb"),
    Case("image that is not an image", _pack({"images/a.png": b"GIF? no, just text"}), "cannot be read as one"),
    Case("nested zip", _pack({"kiosk/inner.zip": b"PK\x03\x04" + b"\0" * 30}), "archive inside"),
    Case("nested zip renamed", _pack({"kiosk/inner.dat": b"PK\x03\x04" + b"\0" * 30}), "archive inside"),
    Case("not a zip at all", _not_a_zip, "not a readable pack"),
    Case("newer format version", _pack(GOOD, format_version=99), "newer than"),
    Case("needs a newer app", _pack(GOOD, app_version_needed="99.0.0"), "update the app"),
    Case("unknown role", _with_manifest(GOOD, [{**manifest_json(GOOD)["files"][0], "role": "virus"}]), "role"),
    Case("missing licence", _with_manifest(GOOD, [{**f, "licence": ""} for f in manifest_json(GOOD)["files"]]),
         "files[0].licence"),
    Case("encrypted entry", lambda p: _encrypted(p), "encrypted"),
]


def _encrypted(path: Path) -> Path:
    _pack(GOOD)(path)
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag bit of every central-directory record (signature PK\x01\x02, flags at +8).
    start = 0
    while (index := data.find(b"PK\x01\x02", start)) >= 0:
        data[index + 8] |= 0x01
        start = index + 4
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "settings.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("GYEONGJU_AI_HOME", str(folder))
    return folder


def test_at_least_twenty_hostile_cases():
    assert len(CASES) >= 20
    assert len({c.name for c in CASES}) == len(CASES)


def test_the_good_baseline_installs(tmp_path, home):
    pack = _pack(GOOD)(tmp_path / "good.gjpack")
    assert operations.install(pack, confirm_unsigned=True).id == "hostile"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("existing", [False, True], ids=["empty-home", "with-packs"])
def test_hostile_pack_is_refused_and_disk_unchanged(tmp_path, home, case, existing):
    if existing:
        operations.install(_pack(GOOD, id="other")(tmp_path / "other.gjpack"), confirm_unsigned=True)
    pack = case.build(tmp_path / "hostile.gjpack")
    before = snapshot(home)
    outside = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(InvalidInput) as refused:
        operations.install(pack, confirm_unsigned=True, limits=case.limits)
    message = str(refused.value)
    assert case.sentence in message, message
    assert "\n" not in message and message.endswith((".", ")")), message
    assert snapshot(home) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == outside
    with pytest.raises(InvalidInput):
        operations.verify(pack, limits=case.limits)


CLI_CASES = ["zip-slip ../", "symlink entry", "zip bomb by ratio", "sha256 mismatch", "pickle renamed .safetensors",
             "decompression-bomb PNG", "malformed manifest JSON"]


@pytest.mark.parametrize("name", CLI_CASES)
def test_cli_install_refuses_with_exit_2_and_one_line(tmp_path, home, name):
    case = next(c for c in CASES if c.name == name)
    pack = case.build(tmp_path / "hostile.gjpack")
    before = snapshot(home)
    result = subprocess.run(
        [sys.executable, "-m", "app", "pack", "install", str(pack), "--yes-unsigned"],
        cwd=REPO, env={**os.environ, "GYEONGJU_AI_HOME": str(home)}, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gyeongju-ai: ") and case.sentence in lines[0], result.stderr
    assert result.stdout == ""
    assert snapshot(home) == before


def test_weights_fixture_is_valid_safetensors(tmp_path, home):
    files = {"models/m/w.safetensors": weights_bytes(), "models/m/model.toml": b'id = "m"\n'}
    pack = _pack(files)(tmp_path / "m.gjpack")
    assert operations.verify(pack).manifest.files[0].role == "model_weights"
