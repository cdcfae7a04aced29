"""XMP sidecars: one ``.xmp`` file per picture, as Lightroom, digiKam, darktable and exiftool read.

The packet follows the XMP specification part 1 (packet wrapper, ``x:xmpmeta``, one
``rdf:Description``) and the Dublin Core schema's value types (``dc:title`` is a language
alternative whose ``x-default`` comes first, ``dc:subject`` an unordered bag, ``dc:creator`` an
ordered sequence…). Keywords are written three ways because each program reads its own:
``dc:subject`` (flat, every application), ``lr:hierarchicalSubject`` (``Heritage|Pagoda|Seokgatap``,
Lightroom and others) and ``digiKam:TagsList`` (``Heritage/Pagoda/Seokgatap``). Who said what —
model id, version, sha256, score, time, curator decision — lives in our own namespace
(:data:`.common.NAMESPACE`), so no other program mistakes it for its own data.

Built with :mod:`xml.etree.ElementTree`, which escapes markup characters; :mod:`.text` has
already removed the characters XML cannot carry at all.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from app.catalog.exports.common import (
    NAMESPACE,
    NAMESPACE_PREFIX,
    exporter,
    first_per_language,
    keyword_names,
    mime_type,
    preferred,
    unique,
)
from app.catalog.exports.effective_tags import EffectiveTag, TagSet
from app.catalog.exports.records import ItemRecord

_NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "digiKam": "http://www.digikam.org/ns/1.0/",
    NAMESPACE_PREFIX: NAMESPACE,
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
for _prefix, _uri in _NS.items():
    ET.register_namespace(_prefix, _uri)

# The Dublin Core schema's XMP value types (XMP Specification Part 2, §8.4).
_ALT = ("title", "description", "rights")
_SEQ = ("creator", "date")
_BAG = ("contributor", "language", "publisher", "relation", "type")
_TEXT = ("coverage", "identifier", "source")

# The packet id is fixed by the XMP specification; begin holds a byte-order mark by definition.
_PACKET_BEGIN = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_PACKET_END = '\n<?xpacket end="w"?>\n'


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _array(parent: ET.Element, prefix: str, name: str, kind: str, values: list[str]) -> None:
    if not values:
        return
    container = ET.SubElement(ET.SubElement(parent, _q(prefix, name)), _q("rdf", kind))
    for value in values:
        ET.SubElement(container, _q("rdf", "li")).text = value


def _alt(parent: ET.Element, name: str, record: ItemRecord) -> None:
    values = record.dc_values(name)
    default = preferred(values)
    if default is None:
        return
    container = ET.SubElement(ET.SubElement(parent, _q("dc", name)), _q("rdf", "Alt"))
    # x-default must come first (XMP Part 1, §7.9.2.5): readers without a language show it.
    ET.SubElement(container, _q("rdf", "li"), {_XML_LANG: "x-default"}).text = default.value
    for language, text in first_per_language(values).items():
        ET.SubElement(container, _q("rdf", "li"), {_XML_LANG: language}).text = text


def _text(parent: ET.Element, prefix: str, name: str, value: str | None) -> None:
    if value:
        ET.SubElement(parent, _q(prefix, name)).text = value


def _tag_struct(container: ET.Element, tag: EffectiveTag) -> None:
    struct = ET.SubElement(container, _q("rdf", "li"), {_q("rdf", "parseType"): "Resource"})
    fields: list[tuple[str, str | None]] = [("label", tag.label), ("name", tag.name.name("en")), ("status", tag.status)]
    if tag.evidence is not None:
        e = tag.evidence
        fields += [
            ("score", format(e.score, ".4f")), ("modelId", e.model_id), ("modelVersion", e.model_version),
            ("modelSha256", e.model_sha256), ("taggedAt", e.created_at),
        ]
    if tag.decision is not None:
        d = tag.decision
        fields += [("decidedBy", d.decided_by), ("decidedAt", d.decided_at), ("note", d.note)]
    for name, value in fields:
        _text(struct, NAMESPACE_PREFIX, name, value)


def _tag_bag(parent: ET.Element, name: str, tags: tuple[EffectiveTag, ...]) -> None:
    if tags:
        bag = ET.SubElement(ET.SubElement(parent, _q(NAMESPACE_PREFIX, name)), _q("rdf", "Bag"))
        for tag in tags:
            _tag_struct(bag, tag)


def hierarchy(tag: EffectiveTag, separator: str) -> str:
    """The tag's path joined by ``separator``; a separator inside a level is replaced so it cannot split it."""
    stand_in = {"|": "\u00a6", "/": "\u2215"}[separator]
    return separator.join(level.replace(separator, stand_in) for level in tag.path)


def sidecar_xml(record: ItemRecord, tags: TagSet, exported_at: str) -> bytes:
    """The complete XMP packet for one picture, UTF-8 encoded."""
    root = ET.Element(_q("x", "xmpmeta"), {_q("x", "xmptk"): exporter()})
    rdf = ET.SubElement(root, _q("rdf", "RDF"))
    desc = ET.SubElement(rdf, _q("rdf", "Description"), {_q("rdf", "about"): ""})
    for name in _ALT:
        _alt(desc, name, record)
    for name in _SEQ:
        _array(desc, "dc", name, "Seq", unique([v.value for v in record.dc_values(name)]))
    for name in _BAG:
        _array(desc, "dc", name, "Bag", unique([v.value for v in record.dc_values(name)]))
    for name in _TEXT:
        _text(desc, "dc", name, "; ".join(unique([v.value for v in record.dc_values(name)])))
    formats = unique([v.value for v in record.dc_values("format")])
    _text(desc, "dc", "format", formats[0] if formats else mime_type(record.format))
    subjects = unique([v.value for v in record.dc_values("subject")] + keyword_names(tags))
    _array(desc, "dc", "subject", "Bag", subjects)
    _array(desc, "lr", "hierarchicalSubject", "Bag", unique([hierarchy(t, "|") for t in tags.kept]))
    _array(desc, "digiKam", "TagsList", "Seq", unique([hierarchy(t, "/") for t in tags.kept]))
    _text(desc, "photoshop", "DateCreated", record.exif_date)
    _text(desc, NAMESPACE_PREFIX, "exporter", exporter())
    _text(desc, NAMESPACE_PREFIX, "exportedAt", exported_at)
    _text(desc, NAMESPACE_PREFIX, "itemSha256", record.sha256)
    _text(desc, NAMESPACE_PREFIX, "sourceFile", record.display_path)
    _tag_bag(desc, "tags", tags.kept)
    _tag_bag(desc, "rejected", tags.rejected)
    body = ET.tostring(root, encoding="unicode")
    return (_PACKET_BEGIN + body + _PACKET_END).encode("utf-8")
