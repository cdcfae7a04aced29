"""inpaint(): classical methods, the mask contract, and the learned-model plug-in point."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from skimage import data

from app.domain.errors import Cancelled, InvalidInput, ModelUnavailable
from app.domain.progress import CancelToken
from app.imaging.damage import random_hole_mask
from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration.inpaint import as_mask, inpaint


@pytest.fixture(scope="module")
def scene():
    image = np.ascontiguousarray(data.astronaut()[::4, ::4])  # 128×128 keeps FSR fast
    mask = random_hole_mask(128, 128, 5, (0.1, 0.2))
    return image, mask


@pytest.mark.parametrize("method", ["telea", "ns", "fsr"])
def test_classical_methods_fill_holes_and_keep_the_rest(scene, method):
    image, mask = scene
    result = inpaint(image, mask, method)
    holes = mask > 0
    assert result.method == method and result.image.shape == image.shape
    assert np.array_equal(result.image[~holes], image[~holes])
    error = np.abs(result.image[holes].astype(int) - image[holes]).mean()
    flat = np.abs(image[holes].astype(int) - image[~holes].mean(axis=0)).mean()
    assert error < 0.8 * flat  # better than filling with the mean colour
    assert 0.1 <= result.params["hole_fraction"] <= 0.2


def test_rgb_mask_files_and_size_mismatch(scene):
    image, mask = scene
    rgb = np.repeat(mask[..., None], 3, axis=2)
    assert np.array_equal(as_mask(rgb, image.shape[:2]), mask)
    with pytest.raises(InvalidInput, match="same size"):
        inpaint(image, mask[:-1], "telea")
    with pytest.raises(InvalidInput, match="Unknown"):
        inpaint(image, mask, "magic")


def test_empty_mask_returns_a_copy(scene):
    image, _ = scene
    result = inpaint(image, np.zeros(image.shape[:2], np.uint8), "telea")
    assert np.array_equal(result.image, image) and result.image is not image


def test_cancel_between_regions(scene):
    image, mask = scene
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        inpaint(image, mask, "ns", cancel=token)


def test_learned_without_model_says_so(scene, tmp_path):
    image, mask = scene
    engine = Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([tmp_path]))
    with pytest.raises(ModelUnavailable, match="not available"):
        inpaint(image, mask, "learned", engine=engine)


def test_learned_plug_in_contract(scene):
    """A registry model with task "inpaint" is run tile by tile and only hole pixels are taken."""
    import torch

    image, mask = scene

    class MeanFill(torch.nn.Module):
        def forward(self, x, m):
            known = (x * (1 - m)).sum(dim=(2, 3), keepdim=True) / (1 - m).sum(dim=(2, 3), keepdim=True)
            return x * (1 - m) + known * m

    spec = SimpleNamespace(task="inpaint", provenance=lambda: {"id": "fake", "sha256": "0" * 64})
    registry = SimpleNamespace(ids=lambda: ["fake"], get=lambda _id: spec)
    engine = SimpleNamespace(registry=registry, device="cpu", model=lambda _id: MeanFill())
    result = inpaint(image, mask, "learned", model_id="fake", engine=engine)
    holes = mask > 0
    assert result.model == {"id": "fake", "sha256": "0" * 64}
    assert np.array_equal(result.image[~holes], image[~holes])
    expected = image[~holes].mean(axis=0)
    assert np.abs(result.image[holes].mean(axis=0) - expected).max() < 3.0
