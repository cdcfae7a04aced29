"""The static IIIF site: served over HTTP from 127.0.0.1 and read as a viewer would read it."""

from __future__ import annotations

import functools
import io
import json
import math
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from catalog_export_helpers import HOSTILE, TITLES, add_item, new_catalog, photo
from PIL import Image

from app.catalog.exports.run import export_catalog
from app.catalog.exports.tiles import TILE, plan

PRESENTATION = "http://iiif.io/api/presentation/3/context.json"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def server(tmp_path):
    """A static file server on a free port of 127.0.0.1 over ``tmp_path / "site"``, stopped after."""
    site = tmp_path / "site"
    site.mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, name="iiif-test-server")
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        thread.join()
        httpd.server_close()


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return response.read()


def _viewer_urls(info: dict) -> list[tuple[str, tuple[int, int]]]:
    """Every (URL, pixel size) a tiling viewer asks for: OpenSeadragon's Image API 3 rules."""
    width, height, service = info["width"], info["height"], info["id"]
    tile = info["tiles"][0]["width"]
    urls = []
    for s in info["tiles"][0]["scaleFactors"]:
        lw, lh = math.ceil(width / s), math.ceil(height / s)
        if lw < tile and lh < tile:  # the level fits one tile: the whole picture at that size
            size = "max" if (lw, lh) == (width, height) else f"{lw},{lh}"
            urls.append((f"{service}/full/{size}/0/default.jpg", (lw, lh)))
            continue
        for ty in range(math.ceil(lh / tile)):
            for tx in range(math.ceil(lw / tile)):
                x, y = tx * tile * s, ty * tile * s
                w, h = min(tile * s, width - x), min(tile * s, height - y)
                sw, sh = min(tile, lw - tx * tile), min(tile, lh - ty * tile)
                region = "full" if (x, y, w, h) == (0, 0, width, height) else f"{x},{y},{w},{h}"
                size = "max" if (sw, sh) == (width, height) else f"{sw},{sh}"
                urls.append((f"{service}/{region}/{size}/0/default.jpg", (sw, sh)))
                urls.append((f"{service}/{region}/{sw},/0/default.jpg", (sw, sh)))  # Image API 2 clients
    return urls


def test_collection_manifest_info_and_tiles_over_http(server, originals):
    site, base = server
    photos = site.parent / "photos"
    photos.mkdir()
    catalog = new_catalog(site.parent)
    wide = originals.register(photo(photos / "wide.jpg", 1300, 700))
    add_item(catalog, wide, dc=(*TITLES, ("description", "en", "South face"),
                                ("rights", "", "http://creativecommons.org/licenses/by/4.0/")),
             ai=[("seokgatap", 0.9), ("dabotap", 0.4)], decisions=[("seokgatap", "accepted")])
    add_item(catalog, originals.register(photo(photos / "small.jpg", 300, 500)),
             dc=[("rights", "", "© Gyeongju National Museum"), ("title", "", HOSTILE[0])])
    add_item(catalog, photos / "gone.jpg", state="missing")
    summary = export_catalog(catalog, "iiif", site, base_url=base)
    assert (summary.exported, len(summary.skipped)) == (2, 1)

    collection = json.loads(_get(f"{base}collection.json"))
    assert (collection["@context"], collection["type"], collection["id"]) == (PRESENTATION, "Collection",
                                                                              f"{base}collection.json")
    assert [m["type"] for m in collection["items"]] == ["Manifest", "Manifest"]
    manifest = json.loads(_get(collection["items"][0]["id"]))
    assert manifest["@context"] == PRESENTATION and manifest["type"] == "Manifest"
    canvas = manifest["items"][0]
    assert canvas["type"] == "Canvas" and (canvas["width"], canvas["height"]) == (1300, 700)
    assert canvas["label"]["ko"] == ["석가탑 남면"] and canvas["label"]["ja"] == ["釈迦塔の南面"]
    assert set(canvas["label"]) >= {"ko", "en", "zh", "ja"} and manifest["summary"] == {"en": ["South face"]}
    assert manifest["rights"] == "http://creativecommons.org/licenses/by/4.0/"
    painting = canvas["items"][0]["items"][0]
    assert painting["motivation"] == "painting" and painting["target"] == canvas["id"]
    service = painting["body"]["service"][0]
    assert (service["type"], service["profile"]) == ("ImageService3", "level0")
    tagging = canvas["annotations"][0]["items"]
    assert [a["motivation"] for a in tagging] == ["tagging", "tagging"]
    bodies = tagging[0]["body"]
    assert {b["language"] for b in bodies if b["purpose"] == "tagging"} == {"ko", "en", "zh", "ja"}
    assert all(b["type"] == "TextualBody" for b in bodies)
    assert "AI suggestion, score 0.40" in tagging[1]["body"][-1]["value"]

    info = json.loads(_get(f"{service['id']}/info.json"))
    assert info["@context"] == "http://iiif.io/api/image/3/context.json"
    assert (info["type"], info["profile"], info["protocol"]) == ("ImageService3", "level0", "http://iiif.io/api/image")
    assert (info["width"], info["height"]) == (1300, 700) and info["tiles"][0]["width"] == TILE
    tile = Image.open(io.BytesIO(_get(f"{service['id']}/512,512,512,188/512,188/0/default.jpg")))
    assert tile.format == "JPEG" and tile.size == (512, 188)
    thumb = manifest["thumbnail"][0]
    assert Image.open(io.BytesIO(_get(thumb["id"]))).size == (thumb["width"], thumb["height"])
    assert Image.open(io.BytesIO(_get(painting["body"]["id"]))).size == (1300, 700)

    small = json.loads(_get(collection["items"][1]["id"]))
    assert small["requiredStatement"]["value"] == {"none": ["© Gyeongju National Museum"]} and "rights" not in small
    assert small["label"] == {"none": [HOSTILE[0]]}  # markup characters are plain text in JSON


def test_every_url_a_viewer_asks_for_exists(tmp_path):
    (tmp_path / "p").mkdir()
    catalog = new_catalog(tmp_path)
    sizes = [(1300, 700), (300, 500), (512, 512), (513, 1030), (40, 30)]
    for n, (w, h) in enumerate(sizes):
        add_item(catalog, photo(tmp_path / "p" / f"{n}.jpg", w, h))
    export_catalog(catalog, "iiif", tmp_path / "site", base_url="https://museum.example/iiif")
    first = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*.json")}
    export_catalog(catalog, "iiif", tmp_path / "site", base_url="https://museum.example/iiif")  # again, in place
    assert {p: p.read_bytes() for p in (tmp_path / "site").rglob("*.json") if p.name != "gyeongju-export.json"} == {
        p: data for p, data in first.items() if p.name != "gyeongju-export.json"
    }
    base = "https://museum.example/iiif/"
    infos = sorted((json.loads(p.read_text()) for p in (tmp_path / "site" / "images").glob("*/info.json")),
                   key=lambda info: info["width"])
    assert [(i["width"], i["height"]) for i in infos] == sorted(sizes)
    for info in infos:
        assert info["id"].startswith(f"{base}images/")
        for url, size in _viewer_urls(info):
            with Image.open(tmp_path / "site" / url.removeprefix(base)) as im:
                assert im.size == size, url
        for listed in info["sizes"]:
            path = info["id"].removeprefix(base) + f"/full/{listed['width']},{listed['height']}/0/default.jpg"
            assert (tmp_path / "site" / path).is_file()


def test_pyramid_plan():
    assert plan(1300, 700) == ((1, 2, 4, 8), ((163, 88), (325, 175)))
    assert plan(40, 30) == ((1,), ((40, 30),))
    factors, sizes = plan(6000, 4000)
    assert factors == (1, 2, 4, 8, 16, 32) and max(sizes[-1]) <= TILE and max(sizes[0]) <= 256
