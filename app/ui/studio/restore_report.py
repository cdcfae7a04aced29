"""The report under the restore tools after a step: what was found, what was done, what was left alone.

Built from the step's provenance record (codes and numbers, never the core's English text), so it
reads in the window's language and says exactly what the record says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.ui.reasons import finding, step_reason
from app.ui.studio.step_status import describe_step

_CONTEXT = "RestoreReport"
# Below this share of the image a textured area is too small to mention.
_TEXTURE_WORTH_SAYING = 0.001


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def damage_counts(damage: dict[str, Any], *, sentence: bool = False) -> str:
    """The detector's counts from a damage summary, as a phrase to embed or as a sentence of its own."""
    values = (int(damage.get("lines", 0)), int(damage.get("specks", 0)), 100.0 * float(damage.get("fraction", 0.0)))
    if sentence:
        return _tr("Scratches or hairs: {0}; dust specks: {1} ({2:.2f} % of the image).").format(*values)
    return _tr("scratches or hairs: {0}; dust specks: {1}; {2:.2f} % of the image").format(*values)


def _bullets(heading: str, lines: list[str]) -> list[str]:
    return [heading, *(f"• {line}" for line in lines)] if lines else []


def _left_alone(condition: dict[str, Any], repair: dict[str, Any], review: dict[str, Any] | None) -> list[str]:
    damage = condition.get("damage", {}) or {}
    findings = condition.get("findings", []) or []
    codes = repair.get("codes", []) or []
    lines: list[str] = []
    if review is not None and review.get("decision") == "skipped":
        lines.append(_tr("The damage it found ({0}): you chose to restore without repairing it.")
                     .format(damage_counts(damage)))
    elif "repair_off" in codes and "damaged" in findings:
        lines.append(_tr("The damage it found ({0}): tick “Also repair damage it finds” to review and repair it.")
                     .format(damage_counts(damage)))
    else:
        left_out = int((repair.get("mask") or {}).get("left_out_regions", 0))
        if left_out:
            lines.append(_tr("Marks it proposed that you took out of the mask: {0}.").format(left_out))
        if int(damage.get("unsure", 0)):
            lines.append(_tr("Marks the detector was not sure of: {0} (neither thin scratches nor dust specks; "
                             "perhaps a stain, a tear or part of the picture).").format(int(damage["unsure"])))
        textured = float(damage.get("textured_fraction", 0.0))
        if textured >= _TEXTURE_WORTH_SAYING:
            lines.append(_tr("Textured areas ({0:.1f} % of the image), where damage cannot be told from detail.")
                         .format(100.0 * textured))
        left = _left_for_curator(repair)
        if left is not None:
            lines.append(_tr("Possible damage it was not sure enough of to repair on its own: {0} places ({1:.2f} % of "
                             "the image). Tick “Also repair damage it finds” to review it.").format(*left))
        if repair.get("ran") or "mask_empty" in codes:
            lines.append(_tr("Stains, tears and cracks: this check looks only for scratches and dust; paint them "
                             "with the brush and repair them."))
    if "blurry" in findings:
        lines.append(_tr("Blur: no step sharpens a photo yet."))
    return lines


def _left_for_curator(repair: dict[str, Any]) -> tuple[int, float] | None:
    """(places, % of the image) the sure-damage repair proposed but left alone, if any."""
    found = (repair.get("mask") or {}).get("left_for_curator") or (repair.get("params") or {}).get("left_for_curator")
    if not isinstance(found, dict) or not int(found.get("regions", 0)):
        return None
    return int(found["regions"]), float(found.get("area_pct", 0.0))


def report_text(step: dict[str, Any], fallback: str) -> str:
    """The whole report for ``step`` (a provenance step record) in the current language."""
    lines = [describe_step(step, fallback)]
    if step.get("name") != "restore":
        return lines[0]
    condition = step.get("condition", {}) or {}
    steps = (step.get("params", {}) or {}).get("steps", []) or []
    found = [finding(code) for code in condition.get("findings", []) or []]
    if "damaged" in (condition.get("findings") or []):
        found.append(damage_counts(condition.get("damage", {}) or {}, sentence=True))
    lines += _bullets(_tr("Found:"), found or [_tr("Nothing wrong was measured.")])
    lines += _bullets(_tr("Steps:"), [step_reason(code) for entry in steps for code in entry.get("codes", [])])
    repair = next((entry for entry in steps if entry.get("name") == "repair"), {})
    lines += _bullets(_tr("Left alone:"), _left_alone(condition, repair, step.get("review")))
    return "\n".join(lines)
