"""Exports of a catalogue to the formats other collection software reads.

* :mod:`.xmp` — one XMP sidecar per picture (Lightroom, digiKam, darktable, exiftool, Bridge);
* :mod:`.dublin_core` — one Dublin Core CSV (Omeka S CSV Import, spreadsheets) or JSON file;
* :mod:`.iiif` and :mod:`.tiles` — a static IIIF site: Presentation 3.0 collection and manifests,
  Image API 3.0 level-0 tiles that any plain web server can serve (Mirador, Universal Viewer).

All of them describe a picture the same way, through :mod:`.records` (what the catalogue holds)
and :mod:`.effective_tags` (what the curator decided, over what the models suggested). The one
entry point is :func:`app.catalog.exports.run.export_catalog`.
"""
