"""Honest evaluation of a recognition model on a labelled folder (one sub-folder per label).

Sub-folder names are matched to the model's labels; for a model that tags heritage *types*, a
folder named after a taxonomy *subject* (``dabotap``) counts as that subject's type (``pagoda``).
Folders named ``unknown``, ``not_heritage`` or ``negative`` hold photos the model should call
unknown; they measure the open-set behaviour. Any other name is reported and skipped rather
than guessed at.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, ProgressCallback, ignore_progress
from app.imaging.io import iter_image_files
from app.vision.recognition.calibration import answer_calibration_error, reliability_table
from app.vision.recognition.classify import Classifier
from app.vision.recognition.teach import label_folders

#: Folder names whose photos should come out "unknown".
OUT_OF_SET_NAMES = frozenset({"unknown", "not_heritage", "negative", "negatives"})


@dataclass
class Evaluation:
    """Counts behind the reported numbers."""

    n: int = 0
    correct: int = 0
    top3: int = 0
    answered: int = 0
    answered_correct: int = 0
    per_class: dict[str, dict[str, int]] = field(default_factory=dict)
    out_of_set: int = 0
    out_of_set_rejected: int = 0
    skipped: list[str] = field(default_factory=list)
    #: (confidence of the top label, whether it was right) of every answer that was not "unknown".
    answers: list[tuple[float, bool]] = field(default_factory=list)

    def calibration(self, bins: int = 10, confident: float = 0.9) -> dict[str, Any]:
        """ECE and reliability table of the answers, and how often the confident ones were right."""
        confidence = np.array([c for c, _ in self.answers], dtype=np.float64)
        hits = np.array([h for _, h in self.answers], dtype=bool)
        high = confidence >= confident
        return {
            "ece": round(answer_calibration_error(confidence, hits, bins), 4),
            "bins": bins,
            "reliability": reliability_table(confidence, hits, bins),
            "confident_answers": {
                "at_least": confident,
                "n": int(high.sum()),
                "right": round(float(hits[high].mean()), 4) if high.any() else None,
            },
        }

    def to_json(self, provenance: dict[str, Any]) -> dict[str, Any]:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "accuracy": share(self.correct, self.n),
            "top3": share(self.top3, self.n),
            "n": self.n,
            "coverage": share(self.answered, self.n),
            "selective_accuracy": share(self.answered_correct, self.answered),
            "per_class": {
                label: {
                    "n": c["n"],
                    "accuracy": share(c["correct"], c["n"]),
                    "unknown_rate": share(c["n"] - c["answered"], c["n"]),
                }
                for label, c in sorted(self.per_class.items())
            },
            "open_set": {
                "n": self.out_of_set,
                "rejected": share(self.out_of_set_rejected, self.out_of_set),
            },
            "calibration": self.calibration(),
            "skipped": self.skipped,
            "model": provenance,
        }


def _target_of(folder_name: str, label_ids: set[str]) -> str | None:
    """The model label a folder stands for, ``""`` for out-of-set, ``None`` when unmatched."""
    if folder_name in label_ids:
        return folder_name
    if folder_name.lower() in OUT_OF_SET_NAMES:
        return ""
    from app.content.taxonomy import load_taxonomy

    try:
        subject = load_taxonomy().subject_by_id(folder_name)
    except InvalidInput:
        return None
    return subject.type_id if subject.type_id in label_ids else None


def evaluate_folder(
    classifier: Classifier,
    root: str | os.PathLike[str],
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Evaluation:
    """Classify every photo under ``root``'s label folders and count hits, top-3 hits and rejections."""
    root = Path(root)
    label_ids = {label.id for label in classifier.model.labels if not label.unknown}
    result = Evaluation()
    targets: dict[Path, str] = {}
    for folder in label_folders(root):
        target = _target_of(folder.name, label_ids)
        if target is None:
            result.skipped.append(
                f"The folder “{folder.name}” matches no label of the model “{classifier.model_id}”; skipped."
            )
            continue
        for path in iter_image_files(folder):
            targets[path] = target
    if not targets:
        raise InvalidInput(f"“{root}” has no photos in folders named after the labels of “{classifier.model_id}”.")
    for item in classifier.classify_paths(list(targets), top=3, progress=progress, cancel=cancel):
        if item.prediction is None:
            result.skipped.append(item.error)
            continue
        target = targets[item.path]
        prediction = item.prediction
        if target == "":
            result.out_of_set += 1
            result.out_of_set_rejected += int(prediction.unknown)
            continue
        ranked = [label.id for label in prediction.labels]
        hit = bool(ranked) and ranked[0] == target
        stats = result.per_class.setdefault(target, {"n": 0, "correct": 0, "answered": 0})
        stats["n"] += 1
        stats["correct"] += int(hit)
        stats["answered"] += int(not prediction.unknown)
        result.n += 1
        result.correct += int(hit)
        result.top3 += int(target in ranked[:3])
        result.answered += int(not prediction.unknown)
        result.answered_correct += int(hit and not prediction.unknown)
        if not prediction.unknown and prediction.top is not None:
            result.answers.append((prediction.top.score, hit))
    return result
