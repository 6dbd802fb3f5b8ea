#!/usr/bin/env python3
"""Generate the demo and starter images for aikosite (deterministic, seeded).

Procedural "photo-like" landscapes: sky gradient with clouds, hills, spruce
forest silhouettes, lakes and sea with reflections, industrial halls with
chimneys and steam, harbour cranes, wind turbines, wooden towns, fields,
plus film grain so the JPEGs compress like photographs. Company logos are
written as PNG with alpha or as small SVG files.

Usage:  pip install pillow numpy
        python3 bench/make_demo_images.py            # from the repo root
        python3 bench/make_demo_images.py --only starter

Every image is derived from a fixed seed, so running the script twice gives
the same pixels (file bytes may differ between Pillow/libjpeg versions).
"""
import argparse
import math
import os
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEMO = os.path.join(ROOT, "content", "towns")
STARTER = os.path.join(ROOT, "src", "init", "starter", "content", "towns")
QUALITY = 82


# ----------------------------------------------------------------- helpers

def seed_of(name):
    return zlib.crc32(name.encode("utf-8")) & 0xFFFFFFFF


def smooth_noise(rng, h, w, cell):
    """Value noise: a coarse random grid upscaled bicubically, range ~0..1."""
    gh, gw = max(2, h // cell + 2), max(2, w // cell + 2)
    grid = (rng.random((gh, gw)) * 255).astype(np.uint8)
    img = Image.fromarray(grid, "L").resize((w, h), Image.BICUBIC)
    return np.asarray(img, dtype=np.float32) / 255.0


def fractal(rng, h, w, base, octaves=4, gain=0.5):
    total = np.zeros((h, w), np.float32)
    amp, norm, cell = 1.0, 0.0, base
    for _ in range(octaves):
        total += amp * smooth_noise(rng, h, w, max(2, int(cell)))
        norm += amp
        amp *= gain
        cell /= 2.0
    return total / norm


def ridge(rng, w, base_y, amp, cell, octaves=4):
    """1-D fractal line (y per x)."""
    line = fractal(rng, 1, w, cell, octaves)[0]
    return base_y - amp * (line - 0.5) * 2.0


def mask_from_poly(h, w, pts, blur=0.8):
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).polygon(pts, fill=255)
    if blur:
        m = m.filter(ImageFilter.GaussianBlur(blur))
    return np.asarray(m, dtype=np.float32) / 255.0


def mask_below(h, w, ys, blur=0.8):
    pts = [(0, h)] + [(x, float(ys[x])) for x in range(w)] + [(w - 1, h)]
    return mask_from_poly(h, w, pts, blur)


def paint(img, mask, color, tex=None, tex_amp=0.0):
    col = np.array(color, np.float32)[None, None, :]
    if tex is not None:
        col = col * (1.0 + tex_amp * (tex[..., None] - 0.5) * 2.0)
    m = mask[..., None]
    img *= (1.0 - m)
    img += m * col
    return img


def lerp(a, b, t):
    return a + (b - a) * t


# ------------------------------------------------------------ scene parts

SKIES = {
    "day": ((86, 140, 204), (196, 219, 236)),
    "sunset": ((60, 78, 140), (244, 170, 110)),
    "overcast": ((128, 138, 150), (200, 204, 208)),
    "winter": ((120, 160, 205), (226, 232, 240)),
    "dusk": ((28, 40, 78), (150, 110, 130)),
    "autumn": ((96, 140, 190), (226, 214, 190)),
}


def sky(rng, h, w, horizon, kind):
    top, bottom = (np.array(c, np.float32) for c in SKIES[kind])
    t = np.clip(np.arange(h, dtype=np.float32) / max(1, horizon), 0, 1) ** 0.8
    img = top[None, None, :] * (1 - t[:, None, None]) + bottom[None, None, :] * t[:, None, None]
    img = np.repeat(img, w, axis=1)
    clouds = fractal(rng, h, w, w // 3, 5)
    stretch = np.clip((clouds - 0.5) * 2.6, 0, 1) * np.clip(1.2 - t, 0, 1)[:, None]
    ccol = np.array([240, 240, 242] if kind not in ("sunset", "dusk") else [250, 196, 170], np.float32)
    if kind == "overcast":
        ccol = np.array([170, 174, 180], np.float32)
        stretch = stretch * 1.3
    img = img * (1 - stretch[..., None] * 0.8) + ccol * stretch[..., None] * 0.8
    return img


def sun_glow(img, cx, cy, radius, color, strength=0.6):
    h, w, _ = img.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / radius
    g = np.exp(-d * d) * strength
    img += (np.array(color, np.float32) - img) * g[..., None]
    return img


def hills(rng, img, base_y, amp, color, cell, haze=0.0):
    h, w, _ = img.shape
    ys = ridge(rng, w, base_y, amp, cell)
    tex = fractal(rng, h, w, 60, 3)
    col = np.array(color, np.float32)
    if haze:
        col = lerp(col, img[int(base_y) - 1, w // 2], haze)
    return paint(img, mask_below(h, w, ys), col, tex, 0.12), ys


def forest(rng, img, base_y, height, color, density=1.0, jitter=12):
    """Spruce-like treeline: many narrow triangles on a wavy base."""
    h, w, _ = img.shape
    base = ridge(rng, w, base_y, jitter, w // 4, 3)
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    d.polygon([(0, h)] + [(x, float(base[x])) for x in range(0, w, 4)] + [(w - 1, h)], fill=255)
    x = -10.0
    while x < w + 10:
        xi = int(min(max(x, 0), w - 1))
        th = height * (0.55 + 0.6 * rng.random())
        tw = th * (0.22 + 0.1 * rng.random())
        b = float(base[xi]) + 2
        # layered spruce: three stacked triangles
        for k in range(3):
            top = b - th * (1 - k * 0.28)
            d.polygon([(x - tw * (0.5 - k * 0.1), b - th * k * 0.22), (x, top),
                       (x + tw * (0.5 - k * 0.1), b - th * k * 0.22)], fill=255)
        x += tw * (0.45 + 0.5 * rng.random()) / density
    m = m.filter(ImageFilter.GaussianBlur(0.7))
    mask = np.asarray(m, np.float32) / 255.0
    tex = fractal(rng, h, w, 24, 3)
    return paint(img, mask, color, tex, 0.25), base


def water(rng, img, horizon, color, reflect=0.45):
    h, w, _ = img.shape
    rows = h - horizon
    if rows <= 0:
        return img
    above = img[max(0, horizon - rows):horizon][::-1]
    if above.shape[0] < rows:
        pad = np.repeat(above[-1:], rows - above.shape[0], axis=0)
        above = np.concatenate([above, pad], axis=0)
    ripple = fractal(rng, rows, w, 6, 3)
    # horizontal streaks
    streak = np.asarray(Image.fromarray((fractal(rng, rows, w // 8, 4, 2) * 255).astype(np.uint8))
                        .resize((w, rows), Image.BILINEAR), np.float32) / 255.0
    shift = ((ripple - 0.5) * 10).astype(np.int32)
    idx = np.clip(np.arange(w)[None, :] + shift, 0, w - 1)
    refl = np.take_along_axis(above, np.repeat(idx[..., None], 3, axis=2), axis=1)
    base = np.array(color, np.float32)[None, None, :]
    depth = (np.arange(rows, dtype=np.float32) / rows)[:, None, None]
    out = refl * reflect * (1 - depth * 0.5) + base * (1 - reflect * (1 - depth * 0.5))
    out *= (0.9 + 0.2 * streak[..., None])
    img[horizon:] = out
    return img


def ground(rng, img, top_y, color, kind="grass"):
    h, w, _ = img.shape
    m = np.zeros((h, w), np.float32)
    m[int(top_y):] = 1.0
    tex = fractal(rng, h, w, 40, 4)
    img = paint(img, m, color, tex, 0.2)
    if kind == "field":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        depth = np.clip((yy - top_y) / (h - top_y), 0.02, 1)
        furrow = 0.5 + 0.5 * np.sin((xx - w / 2) / depth * 0.09)
        f = (furrow * 0.12 * (yy >= top_y))[..., None]
        img *= (1 - f)
    return img


def buildings(rng, img, base_y, spec, color, lit=False):
    """spec: list of (x, width, height, roof) roof in {'flat','gable','saw'}."""
    h, w, _ = img.shape
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    win = Image.new("L", (w, h), 0)
    dw = ImageDraw.Draw(win)
    for x, bw, bh, roof in spec:
        top = base_y - bh
        d.rectangle([x, top, x + bw, base_y + 4], fill=255)
        if roof == "gable":
            d.polygon([(x - 4, top), (x + bw / 2, top - bh * 0.35), (x + bw + 4, top)], fill=255)
        elif roof == "saw":
            n = max(2, int(bw // 40))
            for i in range(n):
                sx = x + i * bw / n
                d.polygon([(sx, top), (sx + bw / n, top - 18), (sx + bw / n, top)], fill=255)
        if lit:
            for wy in range(int(top + 10), int(base_y - 8), 22):
                for wx in range(int(x + 8), int(x + bw - 12), 26):
                    if rng.random() < 0.55:
                        dw.rectangle([wx, wy, wx + 12, wy + 9], fill=255)
    mask = np.asarray(m.filter(ImageFilter.GaussianBlur(0.6)), np.float32) / 255.0
    tex = fractal(rng, h, w, 30, 3)
    img = paint(img, mask, color, tex, 0.15)
    if lit:
        wm = np.asarray(win.filter(ImageFilter.GaussianBlur(0.8)), np.float32) / 255.0
        img = paint(img, wm, (250, 204, 120))
        glow = np.asarray(win.filter(ImageFilter.GaussianBlur(9)), np.float32) / 255.0
        img += glow[..., None] * np.array([90, 60, 20], np.float32)
    return img


def chimneys(rng, img, base_y, xs, color, steam=True):
    h, w, _ = img.shape
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    tops = []
    for x, ch, cw in xs:
        d.polygon([(x - cw * 0.6, base_y), (x - cw * 0.4, base_y - ch), (x + cw * 0.4, base_y - ch),
                   (x + cw * 0.6, base_y)], fill=255)
        tops.append((x, base_y - ch))
    img = paint(img, np.asarray(m.filter(ImageFilter.GaussianBlur(0.6)), np.float32) / 255.0, color)
    if steam:
        s = Image.new("L", (w, h), 0)
        ds = ImageDraw.Draw(s)
        for x, ty in tops:
            px, py, r = x, ty, 10.0
            for _ in range(28):
                ds.ellipse([px - r, py - r, px + r, py + r], fill=int(150 + 80 * rng.random()))
                px += 9 + 6 * rng.random()
                py -= 5 + 3 * rng.random()
                r *= 1.07
        sm = np.asarray(s.filter(ImageFilter.GaussianBlur(10)), np.float32) / 255.0
        sm *= 0.6 + 0.5 * fractal(rng, h, w, 40, 3)
        img = paint(img, np.clip(sm, 0, 1) * 0.85, (236, 236, 238))
    return img


def cranes(img, base_y, xs, color):
    h, w, _ = img.shape
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    for x, ch in xs:
        d.line([(x, base_y), (x, base_y - ch)], fill=255, width=7)
        d.line([(x - ch * 0.25, base_y - ch), (x + ch * 0.7, base_y - ch)], fill=255, width=6)
        d.line([(x, base_y - ch - 30), (x + ch * 0.7, base_y - ch)], fill=255, width=2)
        d.line([(x, base_y - ch - 30), (x - ch * 0.25, base_y - ch)], fill=255, width=2)
        d.line([(x, base_y - ch), (x, base_y - ch - 30)], fill=255, width=5)
        d.line([(x + ch * 0.5, base_y - ch), (x + ch * 0.5, base_y - ch * 0.55)], fill=255, width=1)
    return paint(img, np.asarray(m.filter(ImageFilter.GaussianBlur(0.5)), np.float32) / 255.0, color)


def turbines(rng, img, base_y, xs, color):
    h, w, _ = img.shape
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    for x, th in xs:
        hub = (x, base_y - th)
        d.polygon([(x - th * 0.018, base_y), (x - th * 0.008, hub[1]), (x + th * 0.008, hub[1]),
                   (x + th * 0.018, base_y)], fill=255)
        a0 = rng.random() * 2 * math.pi
        for k in range(3):
            a = a0 + k * 2 * math.pi / 3
            L = th * 0.48
            tip = (hub[0] + L * math.cos(a), hub[1] + L * math.sin(a))
            nx, ny = -math.sin(a) * th * 0.012, math.cos(a) * th * 0.012
            d.polygon([(hub[0] + nx, hub[1] + ny), tip, (hub[0] - nx, hub[1] - ny)], fill=255)
        d.ellipse([hub[0] - 5, hub[1] - 5, hub[0] + 5, hub[1] + 5], fill=255)
    return paint(img, np.asarray(m.filter(ImageFilter.GaussianBlur(0.5)), np.float32) / 255.0, color)


def wooden_houses(rng, img, base_y, x0, x1, scale=1.0):
    palette = [(178, 60, 44), (214, 176, 92), (232, 226, 210), (120, 150, 170), (196, 120, 60),
               (150, 170, 120), (230, 200, 170)]
    x = x0
    while x < x1:
        bw = (120 + 90 * rng.random()) * scale
        bh = (70 + 50 * rng.random()) * scale
        col = palette[int(rng.random() * len(palette))]
        img = buildings(rng, img, base_y, [(x, bw, bh, "gable")], col)
        # roof in dark tin colour
        h, w, _ = img.shape
        m = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(m)
        top = base_y - bh
        d.polygon([(x - 4, top), (x + bw / 2, top - bh * 0.35), (x + bw + 4, top)], fill=255)
        img = paint(img, np.asarray(m, np.float32) / 255.0, (70, 60, 58))
        # windows with white frames
        m = Image.new("L", (w, h), 0)
        f = Image.new("L", (w, h), 0)
        d, df = ImageDraw.Draw(m), ImageDraw.Draw(f)
        n = max(2, int(bw // (38 * scale)))
        for i in range(n):
            wx = x + (i + 0.5) * bw / n - 9 * scale
            wy = top + bh * 0.3
            df.rectangle([wx - 3, wy - 3, wx + 18 * scale + 3, wy + 26 * scale + 3], fill=255)
            d.rectangle([wx, wy, wx + 18 * scale, wy + 26 * scale], fill=255)
        img = paint(img, np.asarray(f, np.float32) / 255.0, (240, 240, 236))
        img = paint(img, np.asarray(m, np.float32) / 255.0, (40, 48, 60))
        x += bw + 6 * scale
    return img


def round_towers(img, base_y, xs, color):
    """Medieval castle silhouette (round towers with cone roofs)."""
    h, w, _ = img.shape
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    for x, tw, th in xs:
        d.rectangle([x - tw / 2, base_y - th, x + tw / 2, base_y + 5], fill=255)
        d.polygon([(x - tw / 2 - 6, base_y - th), (x, base_y - th - tw * 1.1), (x + tw / 2 + 6, base_y - th)],
                  fill=255)
    xsorted = sorted(xs)
    d.rectangle([xsorted[0][0], base_y - min(t[2] for t in xs) * 0.6, xsorted[-1][0], base_y + 5], fill=255)
    return paint(img, np.asarray(m.filter(ImageFilter.GaussianBlur(0.6)), np.float32) / 255.0, color)


def log_pile(rng, img, top_y):
    h, w, _ = img.shape
    img = paint(img, (np.arange(h)[:, None] >= top_y).astype(np.float32) * np.ones((1, w), np.float32),
                (70, 52, 36), fractal(rng, h, w, 20, 3), 0.3)
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    rings = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(rings)
    y = top_y + 30
    while y < h + 40:
        x = -20 + 30 * rng.random()
        while x < w + 40:
            r = 26 + 16 * rng.random()
            d.ellipse([x - r, y - r, x + r, y + r], fill=255)
            for k in (0.7, 0.45, 0.2):
                dr.ellipse([x - r * k, y - r * k, x + r * k, y + r * k], outline=255, width=2)
            x += r * 2 + 2
        y += 58
    mm = np.asarray(m.filter(ImageFilter.GaussianBlur(0.8)), np.float32) / 255.0
    img = paint(img, mm, (214, 178, 128), fractal(rng, h, w, 10, 3), 0.25)
    rr = np.asarray(rings.filter(ImageFilter.GaussianBlur(0.7)), np.float32) / 255.0 * mm
    img = paint(img, rr * 0.5, (150, 110, 70))
    return img


def snow(rng, img, top_y):
    h, w, _ = img.shape
    m = np.zeros((h, w), np.float32)
    m[int(top_y):] = 1
    return paint(img, m, (236, 240, 246), fractal(rng, h, w, 50, 4), 0.06)


def finish(rng, img, grain=5.0, vignette=0.25):
    h, w, _ = img.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
    img *= (1 - vignette * np.clip(d - 0.6, 0, 1) ** 1.5)[..., None]
    # film grain, slightly blurred so it looks photographic rather than digital
    g = rng.normal(0, grain, (h, w)).astype(np.float32)
    g = np.asarray(Image.fromarray(np.clip(g * 6 + 128, 0, 255).astype(np.uint8))
                   .filter(ImageFilter.GaussianBlur(0.6)), np.float32)
    g = (g - 128) / 6
    img += g[..., None]
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")


# ------------------------------------------------------------------ scenes

def scene(name, kind, w, h):
    rng = np.random.default_rng(seed_of(name))
    hz = int(h * (0.58 + 0.06 * rng.random()))
    if kind == "steel_sea":       # Raahe: steelworks across the sea at sunset
        img = sky(rng, h, w, hz, "sunset")
        img = sun_glow(img, w * 0.7, hz - 40, w * 0.18, (255, 214, 150), 0.7)
        img, _ = hills(rng, img, hz - 10, 10, (70, 70, 96), w // 2, 0.4)
        img = buildings(rng, img, hz + 2, [(w * 0.15, 220, 60, "saw"), (w * 0.32, 160, 95, "flat"),
                                           (w * 0.45, 300, 50, "flat"), (w * 0.62, 120, 120, "flat")], (48, 44, 64))
        img = chimneys(rng, img, hz - 40, [(w * 0.36, 210, 22), (w * 0.40, 240, 24), (w * 0.66, 180, 18)],
                       (44, 40, 58))
        img = cranes(img, hz + 2, [(w * 0.82, 150), (w * 0.9, 130)], (44, 40, 58))
        img = water(rng, img, hz + 3, (52, 66, 104), 0.55)
    elif kind == "lake_forest":   # Iisalmi, Sastamala: lake, hills, spruce forest
        img = sky(rng, h, w, hz, "day")
        img, _ = hills(rng, img, hz - 50, 70, (78, 104, 110), w // 2, 0.2)
        img, _ = forest(rng, img, hz - 12, 60, (40, 66, 48), 1.2)
        img = buildings(rng, img, hz - 4, [(w * 0.58, 180, 44, "flat"), (w * 0.7, 90, 30, "gable")], (190, 70, 52))
        img = water(rng, img, hz, (44, 72, 86), 0.5)
    elif kind == "field_valley":  # Kurikka, Loimaa: fields and forest edge
        img = sky(rng, h, w, hz, "autumn")
        img, _ = forest(rng, img, hz, 55, (48, 70, 46), 1.0)
        img = ground(rng, img, hz + 4, (176, 152, 84), "field")
        img = buildings(rng, img, hz + 10, [(w * 0.12, 160, 60, "gable"), (w * 0.3, 60, 160, "flat"),
                                            (w * 0.36, 60, 150, "flat")], (160, 60, 44))
    elif kind == "mill_lake":     # Imatra, Varkaus: mill by a lake, overcast
        img = sky(rng, h, w, hz, "overcast")
        img, _ = forest(rng, img, hz - 6, 45, (54, 70, 60), 1.1)
        img = buildings(rng, img, hz - 2, [(w * 0.25, 380, 110, "flat"), (w * 0.5, 200, 160, "flat"),
                                           (w * 0.66, 260, 80, "saw")], (88, 92, 98))
        img = chimneys(rng, img, hz - 100, [(w * 0.55, 200, 26), (w * 0.6, 150, 20)], (80, 84, 90))
        img = water(rng, img, hz, (70, 82, 90), 0.55)
    elif kind == "mill_lake_evening":  # Varkaus: mill and power plant by a lake at sunset
        img = sky(rng, h, w, hz, "sunset")
        img = sun_glow(img, w * 0.2, hz - 30, w * 0.18, (255, 200, 140), 0.6)
        img, _ = forest(rng, img, hz - 6, 45, (40, 44, 50), 1.1)
        img = buildings(rng, img, hz - 2, [(w * 0.45, 300, 130, "flat"), (w * 0.66, 180, 90, "saw"),
                                           (w * 0.8, 140, 60, "flat")], (52, 50, 62))
        img = chimneys(rng, img, hz - 120, [(w * 0.52, 230, 28)], (48, 46, 58))
        img = water(rng, img, hz, (58, 56, 80), 0.6)
    elif kind == "winter_lake":   # Keuruu: snowy shore and frozen lake
        img = sky(rng, h, w, hz, "winter")
        img = sun_glow(img, w * 0.25, hz - 60, w * 0.2, (255, 236, 210), 0.5)
        img, _ = hills(rng, img, hz - 40, 60, (104, 124, 142), w // 2, 0.2)
        img, _ = forest(rng, img, hz - 4, 50, (42, 58, 52), 1.3)
        img = snow(rng, img, hz)
        img = wooden_houses(rng, img, hz + 4, w * 0.7, w * 0.82, 0.6)
    elif kind == "coast_town":    # Kristinestad: wooden houses by the sea, turbines far away
        img = sky(rng, h, w, hz, "day")
        img = turbines(rng, img, hz - 6, [(w * 0.08, 150), (w * 0.16, 130), (w * 0.24, 140)], (230, 234, 238))
        img, _ = forest(rng, img, hz - 4, 28, (52, 76, 60), 1.2)
        img = water(rng, img, hz, (52, 86, 112), 0.45)
        img = ground(rng, img, int(h * 0.8), (92, 110, 66))
        img = wooden_houses(rng, img, int(h * 0.82), w * 0.32, w * 1.02, 1.1)
    elif kind == "town_field":    # Salo: modern blocks beyond fields
        img = sky(rng, h, w, hz, "autumn")
        img, _ = hills(rng, img, hz - 30, 35, (110, 130, 120), w // 3, 0.4)
        img = buildings(rng, img, hz + 2, [(w * 0.3, 180, 150, "flat"), (w * 0.42, 120, 210, "flat"),
                                           (w * 0.5, 240, 90, "flat"), (w * 0.7, 140, 120, "flat")],
                        (150, 156, 164), lit=True)
        img, _ = forest(rng, img, hz + 8, 30, (60, 82, 52), 0.7)
        img = ground(rng, img, hz + 10, (150, 160, 84), "field")
    elif kind == "castle_lake":   # Savonlinna: castle on an island, Saimaa
        img = sky(rng, h, w, hz, "sunset")
        img = sun_glow(img, w * 0.3, hz - 30, w * 0.2, (255, 200, 140), 0.6)
        img, _ = forest(rng, img, hz - 4, 40, (40, 48, 52), 1.0)
        img = round_towers(img, hz - 2, [(w * 0.5, 56, 120), (w * 0.56, 44, 150), (w * 0.62, 60, 110)],
                           (58, 52, 62))
        img = water(rng, img, hz, (40, 50, 78), 0.6)
    elif kind == "logistics":     # Ylivieska: warehouses and flat land
        img = sky(rng, h, w, hz, "day")
        img, _ = forest(rng, img, hz - 2, 30, (56, 80, 56), 0.9)
        img = buildings(rng, img, hz + 20, [(w * 0.1, 420, 70, "flat"), (w * 0.45, 380, 60, "flat")],
                        (180, 186, 192))
        img = ground(rng, img, hz + 20, (120, 140, 80), "field")
    elif kind == "hall_dusk":     # workshop exterior at dusk, windows lit
        img = sky(rng, h, w, hz, "dusk")
        img, _ = forest(rng, img, hz - 10, 60, (24, 30, 36), 1.1)
        img = buildings(rng, img, hz + 30, [(w * 0.08, w * 0.55, 200, "saw"), (w * 0.66, 260, 140, "flat")],
                        (70, 74, 86), lit=True)
        img = ground(rng, img, hz + 30, (56, 58, 64))
    elif kind == "harbour":       # cranes and a quay
        img = sky(rng, h, w, hz, "day")
        img = cranes(img, hz, [(w * 0.2, 260), (w * 0.45, 300), (w * 0.7, 240)], (196, 110, 40))
        img = buildings(rng, img, hz + 2, [(w * 0.05, 260, 60, "flat"), (w * 0.55, 320, 50, "flat")], (120, 130, 140))
        img = water(rng, img, hz + 3, (40, 70, 100), 0.45)
    elif kind == "logs":          # a pile of logs at a sawmill
        img = sky(rng, h, w, int(h * 0.3), "overcast")
        img, _ = forest(rng, img, int(h * 0.3), 70, (46, 60, 50), 1.2)
        img = log_pile(rng, img, int(h * 0.3))
    elif kind == "wind_coast":    # wind turbines on the coast
        img = sky(rng, h, w, hz, "day")
        img = turbines(rng, img, hz, [(w * 0.2, 420), (w * 0.5, 380), (w * 0.78, 440)], (236, 238, 242))
        img, _ = forest(rng, img, hz, 36, (60, 82, 60), 1.0)
        img = ground(rng, img, hz + 6, (120, 136, 72))
    elif kind == "dock_sunset":   # lake at sunset, a wooden jetty
        img = sky(rng, h, w, hz, "sunset")
        img = sun_glow(img, w * 0.55, hz - 20, w * 0.2, (255, 190, 120), 0.8)
        img, _ = forest(rng, img, hz - 4, 50, (34, 36, 44), 1.0)
        img = water(rng, img, hz, (60, 50, 70), 0.65)
        m = mask_from_poly(h, w, [(w * 0.1, h), (w * 0.3, hz + 80), (w * 0.34, hz + 80), (w * 0.3, h)])
        img = paint(img, m, (66, 50, 40), fractal(rng, h, w, 8, 2), 0.3)
    else:
        raise ValueError(kind)
    return finish(rng, img)


def save_jpeg(img, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, "JPEG", quality=QUALITY, optimize=True, progressive=True, subsampling="4:2:0")


# ------------------------------------------------------------------- logos

def logo_png(path, shape, color, size=320):
    S = size * 4
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = tuple(color) + (255,)
    if shape == "beam":       # I-beam in a circle
        d.ellipse([40, 40, S - 40, S - 40], outline=c, width=90)
        d.rectangle([S * 0.3, S * 0.3, S * 0.7, S * 0.38], fill=c)
        d.rectangle([S * 0.46, S * 0.3, S * 0.54, S * 0.7], fill=c)
        d.rectangle([S * 0.3, S * 0.62, S * 0.7, S * 0.7], fill=c)
    elif shape == "gear":
        cx = cy = S / 2
        for k in range(10):
            a = k * math.pi / 5
            d.polygon([(cx + math.cos(a - 0.18) * S * 0.3, cy + math.sin(a - 0.18) * S * 0.3),
                       (cx + math.cos(a - 0.12) * S * 0.46, cy + math.sin(a - 0.12) * S * 0.46),
                       (cx + math.cos(a + 0.12) * S * 0.46, cy + math.sin(a + 0.12) * S * 0.46),
                       (cx + math.cos(a + 0.18) * S * 0.3, cy + math.sin(a + 0.18) * S * 0.3)], fill=c)
        d.ellipse([S * 0.16, S * 0.16, S * 0.84, S * 0.84], fill=c)
        d.ellipse([S * 0.36, S * 0.36, S * 0.64, S * 0.64], fill=(0, 0, 0, 0))
    elif shape == "turbine":
        cx, cy = S / 2, S * 0.42
        d.polygon([(cx - 30, cy), (cx + 30, cy), (cx + 50, S - 60), (cx - 50, S - 60)], fill=c)
        for k in range(3):
            a = -math.pi / 2 + k * 2 * math.pi / 3
            tip = (cx + math.cos(a) * S * 0.38, cy + math.sin(a) * S * 0.38)
            n = (-math.sin(a) * 44, math.cos(a) * 44)
            d.polygon([(cx + n[0], cy + n[1]), tip, (cx - n[0], cy - n[1])], fill=c)
        d.ellipse([cx - 60, cy - 60, cx + 60, cy + 60], fill=c)
    elif shape == "chip":
        d.rounded_rectangle([S * 0.25, S * 0.25, S * 0.75, S * 0.75], radius=60, fill=c)
        for k in range(5):
            p = S * (0.3 + k * 0.1)
            for a, b in (((p, S * 0.1), (p, S * 0.25)), ((p, S * 0.75), (p, S * 0.9)),
                         ((S * 0.1, p), (S * 0.25, p)), ((S * 0.75, p), (S * 0.9, p))):
                d.line([a, b], fill=c, width=44)
        d.ellipse([S * 0.42, S * 0.42, S * 0.58, S * 0.58], fill=(0, 0, 0, 0))
    elif shape == "tree":
        for k in range(4):
            y0 = S * (0.12 + k * 0.15)
            wdt = S * (0.16 + k * 0.08)
            d.polygon([(S / 2, y0), (S / 2 + wdt, y0 + S * 0.28), (S / 2 - wdt, y0 + S * 0.28)], fill=c)
        d.rectangle([S * 0.46, S * 0.78, S * 0.54, S * 0.92], fill=c)
    elif shape == "anchor":
        d.ellipse([S * 0.42, S * 0.08, S * 0.58, S * 0.24], outline=c, width=40)
        d.rectangle([S * 0.47, S * 0.22, S * 0.53, S * 0.86], fill=c)
        d.rectangle([S * 0.3, S * 0.32, S * 0.7, S * 0.37], fill=c)
        d.arc([S * 0.16, S * 0.46, S * 0.84, S * 0.9], 20, 160, fill=c, width=52)
    elif shape == "wheat":
        d.rectangle([S * 0.48, S * 0.2, S * 0.52, S * 0.92], fill=c)
        for k in range(5):
            y = S * (0.18 + k * 0.12)
            d.ellipse([S * 0.3, y, S * 0.48, y + S * 0.09], fill=c)
            d.ellipse([S * 0.52, y, S * 0.7, y + S * 0.09], fill=c)
    elif shape == "cross":     # care: a rounded cross in a ring
        d.ellipse([40, 40, S - 40, S - 40], outline=c, width=80)
        d.rounded_rectangle([S * 0.42, S * 0.24, S * 0.58, S * 0.76], radius=30, fill=c)
        d.rounded_rectangle([S * 0.24, S * 0.42, S * 0.76, S * 0.58], radius=30, fill=c)
    elif shape == "truck":
        d.rounded_rectangle([S * 0.08, S * 0.3, S * 0.62, S * 0.68], radius=30, fill=c)
        d.polygon([(S * 0.65, S * 0.4), (S * 0.82, S * 0.4), (S * 0.93, S * 0.54), (S * 0.93, S * 0.68), (S * 0.65, S * 0.68)], fill=c)
        for x in (0.24, 0.5, 0.8):
            d.ellipse([S * (x - 0.08), S * 0.62, S * (x + 0.08), S * 0.78], fill=c)
            d.ellipse([S * (x - 0.035), S * 0.665, S * (x + 0.035), S * 0.735], fill=(0, 0, 0, 0))
    elif shape == "house":
        d.polygon([(S * 0.5, S * 0.12), (S * 0.92, S * 0.48), (S * 0.08, S * 0.48)], fill=c)
        d.rectangle([S * 0.18, S * 0.46, S * 0.82, S * 0.88], fill=c)
        d.rectangle([S * 0.42, S * 0.62, S * 0.58, S * 0.88], fill=(0, 0, 0, 0))
    elif shape == "bolt":
        d.ellipse([40, 40, S - 40, S - 40], fill=c)
        d.polygon([(S * 0.56, S * 0.14), (S * 0.3, S * 0.56), (S * 0.48, S * 0.56), (S * 0.42, S * 0.86),
                   (S * 0.7, S * 0.42), (S * 0.52, S * 0.42)], fill=(255, 255, 255, 255))
    elif shape == "cup":
        d.rounded_rectangle([S * 0.18, S * 0.34, S * 0.66, S * 0.84], radius=60, fill=c)
        d.arc([S * 0.54, S * 0.42, S * 0.86, S * 0.7], -90, 90, fill=c, width=50)
        for x in (0.3, 0.42, 0.54):
            d.arc([S * (x - 0.04), S * 0.08, S * (x + 0.04), S * 0.28], 90, 270, fill=c, width=30)
    elif shape == "chair":
        d.rounded_rectangle([S * 0.26, S * 0.12, S * 0.38, S * 0.9], radius=24, fill=c)
        d.rounded_rectangle([S * 0.26, S * 0.5, S * 0.76, S * 0.6], radius=24, fill=c)
        d.rounded_rectangle([S * 0.66, S * 0.5, S * 0.76, S * 0.9], radius=24, fill=c)
    elif shape == "wave":      # tourism by the lake: sun over waves
        d.ellipse([S * 0.3, S * 0.12, S * 0.7, S * 0.52], fill=c)
        for k in range(3):
            y = S * (0.58 + k * 0.12)
            d.arc([S * 0.08, y - S * 0.1, S * 0.5, y + S * 0.1], 200, 340, fill=c, width=44)
            d.arc([S * 0.5, y - S * 0.1, S * 0.92, y + S * 0.1], 200, 340, fill=c, width=44)
    im = im.resize((size, size), Image.LANCZOS)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im.save(path, "PNG", optimize=True)


def write_svg(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


SVG_SOFTWARE = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
  <rect x="8" y="8" width="104" height="104" rx="18" fill="#00657f"/>
  <path d="M44 40 L26 60 L44 80" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M76 40 L94 60 L76 80" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M66 34 L54 86" stroke="#9fe3f0" stroke-width="8" stroke-linecap="round"/>
</svg>
"""

SVG_DIVIDER_WAVES = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 24" width="600" height="24">
  <path d="M0 12 q25 -12 50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0"
        fill="none" stroke="#a3152b" stroke-width="3" stroke-linecap="round"/>
</svg>
"""

SVG_TOWN_WAVES = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
  <circle cx="60" cy="60" r="56" fill="{c}"/>
  <path d="M18 70 q10 -10 21 0 t21 0 t21 0 t21 0" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/>
  <path d="M18 86 q10 -10 21 0 t21 0 t21 0 t21 0" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/>
  <path d="M40 56 L40 30 L52 30 L52 56 M68 56 L68 24 L80 24 L80 56" fill="#fff"/>
</svg>
"""

SVG_TOWN_HOUSES = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
  <circle cx="60" cy="60" r="56" fill="{c}"/>
  <path d="M22 82 V56 L36 42 L50 56 V82 Z M54 82 V50 L70 34 L86 50 V82 Z" fill="#fff"/>
  <path d="M20 90 q10 -8 20 0 t20 0 t20 0 t20 0" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/>
  <rect x="64" y="58" width="12" height="12" fill="{c}"/>
</svg>
"""


# -------------------------------------------------------------------- plan

HERO = (1600, 900)
PHOTO = (1600, 1067)
S_HERO = (1200, 675)
S_PHOTO = (1200, 800)

DEMO_PHOTOS = [
    # (path under content/towns, scene kind, size)
    ("raahe/hero.jpg", "steel_sea", HERO),
    ("iisalmi/hero.jpg", "lake_forest", HERO),
    ("kurikka/hero.jpg", "hall_dusk", HERO),
    ("imatra/hero.jpg", "mill_lake", HERO),
    ("keuruu/hero.jpg", "winter_lake", HERO),
    ("kristiinankaupunki/hero.jpg", "coast_town", HERO),
    ("salo/hero.jpg", "town_field", HERO),
    ("loimaa/hero.jpg", "field_valley", HERO),
    ("sastamala/hero.jpg", "lake_forest", HERO),
    ("savonlinna/hero.jpg", "castle_lake", HERO),
    ("varkaus/hero.jpg", "mill_lake_evening", HERO),
    ("ylivieska/hero.jpg", "logistics", HERO),
    ("raahe/jobs/konepaja-illalla.jpg", "hall_dusk", PHOTO),
    ("raahe/jobs/satama.jpg", "harbour", PHOTO),
    ("raahe/stories/rannassa.jpg", "coast_town", PHOTO),
    ("raahe/stories/konepajalla.jpg", "hall_dusk", PHOTO),
    ("iisalmi/jobs/tukkipino.jpg", "logs", PHOTO),
    ("iisalmi/stories/laituri.jpg", "dock_sunset", PHOTO),
    ("iisalmi/stories/maantiella.jpg", "logistics", PHOTO),
    ("kristiinankaupunki/jobs/tuulivoimalat.jpg", "wind_coast", PHOTO),
    ("kristiinankaupunki/stories/puukaupunki.jpg", "coast_town", PHOTO),
    ("kristiinankaupunki/stories/tuulipuisto.jpg", "wind_coast", PHOTO),
    ("salo/jobs/toimistotalo.jpg", "hall_dusk", PHOTO),
    ("salo/stories/syyspellot.jpg", "field_valley", PHOTO),
    ("salo/stories/iltavuorossa.jpg", "town_field", PHOTO),
]

# More photos so that job cards differ: most jobs get a picture of their own (1200×800).
JOB = (1200, 800)
DEMO_PHOTOS_MORE = [
    ("raahe/jobs/hitsaamo.jpg", "steel_sea", JOB),
    ("raahe/jobs/laiturilla.jpg", "harbour", JOB),
    ("raahe/jobs/tehdasalue.jpg", "mill_lake_evening", JOB),
    ("raahe/jobs/puutalot.jpg", "coast_town", JOB),
    ("raahe/jobs/varastot.jpg", "logistics", JOB),
    ("iisalmi/jobs/konehalli.jpg", "hall_dusk", JOB),
    ("iisalmi/jobs/meijeri.jpg", "field_valley", JOB),
    ("iisalmi/jobs/maantie.jpg", "logistics", JOB),
    ("kristiinankaupunki/jobs/kasvihuoneet.jpg", "field_valley", JOB),
    ("kristiinankaupunki/jobs/konepaja.jpg", "hall_dusk", JOB),
    ("kristiinankaupunki/jobs/satama.jpg", "harbour", JOB),
    ("kristiinankaupunki/jobs/majatalo.jpg", "coast_town", JOB),
    ("salo/jobs/leipomo.jpg", "field_valley", JOB),
    ("salo/jobs/ohjelmistotalo.jpg", "town_field", JOB),
    ("salo/jobs/tyomaa.jpg", "mill_lake", JOB),
    ("salo/jobs/logistiikkakeskus.jpg", "logistics", JOB),
    ("savonlinna/jobs/saimaa.jpg", "dock_sunset", JOB),
    ("kurikka/jobs/verstas.jpg", "hall_dusk", JOB),
    ("imatra/jobs/nosturit.jpg", "harbour", JOB),
]

# The home page's hero.
HOME_PHOTOS = [
    ("kampanja.jpg", "dock_sunset", HERO),
]

DEMO_LOGOS = [
    ("raahe/companies/perameren-terasrakenne.png", "beam", (11, 83, 148)),
    ("raahe/companies/lapaluodon-satamalogistiikka.png", "anchor", (30, 60, 90)),
    ("iisalmi/companies/porovedan-koneteknologia.png", "gear", (29, 107, 63)),
    ("iisalmi/companies/ylasavon-puutuote.png", "tree", (60, 90, 40)),
    ("kristiinankaupunki/companies/sydkustens-vindkraftservice.png", "turbine", (163, 21, 43)),
    ("salo/companies/uskelan-elektroniikka.png", "chip", (0, 101, 127)),
    ("iisalmi/companies/iisalmen-meijerituote.png", "cup", (24, 96, 160)),
    ("iisalmi/companies/kolmisopen-kuljetus.png", "truck", (176, 64, 20)),
    ("imatra/companies/vuoksen-teraspalvelu.png", "beam", (70, 80, 96)),
    ("keuruu/companies/keurusselan-korityo.png", "truck", (20, 110, 90)),
    ("kristiinankaupunki/companies/bottenhavets-gastgiveri.png", "wave", (150, 40, 90)),
    ("kristiinankaupunki/companies/kristinestads-hamnlogistik.png", "anchor", (16, 70, 120)),
    ("kristiinankaupunki/companies/lappfjards-tradgard.png", "wheat", (60, 120, 40)),
    ("kristiinankaupunki/companies/tjock-metall.png", "gear", (90, 90, 100)),
    ("kurikka/companies/jurvan-kaluste.png", "chair", (120, 70, 30)),
    ("loimaa/companies/loimijoen-maatalouskone.png", "wheat", (180, 110, 0)),
    ("raahe/companies/brahen-konepaja.png", "gear", (11, 83, 148)),
    ("raahe/companies/rannikon-hoiva.png", "cross", (170, 40, 70)),
    ("raahe/companies/saloisten-sahkotyo.png", "bolt", (200, 120, 0)),
    ("salo/companies/pernion-leipomo.png", "cup", (150, 80, 30)),
    ("salo/companies/salon-logistiikkakeskus.png", "truck", (40, 60, 140)),
    ("salo/companies/salonseudun-rakennus.png", "house", (190, 60, 30)),
    ("sastamala/companies/rautaveden-metalli.png", "beam", (130, 30, 40)),
    ("savonlinna/companies/saimaan-matkailupalvelut.png", "wave", (0, 110, 150)),
    ("varkaus/companies/huruslahden-energiatekniikka.png", "bolt", (0, 90, 60)),
    ("ylivieska/companies/kalajokilaakson-logistiikka.png", "truck", (90, 40, 130)),
]

DEMO_SVGS = [
    ("salo/companies/halikonlahden-ohjelmistotalo.svg", SVG_SOFTWARE),
    ("raahe/logo.svg", SVG_TOWN_WAVES.replace("{c}", "#0b5394")),
    ("kristiinankaupunki/logo.svg", SVG_TOWN_HOUSES.replace("{c}", "#a3152b")),
    ("kristiinankaupunki/aallot.svg", SVG_DIVIDER_WAVES),
]

STARTER_PHOTOS = [
    ("raahe/hero.jpg", "steel_sea", S_HERO),
    ("kristiinankaupunki/hero.jpg", "coast_town", S_HERO),
    ("raahe/jobs/konepaja-illalla.jpg", "hall_dusk", S_PHOTO),
    ("raahe/stories/satama.jpg", "harbour", S_PHOTO),
    ("kristiinankaupunki/jobs/tuulivoimalat.jpg", "wind_coast", S_PHOTO),
    ("kristiinankaupunki/stories/puukaupunki.jpg", "coast_town", S_PHOTO),
]

STARTER_LOGOS = [
    ("raahe/companies/perameren-terasrakenne.png", "beam", (11, 83, 148)),
    ("kristiinankaupunki/companies/sydkustens-vindkraftservice.png", "turbine", (163, 21, 43)),
]

STARTER_SVGS = [
    ("raahe/logo.svg", SVG_TOWN_WAVES.replace("{c}", "#0b5394")),
    ("kristiinankaupunki/logo.svg", SVG_TOWN_HOUSES.replace("{c}", "#a3152b")),
]


def build(base, photos, logos, svgs, tag):
    for rel, kind, (w, h) in photos:
        path = os.path.join(base, rel)
        save_jpeg(scene(tag + ":" + rel, kind, w, h), path)
        print(f"{os.path.relpath(path, ROOT)}  {os.path.getsize(path) // 1024} KiB")
    for rel, shape, color in logos:
        path = os.path.join(base, rel)
        logo_png(path, shape, color)
        print(f"{os.path.relpath(path, ROOT)}  {os.path.getsize(path) // 1024} KiB")
    for rel, text in svgs:
        path = os.path.join(base, rel)
        write_svg(path, text)
        print(f"{os.path.relpath(path, ROOT)}  {os.path.getsize(path)} B")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["demo", "starter"], help="generate only one set")
    args = ap.parse_args()
    if args.only in (None, "demo"):
        build(DEMO, DEMO_PHOTOS + DEMO_PHOTOS_MORE, DEMO_LOGOS, DEMO_SVGS, "demo")
        build(os.path.join(ROOT, "content"), HOME_PHOTOS, [], [], "demo")
    if args.only in (None, "starter"):
        build(STARTER, STARTER_PHOTOS, STARTER_LOGOS, STARTER_SVGS, "starter")


if __name__ == "__main__":
    main()
