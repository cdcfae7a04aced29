"""Reference gallery without the model: storage, hostile ids, bad input, matching maths."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from image_fixtures import gradient
from PIL import Image

from app.cli import main
from app.domain.errors import InvalidInput
from app.vision.recognition.classify import LabelScore, Prediction
from app.vision.subjects.embed import REFERENCE_VIEWS
from app.vision.subjects.gallery import Gallery, Reference, SubjectRecord, gallery_dir
from app.vision.subjects.generic_mean import GENERIC_MEAN_FILE, load_generic_mean
from app.vision.subjects.match import MIN_MARGIN, MIN_SCORE, SubjectMatcher

D = 1280
V = len(REFERENCE_VIEWS)


def _record(subject_id: str, n: int) -> SubjectRecord:
    refs = tuple(
        Reference(f"{subject_id}{i:02d}".ljust(64, "0"), f"/photos/{subject_id}{i}.jpg", f"thumbs/{i:016x}.jpg",
                  "curator", "2026-01-01T00:00:00+00:00", 640, 480)
        for i in range(n)
    )
    return SubjectRecord(subject_id, subject_id.title(), "", "pagoda", tuple(REFERENCE_VIEWS), {"sha256": "x"}, refs)


def _features(rng: np.random.Generator, centre: np.ndarray, n: int, noise: float = 0.3) -> np.ndarray:
    """Non-negative pooled-like features scattered around ``centre`` (n references × V views)."""
    return np.abs(centre + noise * rng.standard_normal((n, V, D))).astype(np.float32)


def test_gallery_round_trip_is_atomic_and_sweeps_old_files(app_home):
    gallery = Gallery()
    assert gallery.root == gallery_dir() and str(app_home) in str(gallery.root)
    record = _record("cheomseongdae", 2)
    thumbs = {ref.thumbnail: b"jpeg" for ref in record.references}
    saved = gallery.save(record, np.ones((2, V, D), np.float32), thumbs)
    assert gallery.ids() == ["cheomseongdae"] and gallery.load("cheomseongdae") == saved
    assert gallery.embeddings(saved).shape == (2, V, D)
    first_file = saved.embeddings_file
    fewer = SubjectRecord(**{**saved.__dict__, "references": saved.references[:1]})
    again = gallery.save(fewer, np.zeros((1, V, D), np.float32), {})
    folder = gallery.folder("cheomseongdae")
    assert not (folder / first_file).exists() and (folder / again.embeddings_file).exists()
    assert len(list((folder / "thumbs").iterdir())) == 1
    assert not [p for p in folder.rglob("*") if p.name.startswith(".")]  # no temp files left
    with pytest.raises(ValueError):
        gallery.save(fewer, np.zeros((3, V, D), np.float32), {})
    gallery.remove_subject("cheomseongdae")
    assert gallery.ids() == [] and not list(gallery.root.iterdir())


@pytest.mark.parametrize("bad", ["../escape", "a/b", "..", "CON", "con", "Cheom", "ѕubject", "a\x00b", "x" * 65])
def test_hostile_subject_ids_are_refused_before_anything_is_written(app_home, tmp_path, bad, capsys):
    photo = tmp_path / "p.png"
    Image.fromarray(gradient(64, 48)).save(photo)
    with pytest.raises(InvalidInput):
        Gallery().folder(bad)
    assert main(["subjects", "add", bad, str(photo), "--name-en", "X"]) == 2
    assert main(["subjects", "remove", bad]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err
    assert not (app_home / "data" / "subjects").exists() or not any((app_home / "data" / "subjects").iterdir())
    assert not (tmp_path / "escape").exists()


def test_bad_input_is_one_line_exit_2_and_writes_nothing(app_home, tmp_path, originals, capsys):
    good = originals.image("good.png", Image.fromarray(gradient(96, 64)))
    broken = originals.bytes("broken.jpg", b"\xff\xd8\xff not really a jpeg")
    cases = [
        ["subjects", "add", "cheomseongdae", str(good), str(broken)],  # unreadable photo (after a good one)
        ["subjects", "add", "cheomseongdae", str(tmp_path / "missing.jpg")],
        ["subjects", "add", "museum_bell", str(good)],  # new id without --name-en
        ["subjects", "add", "museum_bell", str(good), "--name-en", "Bell", "--type", "spaceship"],
        ["subjects", "remove", "nothing_here"],
        ["subjects", "remove", "cheomseongdae", str(good)],
    ]
    for argv in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("gyeongju-ai: "), (argv, err)
    root = app_home / "data" / "subjects"
    assert not root.exists() or not any(root.rglob("*.*"))
    assert main(["subjects", "list", "--json"]) == 0 and capsys.readouterr().out == ""


def _matcher(rng: np.random.Generator, n_refs: int = 3, subjects: int = 2) -> tuple[SubjectMatcher, list[np.ndarray]]:
    centres = [np.abs(rng.standard_normal(D)).astype(np.float32) for _ in range(subjects)]
    entries = [(_record(f"s{k}", n_refs), _features(rng, c, n_refs)) for k, c in enumerate(centres)]
    return SubjectMatcher(entries, load_generic_mean()), centres


def test_matcher_names_the_nearest_subject_with_a_margin_and_refuses_the_rest():
    rng = np.random.default_rng(0)
    matcher, centres = _matcher(rng)
    query = np.abs(centres[1] + 0.3 * rng.standard_normal(D)).astype(np.float32)
    unrelated = np.abs(rng.standard_normal(D)).astype(np.float32)
    between = ((centres[0] + centres[1]) / 2).astype(np.float32)
    named, nothing, tie = matcher.match(np.stack([query, unrelated, between]))
    assert named is not None and named.id == "s1" and named.score >= MIN_SCORE and named.margin >= MIN_MARGIN
    assert named.reference in matcher.records[1].references and named.reference_view in REFERENCE_VIEWS
    assert set(named.to_json()) >= {"id", "name_en", "name_ko", "score", "reference"}
    assert nothing is None and tie is None
    # Several views of each query: the best view counts.
    views = np.stack([np.stack([unrelated, query]), np.stack([unrelated, unrelated])])
    best, none = matcher.match(views)
    assert best is not None and best.id == "s1" and none is None


def test_empty_gallery_matches_nothing_and_needs_no_mean(app_home):
    matcher = SubjectMatcher.from_gallery()
    assert len(matcher) == 0 and matcher.match(np.ones((2, D), np.float32)) == [None, None]


def test_matching_50_references_takes_well_under_100_ms():
    rng = np.random.default_rng(1)
    matcher, centres = _matcher(rng, n_refs=10, subjects=5)
    query = np.abs(centres[2] + 0.3 * rng.standard_normal((1, D))).astype(np.float32)
    matcher.match(query)
    start = time.perf_counter()
    for _ in range(20):
        answer = matcher.match(query)[0]
    per_photo = (time.perf_counter() - start) / 20
    assert answer is not None and answer.id == "s2"
    assert per_photo < 0.1, per_photo


def test_prediction_json_has_a_subject_key():
    prediction = Prediction((LabelScore("pagoda", "Pagoda", "탑", 0.9),), False)
    assert prediction.to_json()["subject"] is None


def test_generic_mean_is_shipped_with_its_recipe():
    with np.load(GENERIC_MEAN_FILE, allow_pickle=False) as data:
        assert data["mean"].shape == (D,) and "kodak24" in str(data["recipe"]) and int(data["count"]) >= 20
    assert np.isfinite(load_generic_mean()).all()


def test_list_json_is_one_object_per_subject(app_home, capsys):
    gallery = Gallery()
    gallery.save(_record("bulguksa", 1), np.ones((1, V, D), np.float32), {"thumbs/0000000000000000.jpg": b"x"})
    assert main(["subjects", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["bulguksa"] and rows[0]["references"][0]["added_by"] == "curator"
