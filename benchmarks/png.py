"""A minimal RGB canvas written as PNG with zlib (no plotting library), with a 3x5 pixel font."""

from __future__ import annotations

import struct
import zlib

Color = tuple[int, int, int]

# 3x5 glyphs, rows top to bottom, "1" = ink. Text is drawn upper-case; unknown characters are blank.
GLYPHS = {
    "0": "111101101101111", "1": "010110010010111", "2": "111001111100111", "3": "111001111001111",
    "4": "101101111001001", "5": "111100111001111", "6": "111100111101111", "7": "111001001001001",
    "8": "111101111101111", "9": "111101111001111", "A": "010101111101101", "B": "110101110101110",
    "C": "011100100100011", "D": "110101101101110", "E": "111100110100111", "F": "111100110100100",
    "G": "011100101101011", "H": "101101111101101", "I": "111010010010111", "J": "001001001101010",
    "K": "101101110101101", "L": "100100100100111", "M": "101111111101101", "N": "110101101101101",
    "O": "010101101101010", "P": "110101110100100", "Q": "010101101110011", "R": "110101110101101",
    "S": "011100010001110", "T": "111010010010010", "U": "101101101101111", "V": "101101101101010",
    "W": "101101111111101", "X": "101101010101101", "Y": "101101010010010", "Z": "111001010100111",
    ".": "000000000000010", "/": "001001010100100", "-": "000000111000000", ":": "000010000010000",
    "%": "101001010100101", "(": "010100100100010", ")": "010001001001010", "+": "000010111010000",
    ",": "000000000010100", "=": "000111000111000", ">": "100010001010100", "<": "001010100010001",
}  # fmt: skip


class Canvas:
    def __init__(self, width: int, height: int, background: Color = (255, 255, 255)) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(background) * (width * height))

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: Color) -> None:
        """Fill [x0, x1) x [y0, y1), clipped to the canvas."""
        x0, x1 = max(0, min(x0, x1)), min(self.width, max(x0, x1))
        y0, y1 = max(0, min(y0, y1)), min(self.height, max(y0, y1))
        if x0 >= x1:
            return
        row = bytes(color) * (x1 - x0)
        for y in range(y0, y1):
            start = (y * self.width + x0) * 3
            self.pixels[start : start + len(row)] = row

    def text(self, x: int, y: int, text: str, color: Color = (0, 0, 0), scale: int = 2) -> int:
        """Draw `text` with its top-left corner at (x, y); return the x after it."""
        for char in text.upper():
            glyph = GLYPHS.get(char, "0" * 15)
            for i, bit in enumerate(glyph):
                if bit == "1":
                    gx, gy = x + (i % 3) * scale, y + (i // 3) * scale
                    self.rect(gx, gy, gx + scale, gy + scale, color)
            x += 4 * scale
        return x

    @staticmethod
    def text_width(text: str, scale: int = 2) -> int:
        return len(text) * 4 * scale - scale if text else 0

    def to_png(self) -> bytes:
        stride = self.width * 3
        raw = b"".join(b"\x00" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)  # 8-bit RGB
        return (
            b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
        )


def bar_chart(
    title: str,
    groups: list[tuple[str, str, list[float | None]]],
    series: list[tuple[str, Color]],
    *,
    width: int = 1000,
    height: int = 460,
) -> bytes:
    """Grouped bars: `groups` = (label line 1, label line 2, one value per series, None = no bar).
    Each group's bars are centred in its slot; values are printed on top."""
    canvas = Canvas(width, height)
    left, right, top, bottom = 20, 20, 60, 70
    canvas.text(left, 12, title, scale=2)
    x = left
    for name, color in series:  # legend
        canvas.rect(x, 34, x + 12, 46, color)
        x = canvas.text(x + 18, 35, name, scale=2) + 24
    peak = max((v for _, _, values in groups for v in values if v), default=0.0) or 1.0
    plot_h, base = height - top - bottom, height - bottom
    canvas.rect(left, base, width - right, base + 2, (0, 0, 0))
    slot = (width - left - right) / max(1, len(groups))
    bar_w = max(4, int(slot * 0.8 / max(1, len(series))))
    for g, (line1, line2, values) in enumerate(groups):
        mid = int(left + g * slot + slot / 2)
        bars = [(value, series[s][1]) for s, value in enumerate(values) if value is not None]
        bx = mid - len(bars) * bar_w // 2
        for value, color in bars:
            h = int(plot_h * value / peak)
            canvas.rect(bx + 1, base - h, bx + bar_w - 1, base, color)
            label = f"{value:.0f}"
            canvas.text(bx + (bar_w - Canvas.text_width(label, 1)) // 2, base - h - 8, label, scale=1)
            bx += bar_w
        for row, line in enumerate((line1, line2)):
            canvas.text(mid - Canvas.text_width(line) // 2, base + 10 + row * 16, line, scale=2)
    return canvas.to_png()
