"""IIIF Presentation 3.0: one Collection of the export, one Manifest per picture.

Each Manifest has one Canvas painted with the picture's level-0 image service (:mod:`.tiles`),
labels and summary in every language the catalogue has (ko/en/zh/ja where written), Dublin Core
as ``metadata``, rights, a thumbnail, and the tags as ``tagging`` annotations whose
``TextualBody`` carries each name in its language. Plain dictionaries written with :mod:`json`:
the structure is fixed by the specification, and the tests check it with an independent reader.

Rights: the specification lets ``rights`` hold only a Creative Commons or RightsStatements.org
URI, so a Dublin Core rights value of that kind goes there and anything else (free text, another
URI) becomes the ``requiredStatement`` a viewer must display.
"""

from __future__ import annotations

import re

from app.catalog.exports.common import by_preference
from app.catalog.exports.effective_tags import EffectiveTag, TagSet
from app.catalog.exports.records import DcValue, ItemRecord
from app.catalog.exports.tiles import ImageService

PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json"
_RIGHTS_URI = re.compile(r"https?://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)\S+")

# Metadata labels in the four kiosk languages (museum visitors read the viewer in theirs).
_LABELS: dict[str, dict[str, str]] = {
    "creator": {"en": "Creator", "ko": "제작자", "zh": "创作者", "ja": "作成者"},
    "date": {"en": "Date", "ko": "날짜", "zh": "日期", "ja": "日付"},
    "created": {"en": "Photographed", "ko": "촬영일", "zh": "拍摄日期", "ja": "撮影日"},
    "coverage": {"en": "Coverage", "ko": "시공간 범위", "zh": "时空范围", "ja": "時空間範囲"},
    "subject": {"en": "Subject", "ko": "주제", "zh": "主题", "ja": "主題"},
    "tags": {"en": "Tags", "ko": "태그", "zh": "标签", "ja": "タグ"},
    "suggestions": {"en": "AI suggestions", "ko": "AI 제안", "zh": "AI 建议", "ja": "AI の提案"},
    "source": {"en": "Source", "ko": "출처", "zh": "来源", "ja": "出典"},
    "identifier": {"en": "Identifier", "ko": "식별자", "zh": "标识符", "ja": "識別子"},
    "publisher": {"en": "Publisher", "ko": "발행처", "zh": "出版者", "ja": "発行者"},
    "contributor": {"en": "Contributor", "ko": "기여자", "zh": "贡献者", "ja": "寄与者"},
    "type": {"en": "Type", "ko": "유형", "zh": "类型", "ja": "種類"},
    "format": {"en": "Format", "ko": "형식", "zh": "格式", "ja": "形式"},
    "language": {"en": "Language", "ko": "언어", "zh": "语言", "ja": "言語"},
    "relation": {"en": "Relation", "ko": "관련 자료", "zh": "关联", "ja": "関連"},
    "rights": {"en": "Rights", "ko": "권리", "zh": "权利", "ja": "権利"},
    "camera": {"en": "Camera", "ko": "카메라", "zh": "相机", "ja": "カメラ"},
}
_METADATA_FIELDS = ("creator", "date", "coverage", "subject", "source", "identifier", "publisher", "contributor",
                    "type", "format", "language", "relation")


def language_map(values: tuple[DcValue, ...] | list[DcValue]) -> dict[str, list[str]]:
    """IIIF language map: ``{"ko": [...], "none": [...]}`` (``none`` for untagged values)."""
    table: dict[str, list[str]] = {}
    for value in by_preference(values):
        table.setdefault(value.language or "none", []).append(value.value)
    return table


def _entry(key: str, value: dict[str, list[str]]) -> dict[str, object]:
    return {"label": {lang: [text] for lang, text in _LABELS[key].items()}, "value": value}


def item_label(record: ItemRecord) -> dict[str, list[str]]:
    """The picture's titles by language, else its file name."""
    return language_map(record.dc_values("title")) or {"none": [record.file_name]}


def _metadata(record: ItemRecord, tags: TagSet) -> list[dict[str, object]]:
    entries = [_entry(f, language_map(record.dc_values(f))) for f in _METADATA_FIELDS if record.dc_values(f)]
    if record.exif_date:
        entries.append(_entry("created", {"none": [record.exif_date]}))
    if record.camera:
        entries.append(_entry("camera", {"none": [record.camera]}))
    curated: dict[str, list[str]] = {}
    for tag in tags.curated:
        for lang, name in tag.name.names or (("none", tag.label),):
            curated.setdefault(lang, []).append(name)
    if curated:
        entries.append(_entry("tags", {lang: [", ".join(names)] for lang, names in curated.items()}))
    if tags.suggested:
        text = ", ".join(f"{t.name.name('en')} ({t.score:.2f})" for t in tags.suggested)
        entries.append(_entry("suggestions", {"en": [text]}))
    return entries


def _rights(record: ItemRecord) -> dict[str, object]:
    values = record.dc_values("rights")
    uri = next((v.value.strip() for v in values if _RIGHTS_URI.fullmatch(v.value.strip())), None)
    rest = [v for v in values if v.value.strip() != uri]
    out: dict[str, object] = {}
    if uri:
        out["rights"] = uri
    if rest:
        out["requiredStatement"] = _entry("rights", language_map(rest))
    return out


def _provenance_note(tag: EffectiveTag) -> str:
    if tag.curated and tag.decision is not None:
        return f"Curator: {tag.status} by {tag.decision.decided_by} ({tag.decision.decided_at})"
    e = tag.evidence
    assert e is not None  # a suggestion always comes from a model
    return f"AI suggestion, score {e.score:.2f} ({e.model_id} {e.model_version}), not reviewed"


def _tag_annotation(tag: EffectiveTag, annotation_id: str, canvas_id: str) -> dict[str, object]:
    bodies: list[dict[str, object]] = [
        {"type": "TextualBody", "value": name, "language": lang, "format": "text/plain", "purpose": "tagging"}
        for lang, name in tag.name.names
    ] or [{"type": "TextualBody", "value": tag.label, "format": "text/plain", "purpose": "tagging"}]
    bodies.append({"type": "TextualBody", "value": _provenance_note(tag), "language": "en",
                   "format": "text/plain", "purpose": "commenting"})
    return {"id": annotation_id, "type": "Annotation", "motivation": "tagging", "body": bodies, "target": canvas_id}


def _image(service: ImageService, size: tuple[int, int] | None) -> dict[str, object]:
    width, height = size or (service.width, service.height)
    path = "full/max" if size is None else f"full/{width},{height}"
    return {
        "id": f"{service.id}/{path}/0/default.jpg", "type": "Image", "format": "image/jpeg",
        "width": width, "height": height, "service": [service.reference()],
    }


def thumbnail(service: ImageService) -> list[dict[str, object]]:
    return [_image(service, service.thumbnail_size)]


def manifest(
    record: ItemRecord, tags: TagSet, manifest_id: str, service: ImageService, collection_id: str
) -> dict[str, object]:
    """The Manifest of one picture (see the module doc)."""
    canvas_id = f"{manifest_id.removesuffix('.json')}/canvas/1"
    label = item_label(record)
    painting = {
        "id": f"{canvas_id}/paint/1", "type": "Annotation", "motivation": "painting",
        "body": _image(service, None), "target": canvas_id,
    }
    canvas: dict[str, object] = {
        "id": canvas_id, "type": "Canvas", "label": label, "width": service.width, "height": service.height,
        "items": [{"id": f"{canvas_id}/paint", "type": "AnnotationPage", "items": [painting]}],
    }
    if tags.kept:
        page_id = f"{canvas_id}/tags"
        annotations = [_tag_annotation(t, f"{page_id}/{n}", canvas_id) for n, t in enumerate(tags.kept, 1)]
        canvas["annotations"] = [{"id": page_id, "type": "AnnotationPage", "items": annotations}]
    document: dict[str, object] = {
        "@context": PRESENTATION_CONTEXT, "id": manifest_id, "type": "Manifest", "label": label,
    }
    summary = language_map(record.dc_values("description"))
    if summary:
        document["summary"] = summary
    document["metadata"] = _metadata(record, tags)
    document.update(_rights(record))
    document["thumbnail"] = thumbnail(service)
    document["partOf"] = [{"id": collection_id, "type": "Collection"}]
    document["items"] = [canvas]
    return document


def collection(collection_id: str, name: str, members: list[dict[str, object]]) -> dict[str, object]:
    """The Collection listing every exported Manifest (``members`` as :func:`member` builds them)."""
    return {
        "@context": PRESENTATION_CONTEXT, "id": collection_id, "type": "Collection",
        "label": {"none": [name]}, "items": members,
    }


def member(document: dict[str, object]) -> dict[str, object]:
    """A Manifest as a Collection lists it: id, type, label and thumbnail only."""
    return {key: document[key] for key in ("id", "type", "label", "thumbnail")}

