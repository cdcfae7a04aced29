"""One-click restore with a reviewed repair mask, and the reason codes the core emits (no Qt)."""

from __future__ import annotations

import ast
import inspect

import cv2
import numpy as np
import pytest
from skimage import data

from app.domain.errors import InvalidInput
from app.imaging.damage import apply_damage
from app.vision.recognition import classify
from app.vision.restoration.pipeline import STEP_REASONS, RestoreOptions, restore
from app.vision.restoration.report import FINDINGS, assess


@pytest.fixture(scope="module")
def scratched():
    image = apply_damage(np.ascontiguousarray(data.astronaut()[:320, :320]), ["scratches:0.8", "dust:0.8"], seed=3)
    return image.image


@pytest.fixture(scope="module")
def report(scratched):
    found = assess(scratched)
    assert found.damaged and "damaged" in found.findings()
    return found


def test_reviewed_mask_is_used_and_what_was_left_out_is_counted(scratched, report):
    proposal = report.damage.mask
    count, labels = cv2.connectedComponents((proposal > 0).astype(np.uint8), connectivity=8)
    assert count > 2
    reviewed = proposal.copy()
    reviewed[labels == 1] = 0  # the curator erased one proposed piece
    result = restore(scratched, RestoreOptions(repair=True, denoise=False, colour=False), report=report,
                     repair_mask=reviewed)
    repair = result.steps[0]
    assert repair.ran and repair.codes == ("mask_reviewed",)
    assert repair.mask["left_out_regions"] == 1
    assert repair.mask["proposed"]["pixels_sha256"] != repair.mask["pixels_sha256"]
    assert result.report is report  # measured once, for the review, not again
    # Only the reviewed pixels were filled in: the erased piece is exactly as it was.
    assert np.array_equal(result.image[labels == 1], scratched[labels == 1])
    assert not np.array_equal(result.image[reviewed > 0], scratched[reviewed > 0])


def test_empty_reviewed_mask_repairs_nothing(scratched, report):
    empty = np.zeros(scratched.shape[:2], np.uint8)
    result = restore(scratched, RestoreOptions(repair=True, denoise=False, colour=False), report=report,
                     repair_mask=empty)
    assert not result.steps[0].ran and result.steps[0].codes == ("mask_empty",)
    assert np.array_equal(result.image, scratched)


def test_mask_or_report_of_another_size_is_refused(scratched, report):
    with pytest.raises(InvalidInput):
        restore(scratched, RestoreOptions(repair=True), report=report, repair_mask=np.zeros((5, 5), np.uint8))
    with pytest.raises(InvalidInput):
        restore(scratched[:100], report=report)


@pytest.mark.parametrize("options", [
    RestoreOptions(), RestoreOptions(repair=True), RestoreOptions(repair=True, denoise=False, colour=False),
    RestoreOptions(sigma=10),
])
def test_every_step_says_why_with_known_codes(scratched, options):
    result = restore(scratched, options)
    for step in result.steps:
        assert step.codes and set(step.codes) <= set(STEP_REASONS), step
        assert step.as_dict()["codes"] == list(step.codes)
    assert set(result.report.findings()) <= set(FINDINGS)
    assert result.report.as_dict()["findings"] == list(result.report.findings())


def test_detector_says_what_it_left_alone(report):
    summary = report.damage.summary()
    assert summary["unsure"] >= 0 and 0.0 <= summary["textured_fraction"] <= 1.0
    assert {"lines", "specks", "unsure", "textured_fraction"} <= set(summary)


def test_recogniser_appends_only_listed_reasons():
    """Every ``reasons.append(X)`` in the classifier appends one of ``UNKNOWN_REASONS``."""
    tree = ast.parse(inspect.getsource(classify.Classifier.predict_vectors).strip().replace("\n    ", "\n"))
    appended = [
        node.args[0] for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
        and isinstance(node.func.value, ast.Name) and node.func.value.id == "reasons"
    ]
    values = [getattr(classify, arg.id) if isinstance(arg, ast.Name) else ast.literal_eval(arg) for arg in appended]
    assert values and sorted(values) == sorted(classify.UNKNOWN_REASONS)
