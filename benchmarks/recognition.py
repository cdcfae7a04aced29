"""Recognition benchmark: accuracy (ours vs baselines, same run), speed and memory. Prints tables.

    python benchmarks/recognition.py [--sections accuracy,teach,speed] [--kodak DIR] [--n-jpegs 64]

* accuracy — teach-by-example proxy sets: each Kodak photo (when ``--kodak`` exists) or each
  rendered subject is a "place"; harsh random crops / zooms / tilts / colour shifts / JPEG
  re-encoding of it are new "photos" (``proxy_photo``). 3 training photos per place.
  Compares the head with nearest-centroid and 1-nearest-neighbour on the same embeddings.
* teach — wall and CPU time of ``teach_folder`` on 500 JPEGs (10 labels × 50), per stage.
* speed — tagging throughput on generated 12 MP JPEGs: naive (full decode, one image per
  forward) vs our pipeline (draft decode, threads, batches); single-image latency; heat-map
  time; peak RSS of this process after tagging.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


# The "new photo" transformations are deliberately different from (and harsher than) the
# augmentation teaching uses, so the benchmark does not just measure memorised augmentation.
def proxy_photo(source: np.ndarray, rng: np.random.Generator, out_side: int = 320) -> np.ndarray:
    """One simulated new photo of the place shown in ``source`` (RGB uint8)."""
    height, width = source.shape[:2]
    area = rng.uniform(0.25, 0.8) * height * width
    aspect = np.exp(rng.uniform(np.log(0.6), np.log(1.6)))
    h = int(min(height, round(np.sqrt(area / aspect))))
    w = int(min(width, round(np.sqrt(area * aspect))))
    top, left = int(rng.integers(0, height - h + 1)), int(rng.integers(0, width - w + 1))
    crop = source[top : top + h, left : left + w]
    # Slight rotation: a hand-held camera is never level.
    angle = rng.uniform(-8, 8)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0 + abs(angle) / 40)
    crop = cv2.warpAffine(crop, matrix, (w, h), borderMode=cv2.BORDER_REFLECT)
    scale = out_side / max(h, w)
    photo = cv2.resize(crop, (max(8, round(w * scale)), max(8, round(h * scale))), interpolation=cv2.INTER_AREA)
    hsv = cv2.cvtColor(photo, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 0] = (hsv[..., 0] + rng.uniform(-6, 6)) % 180
    hsv[..., 1] *= rng.uniform(0.6, 1.3)
    photo = cv2.cvtColor(np.clip(hsv, 0, 255).astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32)
    photo = 255.0 * (photo / 255.0) ** rng.uniform(0.7, 1.4)  # exposure / tone curve
    photo += rng.normal(0, rng.uniform(0, 6), photo.shape)
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    quality = int(rng.integers(35, 90))
    ok, data = cv2.imencode(".jpg", photo[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(data, cv2.IMREAD_COLOR)[..., ::-1].copy() if ok else photo


def table(title: str, headers: list[str], rows: list[list[object]]) -> None:
    """Print a plain-text table."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print(f"\n## {title}")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def _places_kodak(folder: Path) -> list[np.ndarray]:
    from PIL import Image

    return [np.asarray(Image.open(p).convert("RGB")) for p in sorted(folder.glob("*.png"))]


def _places_renders() -> tuple[list[str], list[list[np.ndarray]]]:
    """Per available subject, 9 independent renders (random view, light, season): 3 to teach, 6 to test."""
    from app.content.training_data import iter_renders
    from app.vision.recognition.default_tagger import available_subjects

    subjects = available_subjects()
    shots: dict[str, list[np.ndarray]] = {s: [] for s in subjects}
    for sample in iter_renders(123, size=(400, 300), subjects=subjects, out_size=None, min_crop=0.5):
        if len(shots[sample.subject_id]) < 9:
            shots[sample.subject_id].append(sample.image)
        if all(len(v) == 9 for v in shots.values()):
            break
    return subjects, [shots[s] for s in subjects]


def _hard_photo(source: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A zoomed-in (25–55 % of each side) new photo of a place."""
    h, w = source.shape[:2]
    s = rng.uniform(0.25, 0.55)
    ch, cw = int(h * s), int(w * s)
    y, x = int(rng.integers(0, h - ch + 1)), int(rng.integers(0, w - cw + 1))
    return proxy_photo(source[y : y + ch, x : x + cw], rng)


def _evaluate_proxy(name: str, train, train_y, test, test_y, n_classes: int) -> list[list[object]]:
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.classify import TTA_VIEWS, tta_views
    from app.vision.recognition.features import transform
    from app.vision.recognition.head import prototypes_of
    from app.vision.recognition.teach import train_head
    from app.vision.recognition.trainset import embed_training_set

    backbone = shared_backbone()
    started = time.perf_counter()
    data = embed_training_set(backbone, train, train_y)
    head, cv = train_head(data, n_classes)
    teach_s = time.perf_counter() - started
    y = np.asarray(test_y)
    views = [v for image in test for v in tta_views(image)]
    pooled, _ = backbone.embed_views(views)
    pooled = pooled.reshape(len(test), 3, -1)
    index = TTA_VIEWS.index(data.view)  # the view the head was taught on (taught models: the whole photo)
    centre = transform(pooled[:, index])
    tta = transform(pooled.reshape(-1, pooled.shape[-1])).reshape(len(test), 3, -1).mean(1)
    tta /= np.linalg.norm(tta, axis=1, keepdims=True)

    def unit(a: np.ndarray) -> np.ndarray:
        return a / np.linalg.norm(a, axis=1, keepdims=True)

    raw_test = unit(pooled[:, index])
    centroids = prototypes_of(data.eval_pooled, data.labels, n_classes)
    rows = [
        [name, "nearest centroid, raw embedding", f"{((raw_test @ centroids.T).argmax(1) == y).mean():.1%}"],
        [name, "1-NN, raw embedding",
         f"{(data.labels[(raw_test @ unit(data.eval_pooled).T).argmax(1)] == y).mean():.1%}"],
        [name, "nearest centroid, our features+augmentation",
         f"{((centre @ prototypes_of(data.rows, data.row_labels, n_classes).T).argmax(1) == y).mean():.1%}"],
        [name, "head (ours)", f"{(head.logits(centre).argmax(1) == y).mean():.1%}"],
        [name, "head (ours) + test-time 3 views", f"{(head.logits(tta).argmax(1) == y).mean():.1%}"],
        [name, "head cross-validated on the 3 shots", f"{cv.accuracy:.1%} ({cv.folds} folds)"],
    ]  # fmt: skip
    probs = head.probabilities(centre)
    answered = (probs.max(1) >= head.threshold) & (head.similarity(centre).max(1) >= head.min_similarity)
    correct = probs.argmax(1) == y
    rows.append([name, "answered (not unknown) / accuracy of answered",
                 f"{answered.mean():.1%} / {correct[answered].mean() if answered.any() else 0:.1%}"])  # fmt: skip
    rows.append([name, "teach time (embed + CV + fit)", f"{teach_s:.1f} s"])
    return rows


def section_accuracy(kodak: Path | None) -> None:
    rng = np.random.default_rng(0)
    rows: list[list[object]] = []
    if kodak and kodak.is_dir():
        places = _places_kodak(kodak)
        train, train_y, test, test_y = [], [], [], []
        for label, source in enumerate(places):
            train += [_hard_photo(source, rng) for _ in range(3)]
            test += [_hard_photo(source, rng) for _ in range(6)]
            train_y += [label] * 3
            test_y += [label] * 6
        rows += _evaluate_proxy(f"Kodak {len(places)} places", train, train_y, test, test_y, len(places))
    subjects, shots = _places_renders()
    train, train_y, test, test_y = [], [], [], []
    for label, renders in enumerate(shots):
        train += [proxy_photo(r, rng) for r in renders[:3]]
        test += [proxy_photo(r, rng) for r in renders[3:]]
        train_y += [label] * 3
        test_y += [label] * 6
    rows += _evaluate_proxy(f"renders {len(subjects)} subjects", train, train_y, test, test_y, len(subjects))
    table("Teach by example: 3 photos per class, accuracy on new photos", ["set", "method", "result"], rows)
    section_open_set(kodak)


def section_open_set(kodak: Path | None) -> None:
    """Default tagger on unseen everyday photos: share called unknown (higher is better)."""
    import skimage.data
    from PIL import Image

    from app.vision.recognition.classify import Classifier

    classifier = Classifier("heritage_types")
    motorcycle = Image.open(Path(skimage.data.__file__).parent / "motorcycle_left.png").convert("RGB")
    everyday = [skimage.data.chelsea(), np.asarray(motorcycle)]
    names = ["chelsea (cat)", "motorcycle"]
    rows = [[n, p.unknown, ", ".join(p.reasons), p.top.id if p.top else "-"] for n, p in
            zip(names, classifier.classify_images(everyday), strict=True)]  # fmt: skip
    if kodak and kodak.is_dir():
        predictions = classifier.classify_images(_places_kodak(kodak))
        share = np.mean([p.unknown for p in predictions])
        rows.append([f"Kodak24 ({len(predictions)} photos)", f"{share:.0%} unknown", "", ""])
    table("Default tagger on everyday (non-heritage) photos", ["photo", "unknown", "why", "best guess"], rows)


def _write_jpegs(folder: Path, n: int) -> list[Path]:
    """n distinct 4000×3000 (12 MP) JPEGs made from package photos."""
    import skimage.data

    sources = [skimage.data.astronaut(), skimage.data.coffee(), skimage.data.chelsea(), skimage.data.rocket()]
    paths = []
    rng = np.random.default_rng(0)
    for i in range(n):
        base = cv2.resize(sources[i % len(sources)], (4000, 3000), interpolation=cv2.INTER_CUBIC)
        noisy = np.clip(base.astype(np.int16) + rng.integers(-12, 13, size=(1, 1, 3)), 0, 255).astype(np.uint8)
        path = folder / f"photo_{i:03d}.jpg"
        cv2.imwrite(str(path), noisy[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, 90])
        paths.append(path)
    return paths


def _cli_tagging(folder: Path, n: int) -> list[list[object]]:
    """Run ``gyeongju-ai classify --json`` in a fresh process: wall time and that process's peak RSS."""
    import subprocess

    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app", "classify", "--json", str(folder)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    lines = len(done.stdout.splitlines())
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return [
        [f"CLI classify --json, {lines} files, incl. start-up and model load", f"{lines / elapsed:.1f} img/s"],
        ["peak RSS of that tagging process", f"{rss_mb:.0f} MB"],
    ]


def section_speed(n_jpegs: int, threads: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = _write_jpegs(Path(tmp), n_jpegs)
        # First, while this process is still small: a forked child's peak RSS counts the parent's pages.
        rows = _cli_tagging(Path(tmp), len(paths))
        rows += _in_process_speed(paths, threads)
    table(f"Tagging speed ({threads} torch threads in-process)", ["what", "result"], rows)


def _in_process_speed(paths: list[Path], threads: int) -> list[list[object]]:
    import torch

    from app.imaging.io import load_image
    from app.vision.archs.efficientnet_lite import preprocess_rgb
    from app.vision.recognition.classify import Classifier
    from app.vision.recognition.explain import explain

    classifier = Classifier("heritage_types")
    torch.set_num_threads(threads)  # after the engine, which sets its own count on first use
    rows: list[list[object]] = []
    naive_net = classifier.backbone.engine.registry.build(classifier.backbone.spec)
    started = time.perf_counter()
    for path in paths[:16]:
        with torch.inference_mode():
            naive_net.embed(preprocess_rgb(load_image(path).pixels))
    naive = 16 / (time.perf_counter() - started)
    rows.append(["naive: full decode + torch resize + 1 image per forward", f"{naive:.1f} img/s"])
    list(classifier.classify_paths(paths[:16]))  # warm-up
    started, cpu_started = time.perf_counter(), time.process_time()
    results = list(classifier.classify_paths(paths))
    ours = len(results) / (time.perf_counter() - started)
    cpu_ms = (time.process_time() - cpu_started) / len(results) * 1000
    precision = classifier.backbone.precision
    rows.append(
        [f"ours ({precision}): draft decode + threads + batches of 16 ({len(paths)} files)", f"{ours:.1f} img/s"]
    )
    # CPU time is far less sensitive than wall time to other programs sharing the cores.
    rows.append([f"ours ({precision}): CPU time per image (all threads) → 2 free cores could do",
                 f"{cpu_ms:.0f} ms → {2000 / cpu_ms:.0f} img/s"])  # fmt: skip
    if precision != "float32":
        rows += _float_pipeline(classifier, paths)
    small = load_image(paths[0]).pixels[::4, ::4].copy()
    for label, run in (
        ("single image latency (decoded 1000×750 photo → labels)", lambda: classifier.classify_images([small])),
        ("heat-map (classify + Grad-CAM + overlay, 1000×750)", lambda: explain(classifier, small, max_side=1024)),
    ):
        run()
        times = []
        for _ in range(7):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        rows.append([f"{label}, median", f"{np.median(times) * 1000:.0f} ms"])
    rows.append(["torch threads / load average", f"{torch.get_num_threads()} / {os.getloadavg()[0]:.1f}"])
    return rows


def _float_pipeline(classifier, paths: list[Path]) -> list[list[object]]:
    """The same pipeline with the float32 backbone, for comparison in the same run."""
    from app.vision.recognition.backbone import Backbone

    int8_backbone = classifier.backbone
    classifier.backbone = Backbone(int8_backbone.engine, precision="float32")
    try:
        list(classifier.classify_paths(paths[:16]))  # warm-up
        started, cpu_started = time.perf_counter(), time.process_time()
        n = len(list(classifier.classify_paths(paths)))
        rate = n / (time.perf_counter() - started)
        cpu_ms = (time.process_time() - cpu_started) / n * 1000
    finally:
        classifier.backbone = int8_backbone
    return [["same pipeline, float32 backbone", f"{rate:.1f} img/s ({cpu_ms:.0f} ms CPU per image)"]]


def _teach_sources() -> list[np.ndarray]:
    """Ten photos that ship with scikit-image, as RGB: the "labels" of the teach timing."""
    import skimage.data

    names = ("astronaut", "coffee", "chelsea", "rocket", "hubble_deep_field", "immunohistochemistry",
             "colorwheel", "brick", "grass", "gravel")  # fmt: skip
    photos = []
    for name in names:
        image = getattr(skimage.data, name)()
        photos.append(np.ascontiguousarray(np.repeat(image[..., None], 3, 2) if image.ndim == 2 else image[..., :3]))
    return photos


def section_teach() -> None:
    from PIL import Image

    from app.vision.recognition.teach import teach_folder

    rng = np.random.default_rng(1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "collection"
        for label, source in enumerate(_teach_sources()):
            (root / f"class_{label:02d}").mkdir(parents=True)
            for i in range(50):
                Image.fromarray(proxy_photo(source, rng, 640)).save(root / f"class_{label:02d}" / f"{i}.jpg")
        started, cpu = time.perf_counter(), time.process_time()
        result = teach_folder(root, "bench_teach_500", models_dir=Path(tmp) / "models")
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    table("Teach 500 photos (10 labels × 50)", ["what", "result"], [
        ["wall time (read + embed + 5-fold CV + fit + learning curve + save)", f"{elapsed:.1f} s"],
        ["CPU time of this process (all threads)", f"{cpu:.1f} s"],
        *([f"  {stage.replace('_', ' ')}", f"{seconds:.1f} s"] for stage, seconds in result.timings.items()),
        ["backbone precision", result.provenance["backbone"].get("precision", "float32")],
        [f"cross-validated accuracy: head kept ({result.cv.method})", f"{result.cv.accuracy:.1%}"],
        *([f"same folds: head {name}", f"{value:.1%}"] for name, value in result.cv.candidates.items()),
        *([f"same folds: {name.replace('_', ' ')}", f"{value:.1%}"] for name, value in result.cv.baselines.items()),
        ["learning curve", result.curve_sentence()],
        ["load average", f"{os.getloadavg()[0]:.1f}"],
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", default="accuracy,teach,speed")
    parser.add_argument("--kodak", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/kodak24")
    parser.add_argument("--n-jpegs", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2, help="torch threads (the target machine has 2 cores)")
    args = parser.parse_args()
    sections = args.sections.split(",")
    # Speed first, so that the RSS it reports is that of a tagging process.
    if "speed" in sections:
        section_speed(args.n_jpegs, args.threads)
    if "accuracy" in sections:
        section_accuracy(args.kodak)
    if "teach" in sections:
        section_teach()


if __name__ == "__main__":
    main()
