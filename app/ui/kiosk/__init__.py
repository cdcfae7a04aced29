"""The exhibition kiosk's Qt shell (attract loop, home, experiences host, idle reset, operator panel).

Experiences live in ``app/ui/kiosk/experiences`` and follow :class:`app.ui.kiosk.experience.Experience`.
"""
