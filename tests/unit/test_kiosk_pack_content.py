"""``gyeongju-ai kiosk --content PACK``: a .gjpack file or an installed pack id; hostile packs are refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pack_fixtures import make_source

from app.cli import main
from app.domain.errors import InvalidInput
from app.kiosk.content import attract_pairs
from app.kiosk.logs import kiosk_dir
from app.kiosk.pack_content import resolve_kiosk_content
from app.packs.operations import create, install


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    out = tmp_path / "demo.gjpack"
    create(make_source(tmp_path / "src"), out)
    return out


def test_a_pack_file_gives_its_pictures(tmp_path: Path, pack_file: Path) -> None:
    folder = resolve_kiosk_content(str(pack_file), tmp_path / "cache")
    assert folder == tmp_path / "cache" / "images"
    assert sorted(p.after.name for p in attract_pairs(folder)) == ["bell.png", "pagoda.png"]
    # A second start replaces the copy rather than piling up copies.
    assert resolve_kiosk_content(str(pack_file), tmp_path / "cache") == folder


def test_an_installed_pack_by_id(app_home: Path, tmp_path: Path, pack_file: Path) -> None:
    pack = install(pack_file, confirm_unsigned=True)
    folder = resolve_kiosk_content(pack.id, tmp_path / "cache")
    assert folder == pack.path / "images" and not (tmp_path / "cache").exists()
    assert resolve_kiosk_content(f"{pack.id}@{pack.version}", tmp_path / "cache") == folder
    with pytest.raises(InvalidInput, match="No installed pack"):
        resolve_kiosk_content("no-such-pack", tmp_path / "cache")


def _zip_slip_pack(path: Path) -> Path:
    evil = b"\x89PNG\r\n\x1a\n"
    manifest = {
        "format": "gjpack",
        "format_version": 1,
        "id": "evil",
        "version": "1.0.0",
        "title": {"en": "x"},
        "files": [
            {
                "path": "../../escaped.png",
                "role": "image",
                "licence": "x",
                "credit": "x",
                "sha256": "0" * 64,
                "size": len(evil),
            }
        ],
    }
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("../../escaped.png", evil)
    return path


@pytest.mark.parametrize("kind", ["zip-slip", "not-a-zip", "missing"])
def test_a_bad_or_hostile_pack_is_one_line_and_exit_2(
    tmp_path: Path, app_home: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    pack = tmp_path / "bad.gjpack"
    if kind == "zip-slip":
        _zip_slip_pack(pack)
    elif kind == "not-a-zip":
        pack.write_bytes(b"MZ this is not a pack")
    assert main(["kiosk", "--content", str(pack), "--soak", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path.parent / "escaped.png").exists() and not list(tmp_path.rglob("escaped.png"))
    cache = kiosk_dir() / "pack-content"
    assert str(cache).startswith(str(app_home))
    assert not cache.exists() or not any(p.is_file() for p in cache.rglob("*"))
