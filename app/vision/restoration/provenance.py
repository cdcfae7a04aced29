"""Provenance sidecars: a JSON record next to every restored file saying exactly what was done.

``OUT.png`` gets ``OUT.png.json`` holding the sha256 of input and output files, each step with
its parameters, the identity (id, version, sha256, licence) of every model used, the masks
(sha256 of a mask file, or a summary with the sha256 of the mask's pixels), the app version and
the UTC time. It is written atomically, after the image, so a record never describes a file
that is not there.

:func:`save_output` writes an AI output with both: the same record (less the output's own hash,
which a file cannot contain) is embedded as signed C2PA Content Credentials when the museum has
a signing identity (``app.credentials``), and the sidecar says whether it was signed.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from app.credentials.output import SigningChoice, add_visible_label, credentials_entry, resolve_signing
from app.credentials.sign import can_carry, sealer
from app.domain.errors import ImageWriteError
from app.domain.hashing import sha256_bytes, sha256_file
from app.imaging.atomic import atomic_write_bytes
from app.imaging.io import LoadedImage
from app.imaging.writer import output_format, save_image
from app.version import __version__

__all__ = ["SCHEMA", "build_record", "file_entry", "mask_summary", "save_output", "sidecar_path", "step_record",
           "write_sidecar"]

SCHEMA = "gyeongju-ai/provenance/1"


def sidecar_path(output: str | os.PathLike[str]) -> Path:
    """``OUT`` + ``.json`` (the full name is kept, so ``a.png`` and ``a.tif`` never share a record)."""
    path = Path(output)
    return path.with_name(path.name + ".json")


def file_entry(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Name and sha256 of a file on disk."""
    target = Path(path)
    return {"path": str(target), "sha256": sha256_file(target)}


def mask_summary(mask: np.ndarray) -> dict[str, Any]:
    """Inline description of a uint8 mask: sha256 of its packed bits, size, area and piece count.

    The hash is over ``np.packbits(mask > 0)`` plus the shape, so the same mask always gives the
    same value whether it was drawn, detected or loaded, and a saved copy can be checked later.
    """
    binary = mask > 0
    count, _ = cv2.connectedComponents(binary.astype(np.uint8), connectivity=8)
    digest = sha256_bytes(f"{binary.shape[0]}x{binary.shape[1]}:".encode() + np.packbits(binary).tobytes())
    return {
        "size": [int(binary.shape[1]), int(binary.shape[0])],
        "area_fraction": round(float(binary.mean()), 6),
        "regions": int(count - 1),
        "pixels_sha256": digest,
    }


def build_record(
    operation: str,
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    steps: list[dict[str, Any]],
    *,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The provenance record of one output (files must already exist: both are hashed now)."""
    return _with_output(_claim(operation, input_path, steps, extra), output_path)


def _claim(operation: str, input_path: str | os.PathLike[str], steps: list[dict[str, Any]],
           extra: dict[str, Any] | None) -> dict[str, Any]:
    """The record without the output's hash: what the output's own Content Credentials carry."""
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "operation": operation,
        "app": {"name": "gyeongju-heritage-ai", "version": __version__},
        "created_utc": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "input": file_entry(input_path),
        "steps": steps,
    }
    if extra:
        record.update(extra)
    return record


def _with_output(claim: dict[str, Any], output_path: str | os.PathLike[str]) -> dict[str, Any]:
    keys = list(claim)
    at = keys.index("input") + 1
    ordered = {k: claim[k] for k in keys[:at]}
    ordered["output"] = file_entry(output_path)
    ordered.update({k: claim[k] for k in keys[at:]})
    return ordered


def save_output(
    pixels: np.ndarray, output: str | os.PathLike[str], source: LoadedImage, operation: str,
    steps: list[dict[str, Any]], *, overwrite: bool = False, extra: dict[str, Any] | None = None,
    signing: SigningChoice | None = None, label: bool = False,
) -> tuple[Path, dict[str, Any]]:
    """Save an AI output with Content Credentials (when there is an identity) and its sidecar.

    ``signing`` comes from :func:`app.credentials.output.resolve_signing`, called before the work
    (None resolves it now). ``label`` draws the visible "AI-restored" label first and records it as
    a step. Returns (sidecar path, record).
    """
    choice = signing if signing is not None else resolve_signing()
    if label:
        pixels = add_visible_label(pixels)
        steps = [*steps, step_record("visible-label", {"text": "AI-restored · Content Credentials"})]
    claim = _claim(operation, source.path, steps, extra)
    fmt = output_format(output)
    carried = choice.identity is not None and can_carry(fmt)
    sizes: list[int] = []
    seal = None
    if carried and choice.identity is not None:
        seal = sealer(choice.identity, claim, title=Path(output).name, parent=source.path, sizes=sizes)
    save_image(pixels, output, source=source, overwrite=overwrite, seal=seal)
    record = _with_output(claim, output)
    record["content_credentials"] = credentials_entry(choice, carried, sizes[0] if sizes else None)
    return write_sidecar(output, record), record


def write_sidecar(output_path: str | os.PathLike[str], record: dict[str, Any]) -> Path:
    """Write ``record`` to ``OUT.json`` atomically (replacing an older record of the same output)."""
    target = sidecar_path(output_path)
    data = (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        reason = exc.strerror or exc
        raise ImageWriteError(f"The provenance record “{target}” could not be written ({reason}).") from exc
    return target


def step_record(
    name: str,
    params: dict[str, Any],
    *,
    ran: bool = True,
    model: dict[str, str] | None = None,
    mask: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One step of a provenance record; ``model`` and ``mask`` appear only when the step had them."""
    step: dict[str, Any] = {"name": name, "ran": ran, "params": params}
    if model is not None:
        step["model"] = model
    if mask is not None:
        step["mask"] = mask
    return step
