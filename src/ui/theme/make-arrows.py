#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Regenerates the PNG arrows of the theme: python3 make-arrows.py src/ui/theme
# Draws the combo-box arrow of the SalesFlow theme: a small downward chevron, anti-aliased by
# supersampling, written as RGBA PNG.
import struct, zlib, sys

def png(path, w, h, pixels):
    raw = b''.join(b'\x00' + bytes(pixels[y * w * 4:(y + 1) * w * 4]) for y in range(h))

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xffffffff
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', crc)

    header = struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) +
                           chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    cx, cy = ax + t * dx, ay + t * dy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5

def arrow(path, scale, rgb):
    w, h = 10 * scale, 6 * scale
    pen = 0.8 * scale  # half the stroke width
    a, b, c = (1.2 * scale, 1.2 * scale), (5 * scale, 4.8 * scale), (8.8 * scale, 1.2 * scale)
    n = 4
    pixels = bytearray()
    for y in range(h):
        for x in range(w):
            hits = 0
            for sy in range(n):
                for sx in range(n):
                    px, py = x + (sx + 0.5) / n, y + (sy + 0.5) / n
                    if min(dist(px, py, *a, *b), dist(px, py, *b, *c)) <= pen:
                        hits += 1
            pixels += bytes(rgb) + bytes([round(255 * hits / (n * n))])
    png(path, w, h, pixels)

out = sys.argv[1]
for name, rgb in (('arrow-down', (0x64, 0x74, 0x8b)), ('arrow-down-disabled', (0xcb, 0xd5, 0xe1))):
    arrow(f'{out}/{name}.png', 1, rgb)
    arrow(f'{out}/{name}@2x.png', 2, rgb)
