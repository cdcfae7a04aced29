"""The tags an export carries: what the curator decided overrides what the models suggested.

For each label on a picture, the curator's *newest* decision about it counts:

* ``accepted``, ``corrected`` or ``added`` — the label is kept as the curator's (``curated``);
* ``rejected`` — the label is dropped from keywords, subjects and annotations, and only listed
  in the provenance of formats that have room for it (XMP, JSON), so the refusal is not lost;
* no decision — a model's label is exported as an *AI suggestion* with its score, kept apart from
  curated keywords (under its own hierarchy root), and only when its best score reaches
  ``min_score``; except when the picture's verdict (its newest decision other than ``added``, as
  ``review_state`` in the schema keeps it) is ``corrected``: the curator said what the picture
  shows "whatever the model said", so the model labels nobody accepted are rejected with it.

Labels are named through the heritage taxonomy (``assets/content/taxonomy.json``): a subject id
such as ``seokgatap`` becomes ``Heritage › Pagoda › Seokgatap`` and carries its ko/en/zh/ja
names; a type id such as ``pagoda`` becomes ``Heritage › Pagoda``. A label the taxonomy does not
know (a museum's own taught label, ``not_heritage``) stands alone under its own text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.catalog.exports.records import AiTag, Decision, ItemRecord
from app.content.taxonomy import LANGUAGES, Taxonomy

#: Top of the hierarchy for labels the taxonomy knows.
HERITAGE_ROOT = "Heritage"
#: Top of the hierarchy for unreviewed model suggestions (so they never pass for curated keywords).
SUGGESTIONS_ROOT = "AI suggestions"

CURATED_ACTIONS = ("accepted", "corrected", "added")
SUGGESTED = "suggested"
REJECTED = "rejected"


@dataclass(frozen=True)
class TagName:
    """How one label is written: names by language and its place in the hierarchy (English)."""

    label: str
    names: tuple[tuple[str, str], ...]
    path: tuple[str, ...]

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, else English, else the label itself."""
        table = dict(self.names)
        return table.get(lang) or table.get("en") or self.label


class TagNamer:
    """Names labels through the taxonomy; built once per export."""

    def __init__(self, taxonomy: Taxonomy | None) -> None:
        self._cache: dict[str, TagName] = {}
        self._taxonomy = taxonomy

    def __call__(self, label: str) -> TagName:
        if label not in self._cache:
            self._cache[label] = self._name(label)
        return self._cache[label]

    def _name(self, label: str) -> TagName:
        taxonomy = self._taxonomy
        if taxonomy is not None:
            subject = next((s for s in taxonomy.subjects if s.id == label), None)
            if subject is not None:
                kind = taxonomy.type_by_id(subject.type_id)
                return TagName(label, _pairs(subject.names.pairs), (HERITAGE_ROOT, kind.name("en"), subject.name("en")))
            kind = next((t for t in taxonomy.types if t.id == label), None)
            if kind is not None:
                return TagName(label, _pairs(kind.names.pairs), (HERITAGE_ROOT, kind.name("en")))
        return TagName(label, (), (label,))


def _pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    return tuple(sorted(pairs, key=lambda pair: order.get(pair[0], len(order))))


@dataclass(frozen=True)
class EffectiveTag:
    """One label as exported, with the evidence behind it."""

    name: TagName
    status: str  # accepted | corrected | added | suggested | rejected
    evidence: AiTag | None  # the best-scoring model output for this label, if any
    decision: Decision | None  # the curator decision that counts, if any

    @property
    def label(self) -> str:
        return self.name.label

    @property
    def curated(self) -> bool:
        return self.status in CURATED_ACTIONS

    @property
    def score(self) -> float | None:
        return None if self.evidence is None else self.evidence.score

    @property
    def path(self) -> tuple[str, ...]:
        """The hierarchy this tag is filed under: suggestions sit below :data:`SUGGESTIONS_ROOT`."""
        return self.name.path if self.curated else (SUGGESTIONS_ROOT, *self.name.path)


@dataclass(frozen=True)
class TagSet:
    """A picture's exported tags (curated first, then suggestions by score) and its rejected ones."""

    kept: tuple[EffectiveTag, ...]
    rejected: tuple[EffectiveTag, ...]

    @property
    def curated(self) -> tuple[EffectiveTag, ...]:
        return tuple(t for t in self.kept if t.curated)

    @property
    def suggested(self) -> tuple[EffectiveTag, ...]:
        return tuple(t for t in self.kept if not t.curated)


def effective_tags(record: ItemRecord, namer: TagNamer, min_score: float = 0.0) -> TagSet:
    """Apply the curator's decisions to the models' tags of one picture (rules in the module doc)."""
    best: dict[str, AiTag] = {}
    for tag in record.ai_tags:  # highest score first
        best.setdefault(tag.label, tag)
    newest: dict[str, Decision] = {}
    for decision in record.decisions:  # oldest first, so the newest overwrites
        newest[decision.label] = decision
    verdict = next((d for d in reversed(record.decisions) if d.action != "added"), None)
    curated: list[EffectiveTag] = []
    rejected: list[EffectiveTag] = []
    for label, decision in sorted(newest.items(), key=lambda kv: kv[1].id):
        status = decision.action if decision.action in CURATED_ACTIONS else REJECTED
        tag = EffectiveTag(namer(label), status, best.get(label), decision)
        (curated if tag.curated else rejected).append(tag)
    suggested: list[EffectiveTag] = []
    for label, evidence in best.items():
        if label in newest:
            continue
        if verdict is not None and verdict.action == "corrected":
            rejected.append(EffectiveTag(namer(label), REJECTED, evidence, verdict))
        elif evidence.score >= min_score:
            suggested.append(EffectiveTag(namer(label), SUGGESTED, evidence, None))
    suggested.sort(key=lambda t: (-(t.score or 0.0), t.label))
    return TagSet(tuple(curated + suggested), tuple(rejected))
