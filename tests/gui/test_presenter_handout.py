"""``present --handout OUT.pdf``: one PDF page per step from the rehearsed cache; else one sentence, exit 2."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from credential_fixtures import MUSEUM, identities, use_home  # noqa: E402, F401 - identities is a fixture
from presentation_fixtures import fake_operation, make_pack  # noqa: E402

from app.cli import main  # noqa: E402
from app.packs.manifest import Manifest, PackFile  # noqa: E402
from app.presentation.operations import Operations  # noqa: E402
from app.presentation.rehearse import rehearse  # noqa: E402
from app.presentation.script import load_script  # noqa: E402

FAKE = Operations(fake_operation, fake_operation, fake_operation)


def _installed(root: Path) -> Path:
    """The tiny show as an installed pack: images, script and a manifest with credits and licences."""
    folder = make_pack(root)
    files = []
    for path in sorted((folder / "images").glob("*.png")):
        raw = path.read_bytes()
        files.append(PackFile(f"images/{path.name}", "image", "CC BY 4.0", "국립경주박물관 Gyeongju National Museum",
                              hashlib.sha256(raw).hexdigest(), len(raw)))
    manifest = Manifest("gyeongju-demo", "1.0.0", {"ko": "경주 시연", "en": "Gyeongju demo"}, {},
                        "Gyeongju National Museum", "https://gyeongju.museum.go.kr", "2026-05-01T09:00:00Z",
                        "0.1.0", tuple(files))
    (folder / "manifest.json").write_bytes(manifest.to_bytes())
    return folder


@pytest.fixture
def pack(tmp_path):
    return _installed(tmp_path / "pack")


def test_handout_has_one_page_per_step(pack, tmp_path, capsys):
    rehearse(load_script(pack / "scripts" / "show.toml"), pack, operations=FAKE, warm=False)
    out = tmp_path / "handout.pdf"
    assert main(["present", str(pack), "--handout", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", raw)) == 5
    assert b"/FontFile" in raw or b"/FontFile2" in raw or b"/FontFile3" in raw  # the CJK font is embedded
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    assert "5 page(s)" in capsys.readouterr().out


def test_handout_without_a_rehearsal_is_one_sentence_and_exit_2(pack, tmp_path, capsys):
    out = tmp_path / "handout.pdf"
    assert main(["present", str(pack), "--handout", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--rehearse" in err and "Step 2 (restore)" in err
    assert not out.exists()


def test_handout_carries_the_museums_content_credentials(pack, tmp_path, capsys, identities, monkeypatch):  # noqa: F811
    """With a signing identity the PDF is signed: created by the app, with every live step's provenance."""
    from app.credentials.verify import verify_file

    use_home(identities["museum"], tmp_path / "home", monkeypatch)
    rehearse(load_script(pack / "scripts" / "show.toml"), pack, operations=FAKE, warm=False)
    out = tmp_path / "handout.pdf"
    assert main(["present", str(pack), "--handout", str(out)]) == 0
    assert f"signed with Content Credentials by {MUSEUM}" in capsys.readouterr().out
    report = verify_file(out)
    assert report.intact and report.signer == MUSEUM and report.ai_changed
    assert [a["action"] for a in report.actions] == ["c2pa.created"]
    assert report.provenance is not None and report.provenance["operation"] == "handout"
    assert [s["kind"] for s in report.provenance["steps"]] == ["restore", "recognise", "teach"]
    # One changed byte of the page content and the credentials no longer hold.
    raw = bytearray(out.read_bytes())
    at = raw.index(b"stream") + 40
    raw[at] ^= 0xFF
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(raw))
    assert not verify_file(tampered).intact


def test_handout_without_an_identity_says_it_is_unsigned(pack, tmp_path, capsys, monkeypatch):
    from app.credentials.verify import verify_file

    use_home(None, tmp_path / "home", monkeypatch)
    rehearse(load_script(pack / "scripts" / "show.toml"), pack, operations=FAKE, warm=False)
    out = tmp_path / "handout.pdf"
    assert main(["present", str(pack), "--handout", str(out)]) == 0
    assert "not signed: this installation has no signing identity" in capsys.readouterr().out
    assert verify_file(out).state == "none"
