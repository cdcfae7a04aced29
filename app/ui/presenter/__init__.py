"""The presenter: an audience view for the projector and a presenter view with notes and timing.

``prepare`` loads or runs what a step shows (off the UI thread, through ``app/ui/runner.py``);
``show`` holds the position in the script and the clicker keys; ``audience`` and ``presenter_view``
only draw; ``launch`` puts them on one or two screens. See docs/presentation.md.
"""
