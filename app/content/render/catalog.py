"""Find the renderer of each heritage subject.

Subject renderers live in ``app/content/render/subjects/<subject_id>.py`` and
expose ``render(spec) -> np.ndarray``. Looking them up by module name keeps the
catalogue data-driven: adding a subject is adding a file, not an if/elif.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import numpy as np

from app.content.render.spec import SUBJECT_IDS, TYPE_RENDER_IDS, RenderSpec

Renderer = Callable[[RenderSpec], np.ndarray]


def renderer_for(subject_id: str) -> Renderer:
    """Return the render function of ``subject_id``; ``KeyError`` when unknown.

    Showcase subjects (``SUBJECT_IDS``) and render-only heritage types (``TYPE_RENDER_IDS``) are both known.
    """
    if subject_id not in SUBJECT_IDS and subject_id not in TYPE_RENDER_IDS:
        raise KeyError(f"unknown heritage subject: {subject_id!r}")
    module = importlib.import_module(f"app.content.render.subjects.{subject_id}")
    return module.render


def render(subject_id: str, spec: RenderSpec) -> np.ndarray:
    """Render one subject and check the image contract (RGB uint8 H×W×3)."""
    image = renderer_for(subject_id)(spec)
    if image.dtype != np.uint8 or image.shape != (spec.height, spec.width, 3):
        raise RuntimeError(f"renderer {subject_id} broke the image contract: {image.shape} {image.dtype}")
    return image
