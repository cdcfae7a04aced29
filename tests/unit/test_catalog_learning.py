"""Teach from this collection: which labels count, what is refused, versions, and a real small teach."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from catalog_fixtures import NOW, new_catalog, tag
from PIL import Image

from app.catalog import operations as ops
from app.catalog.database import Catalog
from app.catalog.learning import approved_labels, next_version
from app.cli import main
from app.domain.errors import InvalidInput


def _item(catalog: Catalog, item_id: int, path: Path | str) -> int:
    with catalog.transaction() as conn:
        conn.execute(
            "INSERT INTO items (id, path, sha256, state, added_at, updated_at) VALUES (?, ?, ?, 'ok', ?, ?)",
            (item_id, str(path), f"{item_id:064x}", NOW, NOW),
        )
    return item_id


def _photo(folder: Path, name: str, kind: str, seed: int) -> Path:
    """A tiny photo of a red disc or a blue square on a pale background, placed and sized at random."""
    rng = np.random.default_rng(seed)
    image = np.full((96, 96, 3), rng.integers(200, 250), np.uint8)
    image += rng.integers(0, 6, image.shape, dtype=np.uint8)
    cy, cx = (int(v) for v in rng.integers(35, 61, 2))
    r = int(rng.integers(18, 28))
    yy, xx = np.mgrid[:96, :96]
    if kind == "disc":
        image[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = (200, 30, 30)
    else:
        image[max(0, cy - r) : cy + r, max(0, cx - r) : cx + r] = (30, 40, 190)
    path = folder / name
    Image.fromarray(image).save(path, quality=92)
    return path


def _labelled_catalog(tmp_path: Path, per_label: int = 3, name: str = "c.gjcat") -> tuple[Catalog, list[int]]:
    """A catalogue of discs ("bell") and squares ("roof_tile"), every item labelled by a curator."""
    photos = tmp_path / "photos"
    photos.mkdir(exist_ok=True)
    catalog = new_catalog(tmp_path, name)
    ids = []
    for i in range(per_label):
        for offset, (kind, label) in enumerate((("disc", "bell"), ("square", "roof_tile"))):
            item = _item(catalog, 1 + 2 * i + offset, _photo(photos, f"{kind}{i}.jpg", kind, 10 * i + offset))
            ops.correct(catalog, item, label, by="tester")
            ids.append(item)
    return catalog, ids


# --- which labels count ----------------------------------------------------------------------------------


def test_newest_approval_wins_rejections_take_back_and_undone_actions_do_not_count(tmp_path):
    catalog = new_catalog(tmp_path)
    for item in range(1, 6):
        _item(catalog, item, tmp_path / f"{item}.jpg")
    ops.correct(catalog, 1, "pagoda", by="a")
    ops.correct(catalog, 1, "bell", by="a")  # the newest approval wins
    ops.add_label(catalog, 2, "pagoda", by="a")  # "added" counts
    ops.correct(catalog, 3, "bell", by="a")
    tag(catalog, 3, [("bell", 0.9)])
    ops.reject(catalog, 3, by="a")  # rejecting the same label takes the approval back
    ops.correct(catalog, 4, "pagoda", by="a")
    ops.undo_last(catalog, by="a")  # item 4's label was undone
    ops.correct(catalog, 5, "roof_tile", by="a")
    tag(catalog, 5, [("bell", 0.6)])
    ops.reject(catalog, 5, by="a")  # rejecting another label (the AI's answer) leaves it alone
    labels, set_aside = approved_labels(catalog)
    assert [(a.item_id, a.label) for a in labels] == [(1, "bell"), (2, "pagoda"), (5, "roof_tile")]
    assert set_aside == 1  # item 1 also had "pagoda"
    assert labels[0].paths == (str(tmp_path / "1.jpg"),)


def test_versions_count_up_from_the_newest_known():
    assert next_version([]) == "1.0.0"
    assert next_version(["1.0.0"]) == "1.1.0"
    assert next_version(["1.0.0", "1.3.0", "1.2.0"]) == "1.4.0"
    assert next_version(["2.10.1"]) == "2.11.0"
    assert next_version(["0.9"]) == "1.10.0"


# --- refusals (no model weights are loaded) ---------------------------------------------------------------


@pytest.mark.parametrize("bad", ["../evil", "Bad Name", "", "con", "a" * 65])
def test_bad_model_names_are_refused(tmp_path, app_home, bad):
    catalog, _ = _labelled_catalog(tmp_path, per_label=2)
    with catalog, pytest.raises(InvalidInput, match="model name"):
        ops.teach_from_collection(catalog, bad)
    assert not (app_home / "data" / "models").exists() or not any((app_home / "data" / "models").iterdir())


def test_built_in_model_names_are_refused(tmp_path, app_home):
    catalog, _ = _labelled_catalog(tmp_path, per_label=2)
    with catalog, pytest.raises(InvalidInput, match="built-in model"):
        ops.teach_from_collection(catalog, "heritage_types")


def test_fewer_than_two_labels_is_refused(tmp_path, app_home):
    catalog = new_catalog(tmp_path)
    with catalog:
        with pytest.raises(InvalidInput, match="at least two labels, but this catalogue has 0"):
            ops.teach_from_collection(catalog, "mine")
        for item in (1, 2, 3):
            _item(catalog, item, tmp_path / f"{item}.jpg")
            ops.correct(catalog, item, "bell", by="a")
        with pytest.raises(InvalidInput, match="has 1 .only “bell”."):
            ops.teach_from_collection(catalog, "mine")


def test_a_label_with_too_few_photos_is_refused(tmp_path, app_home):
    catalog, _ = _labelled_catalog(tmp_path, per_label=3)
    with catalog:
        ops.correct(catalog, 1, "pagoda", by="a")  # one photo of a third label
        with pytest.raises(InvalidInput, match=r"at least 2 approved photos .* too few for “pagoda” \(1\); .* of it"):
            ops.teach_from_collection(catalog, "mine")


def test_missing_files_that_leave_too_few_photos_are_named(tmp_path, app_home):
    catalog, _ = _labelled_catalog(tmp_path, per_label=2)
    with catalog:
        (tmp_path / "photos" / "disc0.jpg").unlink()
        with pytest.raises(InvalidInput, match=r"“bell” \(1\) once 1 photo\(s\) .* \(1 missing, 0 unreadable: Item 1"):
            ops.teach_from_collection(catalog, "mine")
        (tmp_path / "photos" / "disc1.jpg").write_bytes(b"not a photo")
        with pytest.raises(InvalidInput, match=r"at least two labels, but this catalogue has 1 .only “roof_tile”. "
                                               r"once 2 photo\(s\) .*1 missing, 1 unreadable"):
            ops.teach_from_collection(catalog, "mine")


def test_stored_features_need_every_item_embedded(tmp_path, app_home):
    catalog, _ = _labelled_catalog(tmp_path, per_label=2)
    with catalog, pytest.raises(InvalidInput, match="4 approved item.s. have no stored embedding"):
        ops.teach_from_collection(catalog, "mine", features="stored")


def test_cancel_stops_before_anything_is_saved(tmp_path, app_home):
    from app.domain.errors import Cancelled
    from app.domain.progress import CancelToken

    catalog, _ = _labelled_catalog(tmp_path, per_label=2)
    token = CancelToken()
    token.cancel()
    with catalog, pytest.raises(Cancelled):
        ops.teach_from_collection(catalog, "mine", cancel=token)
    assert not (app_home / "data" / "models" / "mine").exists()


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("gyeongju-ai") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["catalog", "teach", "{tmp}/absent.gjcat", "--name", "mine"], "does not exist"),
        (["catalog", "teach", "{tmp}/c.gjcat"], "--name"),
        (["catalog", "teach", "{tmp}/c.gjcat", "--name", "../up"], "cannot be a model name"),
        (["catalog", "teach", "{tmp}/c.gjcat", "--name", "mine", "--features", "other"], "--features"),
        (["catalog", "teach", "{tmp}/c.gjcat", "--name", "mine"], "at least two labels"),
    ],
)
def test_teach_command_bad_input_is_one_line_and_exit_2(tmp_path, capsys, app_home, argv, expected):
    new_catalog(tmp_path).close()
    try:
        code = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    assert code == 2
    assert expected in _one_line_error(capsys)


# --- a real small teach -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_teach_from_approved_photos_saves_new_versions_and_keeps_the_old_ones(tmp_path, app_home, capsys):
    from app.vision.registry import default_registry

    catalog, _ = _labelled_catalog(tmp_path, per_label=3)
    catalog.close()
    db = str(tmp_path / "c.gjcat")
    assert main(["catalog", "teach", db, "--name", "shapes", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["version"] == "1.0.0" and first["previous_version"] is None
    assert first["labels"] == {"bell": 3, "roof_tile": 3} and first["features"] == "photos"
    assert "centre view" in first["features_reason"]
    assert first["cv_accuracy"] >= 0.8 and first["cv_folds"] == 3
    assert first["learning_curve"] is not None and "expect about" in first["learning_curve_sentence"]
    models = app_home / "data" / "models"
    from app.domain.hashing import sha256_file

    assert first["sha256"] == sha256_file(models / "shapes" / "head.safetensors")

    with ops.open_catalog(db) as catalog:
        _item(catalog, 7, _photo(tmp_path / "photos", "disc9.jpg", "disc", 99))
        ops.add_label(catalog, 7, "bell", by="tester")
        summary = ops.teach_from_collection(catalog, "shapes")
    assert summary.version == "1.1.0" and summary.previous_version == "1.0.0"
    assert summary.counts == {"bell": 4, "roof_tile": 3}
    assert summary.sha256 != first["sha256"]
    registry = default_registry()
    registry.refresh()
    spec = registry.get("shapes")
    assert spec.version == "1.1.0" and spec.weights.sha256 == summary.sha256 and registry.verify("shapes").ok
    kept = models / ".versions" / "shapes" / "1.0.0"
    assert summary.archived == kept and sha256_file(kept / "head.safetensors") == first["sha256"]
    assert "shapes" in registry.ids() and len([s for s in registry.specs() if s.id == "shapes"]) == 1
    assert "1.1.0" in summary.text() and "replacing 1.0.0" in summary.text()


@pytest.mark.slow
def test_teach_from_stored_embeddings_reads_no_file(tmp_path, app_home):
    """Stored vectors of the installed backbone are enough: the photos may be offline."""
    from app.catalog import vectors
    from app.vision.recognition.backbone import BACKBONE_ID
    from app.vision.registry import default_registry

    sha = default_registry().get(BACKBONE_ID).weights.sha256
    catalog = new_catalog(tmp_path)
    rng = np.random.default_rng(0)
    centres = rng.random((2, 1280)).astype(np.float32)
    with catalog:
        for item in range(1, 9):
            _item(catalog, item, tmp_path / "offline" / f"{item}.jpg")
            label = ("bell", "pagoda")[item % 2]
            v = np.sqrt(centres[item % 2] + 0.3 * rng.random(1280).astype(np.float32))
            with catalog.transaction() as conn:
                conn.execute(
                    "INSERT INTO embeddings (item_id, model_sha256, dim, vector) VALUES (?, ?, 1280, ?)",
                    (item, sha, vectors.encode(v / np.linalg.norm(v))),
                )
            ops.correct(catalog, item, label, by="a")
        summary = ops.teach_from_collection(catalog, "offline_set", features="stored")
    assert summary.features == "stored" and summary.counts == {"bell": 4, "pagoda": 4}
    assert summary.result.cv.accuracy == 1.0 and summary.version == "1.0.0"
    spec = default_registry().get("offline_set")
    assert spec.arch_params["view"] == "centre" and spec.extra["open_set"]["concept_gate"] is False
