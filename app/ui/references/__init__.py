"""The References room: the reference photos that let recognition name a museum's own sites.

* :mod:`page` – the page: subjects on the left, the chosen subject's photos on the right, actions.
* :mod:`subject_list`, :mod:`photo_list` – the two lists (thumbnails are read off the UI thread).
* :mod:`new_subject_dialog`, :mod:`catalogue_dialog` – creating a subject, picking catalogue items.
* :mod:`texts` – the sentences, in the UI language, for what the gallery's functions refuse.

Every change goes through :mod:`app.vision.subjects.manage`, the same functions as the CLI.
"""
