"""Renders with a background mask, so that a subject can be set in front of a real photograph.

The renderers paint their backdrop first (the sky of an outdoor scene, the wall and floor of a
gallery) and draw everything else over it. To learn where the backdrop still shows, a subject is
rendered twice from the same spec: once as usual, once with the backdrop painted in a key colour
that no renderer uses and without the final grade (which would tint the key). Both passes draw the
same random numbers in the same order (the original backdrop and finish functions still run, their
pixels are only replaced), so the two images agree everywhere but on the backdrop.

This is training-data tooling: it swaps module attributes for the time of one call, so it is not
for use from several threads at once.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from app.content.render import scene, studio
from app.content.render.catalog import render, renderer_for
from app.content.render.spec import RenderSpec

#: The key colour (linear float RGB): pure green at full scale never occurs in the renders' palettes.
KEY = np.asarray((0.0, 1.0, 0.0), np.float32)
#: Distance to the key below which a pixel is all backdrop; the alpha ramps to 0 over the next step.
_KEY_TOLERANCE = 0.02
_KEY_RAMP = 0.15


def _keyed_backdrop(original: Callable[..., np.ndarray]) -> Callable[..., np.ndarray]:
    def keyed(*args: Any, **kwargs: Any) -> np.ndarray:
        canvas = original(*args, **kwargs)  # consumes the random numbers exactly as before
        canvas[:] = KEY
        return canvas

    return keyed


def _recording_finish(original: Callable[..., np.ndarray], seen: list[np.ndarray]) -> Callable[..., np.ndarray]:
    def recording(canvas: np.ndarray, *args: Any, **kwargs: Any) -> np.ndarray:
        seen.append(np.array(canvas, dtype=np.float32, copy=True))
        return original(canvas, *args, **kwargs)

    return recording


@contextlib.contextmanager
def _swapped(replacements: dict[Callable[..., Any], Callable[..., Any]]) -> Iterator[None]:
    """Replace functions wherever a render module holds them (modules import them by name)."""
    restore: list[tuple[object, str, object]] = []
    modules = [m for name, m in list(sys.modules.items()) if name.startswith("app.content.render") and m is not None]
    try:
        for module in modules:
            for attr, value in list(vars(module).items()):
                if callable(value) and value in replacements:
                    restore.append((module, attr, value))
                    setattr(module, attr, replacements[value])
        yield
    finally:
        for module, attr, value in restore:
            setattr(module, attr, value)


def backdrop_alpha(subject_id: str, spec: RenderSpec) -> np.ndarray:
    """Float32 alpha in [0, 1], 1 where the backdrop shows in ``render(subject_id, spec)``.

    All zeros for a subject whose backdrop is its own (a grotto wall, a tile's ground).
    """
    # Import the subject's module first: imported during the swap, it would keep the keyed backdrop.
    renderer_for(subject_id)
    seen: list[np.ndarray] = []
    replacements = {
        scene.sky: _keyed_backdrop(scene.sky),
        studio.gallery: _keyed_backdrop(studio.gallery),
        scene.finish: _recording_finish(scene.finish, seen),
        studio.finish: _recording_finish(studio.finish, seen),
    }
    with _swapped(replacements):
        image = render(subject_id, spec)
    if not seen or seen[-1].shape[:2] != image.shape[:2]:
        return np.zeros(image.shape[:2], np.float32)
    distance = np.abs(seen[-1] - KEY).max(axis=2)
    return np.clip(1.0 - (distance - _KEY_TOLERANCE) / _KEY_RAMP, 0.0, 1.0).astype(np.float32)


def render_with_backdrop_alpha(subject_id: str, spec: RenderSpec) -> tuple[np.ndarray, np.ndarray]:
    """(RGB uint8 render, its :func:`backdrop_alpha`)."""
    return render(subject_id, spec), backdrop_alpha(subject_id, spec)


def set_in_front_of(image: np.ndarray, alpha: np.ndarray, photo: np.ndarray) -> np.ndarray:
    """The render with its backdrop replaced by ``photo`` (resized to cover, centre-cropped), matched in tone.

    The photo's brightness is pulled halfway towards the render's backdrop so that a night render
    does not get a noon sky; the seam is softened by the alpha ramp.
    """
    import cv2

    h, w = image.shape[:2]
    ph, pw = photo.shape[:2]
    scale = max(h / ph, w / pw)
    resized = cv2.resize(photo, (max(w, round(pw * scale)), max(h, round(ph * scale))), interpolation=cv2.INTER_AREA)
    top = (resized.shape[0] - h) // 2
    left = (resized.shape[1] - w) // 2
    back = resized[top:top + h, left:left + w].astype(np.float32)
    weight = alpha[..., None]
    if float(alpha.sum()) > 1.0:
        render_level = float((image.astype(np.float32) * weight).sum() / (weight.sum() * 3))
        photo_level = float((back * weight).sum() / (weight.sum() * 3))
        back = back * (0.5 + 0.5 * render_level / max(photo_level, 1.0))
    out = image.astype(np.float32) * (1.0 - weight) + back * weight
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
