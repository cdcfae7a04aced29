"""An answer under the confidence level reads as "perhaps …" with its percentage, never as a fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.i18n import LanguageManager
from app.vision.recognition import CONFIDENT_ANSWER
from app.vision.recognition.classify import LabelScore, PathResult, Prediction

LOW = Prediction((LabelScore("dabotap", "Dabotap", "다보탑", 0.456),
                  LabelScore("seokgatap", "Seokgatap", "석가탑", 0.31)), False)
HIGH = Prediction((LabelScore("cheomseongdae", "Cheomseongdae", "첨성대", 0.92),
                   LabelScore("dabotap", "Dabotap", "다보탑", 0.05)), False)


@pytest.fixture
def languages(qapp):
    manager = LanguageManager()
    manager.set_language("en")  # whatever an earlier test left installed
    yield manager
    manager.set_language("en")  # removes the translator: later tests read English


@pytest.fixture
def card(qtbot):
    from app.ui.widgets.result_card import ResultCard

    widget = ResultCard()
    qtbot.addWidget(widget)
    return widget


def test_the_level_is_the_cores_calibrated_threshold():
    # The card reads the level from the core; 0.7 is where a calibrated answer stops being told as a fact.
    assert CONFIDENT_ANSWER == 0.7
    assert LOW.top.score < CONFIDENT_ANSWER <= HIGH.top.score


def test_english_low_reads_as_perhaps_and_high_as_most_likely(languages, card):
    card.show_prediction(LOW, "en")
    assert card.verdict.text() == "Perhaps Dabotap (45 %)"
    card.show_prediction(HIGH, "en")
    assert card.verdict.text() == "Most likely Cheomseongdae (92 %)"
    # The bars below still show every candidate.
    assert card.top_text() == "Cheomseongdae" and card.rows[1][0].text() == "Dabotap"


def test_korean_low_reads_as_perhaps_and_high_as_most_likely(languages, card):
    assert languages.set_language("ko"), "no compiled Korean translation (run make translations)"
    card.show_prediction(LOW, "ko")
    low = card.verdict.text()
    assert "아마도" in low and "다보탑" in low and "45%" in low, low
    assert "Perhaps" not in low and "가장" not in low
    card.show_prediction(HIGH, "ko")
    high = card.verdict.text()
    assert "첨성대" in high and "92%" in high and "가능성이 가장 높습니다" in high, high
    assert "아마도" not in high and "Most likely" not in high


@pytest.mark.parametrize("language, word", [("zh", "也许"), ("ja", "かもしれません")])
def test_chinese_and_japanese_say_perhaps(languages, card, language, word):
    assert languages.set_language(language)
    card.show_prediction(LOW, language)
    assert word in card.verdict.text() and "45%" in card.verdict.text(), card.verdict.text()
    card.show_prediction(HIGH, language)
    assert word not in card.verdict.text() and "92%" in card.verdict.text(), card.verdict.text()


def test_the_level_itself_is_confident_and_just_under_it_is_not(languages, card):
    at = Prediction((LabelScore("dabotap", "Dabotap", "다보탑", CONFIDENT_ANSWER),), False)
    under = Prediction((LabelScore("dabotap", "Dabotap", "다보탑", CONFIDENT_ANSWER - 0.004),), False)
    card.show_prediction(at, "en")
    assert card.verdict.text() == "Most likely Dabotap (70 %)"
    card.show_prediction(under, "en")
    # Rounded down, so a guess never shows the percentage of a confident answer.
    assert card.verdict.text() == "Perhaps Dabotap (69 %)"


def test_unknown_still_reads_as_unknown_with_reasons(languages, card):
    unknown = Prediction((LabelScore("dabotap", "Dabotap", "다보탑", 0.41),), True, ("low_confidence",))
    card.show_prediction(unknown, "en")
    text = card.verdict.text()
    assert text.startswith("Unknown") and "None of its answers is confident enough to trust." in text
    assert "Perhaps" not in text and "%" not in text


def test_folder_results_mark_low_confidence_answers(languages, qtbot):
    from app.ui.studio.recognise_panel import RecognisePanel

    panel = RecognisePanel(None, lambda job: None)
    qtbot.addWidget(panel)
    results = [PathResult(Path("/photos/low.jpg"), LOW), PathResult(Path("/photos/high.jpg"), HIGH)]
    panel._folder_tagged((results, []))  # the slot the folder job's result arrives at
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert texts == ["low.jpg — perhaps Dabotap (45 %)", "high.jpg — Cheomseongdae (92 %)"]

    assert languages.set_language("ko")
    panel.set_language("ko")
    panel.results.clear()
    panel._folder_tagged((results, []))
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert texts == ["low.jpg — 아마도 다보탑 (45%)", "high.jpg — 첨성대 (92%)"]
