"""Ids that become paths: hostile ids from archives, arguments and model cards never leave their folder."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.domain.errors import InvalidInput
from app.domain.ids import check_id, child_path, is_valid_id
from app.vision.recognition.head import fit_head
from app.vision.recognition.store import Label, OpenSet, build_card, save_head_model
from app.vision.registry import ModelRegistry, export_model, import_model

#: Each would, if used as a folder name, climb out, write elsewhere, hide, or break on some system.
HOSTILE_IDS = [
    "..",
    ".",
    "../../escaped",
    "../x",
    "a/b",
    "a\\b",
    "..\\..\\escaped",
    "a\x00b",
    "abc\n",
    "C:evil",
    "a" * 65,
    "a" * 10_000,
    "\u0440agoda",  # Cyrillic "р" that looks like a Latin p
    "\uff50agoda",  # full-width p
    "pagod\u0430",  # Cyrillic "а" at the end
    "con",
    "nul",
    "aux",
    "lpt1",
    "com9",
    "",
    " pagoda",
    "Pagoda",
    "-leading-dash",
    "_hidden",
]


@pytest.mark.parametrize("bad", HOSTILE_IDS, ids=lambda v: repr(v)[:30])
def test_hostile_ids_are_refused(bad):
    assert not is_valid_id(bad)
    with pytest.raises(InvalidInput) as info:
        check_id(bad, "model name")
    message = str(info.value)
    # One printable sentence: control characters are escaped, huge ids shortened.
    assert "\n" not in message and "\x00" not in message and len(message) < 300


def test_valid_ids_pass_and_child_path_stays_inside(tmp_path):
    for good in ("tiny_head", "my-pagodas-2", "0abc", "a" * 64, "console", "nul1"):
        assert check_id(good) == good
        assert child_path(tmp_path, good) == tmp_path / good
    assert not is_valid_id(None) and not is_valid_id(42)


def test_child_path_refuses_a_link_that_points_outside(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(InvalidInput, match="outside"):
        child_path(folder, "linked")


def _tiny_archive(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    x = np.abs(rng.normal(size=(10, 16))).astype(np.float32)
    head = fit_head(x, np.repeat([0, 1], 5), 2)
    card = build_card(
        model_id="tiny_head", version="1.0.0", labels=[Label("a", "A", "에이"), Label("b", "B", "비")],
        backbone_sha256="0" * 64, head=head, origin="test", licence="test", description_en="t",
        description_ko="t", metrics={}, open_set=OpenSet(), training={},
    )  # fmt: skip
    save_head_model(tmp_path / "src" / "tiny_head", card, head)
    return export_model(ModelRegistry([tmp_path / "src"]), "tiny_head", tmp_path / "shared")


def _with_id(archive: Path, new_id: str, out: Path) -> Path:
    """A copy of ``archive`` whose model.toml claims ``new_id`` (weights untouched, so the sha256 still matches)."""
    escaped = new_id.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\x00", "\\u0000")
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "model.toml":
                data = data.replace(b'id = "tiny_head"', f'id = "{escaped}"'.encode())
                assert f'id = "{escaped}"'.encode() in data
            dst.writestr(name, data)
    return out


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize("bad", [i for i in HOSTILE_IDS if i not in ("",)], ids=lambda v: repr(v)[:30])
def test_import_with_a_hostile_id_writes_nothing_anywhere(tmp_path, bad):
    archive = _tiny_archive(tmp_path)
    hostile = _with_id(archive, bad, tmp_path / "hostile.gjmodel")
    dest = tmp_path / "home" / "models"
    before = _tree(tmp_path)
    with pytest.raises(InvalidInput):
        import_model(ModelRegistry([dest]), hostile, dest)
    assert _tree(tmp_path) == before, "a refused import left files behind"
    assert not (tmp_path / "escaped").exists() and not (tmp_path.parent / "escaped").exists()


def test_import_with_an_absolute_id_does_not_write_there(tmp_path):
    archive = _tiny_archive(tmp_path)
    elsewhere = tmp_path / "somewhere"
    hostile = _with_id(archive, str(elsewhere), tmp_path / "abs.gjmodel")
    dest = tmp_path / "home" / "models"
    with pytest.raises(InvalidInput, match="refused"):
        import_model(ModelRegistry([dest]), hostile, dest)
    assert not elsewhere.exists() and not dest.exists()


def test_import_refuses_a_hostile_weights_name(tmp_path):
    archive = _tiny_archive(tmp_path)
    bad = tmp_path / "bad.gjmodel"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            dst.writestr(name if name == "model.toml" else "../head.safetensors", src.read(name))
    dest = tmp_path / "home" / "models"
    with pytest.raises(InvalidInput, match="not allowed"):
        import_model(ModelRegistry([dest]), bad, dest)
    assert not dest.exists() and not (tmp_path / "home" / "head.safetensors").exists()


def test_refused_import_through_the_cli_is_one_line_and_leaves_nothing(tmp_path, capsys, app_home):
    hostile = _with_id(_tiny_archive(tmp_path), "../../escaped", tmp_path / "hostile.gjmodel")
    assert main(["models", "import", str(hostile)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not any(p.name == "escaped" for p in tmp_path.rglob("*"))
    models = app_home / "models"
    assert not models.exists() or not any(models.iterdir())


def test_user_model_card_with_a_hostile_id_is_not_registered(tmp_path):
    archive = _tiny_archive(tmp_path)
    folder = tmp_path / "user" / "sneaky"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(_with_id(archive, "../sneaky", tmp_path / "s.gjmodel")) as src:
        src.extractall(folder)
    registry = ModelRegistry([tmp_path / "user"])
    assert "../sneaky" not in registry.ids()
    assert any("refused" in problem for problem in registry.problems)


@pytest.mark.parametrize("bad", ["../escaped", "/tmp/escaped-gj", "con", "a\\b"])
def test_teach_name_is_checked_before_anything_is_written(tmp_path, capsys, app_home, bad):
    photos = tmp_path / "photos"
    for label in ("a", "b"):
        (photos / label).mkdir(parents=True)
    before = _tree(photos)
    assert main(["teach", "--name", bad, str(photos)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert _tree(photos) == before
    models = app_home / "models"
    assert not models.exists() or not any(models.iterdir())
    assert not any(p.name == "escaped" for p in tmp_path.rglob("*"))
    assert not os.path.exists("/tmp/escaped-gj")


def test_export_refuses_a_hostile_id(tmp_path, capsys):
    assert main(["models", "export", "../../x", str(tmp_path / "out.gjmodel")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "out.gjmodel").exists()
