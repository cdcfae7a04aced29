"""Qt-free logic of the exhibition kiosk: configuration, idle timing, statistics, energy, languages.

The kiosk's widgets live in ``app/ui/kiosk``; everything here runs and is tested without Qt.
"""
