"""The result card names the site the reference photos matched, or says honestly that it cannot."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.ui.i18n import LanguageManager
from app.ui.widgets.result_card import ResultCard
from app.vision.recognition.classify import LabelScore, Prediction
from app.vision.subjects.gallery import Reference
from app.vision.subjects.match import SubjectMatch

TYPE = Prediction((LabelScore("stone_monument", "Stone monument", "석조물·비석", 0.93),), False)
UNKNOWN = Prediction((LabelScore("pagoda", "Pagoda", "탑", 0.31),), True, ("low_confidence",))
REF = Reference("ab" * 32, "/photos/cheom_front.jpg", "thumbs/abababababababab.jpg", "kim", "2026-01-01T00:00:00+00:00",
                640, 480)


def _named(subject_id: str, name_en: str, name_ko: str, prediction: Prediction = TYPE) -> Prediction:
    from dataclasses import replace

    match = SubjectMatch(subject_id, name_en, name_ko, "stone_monument", 0.6234, 0.3, REF, "centre", "")
    return replace(prediction, subject=match)


@pytest.fixture
def languages(qapp):
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")


@pytest.fixture
def card(qtbot):
    widget = ResultCard()
    qtbot.addWidget(widget)
    widget.resize(360, 400)
    widget.show()
    return widget


def test_names_a_taxonomy_site_with_its_reference_and_thumbnail(languages, card):
    thumb = np.full((60, 80, 3), 200, np.uint8)
    card.show_prediction(_named("cheomseongdae", "Cheomseongdae", "첨성대"), "en", references=5, thumbnail=thumb)
    assert card.subject_line() == "Cheomseongdae Observatory — matched reference photo cheom_front.jpg, score 0.62"
    assert card.reference_thumb.isVisibleTo(card) and not card.reference_thumb.pixmap().isNull()
    assert not card.references_button.isVisibleTo(card)
    assert languages.set_language("ko"), "no compiled Korean translation (run make translations)"
    card.set_language("ko")
    line = card.subject_line()
    assert line.startswith("경주 첨성대") and "cheom_front.jpg" in line and "0.62" in line, line
    assert "matched" not in line and "score" not in line, line
    assert languages.set_language("ja")
    card.set_language("ja")
    assert card.subject_line().startswith("瞻星台"), card.subject_line()


def test_a_museums_own_subject_reads_in_its_stored_names(languages, card):
    prediction = _named("museum_bell", "Our bronze bell", "우리 청동 범종")
    card.show_prediction(prediction, "en", references=2)
    assert card.subject_line().startswith("Our bronze bell — ")
    assert not card.reference_thumb.isVisibleTo(card)  # no thumbnail given
    assert languages.set_language("ko")
    card.set_language("ko")
    assert card.subject_line().startswith("우리 청동 범종")
    assert languages.set_language("zh")
    card.set_language("zh")  # no Chinese name stored: the English one
    assert card.subject_line().startswith("Our bronze bell")


def test_not_sure_which_site_when_the_gallery_has_photos_but_none_matched(languages, card):
    card.show_prediction(TYPE, "en", references=4)
    assert card.subject_line() == "I am not sure which site this is."
    assert not card.references_button.isVisibleTo(card)
    assert languages.set_language("ko")
    card.set_language("ko")
    assert card.subject_line() == "어느 유적인지는 확실하지 않습니다."


def test_empty_gallery_invites_reference_photos_with_a_button(languages, card, qtbot):
    card.show_prediction(TYPE, "en", references=0)
    assert card.subject_line() == "Add reference photos to recognise this site."
    assert card.references_button.isVisibleTo(card)
    with qtbot.waitSignal(card.referencesRequested, timeout=1000):
        qtbot.mouseClick(card.references_button, Qt.MouseButton.LeftButton)
    assert languages.set_language("ko")
    card.set_language("ko")
    assert card.subject_line() == "이 유적을 알아보려면 참조 사진을 추가하세요."
    assert card.references_button.text() == "참조 사진…"


def test_no_site_line_for_an_unknown_photo_or_when_the_gallery_was_not_asked(languages, card):
    card.show_prediction(UNKNOWN, "en", references=0)
    assert card.subject_line() == "" and card.subject_box.isHidden()
    card.show_prediction(TYPE, "en")  # references=None: a caller that knows nothing of the gallery
    assert card.subject_line() == ""
    # A site the reference photos matched is named even when the type model is unsure.
    card.show_prediction(_named("cheomseongdae", "Cheomseongdae", "첨성대", UNKNOWN), "en", references=3)
    assert card.subject_line().startswith("Cheomseongdae Observatory — ")


@pytest.mark.slow
def test_recognise_panel_names_a_site_added_on_the_references_page(qtbot, app_home, languages, tmp_path):
    """Empty gallery → invitation; photos added on the page → the next recognition names the site in Korean."""
    from app.content.render.catalog import render
    from app.content.render.spec import RenderSpec
    from app.ui.references.page import ReferencesPage
    from app.ui.runner import JobRunner
    from app.ui.studio.recognise_panel import RecognisePanel
    from app.vision.registry import default_registry

    def photo(name: str, subject: str, seed: int, view: float, light: str = "day"):
        path = tmp_path / name
        Image.fromarray(render(subject, RenderSpec(width=480, height=360, seed=seed, view=view, light=light))).save(
            path, quality=90
        )
        return path

    references = [photo(f"cheom{i}.jpg", "cheomseongdae", i, v) for i, v in enumerate((-0.5, 0.0, 0.5))]
    query = photo("query.jpg", "cheomseongdae", 21, 0.3, "dusk")
    pagoda = photo("pagoda.jpg", "dabotap", 5, 0.2)

    runner = JobRunner()
    page = ReferencesPage(runner, languages)
    panel = RecognisePanel(default_registry(), runner.start)
    for widget in (page, panel):
        qtbot.addWidget(widget)
    panel.resize(420, 900)
    panel.show()
    assert languages.set_language("ko")
    panel.set_language("ko")

    def recognise(path):
        panel.set_image(path)
        handle = panel.recognise()
        with qtbot.waitSignal(handle.finished, timeout=120000):
            pass
        assert panel.card.prediction is not None and not panel.card.prediction.unknown

    try:
        recognise(query)
        assert panel.card.subject_line() == "이 유적을 알아보려면 참조 사진을 추가하세요."
        with qtbot.waitSignal(panel.referencesRequested, timeout=1000):
            qtbot.mouseClick(panel.card.references_button, Qt.MouseButton.LeftButton)

        page.subjects.setCurrentRow(page.subjects.ids().index("cheomseongdae"))
        handle = page.add_paths(references)
        with qtbot.waitSignal(handle.finished, timeout=120000):
            pass
        assert len(page.photos.references) == 3

        recognise(query)  # no retraining, no restart: the next recognition names it
        line = panel.card.subject_line()
        assert line.startswith("경주 첨성대") and "cheom" in line and ".jpg" in line, line
        assert panel.card.prediction.subject.id == "cheomseongdae"
        assert panel.card.reference_thumb.isVisibleTo(panel) and not panel.card.reference_thumb.pixmap().isNull()
        assert panel.facts.isVisibleTo(panel) and panel.facts.subject_id == "cheomseongdae"
        card_text = panel.facts.toPlainText()
        assert panel.facts.language == "ko" and card_text.startswith("경주 첨성대") and "시대" in card_text, card_text

        recognise(pagoda)  # a pagoda: its type is known, but no reference photo of it exists
        assert panel.card.subject_line() == "어느 유적인지는 확실하지 않습니다."
        assert not panel.facts.isVisibleTo(panel)
    finally:
        assert runner.shutdown(30000)
