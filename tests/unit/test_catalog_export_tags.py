"""Which tags an export carries: the curator's newest word overrides the models."""

from __future__ import annotations

from app.catalog.exports.effective_tags import TagNamer, effective_tags
from app.catalog.exports.records import AiTag, Decision, ItemRecord
from app.content.taxonomy import load_taxonomy


def _record(ai: list[tuple[str, float]], decisions: list[tuple[str, str]]) -> ItemRecord:
    return ItemRecord(
        id=1, path="/photos/a.jpg", sha256="ab" * 32, state="ok", reason=None, width=10, height=10,
        format="JPEG", exif_date=None, camera=None,
        ai_tags=tuple(AiTag(label, score, "m", "1", "ff", "t0") for label, score in sorted(ai, key=lambda p: -p[1])),
        decisions=tuple(
            Decision(n, label, action, "lee", f"t{n}", None) for n, (label, action) in enumerate(decisions)
        ),
    )


def _statuses(record: ItemRecord, min_score: float = 0.0) -> tuple[dict[str, str], list[str]]:
    tags = effective_tags(record, TagNamer(load_taxonomy()), min_score)
    return {t.label: t.status for t in tags.kept}, [t.label for t in tags.rejected]


def test_decisions_override_suggestions():
    record = _record(
        [("seokgatap", 0.9), ("dabotap", 0.6), ("bell", 0.2), ("bridge", 0.05)],
        [("seokgatap", "accepted"), ("bell", "rejected"), ("yangdong", "added")],
    )
    kept, rejected = _statuses(record)
    assert kept == {"seokgatap": "accepted", "yangdong": "added", "dabotap": "suggested", "bridge": "suggested"}
    assert rejected == ["bell"]
    # Curated first (in decision order), then suggestions by score.
    tags = effective_tags(record, TagNamer(load_taxonomy()))
    assert [t.label for t in tags.kept] == ["seokgatap", "yangdong", "dabotap", "bridge"]
    accepted = tags.kept[0]
    assert accepted.evidence is not None and accepted.evidence.score == 0.9 and accepted.decision.decided_by == "lee"
    assert tags.kept[1].evidence is None  # added by hand: no model behind it


def test_newest_decision_about_a_label_counts():
    kept, rejected = _statuses(_record([("pagoda", 0.8)], [("pagoda", "rejected"), ("pagoda", "accepted")]))
    assert kept == {"pagoda": "accepted"} and rejected == []
    kept, rejected = _statuses(_record([("pagoda", 0.8)], [("pagoda", "accepted"), ("pagoda", "rejected")]))
    assert kept == {} and rejected == ["pagoda"]


def test_a_correction_rejects_the_labels_nobody_accepted():
    kept, rejected = _statuses(_record([("bell", 0.7), ("pagoda", 0.2)], [("seokgatap", "corrected")]))
    assert kept == {"seokgatap": "corrected"}
    assert sorted(rejected) == ["bell", "pagoda"]


def test_min_score_drops_weak_suggestions_only():
    record = _record([("pagoda", 0.3), ("bell", 0.2)], [("bell", "accepted")])
    kept, _ = _statuses(record, min_score=0.5)
    assert kept == {"bell": "accepted"}


def test_labels_are_named_through_the_taxonomy():
    namer = TagNamer(load_taxonomy())
    subject = namer("seokgatap")
    assert subject.path[:2] == ("Heritage", "Pagoda") and subject.path[2] == subject.name("en")
    assert [lang for lang, _ in subject.names] == ["ko", "en", "zh", "ja"]
    assert namer("pagoda").path == ("Heritage", "Pagoda") and namer("pagoda").name("ko") == "탑"
    own = namer("lotus motif")
    assert own.path == ("lotus motif",) and own.name("ko") == "lotus motif" and own.names == ()
    suggested = effective_tags(_record([("seokgatap", 0.5)], []), namer).kept[0]
    assert suggested.path == ("AI suggestions", "Heritage", "Pagoda", subject.name("en"))
