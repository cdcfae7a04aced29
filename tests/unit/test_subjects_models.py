"""Reference gallery with the real backbone: add/list/remove round trip, naming, classify --json."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
import skimage.data
from PIL import Image

from app.cli import main
from app.content.render.catalog import render
from app.content.render.spec import RenderSpec
from app.vision.recognition.backbone import resize_square, shared_backbone
from app.vision.subjects.gallery import Gallery
from app.vision.subjects.match import SubjectMatcher

pytestmark = pytest.mark.slow

A, B = "cheomseongdae", "daereungwon"


def _render(subject: str, seed: int, view: float, light: str = "day") -> np.ndarray:
    # Synthetic stand-ins for a museum's photos: different seeds and camera positions per "photo".
    return render(subject, RenderSpec(width=480, height=360, seed=seed, view=view, light=light))


@pytest.fixture
def gallery_of_two(app_home, tmp_path, originals):
    photos = {}
    for subject in (A, B):
        photos[subject] = [
            originals.image(f"{subject}{i}.jpg", Image.fromarray(_render(subject, i, v)), quality=90)
            for i, v in enumerate((-0.5, 0.0, 0.5))
        ]
    assert main(["subjects", "add", A, *map(str, photos[A])]) == 0
    assert main(["subjects", "add", "royal_mounds", *map(str, photos[B]), "--name-en", "Royal mounds",
                 "--name-ko", "고분", "--type", "royal_tomb"]) == 0
    return photos


def test_add_list_remove_round_trip_keeps_originals(gallery_of_two, app_home, capsys, originals):
    capsys.readouterr()
    assert main(["subjects", "list", "--json"]) == 0
    rows = {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(rows) == {A, "royal_mounds"}
    assert rows[A]["name_ko"] and rows[A]["type"] == "stone_monument"  # from the taxonomy
    assert (rows["royal_mounds"]["name_en"], rows["royal_mounds"]["type"]) == ("Royal mounds", "royal_tomb")
    first = rows[A]["references"][0]
    original = gallery_of_two[A][0]
    assert first["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest() and first["added_by"]
    thumb = Image.open(app_home / "data" / "subjects" / A / first["thumbnail"])
    assert thumb.format == "JPEG" and max(thumb.size) <= 384
    # Adding the same photo again changes nothing; removing by sha prefix and by path works.
    assert main(["subjects", "add", A, str(original)]) == 0 and "already" in capsys.readouterr().err
    assert main(["subjects", "remove", A, first["sha256"][:12], str(gallery_of_two[A][1])]) == 0
    assert len(Gallery().load(A).references) == 1 and Gallery().embeddings(Gallery().load(A)).shape[0] == 1
    assert main(["subjects", "remove", "royal_mounds"]) == 0
    assert Gallery().ids() == [A]
    assert not list(app_home.rglob(".*tmp*"))


def test_a_new_render_is_named_and_unrelated_photos_are_not(gallery_of_two):
    backbone = shared_backbone()
    matcher = SubjectMatcher.from_gallery(backbone_sha256=backbone.spec.weights.sha256)
    queries = [_render(A, 11, 0.8, "dusk"), _render(B, 12, -0.8), skimage.data.chelsea(), skimage.data.coffee()]
    pooled, _ = backbone.embed_views([resize_square(q) for q in queries])
    named_a, named_b, cat, coffee = matcher.match(pooled)
    assert named_a is not None and named_a.id == A, named_a
    assert named_b is not None and named_b.id == "royal_mounds", named_b
    assert named_a.reference.path in {str(p.resolve()) for p in gallery_of_two[A]}
    assert cat is None and coffee is None


def test_classify_json_names_the_subject_or_null(gallery_of_two, tmp_path, capsys):
    query, cat = tmp_path / "query.jpg", tmp_path / "cat.jpg"
    Image.fromarray(_render(A, 21, 0.3, "dusk")).save(query)
    Image.fromarray(skimage.data.chelsea()).save(cat)
    capsys.readouterr()
    assert main(["classify", "--json", str(query), str(cat)]) == 0
    rows = {row["path"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
    subject = rows[str(query)]["subject"]
    assert subject is not None and subject["id"] == A and {"name_en", "name_ko", "score", "reference"} <= set(subject)
    assert rows[str(cat)]["subject"] is None and rows[str(cat)]["model"]["subjects"]["subjects"] == 2


def test_classify_json_subject_is_null_with_an_empty_gallery(app_home, tmp_path, capsys):
    photo = tmp_path / "coffee.jpg"
    Image.fromarray(skimage.data.coffee()).save(photo)
    assert main(["classify", "--json", "--tta", str(photo)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert "subject" in row and row["subject"] is None and "subjects" not in row["model"]
