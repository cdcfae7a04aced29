"""Heritage content: fact cards, taxonomy and their loaders.

These tests read the shipped JSON under ``assets/content`` (no network, no Qt)
and check both the data (complete, consistent, in the right scripts, matching
the key facts of DESIGN.md §5) and the loader's behaviour on broken files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from app.content._data import DEFAULT_CONTENT_DIR
from app.content.facts import LANGUAGES, TEXT_FIELDS, card_ids, load_card
from app.content.render.spec import SUBJECT_IDS
from app.content.taxonomy import load_taxonomy
from app.domain.errors import InvalidInput

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters that exist only in one of the two Han scripts, to catch a
# Japanese sentence pasted into the Chinese slot and vice versa.
TRADITIONAL_ONLY = set("國寶龍東門鐘鍾橋與為們這時層臺塚羅馬")
SIMPLIFIED_ONLY = set("东龙门钟桥这们时层为冢罗马")


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


@pytest.fixture(scope="module")
def cards():
    return {subject_id: load_card(subject_id) for subject_id in SUBJECT_IDS}


# --- completeness -----------------------------------------------------------------------------


def test_every_render_subject_has_a_card(cards):
    assert set(card_ids()) >= set(SUBJECT_IDS)
    for subject_id, card in cards.items():
        assert card.id == subject_id


@pytest.mark.parametrize("subject_id", SUBJECT_IDS)
def test_card_has_all_languages_and_required_texts(cards, subject_id):
    card = cards[subject_id]
    assert card.languages() == LANGUAGES
    for lang in LANGUAGES:
        block = next(b for b in card.texts if b.lang == lang)
        for field in ("name", "period", "location", "designation", "description", "image_note"):
            value = getattr(block, field)
            assert value and value.strip(), f"{subject_id}: {lang}.{field} is empty"


@pytest.mark.parametrize("subject_id", SUBJECT_IDS)
def test_description_is_three_to_five_sentences(cards, subject_id):
    for lang in LANGUAGES:
        text = cards[subject_id].text(lang, "description")
        # CJK full stops end a sentence outright; a Latin one only before a space,
        # so "18.9 tonnes" stays one sentence.
        sentences = [s for s in re.split(r"(?<=[。！？])|(?<=[.!?])\s+", text) if s.strip()]
        assert 3 <= len(sentences) <= 5, f"{subject_id}/{lang}: {len(sentences)} sentences"


@pytest.mark.parametrize("subject_id", SUBJECT_IDS)
def test_card_sources_are_https(cards, subject_id):
    sources = cards[subject_id].sources
    assert sources
    assert any(s.url.startswith("https://") for s in sources)
    for source in sources:
        assert source.title.strip() and source.publisher.strip()


@pytest.mark.parametrize("subject_id", SUBJECT_IDS)
def test_image_note_says_rendering_not_photo(cards, subject_id):
    card = cards[subject_id]
    assert "not photographs" in card.text("en", "image_note")
    assert "사진이 아니라" in card.text("ko", "image_note")
    assert "并非照片" in card.text("zh", "image_note")
    assert "写真ではなく" in card.text("ja", "image_note")


# --- scripts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("subject_id", SUBJECT_IDS)
def test_texts_are_in_the_right_script(cards, subject_id):
    card = cards[subject_id]
    for field in ("name", "description"):
        ko, zh, ja = (card.text(lang, field) for lang in ("ko", "zh", "ja"))
        assert HANGUL.search(ko), f"{subject_id}: Korean {field} has no Hangul"
        assert HAN.search(zh), f"{subject_id}: Chinese {field} has no Han characters"
        assert not KANA.search(zh) and not HANGUL.search(zh), f"{subject_id}: Chinese {field} is mixed"
        assert KANA.search(ja) or HAN.search(ja), f"{subject_id}: Japanese {field} has no kana/kanji"
        assert not HANGUL.search(ja), f"{subject_id}: Japanese {field} contains Hangul"
    # Japanese prose always needs kana; a kanji-only "translation" is really Chinese.
    assert KANA.search(card.text("ja", "description"))
    description_zh = card.text("zh", "description")
    assert not TRADITIONAL_ONLY & set(description_zh), f"{subject_id}: Chinese is not Simplified"
    assert not SIMPLIFIED_ONLY & set(card.text("ja", "description")), f"{subject_id}: Japanese has hanzi"


# --- consistency with the taxonomy ------------------------------------------------------------


def test_card_types_exist_in_taxonomy(cards, taxonomy):
    for card in cards.values():
        assert taxonomy.type_by_id(card.heritage_type).id == card.heritage_type


def test_cards_and_taxonomy_agree(cards, taxonomy):
    for subject_id, card in cards.items():
        subject = taxonomy.subject_by_id(subject_id)
        assert subject.type_id == card.heritage_type
        assert (subject.year_start, subject.year_end) == (card.year_start, card.year_end)
        for lang in LANGUAGES:
            assert subject.name(lang) == card.name(lang), f"{subject_id}: {lang} names differ"


def test_taxonomy_is_complete_and_consistent(taxonomy):
    type_ids = {t.id for t in taxonomy.types}
    assert type_ids == {
        "pagoda", "buddhist_sculpture", "temple_hall", "palace_pavilion", "royal_tomb", "bridge",
        "hanok_house", "fortress_gate", "bell", "crown_jewellery", "roof_tile", "ceramics",
        "stone_monument", "painting_document", "other",
    }
    subject_ids = {s.id for s in taxonomy.subjects}
    assert subject_ids >= set(SUBJECT_IDS)
    assert len(subject_ids - set(SUBJECT_IDS)) >= 8
    material_ids = {m.id for m in taxonomy.materials}
    for subject in taxonomy.subjects:
        assert subject.type_id in type_ids
        assert subject.materials and set(subject.materials) <= material_ids
        assert re.fullmatch(r"[a-z][a-z0-9_]*", subject.id)
        if subject.year_start is not None and subject.year_end is not None:
            assert subject.year_start <= subject.year_end
    for entry in (*taxonomy.types, *taxonomy.subjects, *taxonomy.materials):
        for lang in LANGUAGES:
            assert entry.names.has(lang), f"{entry.id}: no {lang} name"
    for heritage_type in taxonomy.types:
        assert heritage_type.definition.has("en") and heritage_type.definition.has("ko")
        assert HANGUL.search(heritage_type.definition.get("ko"))


def test_taxonomy_lookups(taxonomy):
    assert taxonomy.type_by_id("bell").name("ko") == "범종"
    assert taxonomy.subject_by_id("seokguram").name("zh") == "石窟庵"
    assert taxonomy.material_by_id("granite").name("ja") == "花崗岩"
    assert taxonomy.subject_by_id("oreung").year_start < 0  # BCE dates are negative
    assert {s.id for s in taxonomy.subjects_of_type("pagoda")} >= {"dabotap", "seokgatap", "gameunsa"}
    with pytest.raises(InvalidInput):
        taxonomy.type_by_id("spaceship")
    with pytest.raises(InvalidInput):
        taxonomy.subject_by_id("atlantis")


# --- key facts (DESIGN.md §5) -----------------------------------------------------------------


def test_cheomseongdae_facts(cards):
    card = cards["cheomseongdae"]
    assert card.height_m == pytest.approx(9.17)
    assert card.measure("courses") == 27
    assert (card.year_start, card.year_end) == (632, 647)
    assert "9.17" in card.text("en", "dimensions")
    assert "27" in card.text("en", "description") and "27" in card.text("ko", "description")


def test_bell_facts(cards):
    card = cards["seongdeok_bell"]
    assert card.year_start == 771
    assert "771" in card.text("en", "description")
    assert card.height_m == pytest.approx(3.66)
    assert card.measure("weight_t") == pytest.approx(18.9)
    assert "Emille" in card.text("en", "description")


@pytest.mark.parametrize(
    ("subject_id", "year", "height"),
    [
        ("dabotap", 751, 10.29),
        ("seokgatap", 751, 10.75),
        ("bunhwangsa", 634, None),
        ("gameunsa", 682, 13.4),
        ("woljeonggyo", 760, None),
        ("donggung_wolji", 674, None),
        ("bulguksa", 751, None),
        ("seokguram", 751, None),
    ],
)
def test_dates_and_heights(cards, subject_id, year, height):
    card = cards[subject_id]
    assert card.year_start == year
    assert str(year) in card.text("en", "period") + card.text("en", "description")
    if height is not None:
        assert card.height_m == pytest.approx(height)


def test_unesco_listings(cards):
    assert "1995" in cards["bulguksa"].text("en", "designation")
    assert "2000" in cards["cheomseongdae"].text("en", "designation")
    assert "2010" in cards["yangdong"].text("en", "designation")
    unesco_urls = {s.url for card in cards.values() for s in card.sources if "whc.unesco.org" in s.url}
    assert unesco_urls == {f"https://whc.unesco.org/en/list/{n}" for n in (736, 976, 1324)}


def test_null_dimensions_are_allowed(cards):
    assert cards["yangdong"].text("en", "dimensions") is None
    assert cards["yangdong"].text("ko", "dimensions") is None


# --- loader behaviour -------------------------------------------------------------------------


def _copy_content(tmp_path: Path) -> Path:
    base = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, base)
    return base


def _card_data(subject_id: str = "dabotap") -> dict:
    path = DEFAULT_CONTENT_DIR / "cards" / f"{subject_id}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _touch_forward(path: Path) -> None:
    """Push a file's mtime forward so the mtime-keyed caches notice a rewrite on any file system."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def _write_card(base: Path, data: dict, name: str = "dabotap") -> None:
    (base / "cards").mkdir(parents=True, exist_ok=True)
    (base / "cards" / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_malformed_card_raises_invalid_input(tmp_path):
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "dabotap.json").write_text('{"id": "dabotap", "en": {', encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        load_card("dabotap", base_dir=tmp_path)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.pop("en"),
        lambda d: d["en"].update(name=""),
        lambda d: d.update(year_start="751"),
        lambda d: d.update(sources=[]),
        lambda d: d.update(sources=[{"title": "x", "publisher": "y", "url": "ftp://z"}]),
        lambda d: d.update(id="seokgatap"),
        lambda d: d.update(schema_version=99),
        lambda d: d.update(measures={"height_m": "tall"}),
    ],
)
def test_structurally_broken_card_raises_invalid_input(tmp_path, breakage):
    data = _card_data()
    breakage(data)
    _write_card(tmp_path, data)
    with pytest.raises(InvalidInput):
        load_card("dabotap", base_dir=tmp_path)


def test_card_that_is_not_an_object_raises_invalid_input(tmp_path):
    _write_card(tmp_path, [1, 2, 3])  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="JSON object"):
        load_card("dabotap", base_dir=tmp_path)


def test_missing_card_and_bad_id_raise_invalid_input(tmp_path):
    with pytest.raises(InvalidInput, match="no fact card"):
        load_card("dabotap", base_dir=tmp_path)
    for bad in ("../etc/passwd", "Dabotap", "", "dabo tap"):
        with pytest.raises(InvalidInput):
            load_card(bad)


def test_missing_language_falls_back_to_english(tmp_path):
    data = _card_data()
    del data["ja"]
    data["zh"]["description"] = ""
    _write_card(tmp_path, data)
    card = load_card("dabotap", base_dir=tmp_path)
    assert card.languages() == ("ko", "en", "zh")
    assert card.text("ja", "name") == card.text("en", "name")
    assert card.text("zh", "description") == card.text("en", "description")
    assert card.text("zh", "name") == "佛国寺多宝塔"
    assert card.text("fr", "name") == "Dabotap Pagoda, Bulguksa Temple"
    with pytest.raises(InvalidInput):
        card.text("en", "colour")


def test_edited_card_is_reloaded(tmp_path):
    data = _card_data()
    _write_card(tmp_path, data)
    assert load_card("dabotap", base_dir=tmp_path).year_start == 751
    data["year_start"] = 750
    _write_card(tmp_path, data)
    _touch_forward(tmp_path / "cards" / "dabotap.json")
    assert load_card("dabotap", base_dir=tmp_path).year_start == 750


def test_text_fields_constant():
    assert TEXT_FIELDS == (
        "name", "period", "dimensions", "location", "designation", "description", "image_note",
    )


def test_taxonomy_with_dangling_type_raises_invalid_input(tmp_path):
    base = _copy_content(tmp_path)
    path = base / "taxonomy.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["subjects"][0]["type"] = "spaceship"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput, match="unknown type"):
        load_taxonomy(base_dir=base)


def test_taxonomy_with_unknown_material_or_duplicate_raises_invalid_input(tmp_path):
    base = _copy_content(tmp_path)
    path = base / "taxonomy.json"
    original = json.loads(path.read_text(encoding="utf-8"))

    data = json.loads(json.dumps(original))
    data["subjects"][0]["material"] = ["unobtainium"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput, match="unknown material"):
        load_taxonomy(base_dir=base)

    data = json.loads(json.dumps(original))
    data["types"].append(data["types"][0])
    path.write_text(json.dumps(data), encoding="utf-8")
    _touch_forward(path)
    with pytest.raises(InvalidInput, match="twice"):
        load_taxonomy(base_dir=base)


def test_malformed_or_missing_taxonomy_raises_invalid_input(tmp_path):
    with pytest.raises(InvalidInput, match="missing"):
        load_taxonomy(base_dir=tmp_path)
    (tmp_path / "taxonomy.json").write_text("not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        load_taxonomy(base_dir=tmp_path)
