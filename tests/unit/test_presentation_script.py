"""The presentation script format: a valid script parses; each mistake is one sentence with its line."""

from __future__ import annotations

import pytest

from app.domain.errors import InvalidInput
from app.presentation.script import DEFAULT_BUDGET_S, load_script, parse_script

VALID = """\
# A show for a delegation
[show]
languages = ["ko", "en"]
title = { ko = "경주와 AI", en = "Gyeongju and AI" }

[[step]]
kind = "title"
captions = { ko = "환영합니다", en = "Welcome" }
notes = "Greet the delegation."

[[step]]
kind = "image"
image = "images/bell.png"
subject = "emille_bell"
captions = { ko = "성덕대왕신종", en = "The Divine Bell of King Seongdeok" }

[[step]]
kind = "restore"
image = "images/old.png"
time_budget_s = 3.5
[step.captions]
ko = "복원"
en = "Restoration"

[[step]]
kind = "recognise"
image = "images/pagoda.png"
captions = { ko = "인식", en = "Recognition" }

[[step]]
kind = "teach"
captions = { ko = "예시로 가르치기", en = "Teach by example" }
examples = { dabotap = ["images/a1.png", "images/a2.png"], seokgatap = ["images/b1.png", "images/b2.png"] }

[[step]]
kind = "side_by_side"
images = ["images/old.png", "images/bell.png"]
captions = { ko = "비교", en = "Side by side" }

[[step]]
kind = "closing"
url = "https://gyeongju.museum.go.kr"
captions = { ko = "감사합니다", en = "Thank you" }
"""


def test_valid_script_parses():
    script = parse_script(VALID)
    assert script.languages == ("ko", "en")
    assert script.title["en"] == "Gyeongju and AI"
    assert [s.kind for s in script.steps] == ["title", "image", "restore", "recognise", "teach", "side_by_side",
                                             "closing"]
    assert [s.index for s in script.steps] == list(range(1, 8))
    assert script.steps[0].notes == "Greet the delegation."
    assert script.steps[0].time_budget_s == DEFAULT_BUDGET_S
    assert script.steps[2].time_budget_s == 3.5 and script.steps[2].captions == {"ko": "복원", "en": "Restoration"}
    assert script.steps[1].subject == "emille_bell"
    assert script.steps[4].examples["dabotap"] == ("images/a1.png", "images/a2.png")
    assert script.steps[6].url == "https://gyeongju.museum.go.kr"
    assert [s.kind for s in script.live_steps] == ["restore", "recognise", "teach"]
    assert script.steps[2].line == 17 and script.steps[2].cache_name == "3-restore"


def test_load_script_from_file(tmp_path):
    path = tmp_path / "show.toml"
    path.write_text(VALID, encoding="utf-8")
    assert load_script(path).path == path


def _replace(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


# (script text, expected line, words the sentence must contain)
BAD = {
    "syntax": (_replace('kind = "restore"', 'kind = "restore'), 18, "not valid TOML"),
    "unknown kind": (_replace('kind = "recognise"', 'kind = "recognize"'), 26, "recognize"),
    "missing delegation caption": (_replace('en = "Restoration"', 'fr = "Restauration"'), 21, "“en”"),
    "captions missing": (_replace('captions = { ko = "인식", en = "Recognition" }\n', ""), 25, "needs captions"),
    "restore without image": (_replace('image = "images/old.png"\ntime', "time"), 17, "needs “image”"),
    "negative budget": (_replace("time_budget_s = 3.5", "time_budget_s = -1"), 20, "time_budget_s"),
    "unknown key in a step": (_replace('subject = "emille_bell"', 'subject = "emille_bell"\nzoom = 2'), 15, "zoom"),
    "path escapes the pack": (_replace('image = "images/pagoda.png"', 'image = "../secret.png"'), 27, "“..”"),
    "teach with one label": (_replace(', seokgatap = ["images/b1.png", "images/b2.png"]', ""), 33, "two labels"),
    "side by side with one image": (_replace('images = ["images/old.png", "images/bell.png"]',
                                             'images = ["images/old.png"]'), 37, "two image paths"),
    "closing without a web address": (_replace('url = "https://gyeongju.museum.go.kr"', 'url = "museum"'), 42, "url"),
    "one language": (_replace('languages = ["ko", "en"]', 'languages = ["ko"]'), 3, "two different"),
    "title missing a language": (_replace('en = "Gyeongju and AI"', 'ja = "慶州とAI"'), 4, "“en”"),
    "unknown top-level table": (VALID + '\n[extras]\nx = 1\n', 45, "extras"),
    "image step without subject": (_replace('subject = "emille_bell"\n', ""), 11, "needs “subject”"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_invalid_script_names_the_line(name):
    text, line, words = BAD[name]
    with pytest.raises(InvalidInput) as caught:
        parse_script(text, source="show.toml")
    message = str(caught.value)
    assert f"line {line}:" in message, message
    assert words in message, message
    assert message.startswith("The presentation script “show.toml”") and message.endswith(".")
    assert "\n" not in message, message


def test_script_without_steps():
    with pytest.raises(InvalidInput, match="no steps"):
        parse_script('[show]\nlanguages = ["ko", "en"]\ntitle = { ko = "가", en = "A" }\n')


def test_a_restore_step_may_name_its_known_damage_mask():
    text = VALID.replace('kind = "restore"\nimage = "images/old.png"',
                         'kind = "restore"\nimage = "images/old.png"\nmask = "images/bell-damage.png"')
    assert text != VALID, "the fixture changed: update this test"
    restore = next(s for s in parse_script(text, source="show.toml").steps if s.kind == "restore")
    assert restore.mask == "images/bell-damage.png" and "images/bell-damage.png" in restore.files()
    with pytest.raises(InvalidInput, match="line"):
        parse_script(text.replace('mask = "images/bell-damage.png"', 'mask = "../outside.png"'), source="show.toml")
    bad_kind = VALID.replace('kind = "recognise"\n', 'kind = "recognise"\nmask = "images/bell-damage.png"\n')
    with pytest.raises(InvalidInput, match="does not take “mask”"):
        parse_script(bad_kind, source="show.toml")
