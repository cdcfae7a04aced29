"""Where models run: device choice, thread count, a model cache with a memory budget.

torch is imported lazily, on the first call that needs it, so the window and the
CLI's ``--help`` appear without paying torch's start-up cost.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.vision.registry import ModelRegistry, default_registry

if TYPE_CHECKING:
    import torch

log = logging.getLogger(__name__)

DEVICE_ENV = "GYEONGJU_AI_DEVICE"


@dataclass(frozen=True)
class EngineConfig:
    """``device``: auto/cpu/cuda (env ``GYEONGJU_AI_DEVICE`` wins); ``threads`` 0 = one per core."""

    device: str = "auto"
    threads: int = 0
    cache_budget_mb: int = 1024


def resolve_device(requested: str = "auto") -> str:
    """Pick ``cuda`` when asked for and present (or on auto), else ``cpu``."""
    requested = os.environ.get(DEVICE_ENV, requested) or "auto"
    import torch

    if requested == "cuda" and not torch.cuda.is_available():
        log.warning("CUDA was requested but is not available; using the CPU")
        return "cpu"
    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return "cpu" if requested not in ("cpu", "cuda") else requested


def _module_bytes(module: Any) -> int:
    total = 0
    for tensor in list(module.parameters()) + list(module.buffers()):
        total += tensor.numel() * tensor.element_size()
    return total


class Engine:
    """Builds models through the registry and keeps recently used ones within a memory budget."""

    def __init__(self, config: EngineConfig | None = None, registry: ModelRegistry | None = None) -> None:
        self.config = config or EngineConfig()
        self.registry = registry or default_registry()
        self._cache: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._device: str | None = None

    @property
    def device(self) -> str:
        if self._device is None:
            self._configure_torch()
        assert self._device is not None
        return self._device

    def _configure_torch(self) -> None:
        import torch

        threads = self.config.threads or (os.cpu_count() or 1)
        torch.set_num_threads(threads)
        self._device = resolve_device(self.config.device)
        log.info("inference on %s with %d threads", self._device, threads)

    def model(self, model_id: str) -> Any:
        """Return the model ready for inference (cached; least recently used evicted over budget)."""
        with self._lock:
            if model_id in self._cache:
                self._cache.move_to_end(model_id)
                return self._cache[model_id][0]
        spec = self.registry.get(model_id)
        module = self.registry.build(spec).to(self.device)
        size = _module_bytes(module)
        with self._lock:
            self._cache[model_id] = (module, size)
            self._evict(keep=model_id)
        return module

    def _evict(self, keep: str) -> None:
        budget = self.config.cache_budget_mb * 1024 * 1024
        while sum(size for _, size in self._cache.values()) > budget and len(self._cache) > 1:
            oldest = next(iter(self._cache))
            if oldest == keep:
                self._cache.move_to_end(oldest)
                oldest = next(iter(self._cache))
            log.info("model cache over budget; unloading %s", oldest)
            del self._cache[oldest]

    def cached_ids(self) -> list[str]:
        with self._lock:
            return list(self._cache)

    def cached_bytes(self) -> int:
        with self._lock:
            return sum(size for _, size in self._cache.values())

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()


def inference_mode() -> torch.autograd.grad_mode.inference_mode:
    """``torch.inference_mode()``, imported lazily."""
    import torch

    return torch.inference_mode()


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    """The process-wide engine, configured from the saved settings."""
    global _default
    with _default_lock:
        if _default is None:
            from app.config.paths import app_paths
            from app.config.settings import load_settings

            settings = load_settings(app_paths().settings_file)
            inf = settings.inference
            _default = Engine(EngineConfig(inf.device, inf.threads, inf.model_cache_mb))
        return _default
