"""Fact cards as simple HTML, for the kiosk panel, Studio result cards and handouts.

Qt-free: the UI shows the string in a rich-text widget; exporters can save it.
"""

from __future__ import annotations

import html

from app.content.facts import FactCard

# Field captions per language; kept here (not in .ts files) because cards are content, not UI chrome.
LABELS: dict[str, dict[str, str]] = {
    "period": {"ko": "시대", "en": "Period", "zh": "年代", "ja": "時代"},
    "dimensions": {"ko": "규모", "en": "Dimensions", "zh": "尺寸", "ja": "規模"},
    "location": {"ko": "위치", "en": "Location", "zh": "位置", "ja": "所在地"},
    "designation": {"ko": "지정", "en": "Designation", "zh": "认定", "ja": "指定"},
    "sources": {"ko": "출처", "en": "Sources", "zh": "资料来源", "ja": "出典"},
}


def _label(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def card_html(card: FactCard, lang: str, *, with_sources: bool = True) -> str:
    """The card in ``lang`` (English fallback per field) as an HTML fragment."""
    esc = html.escape
    rows = []
    for key in ("period", "dimensions", "location", "designation"):
        value = card.text(lang, key)
        if value:
            rows.append(f"<tr><td><b>{esc(_label(key, lang))}</b></td><td>{esc(value)}</td></tr>")
    parts = [
        f"<h2>{esc(card.name(lang))}</h2>",
        f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>",
        f"<p>{esc(card.text(lang, 'description') or '')}</p>",
        f"<p><i>{esc(card.text(lang, 'image_note') or '')}</i></p>",
    ]
    if with_sources and card.sources:
        items = "".join(f"<li>{esc(s.title)} — {esc(s.publisher)}</li>" for s in card.sources)
        parts.append(f"<p><b>{esc(_label('sources', lang))}</b></p><ul>{items}</ul>")
    return "".join(parts)
