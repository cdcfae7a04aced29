"""The default tagger's MODEL_CARD.md, written by its recipe from the figures it just measured.

A card written by hand drifts from the model; this one is rebuilt with every model, so what it
says about the data, the limits and the real-photo figures is always the current model's.
"""

from __future__ import annotations

from typing import Any


def _table(rows: list[dict[str, Any]]) -> str:
    lines = ["| confidence | answers | mean confidence | right |", "|---|---|---|---|"]
    for row in rows:
        if row["n"]:
            lines.append(f"| {row['from']:.1f}–{row['to']:.1f} | {row['n']} | {row['confidence']:.2f} | "
                         f"{row['accuracy']:.2f} |")
    return "\n".join(lines)


def card_text(*, version: str, types: list[str], judged: dict[str, Any], fusion: dict[str, Any],
              training: dict[str, Any], limitations: list[str]) -> str:
    """Markdown for ``models/heritage_types/MODEL_CARD.md``."""
    per_class = "\n".join(f"| {name} | {value:.2f} |" for name, value in judged["proxy_per_class"].items())
    confident = judged["proxy_confident_answers"]
    right = "–" if confident["right"] is None else f"{confident['right']:.2f}"
    j = judged
    limits = "\n".join(f"* {text}" for text in limitations)
    return f"""# heritage_types {version} — the default heritage-type tagger

**What it does.** For any photo: which of {len(types)} heritage types it most looks like
({", ".join(types)}), or **not heritage**, with a calibrated confidence and the top 3. Used by
`gyeongju-ai classify` (default `--model`), the Studio's Recognise tab and the catalogue.
Answers under 20 % are "unknown"; the Studio shows answers under 70 % as "perhaps …".

**How.** Three experts, fused (`app/vision/recognition/fusion.py`, `everyday.py`):

1. *What the backbone already knows*: EfficientNet-Lite0's ImageNet answer, averaged over the
   full 7×7 feature map and its five 5×5 windows (one forward pass), read through the reviewed
   mapping of all 1000 ImageNet classes to heritage types (`assets/content/imagenet_types.json`,
   a reason per class; `docs/imagenet_mapping.md`). The mapping is stored inside the weights file,
   so the sha256 check covers it.
2. *A head trained on renders*: a linear head over the heritage types on the signed-square-root,
   L2-normalised embedding, trained on the project's renders of every type only, as painted and
   set in front of real photographs (`app/content/render/keyed.py`). It has no "not heritage"
   output. Renders and photographs are aligned by their means: the head is fitted on renders
   centred on the render mean and applied to photos centred on the mean of real photos.
3. *Does it look like an everyday photo?*: a linear probe on the same embedding, trained on real
   everyday photos against heritage (the real proxies, heritage-like photos and the renders). Its
   log-odds, weighted {fusion.get('everyday_weight', 0.0):.2f}, are added to the "not heritage" logit.

`logit = {fusion['concept_weight']:.3f} · log(concepts + ε) + {fusion['head_weight']:.3f} · log(head + ε) + bias`
(+ the everyday term on "not heritage"; ε = {fusion['epsilon']}; not-heritage bias {fusion['bias'][-1]:.3f}).
The two weights were fitted by maximum likelihood on real photos of the manifest's train split
(the head never saw them). The everyday term's weight and the not-heritage bias were then chosen on
*held-out heritage classes* (each fold of the probe left whole classes out, as a museum's own
monuments are unknown to it): at most {training['heritage_as_everyday_limit']:.0%} of those heritage photos, counting
each class once, may be called "not heritage", and as many everyday photos as possible are. One
temperature was chosen on the real heritage proxies (with the probe's out-of-fold answers): their
likelihood barely changes over a wide band of temperatures, so the humblest one within one standard
error of the best is taken (the one-standard-error rule), because Korean heritage photos lie further
from the renders than these proxies do and overconfidence is the costlier error there.

**Licence.** Apache-2.0 (trained by the project). Backbone: Apache-2.0 (Google's EfficientNet-Lite0).

## What it learned from

* Renders (`app/content/render`): {training['renders_per_subject']} per subject of the 14 showcase
  subjects and the three render-only types (fortress gate, ceramics, paintings and documents), each
  as its standard view and {training['random_views_per_render']} random views; every render whose sky or gallery wall
  shows is also set in front of a real everyday photo of the train split (two more views).
* Real photos, train split of `benchmarks/data/real_photos.csv` ({training['real_train_photos']}
  photos; Caltech-101 CC BY 4.0, BSDS500 and ImageNet samples under research terms): Caltech-101
  `pagoda`, `buddha` and `ewer` as the only real proxies of heritage types; the other classes,
  BSDS500 train/test and the ImageNet samples as *not heritage*; pyramids, minarets and ImageNet
  classes the mapping counts as heritage kept apart as *heritage-like*. The photos are not shipped.
* Recipe: `python -m app.vision.recognition.default_tagger` from the repository root once the
  photos are materialised (`benchmarks/data/README.md`).

## Figures on real photos it never trained on (manifest eval split)

| | value |
|---|---|
| heritage proxies: type right (unknown counts as wrong), n = {j['proxies']} | **{j['proxy_type_accuracy']:.3f}** |
| heritage proxies answered (not "unknown") | {j['proxy_answered']:.3f} |
| answers at ≥ 0.9 confidence that were right | {right} of {confident['n']} |
| expected calibration error of the answers (10 bins) | {j['proxy_answer_ece']:.3f} |
| everyday photos called "not heritage", n = {j['everyday']} | {j['everyday_called_not_heritage']:.3f} |
| heritage-like photos called "not heritage", n = {j['heritage_like']} | {j['heritage_like_called_not_heritage']:.3f} |

Per proxy class (type right):

| class (type) | right |
|---|---|
{per_class}

Reliability of the answers on the proxies:

{_table(judged['proxy_reliability'])}

These proxies are three types out of {len(types)}, photographed mostly outside Korea (Caltech's
pagodas are wooden and rotated 45°). They are the only licence-clean real heritage photos there
are; the figures on Korean heritage are unknown to the project and will be lower for types
without a proxy.

## What it cannot know

{limits}
"""
