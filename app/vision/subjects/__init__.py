"""Reference galleries: name a museum's own sites and treasures from a few reference photos.

No open licence covers photos of Gyeongju's heritage, so the app cannot ship a model that knows
Cheomseongdae by sight. A museum can: a curator adds a few of its own photos per subject
(``gyeongju-ai subjects add``) and :mod:`match` names new photos by their nearest references.

* :mod:`gallery` – the stored gallery (``<data>/subjects/<id>/``): records, thumbnails, embeddings;
  numpy only, so listing and removing never load torch.
* :mod:`embed` – reference photos → backbone features (several views per photo).
* :mod:`match` – query features → the best subject, its score and the reference that matched.

Qt-free, like the rest of ``app.vision``.
"""
