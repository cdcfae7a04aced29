"""Recognition building blocks that need no model weights: heads, calibration, search, hashing, cards."""

from __future__ import annotations

import time
import tomllib
import zipfile

import numpy as np
import pytest
import skimage.data

from app.domain.errors import InvalidInput
from app.vision.imagenet import imagenet_labels
from app.vision.recognition import toml_write
from app.vision.recognition.calibration import expected_calibration_error, fit_temperature
from app.vision.recognition.concepts import not_heritage_mask
from app.vision.recognition.crossval import stratified_folds
from app.vision.recognition.features import random_view, transform, views_per_image
from app.vision.recognition.head import HeadParams, balanced_weights, fit_head, principal_basis
from app.vision.recognition.similarity import EmbeddingIndex, duplicate_groups, hamming_rows, perceptual_hash
from app.vision.recognition.store import Label, OpenSet, build_card, check_model_id, save_head_model
from app.vision.recognition.teach import LabelledPhotos, check_teachable, label_folders
from app.vision.registry import ModelRegistry, export_model, import_model


def _clusters(n_per: int, n_classes: int, dim: int, spread: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_classes, dim))
    x = np.concatenate([c + spread * rng.normal(size=(n_per, dim)) for c in centres])
    y = np.repeat(np.arange(n_classes), n_per)
    return transform(np.abs(x).astype(np.float32)), y


def test_head_learns_separable_clusters_and_round_trips():
    x, y = _clusters(20, 4, 64, 0.3, 0)
    head = fit_head(x, y, 4)
    assert (head.logits(x).argmax(1) == y).mean() == 1.0
    again = HeadParams.from_tensors(head.to_tensors())
    assert np.allclose(again.logits(x), head.logits(x), atol=1e-5)
    probs = head.probabilities(x)
    assert np.allclose(probs.sum(1), 1.0)


def test_principal_basis_head_matches_full_dimensional_weights():
    x, y = _clusters(15, 3, 300, 0.4, 1)
    basis = principal_basis(x, 16)
    assert basis.shape == (300, 16) and np.allclose(basis.T @ basis, np.eye(16), atol=1e-4)
    head = fit_head(x, y, 3, basis=basis)
    assert head.weight.shape == (3, 300) and (head.logits(x).argmax(1) == y).mean() == 1.0


def test_balanced_weights_equalise_classes():
    labels = np.array([0] * 8 + [1] * 2)
    weights = balanced_weights(labels, 2)
    assert weights[labels == 0].sum() == pytest.approx(weights[labels == 1].sum())


def test_temperature_scaling_repairs_over_confidence():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 5, 2000)
    logits = rng.normal(size=(2000, 5))
    logits[np.arange(2000), labels] += 1.0
    overconfident = logits * 6.0
    temperature = fit_temperature(overconfident, labels)
    assert 4.0 < temperature < 8.0

    def probs(z: np.ndarray) -> np.ndarray:
        e = np.exp(z - z.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    before = expected_calibration_error(probs(overconfident), labels)
    after = expected_calibration_error(probs(overconfident / temperature), labels)
    assert after < before / 3


def test_stratified_folds_hold_out_every_label():
    labels = np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
    folds = stratified_folds(labels, 3)
    for f in range(3):
        assert set(labels[folds == f]) == {0, 1, 2}


def test_views_per_image_spends_more_on_small_sets():
    assert views_per_image(42) == 8 and views_per_image(500) == 2 and views_per_image(5000) == 2


def test_random_view_is_a_224_rgb_view():
    view = random_view(skimage.data.coffee(), np.random.default_rng(0))
    assert view.shape == (224, 224, 3) and view.dtype == np.uint8


def test_concept_gate_covers_everyday_things_but_not_heritage_concepts():
    labels = imagenet_labels()
    mask = not_heritage_mask()
    for name in ("tabby", "sports car", "espresso", "laptop", "airliner"):
        assert mask[labels.index(name)], name
    for name in ("stupa", "palace", "bell cote", "megalith", "vase", "monastery", "thatch"):
        assert not mask[labels.index(name)], name


@pytest.mark.slow
def test_index_search_matches_brute_force_and_is_fast():
    rng = np.random.default_rng(0)
    # 100 distinct blocks of 1000 random vectors (cheaper to make than 128 M fresh samples).
    block = rng.standard_normal(size=(1000, 1280), dtype=np.float32)
    vectors = np.concatenate([block * rng.uniform(0.5, 2.0) + 0.05 * i for i in range(100)])
    index = EmbeddingIndex(1280)
    index.add([f"p{i}" for i in range(len(vectors))], vectors)
    query = index.vectors[123] + 0.001 * rng.standard_normal(size=1280, dtype=np.float32)
    started = time.perf_counter()
    matches = index.search(query, top=5)
    elapsed = time.perf_counter() - started
    assert matches[0].key == "p123" and len(matches) == 5
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert elapsed < 1.0, f"100k search took {elapsed:.2f} s"
    assert index.search(query, top=1, exclude="p123")[0].key != "p123"


def test_perceptual_hash_survives_resizing_and_tells_photos_apart():
    import cv2

    coffee, cat = skimage.data.coffee(), skimage.data.chelsea()
    smaller = cv2.resize(coffee, (300, 200), interpolation=cv2.INTER_AREA)
    hashes = np.array([perceptual_hash(coffee), perceptual_hash(smaller), perceptual_hash(cat)], dtype=np.uint64)
    distances = hamming_rows(hashes, hashes)
    assert distances[0, 1] <= 6 and distances[0, 2] >= 20


def test_duplicate_groups_need_hash_and_embedding_agreement():
    keys = ["a", "a_copy", "b", "c"]
    hashes = [0b1111, 0b1110, 0b1111, (1 << 64) - 1]
    vectors = np.array([[1, 0], [0.99, 0.05], [0, 1], [1, 0]], dtype=np.float32)
    assert duplicate_groups(keys, hashes, vectors) == [["a", "a_copy"]]


def test_toml_writer_round_trips_a_card():
    data = {"id": "x", "n": 3, "f": 0.5, "ok": True, "names": ["탑", 'a "q"'], "m": {"cm": [[1, 2], [3, 4]]}}
    assert tomllib.loads(toml_write.dumps(data)) == data


def test_model_ids_and_label_folders_are_checked(tmp_path):
    assert check_model_id("my_pagodas-2") == "my_pagodas-2"
    for bad in ("", "My Model", "../x", "a" * 65):
        with pytest.raises(InvalidInput):
            check_model_id(bad)
    with pytest.raises(InvalidInput, match="does not exist"):
        label_folders(tmp_path / "missing")
    with pytest.raises(InvalidInput, match="no sub-folders"):
        label_folders(tmp_path)


def _photos(counts: dict[str, int]) -> LabelledPhotos:
    ids = list(counts)
    labels = [i for i, label in enumerate(ids) for _ in range(counts[label])]
    return LabelledPhotos(ids, [np.zeros((4, 4, 3), np.uint8)] * len(labels), labels, [], [])


def test_teach_refuses_a_single_label_and_tiny_labels():
    with pytest.raises(InvalidInput, match="at least two labels"):
        check_teachable(_photos({"only": 5}))
    with pytest.raises(InvalidInput, match="“b” \\(1\\)"):
        check_teachable(_photos({"a": 3, "b": 1}))
    assert check_teachable(_photos({"a": 2, "b": 2, "empty": 0})) == {"a": 2, "b": 2}


def _tiny_head_model(folder, model_id: str = "tiny_head"):
    x, y = _clusters(5, 2, 1280, 0.3, 2)
    head = fit_head(x, y, 2)
    labels = [Label("a", "A", "에이"), Label("b", "B", "비")]
    card = build_card(
        model_id=model_id, version="1.0.0", labels=labels, backbone_sha256="0" * 64, head=head, origin="test",
        licence="test", description_en="t", description_ko="t", metrics={"cv_accuracy": 1.0},
        open_set=OpenSet(), training={},
    )  # fmt: skip
    return save_head_model(folder / model_id, card, head)


def test_export_import_round_trip_and_refusals(tmp_path):
    source_dir, target_dir = tmp_path / "src", tmp_path / "dst"
    _tiny_head_model(source_dir)
    source = ModelRegistry([source_dir])
    archive = export_model(source, "tiny_head", tmp_path / "shared")
    assert archive.name == "shared.gjmodel" and archive.stat().st_size < 1_000_000
    target = ModelRegistry([target_dir])
    spec = import_model(target, archive, target_dir)
    assert spec.id == "tiny_head" and spec.weights.sha256 == source.get("tiny_head").weights.sha256
    assert target.verify("tiny_head").ok
    assert import_model(target, archive, target_dir).id == "tiny_head"  # same model again: a no-op

    tampered = tmp_path / "tampered.gjmodel"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tampered, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data if name == "model.toml" else data[:-4] + b"XXXX")
    with pytest.raises(InvalidInput, match="checksum"):
        import_model(ModelRegistry([tmp_path / "other"]), tampered, tmp_path / "other")
    not_zip = tmp_path / "notes.gjmodel"
    not_zip.write_text("hello")
    with pytest.raises(InvalidInput, match="not a model archive"):
        import_model(target, not_zip, target_dir)
    with pytest.raises(InvalidInput, match="part of the app"):
        export_model(ModelRegistry(), "efficientnet_lite0_imagenet", tmp_path / "x")
