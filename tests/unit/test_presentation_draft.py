"""The script editor's draft: the TOML it writes is the documented format and passes the presenter's validator."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import InvalidInput
from app.packs.default_pack import script_text
from app.presentation.draft import ScriptDraft, add_picture, from_script, new_step, pack_image_name, save, to_toml
from app.presentation.script import load_script, parse_script


def test_default_script_round_trips_through_a_draft():
    script = parse_script(script_text(), source="show.toml")
    again = parse_script(to_toml(from_script(script)), source="show.toml")
    assert [
        (s.kind, s.captions, s.notes, s.time_budget_s, s.image, s.subject, s.images, s.examples, s.url)
        for s in again.steps
    ] == [
        (s.kind, s.captions, s.notes, s.time_budget_s, s.image, s.subject, s.images, s.examples, s.url)
        for s in script.steps
    ]
    assert again.title == script.title and again.languages == script.languages


def test_an_incomplete_draft_is_one_sentence_with_its_line_and_nothing_is_written(tmp_path):
    draft = ScriptDraft(("ko", "zh"), {"ko": "경주", "zh": "庆州"}, [new_step("title", ("ko", "zh"))])
    draft.steps[0].captions = {"ko": "환영합니다", "zh": "欢迎"}
    draft.steps.append(new_step("closing", ("ko", "zh")))
    draft.steps[1].captions = {"ko": "감사합니다", "zh": ""}  # the delegation's caption is missing
    target = tmp_path / "show.toml"
    with pytest.raises(InvalidInput, match=r"line \d+: the captions of step 2 \(closing\) must include a text in “zh”"):
        save(draft, target)
    assert not target.exists()
    draft.steps[1].captions["zh"] = "谢谢"
    draft.steps[1].url = "https://gyeongju.museum.go.kr"
    save(draft, target)
    assert [s.kind for s in load_script(target).steps] == ["title", "closing"]


def test_reordering_and_picture_names(tmp_path):
    draft = ScriptDraft(
        ("ko", "en"), {"ko": "가", "en": "A"}, [new_step(k, ("ko", "en")) for k in ("title", "side_by_side", "closing")]
    )
    draft.move(0, 2)
    assert [s.kind for s in draft.steps] == ["side_by_side", "closing", "title"]
    draft.move(2, 0)
    assert [s.kind for s in draft.steps] == ["title", "side_by_side", "closing"]
    first = add_picture(draft, Path("/photos/불국사 Gate.JPG"))
    assert first == "images/gate.jpg"
    assert add_picture(draft, Path("/photos/불국사 Gate.JPG")) == first  # the same file keeps its name
    assert add_picture(draft, Path("/other/gate.jpg")) == "images/gate-2.jpg"
    assert pack_image_name(Path("/x/한글.png"), set()) == "images/picture.png"


def test_a_restore_steps_known_damage_mask_survives_the_editor():
    from app.packs import default_pack
    from app.presentation.draft import from_script, to_toml
    from app.presentation.script import parse_script

    script = parse_script(default_pack.script_text(), source="show.toml")
    again = parse_script(to_toml(from_script(script)), source="show.toml")
    restore = next(s for s in again.steps if s.kind == "restore")
    assert restore.mask == "images/seongdeok_bell-damage.png"
