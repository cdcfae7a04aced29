from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.vision.engine import Engine, EngineConfig, resolve_device
from app.vision.registry import ModelRegistry

MODELS = Path(__file__).resolve().parents[2] / "models"


def test_engine_module_does_not_import_torch_eagerly():
    import subprocess

    code = "import sys, app.vision.engine, app.vision.registry; sys.exit('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_device_resolution(monkeypatch):
    import torch

    monkeypatch.delenv("GYEONGJU_AI_DEVICE", raising=False)
    assert resolve_device("cpu") == "cpu"
    assert resolve_device("auto") == ("cuda" if torch.cuda.is_available() else "cpu")
    monkeypatch.setenv("GYEONGJU_AI_DEVICE", "cpu")
    assert resolve_device("cuda") == "cpu"


@pytest.mark.slow
def test_cache_respects_memory_budget():
    engine = Engine(EngineConfig(device="cpu", threads=2, cache_budget_mb=10), ModelRegistry([MODELS]))
    first = engine.model("ffdnet_color")
    assert engine.model("ffdnet_color") is first  # cached
    engine.model("efficientnet_lite0_imagenet")  # ~19 MB: over budget, evicts ffdnet
    assert engine.cached_ids() == ["efficientnet_lite0_imagenet"]
    assert not engine.model("efficientnet_lite0_imagenet").training
    import torch

    assert torch.get_num_threads() == 2
