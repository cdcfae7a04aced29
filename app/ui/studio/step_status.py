"""One translated status line for a finished Studio step, built from its provenance record.

The core's own summaries are English (they go to logs and the CLI); the window speaks the
visitor's language, so the line is rebuilt here from the step's name and parameters.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

_CONTEXT = "StepStatus"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _step_names() -> dict[str, str]:
    return {
        "repair": _tr("repair"),
        "denoise": _tr("noise removal"),
        "colour": _tr("colour correction"),
    }


def method_name(method: str) -> str:
    names = {"learned": _tr("AI inpainting"), "telea": "Telea", "ns": "Navier–Stokes", "fsr": "FSR"}
    return names.get(method, method)


def describe_step(step: dict[str, Any], fallback: str) -> str:
    """A sentence in the current language for ``step`` (a provenance step record)."""
    name, params = step.get("name"), step.get("params", {}) or {}
    if name == "inpaint":
        share = 100.0 * float(params.get("hole_fraction", 0.0))
        return _tr("Filled {0:.2f} % of the image ({1}).").format(share, method_name(str(params.get("method", ""))))
    if name == "denoise":
        if params.get("skipped"):
            return _tr("The noise (σ ≈ {0:.1f}) is too faint to remove; nothing changed.").format(
                float(params.get("estimated_sigma") or 0.0))
        return _tr("Removed noise at σ = {0:.1f}.").format(float(params.get("sigma") or 0.0))
    if name == "upscale":
        width, height = params.get("output_size", [0, 0])
        return _tr("Enlarged ×{0} to {1} × {2} px.").format(params.get("scale", ""), width, height)
    if name == "restore":
        names = _step_names()
        ran = [names.get(s.get("name"), s.get("name")) for s in params.get("steps", []) if s.get("ran")]
        if not ran:
            return _tr("The photo needed no changes.")
        return _tr("Restored: {0}.").format(", ".join(ran))
    if name == "colorize" and "hints" not in (params.get("sources") or []):
        return _tr("Colourised from the reference photo.")
    return fallback
