"""Sentences, in the UI language, for the reason codes the core gives.

The recogniser says *why* a photo is "unknown" and the condition report and one-click restore say
*what they found* and *why a step ran or not* as short English codes (kept stable for logs, JSON
and the CLI). People read sentences: each code maps to one here, through Qt Linguist, so the
``.ts`` files carry them in every language. A code this version does not know still reads as a
sentence, never as the bare code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Reasons"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _unknown_code(code: str) -> str:
    return _tr("A reason this version of the app cannot yet put into words ({0}).").format(code)


def unknown_reason(code: str) -> str:
    """Why the recogniser called a photo "unknown" (codes of ``classify.UNKNOWN_REASONS``)."""
    sentences = {
        "not_heritage": _tr("Its best answer is “none of the heritage subjects it knows”."),
        "concept_gate": _tr("It looks like an everyday thing (an animal, a vehicle, food…) rather than heritage."),
        "low_confidence": _tr("None of its answers is confident enough to trust."),
        "unfamiliar": _tr("The photo is unlike every example the model was taught."),
    }
    return sentences.get(code) or _unknown_code(code)


def finding(code: str) -> str:
    """What the condition report found (codes of ``report.FINDINGS``)."""
    sentences = {
        "noisy": _tr("Noisy: grain or sensor noise is visible."),
        "blurry": _tr("Blurred: the fine detail is soft."),
        "faded": _tr("Faded: the tones no longer reach deep black and clean white."),
        "colour_cast": _tr("Colour cast: the whole photo is tinted."),
        "monochrome": _tr("Black-and-white or toned: its tone is kept as it is."),
        "damaged": _tr("Scratches or dust specks were found."),
    }
    return sentences.get(code) or _unknown_code(code)


def step_reason(code: str) -> str:
    """Why a one-click restore step ran or was skipped (codes of ``pipeline.STEP_REASONS``)."""
    sentences = {
        "repair_off": _tr("Repair of scratches and dust was not switched on."),
        "damage_below_threshold": _tr("Too little damage was found to be worth repairing."),
        "damage_found": _tr("Repaired the scratches and dust specks the detector was sure of."),
        "mask_reviewed": _tr("Repaired the areas of the mask you reviewed."),
        "mask_empty": _tr("The reviewed mask was empty, so nothing was repaired."),
        "repair_unavailable": _tr(
            "Scratches and dust were not repaired: the damage detector's model files are missing."
        ),
        "denoise_off": _tr("Noise removal was not switched on."),
        "noise_below_threshold": _tr("The noise is too faint to be worth removing."),
        "noise_measured": _tr("Removed the noise at the level it measured."),
        "noise_given": _tr("Removed the noise at the level given."),
        "noise_partly": _tr(
            "Removed the noise only in part: it was light or partly fine detail; the photo stays close to the original."
        ),
        "colour_off": _tr("Colour correction was not switched on."),
        "colour_fine": _tr("No fading or colour cast was measured, so the colours were left as they are."),
        "levels_faded": _tr("Stretched the faded tones back to full contrast."),
        "levels_cast": _tr("Removed the colour cast."),
        "tone_kept": _tr("Kept the photo's black-and-white or sepia tone."),
    }
    return sentences.get(code) or _unknown_code(code)
