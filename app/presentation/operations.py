"""The app's real operations behind the live steps, with the same calls the CLI makes.

* restore: :func:`app.vision.restoration.pipeline.restore` with default options on the full image,
  as ``gyeongju-ai restore`` runs it;
* recognise: the :class:`~app.vision.recognition.classify.Classifier` and the Grad-CAM heat-map of
  :func:`~app.vision.recognition.explain.explain`, as ``gyeongju-ai explain`` runs them;
* teach: the teach-by-example building blocks (embed the few labelled photos with the shared
  backbone, cross-validate and fit the head) without registering a model.

torch is imported inside the functions, so parsing a script or reading the cache stays light.
An :data:`Operation` takes (step, pack folder, progress, cancel) and returns a :class:`StepResult`;
tests and callers may pass their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, scaled
from app.presentation.cache import StepResult
from app.presentation.script import Step

Operation = Callable[[Step, Path, ProgressCallback, CancelToken], StepResult]

#: Long side of the photo a heat-map is drawn on (as the Studio's explain job).
EXPLAIN_SIDE = 1024
#: Augmented views per photo in a live teach: few, so that it fits a step's time budget.
TEACH_VIEWS_PER_PHOTO = 8
_TILE = 160

_classifiers: dict[str, Any] = {}
_classifier_lock = threading.Lock()


def pack_file(pack_dir: Path, relative: str) -> Path:
    path = Path(pack_dir) / relative
    if not path.is_file():
        raise InvalidInput(f"The pack has no file “{relative}” that the script names.")
    return path


def classifier(model_id: str | None = None):  # -> Classifier (torch imported lazily)
    """One loaded classifier per model id, kept for the show (loading it is the slow part)."""
    from app.vision.recognition.classify import DEFAULT_MODEL_ID, Classifier

    key = model_id or DEFAULT_MODEL_ID
    with _classifier_lock:
        if key not in _classifiers:
            _classifiers[key] = Classifier(key)
        return _classifiers[key]


def restore_step(step: Step, pack_dir: Path, progress: ProgressCallback, cancel: CancelToken) -> StepResult:
    from app.imaging.io import load_image
    from app.vision.restoration.pipeline import RestoreOptions, restore

    before = load_image(pack_file(pack_dir, step.image or "")).pixels
    start, steps = before, []
    if step.mask:
        # The damage is known (the pack says where): the learned inpainter fills it, then the one-click
        # restore does the rest. Without a mask only what the one-click restore finds is changed.
        from app.domain.hashing import sha256_file
        from app.vision.restoration.inpaint import as_mask, inpaint

        mask_path = pack_file(pack_dir, step.mask)
        holes = as_mask(load_image(mask_path).pixels, before.shape[:2])
        filled = inpaint(before, holes, method="learned")
        start = filled.image
        steps.append({"name": "inpaint", "ran": True, "reason": "known damage filled",
                      "params": {"method": filled.method, **filled.params},
                      "mask": {"file": step.mask, "sha256": sha256_file(mask_path),
                               "fraction": round(float((holes > 0).mean()), 4)},
                      **({"model": filled.model} if filled.model else {})})
    result = restore(start, RestoreOptions(), progress=progress, cancel=cancel)
    steps += [record.as_dict() for record in result.steps]
    models = [record["model"] for record in steps if "model" in record]
    return StepResult(
        images={"before": before, "after": result.image},
        data={"steps": steps, "condition": result.report.as_dict()},
        provenance={"operation": "restore (app.vision.restoration.pipeline)", "models": models},
    )


def recognise_step(step: Step, pack_dir: Path, progress: ProgressCallback, cancel: CancelToken) -> StepResult:
    from app.imaging.io import load_preview
    from app.vision.recognition.explain import explain

    image = load_preview(pack_file(pack_dir, step.image or ""), EXPLAIN_SIDE).pixels
    cancel.raise_if_cancelled()
    model = classifier(step.model)
    progress(Progress(0.3, "recognising"))
    explanation = explain(model, image, max_side=EXPLAIN_SIDE)
    progress(Progress(1.0, "recognised"))
    return StepResult(
        images={"photo": image, "heatmap": explanation.overlay},
        data=explanation.to_json(),
        provenance={"operation": "recognise + Grad-CAM (app.vision.recognition.explain)", **model.provenance()},
    )


def _contact_sheet(images: list[np.ndarray], labels: list[int], n_labels: int) -> np.ndarray:
    """One row of square tiles per label."""
    import cv2

    columns = max(labels.count(label) for label in range(n_labels))
    sheet = np.full((n_labels * _TILE, columns * _TILE, 3), 255, np.uint8)
    placed = [0] * n_labels
    for image, label in zip(images, labels, strict=True):
        tile = cv2.resize(image, (_TILE, _TILE), interpolation=cv2.INTER_AREA)
        row, column = label, placed[label]
        sheet[row * _TILE:(row + 1) * _TILE, column * _TILE:(column + 1) * _TILE] = tile
        placed[label] += 1
    return sheet


def teach_step(step: Step, pack_dir: Path, progress: ProgressCallback, cancel: CancelToken) -> StepResult:
    from app.imaging.io import load_preview
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.teach import TEACH_SIDE, train_head
    from app.vision.recognition.trainset import embed_training_set

    label_ids = list(step.examples)
    images, labels = [], []
    for label, paths in enumerate(step.examples.values()):
        for relative in paths:
            cancel.raise_if_cancelled()
            images.append(load_preview(pack_file(pack_dir, relative), TEACH_SIDE).pixels)
            labels.append(label)
    progress(Progress(0.1, "photos read"))
    backbone = shared_backbone()
    data = embed_training_set(backbone, images, labels, view_budget=TEACH_VIEWS_PER_PHOTO * len(images),
                              progress=scaled(progress, 0.1, 0.8), cancel=cancel)
    _head, cv = train_head(data, len(label_ids), progress=scaled(progress, 0.8, 1.0), cancel=cancel)
    counts = {label: labels.count(i) for i, label in enumerate(label_ids)}
    return StepResult(
        images={"examples": _contact_sheet(images, labels, len(label_ids))},
        data={"labels": counts, "head": cv.method, "cv_folds": cv.folds, "cv_accuracy": round(cv.accuracy, 4),
              "confusion": cv.confusion.tolist()},
        provenance={"operation": "teach by example (app.vision.recognition.teach)",
                    "backbone": backbone.provenance(), "views_per_photo": TEACH_VIEWS_PER_PHOTO},
    )


@dataclass(frozen=True)
class Operations:
    """Which function runs each live kind; replace one to rehearse or test with another."""

    restore: Operation = restore_step
    recognise: Operation = recognise_step
    teach: Operation = teach_step

    def for_step(self, step: Step) -> Operation:
        if not step.live:
            raise InvalidInput(f"Step {step.index} is a {step.kind} step, which has nothing to run live.")
        operation: Operation = getattr(self, step.kind)
        return operation


REAL = Operations()


def warm_up(steps: list[Step], progress: ProgressCallback, cancel: CancelToken) -> None:
    """Load every model the live steps need and run each once on a tiny image, outside the timings."""
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.explain import explain
    from app.vision.restoration.pipeline import RestoreOptions, restore

    rng = np.random.default_rng(0)
    tiny = np.clip(rng.normal(128, 25, (96, 128, 3)), 0, 255).astype(np.uint8)
    kinds = {step.kind for step in steps}
    if "restore" in kinds:
        cancel.raise_if_cancelled()
        progress(Progress(0.0, "warming the restoration models"))
        restore(tiny, RestoreOptions(), cancel=cancel)
    models = {step.model for step in steps if step.kind == "recognise"}
    for model_id in sorted(models, key=str):
        cancel.raise_if_cancelled()
        progress(Progress(0.5, "warming the recognition model"))
        explain(classifier(model_id), tiny, max_side=EXPLAIN_SIDE)
    if "teach" in kinds:
        cancel.raise_if_cancelled()
        import cv2

        from app.vision.recognition.backbone import to_batch

        shared_backbone().feature_maps(to_batch([cv2.resize(tiny, (224, 224))]))
    progress(Progress(1.0, "models ready"))
