"""Recognition with the real backbone: teach, classify, open set, explain, similar, CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
import skimage.data
from PIL import Image

from app.cli import main
from app.config.paths import BUILTIN_MODELS_DIR
from app.vision.engine import Engine, EngineConfig
from app.vision.recognition.backbone import shared_backbone, standard_view
from app.vision.recognition.classify import Classifier
from app.vision.recognition.teach import teach_folder
from app.vision.registry import ModelRegistry

pytestmark = pytest.mark.slow

SKIMAGE_DIR = Path(skimage.data.__file__).parent


def _crop(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A new "photo" of a scene: a random 60–90 % crop with a brightness shift."""
    h, w = image.shape[:2]
    s = rng.uniform(0.6, 0.9)
    ch, cw = int(h * s), int(w * s)
    y, x = int(rng.integers(0, h - ch + 1)), int(rng.integers(0, w - cw + 1))
    shifted = image[y : y + ch, x : x + cw].astype(np.float32) * rng.uniform(0.8, 1.2)
    return np.clip(shifted, 0, 255).astype(np.uint8)


SCENES = {"astronaut": skimage.data.astronaut, "coffee": skimage.data.coffee, "rocket": skimage.data.rocket}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    user = tmp_path_factory.mktemp("user_models")
    return Engine(EngineConfig(threads=2), ModelRegistry([BUILTIN_MODELS_DIR, user]))


@pytest.fixture(scope="module")
def taught(engine, tmp_path_factory):
    """A 3-label model taught from 3 crops per scene, plus a corrupt file and an empty label."""
    root = tmp_path_factory.mktemp("collection")
    rng = np.random.default_rng(0)
    for name, loader in SCENES.items():
        (root / name).mkdir()
        for i in range(3):
            Image.fromarray(_crop(loader(), rng)).save(root / name / f"{i}.jpg", quality=90)
    (root / "coffee" / "broken.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    (root / "empty_label").mkdir()
    user_dir = engine.registry.folders[1]
    return teach_folder(root, "test_scenes", engine=engine, models_dir=user_dir), root


def test_fused_backbone_matches_the_registry_network(engine):
    import torch

    backbone = shared_backbone(engine)
    reference = engine.registry.build(backbone.spec)
    view = standard_view(skimage.data.chelsea())
    batch = torch.from_numpy(view).permute(2, 0, 1)[None].float() / 255.0
    with torch.inference_mode():
        fused = backbone.net.embed(batch).numpy()
        expected = reference.embed(batch).numpy()
    assert np.abs(fused - expected).max() < 1e-3


def test_int8_backbone_stays_close_to_float(engine):
    """The int8 maps every embedding comes from on the CPU: same direction as float, within a few %."""
    import torch

    backbone = shared_backbone(engine)
    rng = np.random.default_rng(3)
    views = [standard_view(skimage.data.chelsea()), standard_view(_crop(skimage.data.coffee(), rng))]
    pooled, logits = backbone.embed_views(views)
    batch = torch.from_numpy(np.stack(views)).permute(0, 3, 1, 2).float() / 255.0
    with torch.inference_mode():
        expected = backbone.net.embed(batch).numpy()
    cosine = (pooled * expected).sum(1) / np.linalg.norm(pooled, axis=1) / np.linalg.norm(expected, axis=1)
    assert cosine.min() > (0.95 if backbone.precision == "int8" else 0.9999)
    assert backbone.provenance()["precision"] == backbone.precision
    assert logits.shape == (2, 1000)


def test_int8_backbone_without_saturated_relu6_is_bit_identical(engine):
    """Dropping the ReLU6s that the int8 ranges already enforce must not change a single output value."""
    import torch
    import torch.nn.functional as F

    from app.vision.recognition import quantize

    backbone = shared_backbone(engine)
    if backbone.precision != "int8":
        pytest.skip("int8 inference is not available on this machine")
    slim = backbone._int8_net()
    assert not [n for n in slim.graph.nodes if n.op == "call_function" and n.target is F.relu6]
    # The same conversion with every ReLU6 kept, as torch's convert_fx leaves it.
    from torch.ao.quantization.quantize_fx import convert_fx

    observed = quantize.prepare(backbone.net)
    observers = quantize._observers(observed)
    for name, (low, high) in backbone._int8_ranges.items():
        observers[name].min_val, observers[name].max_val = torch.tensor(low), torch.tensor(high)
    full = convert_fx(observed, backend_config=quantize._configs()[1]).eval()
    assert [n for n in full.graph.nodes if n.op == "call_function" and n.target is F.relu6]
    batch = torch.from_numpy(np.stack([standard_view(skimage.data.chelsea()), standard_view(skimage.data.coffee())]))
    batch = batch.permute(0, 3, 1, 2).float() / 255.0
    with torch.inference_mode():
        assert torch.equal(slim(batch), full(batch))


def test_teach_reports_cv_skips_bad_inputs_and_registers_a_small_model(taught, engine):
    result, _ = taught
    assert result.counts == {"astronaut": 3, "coffee": 3, "rocket": 3}
    assert any("broken.jpg" in s for s in result.skipped) and any("empty_label" in s for s in result.skipped)
    assert result.cv.folds == 3 and result.cv.accuracy >= 0.8
    assert "nearest_centroid_raw" in result.cv.baselines
    weights = result.folder / "head.safetensors"
    assert weights.stat().st_size < 20_000_000
    spec = engine.registry.get("test_scenes")
    assert spec.metrics["cv_confusion"] and engine.registry.verify("test_scenes").ok


def test_taught_model_recognises_new_photos_with_calibrated_scores(taught, engine):
    classifier = Classifier("test_scenes", engine=engine)
    rng = np.random.default_rng(42)
    names = list(SCENES)
    photos = [_crop(SCENES[n](), rng) for n in names]
    predictions = classifier.classify_images(photos, top=2)
    assert [p.top.id for p in predictions] == names
    assert all(0.0 <= s.score <= 1.0 for p in predictions for s in p.labels)
    provenance = classifier.provenance()
    assert provenance["id"] == "test_scenes" and len(provenance["sha256"]) == 64
    assert provenance["backbone"]["id"] == "efficientnet_lite0_imagenet"


def test_default_tagger_calls_a_cat_and_a_motorcycle_unknown(engine):
    classifier = Classifier("heritage_types", engine=engine)
    # The fused tagger decides "not heritage" from the backbone's concepts (no separate gate).
    assert classifier.model.fusion is not None and not classifier.model.open_set.concept_gate
    motorcycle = np.asarray(Image.open(SKIMAGE_DIR / "motorcycle_left.png").convert("RGB"))
    cat, moto = classifier.classify_images([skimage.data.chelsea(), motorcycle])
    assert cat.unknown and moto.unknown
    assert "not_heritage" in cat.reasons and "not_heritage" in moto.reasons
    assert cat.not_heritage > 0.5


def test_explanation_overlay_is_the_photo_size_and_highlights_something(taught, engine):
    from app.vision.recognition.explain import explain

    classifier = Classifier("test_scenes", engine=engine)
    photo = skimage.data.astronaut()
    result = explain(classifier, photo, max_side=400)
    assert result.overlay.shape == (400, 400, 3) and result.overlay.dtype == np.uint8
    assert result.heatmap.max() == pytest.approx(1.0, abs=1e-3) and result.label.id == "astronaut"
    assert len(result.concepts) == 3 and result.to_json()["explained_label"] == "astronaut"


def test_similar_finds_the_resized_copy_first(tmp_path, engine):
    from app.vision.recognition.collection import embed_collection, find_duplicates, find_similar

    coffee = skimage.data.coffee()
    Image.fromarray(coffee).save(tmp_path / "coffee.png")
    Image.fromarray(cv2.resize(coffee, (300, 200))).save(tmp_path / "coffee_small.jpg")
    Image.fromarray(skimage.data.chelsea()).save(tmp_path / "cat.png")
    Image.fromarray(skimage.data.rocket()).save(tmp_path / "rocket.png")
    backbone = shared_backbone(engine)
    paths = sorted(tmp_path.glob("*.*"))
    matches, skipped = find_similar(backbone, tmp_path / "coffee.png", paths, top=2)
    assert matches[0].key.endswith("coffee_small.jpg") and not skipped
    groups = find_duplicates(embed_collection(backbone, paths))
    assert [sorted(Path(p).name for p in g) for g in groups] == [["coffee.png", "coffee_small.jpg"]]


def test_cli_classify_json_skips_unreadable_files(tmp_path, capsys):
    Image.fromarray(skimage.data.coffee()).save(tmp_path / "coffee.jpg")
    (tmp_path / "notes.png").write_bytes(b"this is not a picture")
    assert main(["classify", "--json", "--top", "2", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 1 and set(lines[0]) >= {"path", "labels", "unknown", "model"}
    assert set(lines[0]["labels"][0]) == {"id", "name_en", "name_ko", "score"} and len(lines[0]["labels"]) == 2
    assert "notes.png" in err and "skipped" in err


def test_cli_bad_inputs_are_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "only").mkdir()
    Image.fromarray(skimage.data.coffee()).save(tmp_path / "only" / "a.png")
    assert main(["teach", "--name", "x", str(tmp_path)]) == 2
    assert main(["classify", str(tmp_path / "missing.jpg")]) == 2
    assert main(["classify", "--model", "nope", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "two labels" in err and "nope" in err


def test_jobs_run_without_qt_and_honour_cancel(tmp_path):
    from app.domain.errors import Cancelled
    from app.domain.progress import CancelToken
    from app.vision.recognition.jobs import classify_job, teach_job

    Image.fromarray(skimage.data.coffee()).save(tmp_path / "coffee.jpg")
    seen = []
    results, problems = classify_job([tmp_path, tmp_path / "gone.jpg"]).run(seen.append)
    assert len(results) == 1 and results[0].prediction is not None and "gone.jpg" in problems[0]
    assert seen and seen[-1].fraction == 1.0
    for label in ("a", "b"):
        (tmp_path / "set" / label).mkdir(parents=True)
        for i in range(2):
            Image.fromarray(skimage.data.coffee()).save(tmp_path / "set" / label / f"{i}.jpg")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        teach_job(tmp_path / "set", "never_saved").run(cancel=token)


def test_evaluate_counts_hits_and_lists_what_it_skipped(taught, engine):
    from app.vision.recognition.evaluate import evaluate_folder

    _, root = taught
    report = evaluate_folder(Classifier("test_scenes", engine=engine), root).to_json({"id": "test_scenes"})
    assert report["n"] == 9 and report["accuracy"] == 1.0 and report["top3"] == 1.0
    assert set(report["per_class"]) == {"astronaut", "coffee", "rocket"}
    assert any("empty_label" in s for s in report["skipped"]) and any("broken.jpg" in s for s in report["skipped"])


@pytest.mark.slow
def test_default_tagger_names_the_type_of_renders_it_never_saw(engine):
    """Renders from seeds, views and light outside its training set: a second test beside real photos."""
    from app.content.render.catalog import render
    from app.content.render.spec import RenderSpec

    classifier = Classifier("heritage_types", engine=engine)
    cases = {"seokgatap": "pagoda", "daereungwon": "royal_tomb", "ceramics": "ceramics"}
    cases["fortress_gate"] = "fortress_gate"
    photos = [render(subject, RenderSpec(320, 240, seed=91_000 + i, view=0.5, light="dusk")) for i, subject in
              enumerate(cases)]
    predictions = classifier.classify_images(photos)
    assert [p.top.id for p in predictions] == list(cases.values())
    assert not any(p.unknown for p in predictions)
    assert classifier.provenance()["parameters"]["tta"] == ["centre"]
