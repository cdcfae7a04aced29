"""The show's handout: one PDF page per step, drawn with Qt's PDF writer (``present --handout OUT.pdf``).

Each page has the step's pictures (live steps: their rehearsed result from the pack's cache), the
captions in both languages, what the model found, the provenance from the cache's ``result.json``
(models' id, version, sha256) and the credits and licences of the step's files from the manifest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.domain.errors import GyeongjuError, InvalidInput
from app.packs.manifest import MANIFEST_NAME, Manifest, parse_manifest
from app.presentation.cache import cache_root, load_result
from app.presentation.locate import Show
from app.presentation.script import Step
from app.ui.fonts import FAMILY_FOR_LANGUAGE
from app.ui.presenter.launch import ensure_application
from app.ui.presenter.prepare import _pictures
from app.ui.presenter.qr import qr_image
from app.ui.presenter.words import AFTER, BEFORE, TAUGHT, both
from app.ui.qt_image import to_qimage

RESOLUTION = 150  # dots per inch of the page's coordinates
IMAGE_SIDE = 1200  # long side of a picture embedded in the PDF
INK, MUTED, GOLD = QColor("#1b1b1b"), QColor("#5a5a5a"), QColor("#8a6400")
Record = tuple[dict[str, np.ndarray], dict[str, Any], dict[str, Any]]  # images, data, result.json


def rehearsed(show: Show) -> dict[int, Record]:
    """Every live step's cached result; a step never rehearsed is one sentence saying to rehearse first."""
    found: dict[int, Record] = {}
    for step in show.script.live_steps:
        cached = load_result(cache_root(show.pack_dir) / step.cache_name)
        if cached is None:
            raise InvalidInput(f"Step {step.index} ({step.kind}) has no rehearsed result for the handout; "
                               "run gyeongju-ai present with --rehearse first.")
        found[step.index] = (cached[0].images, cached[0].data, cached[1])
    return found


def _manifest(pack_dir: Path) -> Manifest | None:
    try:
        return parse_manifest((pack_dir / MANIFEST_NAME).read_bytes())
    except (OSError, GyeongjuError):
        return None


def _models(value: Any) -> list[dict[str, Any]]:
    """Every model identity (a table with an id and a version or sha256) inside a provenance record."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if "id" in value and ("version" in value or "sha256" in value):
            found.append(value)
        for inner in value.values():
            found += _models(inner)
    elif isinstance(value, list):
        for inner in value:
            found += _models(inner)
    return found


def _findings(step: Step, data: dict[str, Any], languages: tuple[str, str]) -> list[str]:
    lines: list[str] = []
    if step.kind == "recognise":
        for rank, entry in enumerate(data.get("labels", [])[:3], 1):
            names = " · ".join(dict.fromkeys(n for n in (entry.get("name_ko"), entry.get("name_en"),
                                                         entry.get("id")) if n))
            lines.append(f"{rank}. {names} — {float(entry.get('score', 0.0)):.0%}")
    elif step.kind == "teach" and "cv_accuracy" in data:
        photos = sum(int(n) for n in data.get("labels", {}).values())
        lines.append(both(TAUGHT, languages, "\n", photos=photos, percent=int(float(data["cv_accuracy"]) * 100 + 1e-9)))
    elif step.kind == "restore":
        ran = [s.get("name", "?") for s in data.get("steps", []) if s.get("ran", True)]
        lines.append("Restoration steps: " + (", ".join(ran) if ran else "none were needed"))
    if step.subject:
        lines.append(f"Subject: {step.subject}")
    if step.url:
        lines.append(step.url)
    return lines


def _provenance(record: dict[str, Any] | None) -> list[str]:
    if record is None:
        return ["Nothing runs a model on this step."]
    provenance = record.get("provenance", {})
    lines = [str(provenance.get("operation", record.get("kind", "")))]
    lines.append(f"Rehearsed {record.get('rehearsed_at', '?')} with app {record.get('app_version', '?')}: "
                 f"{float(record.get('seconds', 0.0)):.2f} s (budget {float(record.get('budget_s', 0.0)):g} s)")
    seen: set[tuple[str, str, str]] = set()
    for model in _models(provenance):
        key = (str(model.get("id")), str(model.get("version", "")), str(model.get("sha256", "")))
        if key in seen:
            continue
        seen.add(key)
        licence = f" · {model['licence']}" if model.get("licence") else ""
        lines.append(f"{key[0]} {key[1]}{licence}")
        if key[2]:
            lines.append(f"    sha256 {key[2]}")
    return lines


def _credits(step: Step, manifest: Manifest | None) -> list[str]:
    if manifest is None:
        return ["The pack has no manifest: credits and licences are unknown."] if step.files() else []
    entries = {f.path: f for f in manifest.files}
    lines = []
    for path in dict.fromkeys(step.files()):
        entry = entries.get(path)
        lines.append(f"{path}: {entry.credit} · {entry.licence}" if entry else f"{path}: not listed in the manifest")
    return lines


class _Page:
    """Draws one step onto the painter's current page; ``y`` walks down the page."""

    def __init__(self, painter: QPainter, width: int, height: int, family: str) -> None:
        self.painter, self.width, self.height, self.family = painter, width, height, family
        self.y = 0.0

    def text(self, text: str, size: float, colour: QColor = INK, *, bold: bool = False, x: float = 0.0,
             width: float | None = None, mono: bool = False, right: bool = False) -> float:
        font = QFont("DejaVu Sans Mono" if mono else self.family)
        font.setFamilies(["DejaVu Sans Mono", self.family] if mono else [self.family])
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(colour)
        box = QRectF(x, self.y, (width or self.width - x), self.height - self.y)
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        used = self.painter.drawText(box, int(align | Qt.TextFlag.TextWordWrap), text)
        return used.height()

    def block(self, title: str, lines: list[str], x: float, width: float) -> float:
        top = self.y
        self.y += self.text(title, 10, MUTED, bold=True, x=x, width=width) + 4
        for line in lines:
            mono = line.startswith("    sha256")
            self.y += self.text(line.strip(), 7.5 if mono else 9, x=x, width=width, mono=mono) + 2
        used, self.y = self.y - top, top
        return used

    def pictures(self, pictures: list[tuple[QImage, str]], box_height: float) -> None:
        if not pictures:
            return
        gap = 24.0
        cell = (self.width - gap * (len(pictures) - 1)) / len(pictures)
        label_h = 40.0
        for n, (image, label) in enumerate(pictures):
            x = n * (cell + gap)
            scale = min(cell / image.width(), (box_height - label_h) / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(x + (cell - w) / 2, self.y + (box_height - label_h - h) / 2, w, h)
            self.painter.drawImage(target, image)
            if label:
                keep = self.y
                self.y = target.bottom() + 6
                self.text(label, 9, MUTED, x=target.left(), width=x + cell - target.left())
                self.y = keep
        self.y += box_height + 12


def _image(pixels: np.ndarray) -> QImage:
    image = to_qimage(pixels)
    if max(image.width(), image.height()) > IMAGE_SIDE:
        image = image.scaled(IMAGE_SIDE, IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def _step_pictures(step: Step, show: Show, cached: Record | None,
                   languages: tuple[str, str]) -> list[tuple[QImage, str]]:
    words = {"before": both(BEFORE, languages), "after": both(AFTER, languages)}
    if cached is not None:
        return [(_image(pixels), words.get(name, "")) for name, pixels in cached[0].items()]
    if step.kind == "closing" and step.url:
        qr = qr_image(step.url)
        return [(qr, "")] if qr is not None else []
    try:
        found = _pictures(step, show.pack_dir)
    except (GyeongjuError, OSError):
        return []
    return [(_image(pixels), "") for pixels in found.values()]


def _draw_step(page: _Page, step: Step, show: Show, cached: Record | None, manifest: Manifest | None) -> None:
    script = show.script
    first, second = script.languages
    title = " · ".join(dict.fromkeys(script.title.get(lang, "") for lang in script.languages))
    page.text(title, 9, MUTED)
    page.text(f"{step.index} / {len(script.steps)} · {step.kind}", 9, MUTED, right=True)
    page.y += 40
    page.y += page.text(step.captions.get(first, ""), 22, bold=True) + 4
    page.y += page.text(step.captions.get(second, ""), 16, GOLD) + 16
    page.pictures(_step_pictures(step, show, cached, script.languages), page.height * 0.42)
    half = page.width / 2 - 12
    findings = _findings(step, cached[1] if cached else {}, script.languages)
    if step.notes:
        findings.append(step.notes)
    used = page.block("Results · 결과", findings or ["—"], 0, half)
    used = max(used, page.block("Provenance · 출처", _provenance(cached[2] if cached else None), half + 24, half))
    page.y += used + 12
    credits = _credits(step, manifest)
    if credits:
        page.y += page.block("Credits and licences · 저작권", credits, 0, page.width) + 8
    if manifest is not None:
        page.y = page.height - 30
        pack = f"{manifest.display_title(second)} · {manifest.id} {manifest.version} · {manifest.institution}"
        page.text(pack + (f" · {manifest.institution_url}" if manifest.institution_url else ""), 8, MUTED)


def _handout_record(show: Show, cached: dict[int, Record], manifest: Manifest | None) -> dict[str, Any]:
    """What the handout's Content Credentials carry: the pack, and each live step's full provenance."""
    steps = [{"step": step.index, "kind": step.kind, "provenance": cached[step.index][2].get("provenance", {})}
             for step in show.script.live_steps if step.index in cached]
    pack = {"id": manifest.id, "version": manifest.version} if manifest is not None else {}
    return {"operation": "handout", "pack": pack, "title": show.script.title, "steps": steps}


def write_handout(show: Show, out: Path) -> tuple[int, str]:
    """Write the handout PDF to ``out`` (a temporary name, then renamed onto it).

    Returns its page count and one line on its Content Credentials: signed by the museum when it has
    a signing identity (resolved first, so a locked key fails before any drawing), else why not.
    """
    from app.credentials.output import resolve_signing
    from app.credentials.sign import sign_document
    from app.imaging.atomic import atomic_output

    cached = rehearsed(show)
    signing = resolve_signing()
    first = show.script.languages[0]
    ensure_application(first)
    manifest = _manifest(show.pack_dir)
    family = FAMILY_FOR_LANGUAGE.get(first, "Noto Sans CJK KR")
    out = Path(out)
    try:
        with atomic_output(out, ".pdf") as temp:
            writer = QPdfWriter(str(temp))
            writer.setResolution(RESOLUTION)
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
            writer.setTitle(" · ".join(show.script.title.values()))
            writer.setCreator("Gyeongju Heritage AI")
            painter = QPainter(writer)
            if not painter.isActive():
                raise OSError("Qt could not open the file")
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for n, step in enumerate(show.script.steps):
                if n:
                    writer.newPage()
                _draw_step(_Page(painter, writer.width(), writer.height(), family), step, show,
                           cached.get(step.index), manifest)
            if not painter.end():
                raise OSError("Qt could not finish the PDF")
            del painter, writer
            if signing.identity is not None:
                sign_document(temp, "application/pdf", signing.identity, _handout_record(show, cached, manifest),
                              title=out.name, description="handout of a presentation, with AI-restored and "
                              "AI-recognised pictures")
    except OSError as exc:
        raise InvalidInput(f"The handout “{out}” could not be written ({getattr(exc, 'strerror', None) or exc}).") \
            from None
    return len(show.script.steps), signing.note
