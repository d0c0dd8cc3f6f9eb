#!/usr/bin/env python3
"""Draws Candor's app icons (a white "C" on the brand blue) as PNG files in public/.

Pure Python (zlib only), so it runs anywhere: python3 scripts/make-icons.py
The maskable icon keeps the mark inside the central safe zone (80% circle)."""
import struct
import zlib
from pathlib import Path

BLUE = (0x1F, 0x5F, 0x8B)
WHITE = (0xFF, 0xFF, 0xFF)


def png(width, height, pixels):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for px in row for v in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def coverage(size, x, y, inside):
    """Antialiasing: the share of a pixel's 4x4 sub-samples that are inside the shape."""
    hits = 0
    for sy in range(4):
        for sx in range(4):
            if inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size):
                hits += 1
    return hits / 16


def draw(size, maskable):
    scale = 0.62 if maskable else 0.8  # the mark's size within the icon
    radius = 0.0 if maskable else 0.2  # corner rounding of the background

    def background(u, v):
        if radius == 0:
            return True
        cx = min(max(u, radius), 1 - radius)
        cy = min(max(v, radius), 1 - radius)
        return (u - cx) ** 2 + (v - cy) ** 2 <= radius**2

    def mark(u, v):
        du, dv = (u - 0.5) / scale, (v - 0.5) / scale
        distance = (du * du + dv * dv) ** 0.5
        in_ring = 0.24 <= distance <= 0.42
        opening = du > 0 and abs(dv) < du * 0.75  # the gap of the "C", facing right
        return in_ring and not opening

    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            bg = coverage(size, x, y, background)
            fg = coverage(size, x, y, mark)
            color = tuple(round(b * (1 - fg) + w * fg) for b, w in zip(BLUE, WHITE))
            row.append(color + (round(255 * bg),))
        rows.append(row)
    return png(size, size, rows)


def main():
    out = Path(__file__).resolve().parent.parent / "public"
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        (out / name).write_bytes(draw(size, maskable))
        print(f"wrote public/{name}")


if __name__ == "__main__":
    main()
