"""From a provenance record to a C2PA manifest definition: actions, ingredient, our own assertion.

The record (see ``app/vision/restoration/provenance.py``) lists steps by the project's names;
C2PA wants its own action vocabulary (C2PA 2.x, "Actions") and, for edits made by a trained
model, the IPTC digital source type. The mapping is data, below. ``c2pa.opened`` (the original,
as the ``parentOf`` ingredient) always comes first.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from app.version import __version__

APP_NAME = "Gyeongju Heritage AI"
PROVENANCE_LABEL = "org.gyeongju-heritage-ai.provenance"
"""Label of the assertion carrying the project's full provenance record (reverse-domain, as C2PA asks)."""

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
TRAINED = IPTC + "trainedAlgorithmicMedia"
COMPOSITE_TRAINED = IPTC + "compositeWithTrainedAlgorithmicMedia"

# step name → (C2PA action, plain description, source type when a trained model did it).
# Filling holes puts model-made pixels into a real photograph: a composite. A network that
# transforms every pixel (denoise, enlarge, colourise, find damage) makes trained-algorithm media.
STEP_ACTIONS: dict[str, tuple[str, str, str]] = {
    "denoise": ("c2pa.filtered", "noise removed", TRAINED),
    "repair": ("c2pa.edited", "scratches and dust filled in", COMPOSITE_TRAINED),
    "inpaint": ("c2pa.edited", "damaged areas filled in", COMPOSITE_TRAINED),
    "colour": ("c2pa.color_adjustments", "colour balance corrected", TRAINED),
    "colorize": ("c2pa.color_adjustments", "colours added to a black-and-white photo", TRAINED),
    "upscale": ("c2pa.resized", "enlarged", TRAINED),
    "detect-damage": ("c2pa.edited", "damage found and drawn as a mask", TRAINED),
    "visible-label": ("c2pa.edited", "visible “AI-restored” label added", ""),
}


def _model_of(step: dict[str, Any]) -> dict[str, Any] | None:
    model = step.get("model")
    return model if isinstance(model, dict) and model else None


def actions_for(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The C2PA actions of a record, in order; steps that did not run are left out."""
    agent = {"name": APP_NAME, "version": __version__}
    actions: list[dict[str, Any]] = [
        {"action": "c2pa.opened", "description": "original opened", "parameters": {"ingredientIds": ["original"]}}
    ]
    for step in record.get("steps", []):
        if not isinstance(step, dict) or not step.get("ran", True):
            continue
        name = str(step.get("name", ""))
        action, description, source_type = STEP_ACTIONS.get(name, ("c2pa.unknown", name or "unnamed step", ""))
        entry: dict[str, Any] = {"action": action, "softwareAgent": agent, "description": description}
        model = _model_of(step)
        params: dict[str, Any] = {"org.gyeongju-heritage-ai.step": name}
        if model is not None:
            # Only a trained model makes the edit "trained algorithmic"; OpenCV's telea or a grey-world
            # balance is an ordinary algorithm and claims no source type.
            entry["digitalSourceType"] = source_type or TRAINED
            params["org.gyeongju-heritage-ai.model"] = {k: model[k] for k in ("id", "version", "sha256") if k in model}
        entry["parameters"] = params
        actions.append(entry)
    return actions


def public_record(value: Any) -> Any:
    """The record as published inside an image: every ``path`` cut to its file name.

    The sidecar keeps full paths for the curator; an image sent to the world must not tell it the
    museum's folder layout or user names.
    """
    if isinstance(value, dict):
        return {
            k: (PurePath(v).name if k == "path" and isinstance(v, str) else public_record(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [public_record(v) for v in value]
    return value


def manifest_definition(record: dict[str, Any], title: str, mime: str) -> dict[str, Any]:
    """The manifest JSON the C2PA builder takes (the ingredient is added from the file itself)."""
    return {
        "claim_generator_info": [{"name": APP_NAME, "version": __version__}],
        "title": title,
        "format": mime,
        "assertions": [
            {"label": "c2pa.actions.v2", "data": {"actions": actions_for(record)}},
            # Stored as JSON, not CBOR: the library turns JSON arrays of small numbers into byte strings
            # (a [500, 500] size came back as two bytes), which would corrupt the record.
            {"label": PROVENANCE_LABEL, "data": public_record(record), "kind": "Json"},
        ],
    }


def document_definition(record: dict[str, Any], title: str, mime: str, description: str) -> dict[str, Any]:
    """The manifest of a document the app *made* (a handout): created, composed with AI-made pictures.

    It has no parent to open; its pictures' own provenance (models, versions, sha256 of each step) is
    the record, carried in the project's assertion as for images.
    """
    agent = {"name": APP_NAME, "version": __version__}
    created = {"action": "c2pa.created", "softwareAgent": agent, "description": description,
               "digitalSourceType": COMPOSITE_TRAINED}
    return {
        "claim_generator_info": [agent],
        "title": title,
        "format": mime,
        "assertions": [
            {"label": "c2pa.actions.v2", "data": {"actions": [created]}},
            {"label": PROVENANCE_LABEL, "data": public_record(record), "kind": "Json"},
        ],
    }
