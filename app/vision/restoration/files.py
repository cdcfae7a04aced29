"""File-to-file restoration jobs (Qt-free): load → process → save atomically → provenance sidecar.

Each factory returns an :class:`app.jobs.Job`; the CLI runs it directly, the UI hands it to its
runner. Cheap checks (output name, output = input, existing output) run before any pixel is
decoded, so a mistake is reported at once rather than after a minute of inference.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from app.credentials.output import UNSIGNED_NOTE, SigningChoice, resolve_signing, visible_label_enabled
from app.domain.errors import ImageWriteError, InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, scaled
from app.imaging.atomic import atomic_write_bytes
from app.imaging.io import load_image
from app.imaging.writer import output_format
from app.jobs import Job
from app.vision.engine import Engine
from app.vision.restoration.denoise import denoise
from app.vision.restoration.inpaint import as_mask, inpaint
from app.vision.restoration.pipeline import RestoreOptions, restore
from app.vision.restoration.provenance import file_entry, mask_summary, save_output, step_record
from app.vision.restoration.report import assess

__all__ = ["FileOutcome", "denoise_file_job", "detect_damage_file_job", "inpaint_file_job", "restore_file_job"]

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class FileOutcome:
    """Where the result went, its provenance record, and a one-line summary for people."""

    output: Path
    sidecar: Path
    record: dict[str, Any]
    summary: str

    @property
    def credentials(self) -> str:
        """One line: signed by whom, or why not."""
        entry = self.record.get("content_credentials") or {}
        if entry.get("signed"):
            return f"Content Credentials signed by {entry.get('signer')}"
        if entry.get("reason") == "no signing identity":
            return UNSIGNED_NOTE
        return f"not signed: {entry.get('reason', 'unknown reason')}"


def _same(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return first.resolve() == second.resolve()


def _check_paths(inputs: list[Path], output: Path, overwrite: bool, extra_outputs: tuple[Path, ...] = ()) -> None:
    """Refuse before any work: unknown suffix, an output that is an input, an existing output."""
    output_format(output)
    for target in (output, *extra_outputs):
        for source in inputs:
            if _same(target, source):
                raise ImageWriteError(
                    f"“{target}” is an input file; originals are never overwritten, so choose another name."
                )
    if output.exists() and not overwrite:
        raise ImageWriteError(f"“{output}” already exists; choose another name or allow overwriting.")


def _finish(
    operation: str, source: Any, output: Path, pixels: Any, steps: list[dict[str, Any]], overwrite: bool,
    extra: dict[str, Any] | None = None, *, signing: SigningChoice, mask: bool = False,
) -> tuple[Path, dict[str, Any]]:
    # A mask is data for the next step, never labelled; pictures get the label when Settings ask for it.
    label = not mask and visible_label_enabled()
    return save_output(pixels, output, source, operation, steps, overwrite=overwrite, extra=extra, signing=signing,
                       label=label)


def denoise_file_job(
    input_path: PathLike, output_path: PathLike, sigma: float | None = None, *, overwrite: bool = False,
    engine: Engine | None = None,
) -> Job[FileOutcome]:
    """Denoise IN into OUT (σ None = estimate; skipped below the threshold, the copy is still written)."""
    source_path, output = Path(input_path), Path(output_path)
    _check_paths([source_path], output, overwrite)
    signing = resolve_signing()  # now, so a locked signing key is reported before any work

    def work(progress: ProgressCallback, cancel: CancelToken) -> FileOutcome:
        loaded = load_image(source_path)
        cancel.raise_if_cancelled()
        result = denoise(loaded.pixels, sigma, engine=engine, progress=scaled(progress, 0.05, 0.95), cancel=cancel)
        step = step_record("denoise", result.params(), ran=not result.skipped, model=result.model)
        sidecar, record = _finish("denoise", loaded, output, result.image, [step], overwrite, signing=signing)
        progress(Progress(1.0, "saved"))
        if result.skipped:
            summary = f"noise σ≈{result.estimated_sigma:.1f} is too low to remove; copied unchanged to {output}"
        else:
            summary = f"denoised at σ={result.sigma:.1f} into {output}"
        return FileOutcome(output, sidecar, record, summary)

    return Job(f"Denoise {source_path.name}", work)


def detect_damage_file_job(
    input_path: PathLike, mask_path: PathLike, detector: str = "learned", *, sensitivity: float = 0.0,
    overwrite: bool = False,
) -> Job[FileOutcome]:
    """Write the damage found on IN as MASK_OUT (same size, white = damaged) plus its record.

    The mask is meant to be checked and edited, then given to ``inpaint`` as its MASK.
    """
    from app.vision.restoration.damage_mask import check_detection, find_damage

    source_path, output = Path(input_path), Path(mask_path)
    check_detection(detector, sensitivity)
    _check_paths([source_path], output, overwrite)
    signing = resolve_signing()  # now, so a locked signing key is reported before any work

    def work(progress: ProgressCallback, cancel: CancelToken) -> FileOutcome:
        loaded = load_image(source_path)
        cancel.raise_if_cancelled()
        found = find_damage(loaded.pixels, detector, sensitivity=sensitivity,
                            progress=scaled(progress, 0.05, 0.95), cancel=cancel)
        step = step_record("detect-damage", found.params, model=found.model, mask=mask_summary(found.mask))
        sidecar, record = _finish("detect-damage", loaded, output, found.mask, [step], overwrite,
                                  signing=signing, mask=True)
        progress(Progress(1.0, "saved"))
        share = 100.0 * found.fraction
        summary = f"marked {share:.2f} % of the image as damaged ({detector}) in {output}"
        return FileOutcome(output, sidecar, record, summary)

    return Job(f"Find damage on {source_path.name}", work)


def inpaint_file_job(
    input_path: PathLike, mask_path: PathLike, output_path: PathLike, method: str = "telea", *,
    overwrite: bool = False, engine: Engine | None = None,
) -> Job[FileOutcome]:
    """Fill the white areas of MASK in IN with ``method`` and write OUT plus its record."""
    source_path, mask_file, output = Path(input_path), Path(mask_path), Path(output_path)
    _check_paths([source_path, mask_file], output, overwrite)
    signing = resolve_signing()  # now, so a locked signing key is reported before any work

    def work(progress: ProgressCallback, cancel: CancelToken) -> FileOutcome:
        loaded = load_image(source_path)
        mask = load_image(mask_file).pixels
        cancel.raise_if_cancelled()
        result = inpaint(loaded.pixels, mask, method, engine=engine, progress=scaled(progress, 0.05, 0.95),
                         cancel=cancel)
        holes = as_mask(mask, loaded.pixels.shape[:2])
        step = step_record("inpaint", {"method": result.method, **result.params}, model=result.model,
                           mask={**file_entry(mask_file), **mask_summary(holes)})
        sidecar, record = _finish("inpaint", loaded, output, result.image, [step], overwrite, signing=signing)
        progress(Progress(1.0, "saved"))
        share = 100.0 * result.params.get("hole_fraction", 0.0)
        return FileOutcome(output, sidecar, record, f"filled {share:.2f} % of the image with {method} into {output}")

    return Job(f"Inpaint {source_path.name}", work)


_NO_MASK = np.zeros((0, 0), np.uint8)


def _own(pixels: Any) -> Any:
    """The loader's read-only pixels made writable when they own their memory (else unchanged)."""
    try:
        pixels.flags.writeable = True
    except ValueError:  # a view of a read-only buffer: stays read-only, the steps copy instead
        pass
    return pixels


def restore_file_job(
    input_path: PathLike, output_path: PathLike, *, report_path: PathLike | None = None,
    options: RestoreOptions | None = None, overwrite: bool = False, engine: Engine | None = None,
) -> Job[FileOutcome]:
    """Run the one-click restore on IN, write OUT, its record, and optionally the report as JSON."""
    source_path, output = Path(input_path), Path(output_path)
    report_file = Path(report_path) if report_path is not None else None
    _check_paths([source_path], output, overwrite, (report_file,) if report_file else ())
    signing = resolve_signing()  # now, so a locked signing key is reported before any work
    if report_file is not None and _same(report_file, output):
        raise ImageWriteError(f"The report “{report_file}” cannot have the same name as the output image.")

    def work(progress: ProgressCallback, cancel: CancelToken) -> FileOutcome:
        loaded = load_image(source_path)
        pixels = _own(loaded.pixels)
        # Measured here so that the mask summary (a 4-byte label per pixel while it counts
        # regions) runs while only the input is in memory, before torch and the output exist.
        condition = assess(pixels, progress=scaled(progress, 0.02, 0.1), cancel=cancel)
        damage_mask = mask_summary(condition.damage.mask)
        # Summarised: only a curator's review reads the classical mask again (repair fills the sure
        # damage it finds itself), so the steps go without this frame-sized array.
        condition = replace(condition, damage=replace(condition.damage, mask=_NO_MASK))
        # Nothing else uses these decoded pixels, so the steps may write into them (a frame less).
        result = restore(pixels, options, engine=engine, report=condition, reuse_input=pixels.flags.writeable,
                         progress=scaled(progress, 0.02, 0.95), cancel=cancel)
        steps = [step.as_dict() for step in result.steps]
        report = result.report.as_dict()
        extra = {"condition": {**report, "damage_mask": damage_mask}}
        sidecar, record = _finish("restore", loaded, output, result.image, steps, overwrite, extra, signing=signing)
        if report_file is not None:
            body = {"input": record["input"], "output": record["output"], **extra, "steps": steps}
            data = (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            try:
                atomic_write_bytes(report_file, data)
            except OSError as exc:
                reason = exc.strerror or exc
                raise ImageWriteError(f"The report “{report_file}” could not be written ({reason}).") from exc
        progress(Progress(1.0, "saved"))
        ran = [step.name for step in result.steps if step.ran] or ["nothing needed"]
        return FileOutcome(output, sidecar, record, f"restored ({', '.join(ran)}) into {output}")

    return Job(f"Restore {source_path.name}", work)


def colorize_file_job(
    input_path: PathLike, output_path: PathLike, *, reference_path: PathLike | None = None,
    hints_path: PathLike | None = None, overwrite: bool = False, engine: Engine | None = None,
) -> Job[FileOutcome]:
    """Colourise IN from a reference colour photo and/or a same-size image of painted colour hints."""
    from app.vision.restoration.colorize import colorize

    source_path, output = Path(input_path), Path(output_path)
    guides = [Path(p) for p in (reference_path, hints_path) if p is not None]
    if not guides:
        raise InvalidInput("Colourising needs --reference REF and/or --hints HINTS.png: the colours come from you.")
    _check_paths([source_path, *guides], output, overwrite)
    signing = resolve_signing()  # now, so a locked signing key is reported before any work

    def work(progress: ProgressCallback, cancel: CancelToken) -> FileOutcome:
        loaded = load_image(source_path)
        reference = load_image(reference_path).pixels if reference_path is not None else None
        # Hints: a copy of the photo (or any same-size image) with coloured strokes; colourful pixels count.
        hints = load_image(hints_path).pixels if hints_path is not None else None
        cancel.raise_if_cancelled()
        result = colorize(loaded.pixels, reference=reference, hints=hints, engine=engine,
                          progress=scaled(progress, 0.05, 0.95), cancel=cancel)
        step = step_record("colorize", result.params, model=result.model)
        guide_entries = [file_entry(p) for p in guides]
        sidecar, record = _finish("colorize", loaded, output, result.image, [step], overwrite,
                                  {"guides": guide_entries}, signing=signing)
        progress(Progress(1.0, "saved"))
        return FileOutcome(output, sidecar, record, f"colourised ({', '.join(result.params['sources'])}) into {output}")

    return Job(f"Colourise {source_path.name}", work)



def upscale_file_job(
    input_path: PathLike, output_path: PathLike, scale: int, *, overwrite: bool = False
) -> Job[FileOutcome]:
    """Enlarge IN ×2 or ×4 into OUT with the learned super-resolution network."""
    from app.vision.restoration.upscale import SCALES, upscale

    if scale not in SCALES:
        raise InvalidInput(f"The scale must be 2 or 4, not {scale}.")
    source_path, output = Path(input_path), Path(output_path)
    _check_paths([source_path], output, overwrite)
    signing = resolve_signing()  # now, so a locked signing key is reported before any work

    def work(progress: ProgressCallback, cancel: CancelToken) -> FileOutcome:
        loaded = load_image(source_path)
        result = upscale(loaded.pixels, scale, progress=scaled(progress, 0.02, 0.95), cancel=cancel)
        step = step_record("upscale", result.params, model=result.model)
        sidecar, record = _finish("upscale", loaded, output, result.image, [step], overwrite, signing=signing)
        progress(Progress(1.0, "saved"))
        width, height = result.params["output_size"]
        return FileOutcome(output, sidecar, record, f"enlarged ×{scale} to {width}×{height} into {output}")

    return Job(f"Upscale {source_path.name}", work)
