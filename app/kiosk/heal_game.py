""" "Heal the photograph": the visitor paints over damage and the learned inpainter fills it.

Qt-free state of one visit. The widget draws strokes into :attr:`HealSession.pending`; whenever no
repair is running it takes the pending strokes as one :class:`HealTask` (a crop around them, so a
stroke costs its own size, not the photo's), a worker thread fills the crop, and :meth:`apply`
pastes only the stroke's pixels back. Everything outside the strokes stays bit-identical, which is
also what makes "what the AI changed" exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

#: Untouched photo kept around a stroke for the network to read (its U-Net sees about this far).
CONTEXT_PX = 40
#: The inpainting network pads its input to a multiple of this; crops are grown to it for free context.
NET_MULTIPLE = 64
#: Largest side of the region one repair fills (plus context): long strokes are healed in pieces, so
#: the first piece shows up fast and each costs about the same (≤ 0.3 s on a busy 2-core PC).
MAX_TASK_SIDE = 224
#: How far around the known damage a stroke may repair (px): covers halos and the damage's soft edges.
DAMAGE_MARGIN = 4
#: Colour that marks "what the AI changed" (RGB), and how strongly it tints the changed pixels.
CHANGE_COLOUR = np.array([0, 220, 255], np.float32)
CHANGE_ALPHA = 0.65

Inpainter = Callable[[np.ndarray, np.ndarray], np.ndarray]
"""(RGB crop, uint8 hole mask of the crop) → the filled crop (same shape; pixels outside the hole unchanged)."""


@dataclass(frozen=True, eq=False)
class HealTask:
    """One repair: where in the photo (``rows``, ``cols``), the crop to fill and its hole mask."""

    rows: slice
    cols: slice
    crop: np.ndarray
    hole: np.ndarray  # uint8, 255 = fill

    @property
    def pixels(self) -> int:
        return int(np.count_nonzero(self.hole))


def _grow(start: int, stop: int, limit: int, multiple: int) -> tuple[int, int]:
    """Grow [start, stop) inside [0, limit) to a multiple of ``multiple`` in length (or to ``limit``)."""
    want = min(limit, -(-(stop - start) // multiple) * multiple)
    start = max(0, start - (want - (stop - start)) // 2)
    stop = start + want
    if stop > limit:
        start, stop = limit - want, limit
    return start, stop


def task_box(hole: np.ndarray, context: int = CONTEXT_PX, multiple: int = NET_MULTIPLE) -> tuple[slice, slice] | None:
    """The crop around every hole pixel, grown by ``context`` and towards the network's size multiple."""
    ys, xs = np.nonzero(hole)
    if len(ys) == 0:
        return None
    height, width = hole.shape
    y0, y1 = max(0, int(ys.min()) - context), min(height, int(ys.max()) + 1 + context)
    x0, x1 = max(0, int(xs.min()) - context), min(width, int(xs.max()) + 1 + context)
    y0, y1 = _grow(y0, y1, height, multiple)
    x0, x1 = _grow(x0, x1, width, multiple)
    return slice(y0, y1), slice(x0, x1)


def inpaint_task(task: HealTask, inpainter: Inpainter) -> np.ndarray:
    """Run ``inpainter`` on the task's crop (worker thread); returns the filled crop."""
    filled = inpainter(task.crop, task.hole)
    if filled.shape != task.crop.shape or filled.dtype != np.uint8:
        raise ValueError("the inpainter returned an image of another size or type")
    return filled


def learned_inpainter() -> Inpainter:
    """The project's learned inpainter (``models/inpaint_net``), loaded now: raises when it cannot load."""
    from app.vision.engine import default_engine
    from app.vision.recognition.backbone import torch_threads
    from app.vision.restoration.inpaint import LEARNED_MODEL_ID
    from app.vision.training.infer import inpaint_learned

    model = default_engine().model(LEARNED_MODEL_ID)

    def fill(crop: np.ndarray, hole: np.ndarray) -> np.ndarray:
        # One thread: a stroke's crop is too little work to share, and on a busy two-core kiosk the
        # hand-offs made it 3-6x slower (measured: 256 px crop 0.3 s on one thread, 1.1-1.7 s on two).
        with torch_threads(1):
            return inpaint_learned(crop, hole, model=model)

    return fill


def telea_inpainter(crop: np.ndarray, hole: np.ndarray) -> np.ndarray:
    """OpenCV's Telea fill: a classical stand-in (tests, and a model-free comparison)."""
    return cv2.inpaint(crop, hole, 5, cv2.INPAINT_TELEA)


class HealSession:
    """The photo of one visit: the aged original, the repaired copy and the strokes in between."""

    def __init__(self, aged: np.ndarray, damage: np.ndarray | None = None) -> None:
        """``damage`` (uint8 H×W, 255 = damaged), when known, limits each stroke to the damage under it.

        The kiosk ages its photos itself, so it knows where every scratch and speck is: the visitor's
        finger says *which* damage to heal, the mask keeps the pagoda under the finger sharp.
        """
        if aged.ndim != 3 or aged.shape[2] != 3 or aged.dtype != np.uint8:
            raise ValueError("the photo must be RGB uint8")
        self.damage = damage
        self.allowed: np.ndarray | None = None
        if damage is not None:
            size = 2 * DAMAGE_MARGIN + 1
            self.allowed = cv2.dilate(damage, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
        self.before = aged
        self.after = aged.copy()
        self.pending = np.zeros(aged.shape[:2], np.uint8)  # painted, not yet sent for repair
        self.healed = np.zeros(aged.shape[:2], np.uint8)  # every pixel the AI has filled
        self.strokes_healed = 0

    @property
    def shape(self) -> tuple[int, int]:
        return self.before.shape[0], self.before.shape[1]

    def paint(self, points: Sequence[tuple[float, float]], radius: float) -> None:
        """Add a brush stroke through ``points`` (x, y in photo pixels) of ``radius`` pixels."""
        r = max(1, round(radius))
        pts = [(round(x), round(y)) for x, y in points]
        if len(pts) == 1:
            cv2.circle(self.pending, pts[0], r, 255, -1, cv2.LINE_8)
        for a, b in zip(pts, pts[1:], strict=False):
            cv2.line(self.pending, a, b, 255, 2 * r, cv2.LINE_8)
            cv2.circle(self.pending, b, r, 255, -1, cv2.LINE_8)

    def has_pending(self) -> bool:
        return bool(self.pending.any())

    def take_task(self) -> HealTask | None:
        """The next piece of the pending strokes as one repair (it leaves the pending set), or None."""
        while True:
            ys, xs = np.nonzero(self.pending)
            if len(ys) == 0:
                return None
            # At most MAX_TASK_SIDE² of strokes per repair, starting at the top-left-most pending pixel.
            y0, x0 = int(ys.min()), int(xs[ys == ys.min()].min())
            x0 = max(0, min(x0, int(xs.max()) + 1 - MAX_TASK_SIDE))
            window = (slice(y0, y0 + MAX_TASK_SIDE), slice(max(0, x0), max(0, x0) + MAX_TASK_SIDE))
            piece = np.zeros_like(self.pending)
            piece[window] = self.pending[window]
            self.pending[window] = 0
            if self.allowed is not None:
                piece = cv2.bitwise_and(piece, self.allowed)
            box = task_box(piece)
            if box is None:
                continue  # the finger went over undamaged photo only: nothing to heal there
            rows, cols = box
            return HealTask(rows, cols, self.after[rows, cols].copy(), piece[rows, cols].copy())

    def apply(self, task: HealTask, filled: np.ndarray) -> None:
        """Paste the stroke's pixels of ``filled`` into the repaired photo; nothing else changes."""
        where = task.hole > 0
        target = self.after[task.rows, task.cols]
        target[where] = filled[where]
        self.healed[task.rows, task.cols][where] = 255
        self.strokes_healed += 1

    def changed(self) -> np.ndarray:
        """Bool H×W: where the repaired photo differs from the original."""
        return np.any(self.after != self.before, axis=2)

    def changed_fraction(self) -> float:
        return float(self.changed().mean())

    def highlight(self) -> np.ndarray:
        """The repaired photo, dimmed, with every pixel the AI changed tinted bright (``CHANGE_COLOUR``)."""
        changed = self.changed()
        # Grow the marks a little so single changed pixels are visible on a screen.
        visible = cv2.dilate(changed.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        out = self.after.astype(np.float32) * 0.55
        out[visible] = out[visible] / 0.55 * (1 - CHANGE_ALPHA) + CHANGE_COLOUR * CHANGE_ALPHA
        return out.clip(0, 255).astype(np.uint8)

    def wipe(self, split: float) -> np.ndarray:
        """Before left of ``split`` (0–1 of the width), after right of it."""
        column = int(round(np.clip(split, 0.0, 1.0) * self.before.shape[1]))
        out = self.after.copy()
        out[:, :column] = self.before[:, :column]
        return out
