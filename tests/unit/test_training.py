"""Training machinery of the restoration recipes: loop, checkpoints, export, metrics, tiled inference.

Everything here uses tiny random or briefly trained networks; no shipped weights, no ../shared.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from skimage import data

from app.domain.errors import InvalidInput
from app.vision.archs import ARCHITECTURES
from app.vision.archs.damage_unet import DAMAGE_OUTPUTS
from app.vision.archs.inpaint_net import push_pull_fill
from app.vision.registry import ModelRegistry
from app.vision.training.data import random_crop
from app.vision.training.infer import detect_damage, inpaint_learned, upscale_x2
from app.vision.training.loop import TrainConfig, TrainTask, lr_at, train
from app.vision.training.metrics import Counts, best_threshold, psnr
from app.vision.training.recipe import Recipe, export_model


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return data.astronaut()[100:228, 180:308].copy()  # 128×128, face and helmet detail


def _scratch_task(photo: np.ndarray) -> TrainTask:
    """A tiny damage-segmentation task: find bright lines drawn on 64-px crops of one photo."""
    import cv2

    torch.manual_seed(0)
    model = ARCHITECTURES["damage_unet"](widths=(8, 8, 8, 8), outputs=1)

    def batches(seed: int):
        rng = np.random.default_rng(seed)
        while True:
            images, labels = [], []
            for _ in range(4):
                crop, label = random_crop(photo, 64, rng), np.zeros((64, 64), np.uint8)
                for _ in range(2):
                    p, q = rng.integers(0, 64, 2), rng.integers(0, 64, 2)
                    cv2.line(label, (int(p[0]), int(p[1])), (int(q[0]), int(q[1])), 1, 2)
                crop[label > 0] = 245
                images.append(crop)
                labels.append(label)
            image = torch.from_numpy(np.stack(images)).permute(0, 3, 1, 2).float() / 255.0
            yield image, torch.from_numpy(np.stack(labels))[:, None].float()

    def loss(net, batch):
        image, label = batch
        return torch.nn.functional.binary_cross_entropy_with_logits(net(image), label)

    def validate(net):
        # Batch statistics (train-mode BN): after 20 steps the running averages still lag behind.
        was_training = net.training
        net.train()
        with torch.no_grad():
            value = float(loss(net, next(batches(99))))
        net.train(was_training)
        return {"score": -value}

    return TrainTask(model, batches, loss, validate)


def test_training_loop_lowers_the_loss_and_resumes(photo, tmp_path):
    task = _scratch_task(photo)
    before = -task.validate(task.model)["score"]
    config = TrainConfig(steps=10, lr=1e-2, warmup=2, log_every=5, validate_every=10, threads=2)
    first = train(task, config, tmp_path)
    assert first.steps == 10 and (tmp_path / "last.pt").is_file() and (tmp_path / "best.pt").is_file()
    config.steps = 20
    second = train(task, config, tmp_path)  # resumes at step 10, does 10 more
    assert second.steps == 20
    assert [s for s, _ in second.losses] == [5, 10, 15, 20]
    after = -task.validate(task.model)["score"]
    assert after < before * 0.7, (before, after)


def test_loader_processes_and_wider_batches_feed_the_same_loop(photo, tmp_path):
    from app.vision.training.loop import batch_stream

    task = _scratch_task(photo)
    config = TrainConfig(steps=8, lr=1e-2, warmup=2, log_every=4, validate_every=8, threads=1,
                         workers=2, batch_multiplier=3)
    image, label = next(batch_stream(task, config, 5, torch.device("cpu")))
    assert image.shape == (12, 3, 64, 64) and label.shape == (12, 1, 64, 64)  # 3 recipe batches of 4
    # Each loader process has its own seed, so concatenated parts differ.
    assert not torch.equal(image[:4], image[4:8])
    result = train(task, config, tmp_path)
    assert result.steps == 8 and (tmp_path / "best.pt").is_file()


def test_time_budget_shortens_the_schedule_once():
    from app.vision.training.loop import _fit_steps_to_budget

    config = TrainConfig(steps=100_000, minutes=1.0)
    _fit_steps_to_budget(config, step=60, first_step=0, elapsed=6.0)  # 10 steps/s
    assert 60 < config.steps <= 60 + 10 * 51 and config.validate_every >= 1


def test_train_command_refuses_a_bad_device(capsys):
    from app.cli import main

    assert main(["train", "inpaint", "--device", "nonsense", "--steps", "1"]) == 2
    assert "device" in capsys.readouterr().err
    assert main(["train", "inpaint", "--workers", "-1", "--steps", "1"]) == 2
    assert main(["train", "inpaint", "--lr", "5", "--steps", "1"]) == 2
    assert main(["train", "inpaint", "--init-from", "/no/such/weights.safetensors", "--steps", "1"]) == 2


def test_fine_tuning_starts_from_given_weights_and_refuses_others(tmp_path):
    from safetensors.torch import save_file

    from app.vision.training.recipe import _load_initial_weights

    source = ARCHITECTURES["damage_unet"](widths=[16, 32, 48, 64])
    path = tmp_path / "w.safetensors"
    save_file({k: v.contiguous() for k, v in source.state_dict().items()}, str(path))
    target = ARCHITECTURES["damage_unet"](widths=[16, 32, 48, 64])
    _load_initial_weights(target, path)
    assert all(torch.equal(a, b) for a, b in zip(source.state_dict().values(), target.state_dict().values(),
                                                  strict=True))
    with pytest.raises(InvalidInput):
        _load_initial_weights(ARCHITECTURES["damage_unet"](widths=[8, 16, 24, 32]), path)
    (tmp_path / "junk.safetensors").write_bytes(b"not weights")
    with pytest.raises(InvalidInput):
        _load_initial_weights(target, tmp_path / "junk.safetensors")


def test_a_trained_damage_net_grows_context_blocks_without_changing_its_answers(tmp_path):
    from safetensors.torch import save_file

    from app.vision.training.recipe import _load_initial_weights

    torch.manual_seed(0)
    small = ARCHITECTURES["damage_unet"](widths=[4, 8, 8, 8])
    with torch.no_grad():
        for param in small.parameters():
            param.add_(0.1 * torch.randn_like(param))
    path = tmp_path / "small.safetensors"
    save_file({k: v.contiguous() for k, v in small.state_dict().items()}, str(path))
    grown = ARCHITECTURES["damage_unet"](widths=[4, 8, 8, 8], context=[2, 4])
    _load_initial_weights(grown, path)
    image = torch.rand(1, 3, 40, 56)
    with torch.no_grad():
        assert torch.equal(small(image), grown(image))
    # The new blocks learn: one step on them alone moves the answer.
    optimiser = torch.optim.SGD(grown.context.parameters(), lr=0.5)
    grown.train()
    grown(image).square().mean().backward()
    optimiser.step()
    grown.eval()
    with torch.no_grad():
        assert not torch.allclose(small(image), grown(image))
    # The other way round is refused: a smaller net cannot drop trained blocks.
    big_path = tmp_path / "grown.safetensors"
    save_file({k: v.contiguous() for k, v in grown.state_dict().items()}, str(big_path))
    with pytest.raises(InvalidInput):
        _load_initial_weights(ARCHITECTURES["damage_unet"](widths=[4, 8, 8, 8]), big_path)


def test_learning_rate_warms_up_then_decays():
    config = TrainConfig(steps=100, lr=1.0, warmup=10, min_lr_fraction=0.1)
    assert lr_at(0, config) == pytest.approx(0.1)
    assert lr_at(10, config) == pytest.approx(1.0)
    assert lr_at(100, config) == pytest.approx(0.1)
    assert lr_at(40, config) > lr_at(80, config)


def test_exported_weights_load_through_the_registry(tmp_path):
    recipe = Recipe(
        name="sr_x2", model_id="sr_x2", architecture="sr_x2", arch_params={"channels": 8, "blocks": 1},
        task="super-resolution", description_en="test", description_ko="시험", config=TrainConfig(steps=1),
        make_task=lambda model, seed: (None, {}), evaluate=lambda model: {},
    )
    model = recipe.build()
    folder = export_model(recipe, model, tmp_path, {"psnr": 30.5, "photos": ["x"]}, {"steps": 1})
    registry = ModelRegistry([tmp_path])
    spec = registry.get("sr_x2")
    assert spec.metrics == {"psnr": 30.5} and spec.weights.format == "safetensors"
    loaded = registry.build(spec)
    for key, value in model.state_dict().items():
        assert torch.equal(loaded.state_dict()[key], value)
    (folder / "weights.safetensors").write_bytes(b"tampered")
    assert not registry.verify("sr_x2").ok


def test_push_pull_keeps_valid_pixels_and_fills_smoothly():
    image = torch.linspace(0, 1, 64).repeat(1, 3, 64, 1)  # a horizontal ramp
    valid = torch.ones(1, 1, 64, 64)
    valid[..., 20:40, 20:40] = 0
    filled = push_pull_fill(image * valid, valid)
    assert torch.equal(filled * valid, image * valid)
    hole = filled[..., 20:40, 20:40]
    assert hole.min() >= image[..., 20:40, 19].min() - 0.05 and hole.max() <= image[..., 20:40, 40].max() + 0.05


def test_inpaint_changes_only_hole_pixels_whole_and_tiled(photo):
    model = ARCHITECTURES["inpaint_net"](widths=(8, 8, 8, 8))
    image = np.tile(photo, (2, 3, 1))  # 256×384: several 128-px tiles
    mask = np.zeros(image.shape[:2], np.uint8)
    mask[100:140, 50:300] = 255
    for tile in (1024, 128):
        out = inpaint_learned(image, mask, model=model, tile=tile, overlap=16)
        assert out.dtype == np.uint8 and out.shape == image.shape
        assert np.array_equal(out[mask == 0], image[mask == 0])
        assert not np.array_equal(out[mask > 0], image[mask > 0])
    with pytest.raises(InvalidInput):
        inpaint_learned(image, mask[:10], model=model)


def test_upscale_and_damage_shapes(photo):
    sr = ARCHITECTURES["sr_x2"](channels=8, blocks=1)  # zero residual head: exactly bicubic
    big = upscale_x2(photo, model=sr, tile=48, overlap=8)
    assert big.shape == (256, 256, 3) and big.dtype == np.uint8
    unet = ARCHITECTURES["damage_unet"](widths=(4, 8, 8, 8))
    mask = detect_damage(photo, model=unet, thresholds=[0.5] * len(DAMAGE_OUTPUTS))
    assert mask.shape == photo.shape[:2] and mask.dtype == np.uint8 and set(np.unique(mask)) <= {0, 255}
    with pytest.raises(InvalidInput):
        detect_damage(photo, model=unet, thresholds=[0.5])


def test_metrics():
    a = np.zeros((4, 4, 3), np.uint8)
    b = a.copy()
    b[0, 0] = 10
    region = np.zeros((4, 4), bool)
    region[0, :2] = True
    assert psnr(a, b, region) == pytest.approx(10 * np.log10(255**2 / (100 / 2)))
    assert psnr(a, a) == float("inf")
    counts = Counts()
    counts.add(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))
    assert (counts.precision, counts.recall, counts.f1) == (0.5, 0.5, 0.5)
    probs = np.array([0.1, 0.2, 0.7, 0.8])
    assert 0.2 < best_threshold(probs, np.array([0, 0, 1, 1])) <= 0.7


def test_recipes_need_no_development_data(tmp_path, monkeypatch):
    from app.vision.training import data as training_data

    monkeypatch.setenv(training_data.KODAK_ENV, str(tmp_path))  # an empty folder: no Kodak photos
    assert training_data.kodak_dir() is None
    assert len(training_data.load_kodak(training_data.KODAK_HELDOUT)) == 0
    held_out = training_data.heldout_photos()
    assert held_out.names == ("skimage:coffee", "skimage:rocket")
    assert all(im.dtype == np.uint8 and im.shape[2] == 3 for im in held_out.images)


def test_upright_crops_are_mirrored_but_never_turned():
    # Rows brighten downwards: any quarter turn would make a column, not a row, constant.
    ramp = np.repeat(np.repeat(np.arange(96, dtype=np.uint8)[:, None], 96, axis=1)[..., None], 3, axis=2)
    rng = np.random.default_rng(3)
    upright = [random_crop(ramp, 32, rng, rotate=False) for _ in range(40)]
    assert all((np.diff(c[..., 0].astype(int), axis=0) == 1).all() for c in upright)
    turned = [random_crop(ramp, 32, rng) for _ in range(40)]
    assert any(not (np.diff(c[..., 0].astype(int), axis=0) == 1).all() for c in turned)


def test_inpaint_batches_follow_the_recipe_crop_and_batch(photo):
    from app.vision.training import inpaint
    from app.vision.training.data import PhotoSet

    photos = PhotoSet(names=("astronaut",), images=(photo,))
    holes = [np.pad(np.full((40, 40), 255, np.uint8), 44)]  # a 128² frame with a square hole
    image, guide, hole = next(inpaint.batches(photos, holes, seed=1, crop=96, batch=2, upright=True))
    assert image.shape == guide.shape == (2, 3, 96, 96) and hole.shape == (2, 1, 96, 96)
    # Outside the hole the guide is the photo itself; inside it is a fill, not the photo.
    outside = (hole == 0).expand_as(image)
    assert torch.equal(guide[outside], image[outside])
    assert hole.sum() == 2 * 40 * 40 and not torch.equal(guide[~outside], image[~outside])
