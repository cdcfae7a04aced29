"""The presenter view: current and next step, speaker notes, elapsed time and clock, live or cached."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTime, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.presentation.live import LIVE, TOO_SLOW
from app.presentation.script import Script, Step
from app.ui.presenter.picture import Picture
from app.ui.presenter.prepare import Prepared
from app.ui.retranslate import Retranslatable

STYLE = """
#PresenterView { background: #1d1f24; }
#PresenterView QLabel { color: #e8e8e8; }
#PresenterView QLabel#StepHeading { font-size: 22px; font-weight: 600; }
#PresenterView QLabel#Captions { font-size: 18px; color: #ffffff; }
#PresenterView QLabel#Source { font-size: 17px; padding: 8px; border-radius: 6px; background: #2b4a2b; }
#PresenterView QLabel#Source[cached="true"] { background: #6b4b12; }
#PresenterView QLabel#Source[failed="true"] { background: #7a1f1f; }
#PresenterView QLabel#Source[still="true"] { background: #30343c; }
#PresenterView QLabel#Notes { font-size: 18px; background: #272a31; padding: 12px; border-radius: 6px; }
#PresenterView QLabel#NextStep { font-size: 16px; color: #b8c4d6; }
#PresenterView QLabel#Elapsed, #PresenterView QLabel#Clock { font-size: 28px; font-weight: 600; }
#PresenterView QLabel#Black { font-size: 16px; color: #fff; background: #000; padding: 6px; border: 2px solid #e3b341; }
#PresenterView QLabel#Keys { font-size: 13px; color: #8f96a3; }
"""


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class PresenterView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PresenterView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.script: Script | None = None
        self.index = 0
        self.prepared: Prepared | None = None
        self.running = False
        self.black = False
        self.elapsed = QElapsedTimer()

        self.heading = _label("StepHeading", self)
        self.captions = _label("Captions", self)
        self.source = _label("Source", self)
        self.notes_title = _label("NotesTitle", self)
        self.notes = _label("Notes", self)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.next_step = _label("NextStep", self)
        self.elapsed_label = _label("Elapsed", self)
        self.clock = _label("Clock", self)
        self.black_label = _label("Black", self)
        self.keys = _label("Keys", self)
        # A small picture of what the audience sees now, from the step's prepared images (already
        # decoded, so it costs nothing here).
        self.thumb = Picture(self)
        self.thumb.setObjectName("CurrentThumb")
        self.thumb.setFixedHeight(120)
        times = QHBoxLayout()
        times.addWidget(self.elapsed_label)
        times.addStretch(1)
        times.addWidget(self.clock)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(times)
        layout.addWidget(line)
        layout.addWidget(self.heading)
        layout.addWidget(self.captions)
        layout.addWidget(self.source)
        layout.addWidget(self.thumb)
        layout.addWidget(self.black_label)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.next_step)
        layout.addWidget(self.keys)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.retranslate()

    # -- state from the show ------------------------------------------------------------------------------
    def set_state(self, script: Script, index: int, prepared: Prepared | None, *, running: bool, black: bool) -> None:
        if not self.elapsed.isValid():
            self.elapsed.start()
        self.script, self.index, self.prepared, self.running, self.black = script, index, prepared, running, black
        images = prepared.images if prepared is not None else {}
        shown = next((images[k] for k in ("after", "heatmap", "image", "examples", "left") if k in images), None)
        self.thumb.set_pixels(shown)
        self.thumb.setVisible(shown is not None)
        self.retranslate()

    def kind_name(self, kind: str) -> str:
        names = {"title": self.tr("Title"), "image": self.tr("Image and fact card"), "restore": self.tr("Restoration"),
                 "recognise": self.tr("Recognition"), "teach": self.tr("Teach by example"),
                 "side_by_side": self.tr("Side by side"), "closing": self.tr("Closing")}
        return names.get(kind, kind)

    def _step_line(self, step: Step) -> str:
        assert self.script is not None
        caption = step.captions.get(self.script.languages[0], "")
        return f"{step.index} · {self.kind_name(step.kind)} — {caption}"

    def source_text(self) -> tuple[str, str]:
        """Where the shown result came from, in a sentence, and its style: live, cached, failed or still."""
        prepared = self.prepared
        step = self.script.steps[self.index] if self.script else None
        if self.running:
            return self.tr("Running live… the audience still sees the previous step."), "live"
        if prepared is None or step is None:
            return "", "live"
        if prepared.error:
            return self.tr("Could not show this step: {error}").format(error=prepared.error), "failed"
        if not step.live:
            return self.tr("Nothing runs live in this step."), "still"
        if prepared.source == LIVE:
            return self.tr("Ran live in {seconds:.1f} s.").format(seconds=prepared.seconds), "live"
        if prepared.source == TOO_SLOW:
            return self.tr("Shown from the rehearsed cache: the live run was over its time budget."), "cached"
        reason = (prepared.source or "").removeprefix("cache (failed: ").removesuffix(")")
        text = self.tr("Shown from the rehearsed cache: the live run failed ({reason}).")
        return text.format(reason=reason), "cached"

    def retranslate(self) -> None:
        self.notes_title.setText(self.tr("Speaker notes"))
        self.keys.setText(self.tr("→ / PgDn / Space: next   ← / PgUp: previous   digits + Enter: go to step   "
                                  "B: black screen   P: notes panel (one screen)   Esc: quit"))
        self.black_label.setText(self.tr("The audience screen is black (B to show it again)."))
        self.black_label.setVisible(self.black)
        self._tick()
        if self.script is None:
            return
        steps = self.script.steps
        step = steps[self.index]
        self.heading.setText(self.tr("Step {n} of {total}: {kind}").format(
            n=step.index, total=len(steps), kind=self.kind_name(step.kind)))
        self.captions.setText("\n".join(step.captions.get(language, "") for language in self.script.languages))
        text, style = self.source_text()
        self.source.setText(text)
        self.source.setVisible(bool(text))
        self.source.setProperty("cached", style == "cached")
        self.source.setProperty("failed", style == "failed")
        self.source.setProperty("still", style == "still")
        self.source.style().unpolish(self.source)
        self.source.style().polish(self.source)
        self.notes.setText(step.notes or self.tr("(no notes for this step)"))
        following = steps[self.index + 1] if self.index + 1 < len(steps) else None
        self.next_step.setText(self.tr("Next: {step}").format(step=self._step_line(following)) if following
                               else self.tr("Next: end of the show"))

    def _tick(self) -> None:
        seconds = self.elapsed.elapsed() // 1000 if self.elapsed.isValid() else 0
        minutes, seconds = divmod(seconds, 60)
        self.elapsed_label.setText(self.tr("Elapsed {time}").format(time=f"{minutes:02d}:{seconds:02d}"))
        self.clock.setText(QTime.currentTime().toString("HH:mm"))
