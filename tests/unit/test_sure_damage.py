"""One-click repair by default: the learned detector + verifier fill only the damage they are sure of."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage import data

from app.domain.errors import InvalidInput
from app.imaging.damage import apply_damage
from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration.pipeline import DAMAGE_FOUND, REPAIR_UNAVAILABLE, RestoreOptions, restore
from app.vision.restoration.sure_damage import find_sure_damage

MODELS = Path(__file__).resolve().parents[2] / "models"


def _grey(name: str) -> np.ndarray:
    image = getattr(data, name)()
    return np.ascontiguousarray(np.dstack([image] * 3) if image.ndim == 2 else image)


@pytest.fixture(scope="module")
def scratched():
    clean = _grey("camera")
    return clean, apply_damage(clean, ["scratches:0.7", "dust:0.7"], seed=1)


def test_repair_is_on_by_default_and_fills_only_sure_damage(scratched):
    clean, damaged = scratched
    result = restore(damaged.image, RestoreOptions(denoise=False, colour=False))
    repair = result.steps[0]
    assert repair.ran and repair.codes == (DAMAGE_FOUND,)
    filled = np.any(result.image != damaged.image, axis=2)
    truth = damaged.damage_mask > 0
    near = cv2.dilate(truth.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    # What it changed is damage (within a pixel), and the filled pixels moved towards the clean photo.
    assert filled.sum() > 0.001 * filled.size
    assert np.count_nonzero(filled & near) >= 0.9 * np.count_nonzero(filled)
    before = np.abs(damaged.image.astype(int) - clean)[filled].mean()
    after = np.abs(result.image.astype(int) - clean)[filled].mean()
    assert after < 0.6 * before
    left = repair.mask["left_for_curator"]
    assert left["regions"] > 0 and repair.mask["sure_regions"] > 0


def test_the_record_names_detector_and_verifier_with_their_hashes(scratched):
    _, damaged = scratched
    repair = restore(damaged.image, RestoreOptions(denoise=False, colour=False)).steps[0].as_dict()
    for key, model_id in ((None, "damage_unet"), ("verifier", "damage_verifier")):
        named = repair["model"] if key is None else repair["mask"][key]
        toml = tomllib.loads((MODELS / model_id / "model.toml").read_text(encoding="utf-8"))
        assert named["id"] == model_id and named["sha256"] == toml["weights"]["sha256"]
    assert set(repair["mask"]["operating_point"]) == {"low", "score", "pixel", "gate", "regions"}


@pytest.mark.parametrize("name", ["astronaut", "coffee", "camera", "immunohistochemistry"])
def test_clean_photos_have_no_sure_damage(name):
    found = find_sure_damage(_grey(name))
    assert found.fraction == 0.0 and found.sure_regions == 0 and found.mask.dtype == np.uint8


def test_a_clean_photo_comes_back_identical_and_says_what_it_left():
    image = _grey("astronaut")
    result = restore(image)
    repair = result.steps[0]
    assert not repair.ran and repair.codes == ("damage_below_threshold",)
    assert "left_for_curator" in repair.params and repair.model["id"] == "damage_unet"
    assert np.array_equal(result.image, image)


def test_a_large_scan_is_checked_at_working_size_and_masked_at_full_size(scratched):
    _, damaged = scratched
    big = cv2.resize(damaged.image, (1536, 1536), interpolation=cv2.INTER_CUBIC)
    found = find_sure_damage(big)
    assert found.mask.shape == big.shape[:2] and found.params["working_side"] == 640
    assert found.fraction > 0.001


def test_without_the_damage_models_repair_is_skipped_and_the_rest_still_runs(tmp_path, scratched):
    shutil.copytree(MODELS / "ffdnet_color", tmp_path / "ffdnet_color")
    engine = Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([tmp_path]))
    _, damaged = scratched
    noisy = np.clip(damaged.image + np.random.default_rng(0).normal(0, 20, damaged.image.shape), 0, 255)
    result = restore(noisy.astype(np.uint8), engine=engine)
    assert result.steps[0].codes == (REPAIR_UNAVAILABLE,) and not result.steps[0].ran
    assert result.steps[1].ran  # denoising does not need the damage models


def test_a_greyscale_array_is_refused_in_one_sentence():
    with pytest.raises(InvalidInput):
        find_sure_damage(data.camera())


def test_a_verifier_description_without_its_operating_point_skips_repair_in_one_sentence(tmp_path, scratched):
    for model_id in ("damage_unet", "damage_verifier", "ffdnet_color"):
        shutil.copytree(MODELS / model_id, tmp_path / model_id)
    toml = tmp_path / "damage_verifier" / "model.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text[: text.index("[operating]")], encoding="utf-8")
    engine = Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([tmp_path]))
    _, damaged = scratched
    result = restore(damaged.image, engine=engine)
    assert result.steps[0].codes == (REPAIR_UNAVAILABLE,) and "operating point" in result.steps[0].reason
