"""Every reason code the core can give reaches people as a sentence in the UI language, never as the code."""

from __future__ import annotations

import re

import pytest

from app.ui import reasons
from app.ui.i18n import UI_LANGUAGES, LanguageManager
from app.ui.reasons import finding, step_reason, unknown_reason
from app.vision.recognition.classify import UNKNOWN_REASONS, LabelScore, Prediction
from app.vision.restoration.pipeline import STEP_REASONS
from app.vision.restoration.report import FINDINGS

# The script each translation must be written in (a .ts entry left in English would fail this).
SCRIPTS = {"ko": r"[\uac00-\ud7a3]", "zh": r"[\u4e00-\u9fff]", "ja": r"[\u3040-\u30ff]"}
ALL_CODES = [(unknown_reason, c) for c in UNKNOWN_REASONS] + [(finding, c) for c in FINDINGS] + [
    (step_reason, c) for c in STEP_REASONS
]


@pytest.fixture
def languages(qapp):
    manager = LanguageManager()
    yield manager
    manager.set_language("en")  # removes the translator: later tests read English


def _english(monkeypatch) -> dict[str, str]:
    """The source sentences, whatever translator an earlier test may have left installed."""
    with monkeypatch.context() as patch:
        patch.setattr(reasons, "_tr", lambda text: text)
        return {code: sentence(code) for sentence, code in ALL_CODES}


def test_core_codes_are_the_ones_it_emits():
    # The tuples are the source of truth the UI and this test rely on; no code may be listed twice.
    codes = [code for _, code in ALL_CODES]
    assert len(codes) == len(set(codes)) and {"not_heritage", "concept_gate", "unfamiliar"} <= set(codes)


@pytest.mark.parametrize("language", sorted(UI_LANGUAGES))
def test_every_reason_code_has_a_sentence(languages, language, monkeypatch):
    english = _english(monkeypatch)
    assert languages.set_language(language), f"no compiled translation for {language} (run make translations)"
    for sentence, code in ALL_CODES:
        text = sentence(code)
        assert text and code not in text, f"{language}: {code!r} reads as {text!r}"
        assert text[-1] in ".。", f"{language}: {code!r} is not a sentence: {text!r}"
        if language != "en":
            assert text != english[code], f"{language}: {code!r} is not translated"
            assert re.search(SCRIPTS[language], text), f"{language}: {code!r} is not in {language}: {text!r}"


def test_a_code_this_version_does_not_know_still_reads_as_a_sentence(languages):
    languages.set_language("ko")
    text = unknown_reason("brand_new_signal")
    assert text != "brand_new_signal" and re.search(SCRIPTS["ko"], text)


def test_result_card_explains_unknown_in_korean(languages, qtbot):
    from app.ui.widgets.result_card import ResultCard

    card = ResultCard()
    qtbot.addWidget(card)
    prediction = Prediction((LabelScore("dabotap", "Dabotap", "다보탑", 0.41),), True,
                            ("concept_gate", "unfamiliar"))
    languages.set_language("ko")
    card.show_prediction(prediction, "ko")
    verdict = card.verdict.text()
    assert verdict.startswith("알 수 없음")
    assert unknown_reason("concept_gate") in verdict and unknown_reason("unfamiliar") in verdict
    assert not any(code in verdict for code in UNKNOWN_REASONS)


@pytest.mark.parametrize("language", ["ko", "zh", "ja"])
def test_restore_report_has_no_codes(languages, language):
    from app.ui.studio.restore_report import report_text

    damage = {"lines": 3, "specks": 12, "fraction": 0.004, "unsure": 2, "textured_fraction": 0.05}
    steps = [{"name": "repair", "ran": True, "codes": ["mask_reviewed"], "mask": {"left_out_regions": 1}},
             {"name": "denoise", "ran": False, "codes": ["noise_below_threshold"]},
             {"name": "colour", "ran": True, "codes": ["levels_faded", "levels_cast", "tone_kept"]}]
    step = {"name": "restore", "params": {"steps": steps},
            "condition": {"findings": list(FINDINGS), "damage": damage}}
    languages.set_language(language)
    text = report_text(step, "restored: repair, colour")
    codes = set(FINDINGS) | set(STEP_REASONS)
    assert not [code for code in codes if re.search(rf"\b{code}\b", text)], text
    assert "Left alone" not in text and "restored:" not in text
    assert len(re.findall(SCRIPTS[language], text)) > 100
