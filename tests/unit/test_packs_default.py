"""The default demo pack (`pack create --default`): builds from the app's renders, verifies, installs, plays."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.cli import main
from app.packs import default_pack, operations
from app.packs.install import packs_dir
from app.presentation.script import KINDS, load_script, parse_script

SMALL = (160, 120)
LANGUAGES = {"ko", "en", "zh", "ja"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "settings.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("GYEONGJU_AI_HOME", str(folder))
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("default") / "default.gjpack"
    default_pack.build_default_pack(out, size=SMALL)
    return out


def test_default_script_parses_with_every_kind_and_four_languages():
    script = parse_script(default_pack.script_text(), source="show.toml")
    assert script.languages == ("ko", "en")
    assert set(script.title) == LANGUAGES
    assert [step.kind for step in script.steps] == list(KINDS)
    for step in script.steps:
        assert set(step.captions) == LANGUAGES, step.kind
    assert script.steps[-1].url == "https://www.apec.org/"
    teach = next(step for step in script.steps if step.kind == "teach")
    assert {label: len(paths) for label, paths in teach.examples.items()} == {"dabotap": 3, "seokgatap": 3}
    assert "APEC AI Initiative (2026–2030)" in script.steps[0].captions["en"]


def test_default_pack_builds_verifies_and_installs(built, home):
    report = operations.verify(built)
    manifest = report.manifest
    assert manifest.id == default_pack.PACK_ID
    assert set(manifest.title) >= LANGUAGES and set(manifest.description) >= LANGUAGES
    assert all(f.licence == default_pack.LICENCE and f.credit == default_pack.CREDIT for f in manifest.files)
    roles = {f.path: f.role for f in manifest.files}
    assert roles["scripts/show.toml"] == "script"
    assert {p for p, r in roles.items() if r == "fact_card"} == {f"facts/{s}.json" for s in default_pack.SUBJECTS}

    pack = operations.install(built, confirm_unsigned=True)
    folder = packs_dir() / pack.id / pack.version
    script = load_script(folder / "scripts" / "show.toml")
    for step in script.steps:  # every file the show needs is in the installed pack
        for name in step.files():
            assert (folder / name).is_file(), name
    restore = next(step for step in script.steps if step.kind == "restore")
    assert restore.image == "images/seongdeok_bell-aged.jpg"
    assert (folder / "images" / "seongdeok_bell-aged.jpg").read_bytes() != (
        folder / "images" / "seongdeok_bell.jpg"
    ).read_bytes()
    # The damage is known: its mask travels with the pack and marks where the aged copy differs.
    assert restore.mask == "images/seongdeok_bell-damage.png"
    mask = cv2.imread(str(folder / restore.mask), cv2.IMREAD_GRAYSCALE)
    aged = cv2.imread(str(folder / restore.image)).astype(int)
    clean = cv2.imread(str(folder / "images" / "seongdeok_bell.jpg")).astype(int)
    marked = mask > 0
    assert 0.001 < marked.mean() < 0.5
    difference = np.abs(aged - clean).sum(axis=2)  # fading and grain change every pixel a little …
    assert difference[marked].mean() > 1.3 * difference[~marked].mean()  # … the marked damage much more


def test_known_damage_keeps_local_marks_and_leaves_global_kinds_out():
    local = np.zeros((10, 10), np.uint8)
    local[2:4, 2:8] = 255
    everywhere = np.full((10, 10), 255, np.uint8)
    union = default_pack.known_damage({"scratches": local, "fading": everywhere})
    assert np.array_equal(union, local)


def test_default_pack_images_are_rendered_at_the_asked_size(built):
    with zipfile.ZipFile(built) as zf:
        data = zf.read("images/cheomseongdae.jpg")
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert image.shape[:2] == (SMALL[1], SMALL[0])


def test_cli_pack_create_default(tmp_path, home, capsys, monkeypatch):
    monkeypatch.setattr(default_pack, "DEFAULT_SIZE", SMALL)
    out = tmp_path / "demo.gjpack"
    assert main(["pack", "create", "--default", str(out)]) == 0
    assert default_pack.PACK_ID in capsys.readouterr().out
    assert main(["pack", "verify", "--json", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == default_pack.PACK_ID
    assert main(["pack", "create", "--default", str(tmp_path / "src"), str(out)]) == 2
    assert "only OUT.gjpack" in capsys.readouterr().err
    assert main(["pack", "create", str(out)]) == 2
    assert "SRC_DIR" in capsys.readouterr().err
    assert main(["pack", "create", "--default", str(tmp_path / "missing" / "x.gjpack")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["pack", "create", "--default", str(tmp_path / "x.zip")]) == 2
    assert ".gjpack" in capsys.readouterr().err
