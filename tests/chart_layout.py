#!/usr/bin/env python3
"""chart_layout.py: read a growthstat gnuplot script the way gnuplot lays it
out, and check its labels.

    python3 tests/chart_layout.py [--frame] [--list] SCRIPT.gp...

Written from the script alone (its terminal size and font, margins, x and y
ranges, and each `set label`), independently of growthstat's own layout
code. The width of a text is estimated from DejaVu Sans, the font cairo
draws "Sans" with: advance widths in em (digits 0.636, space 0.318,
"." 0.318, ":" 0.337, lowercase 0.52-0.63 with i/l/j/t/f/r narrower and
m/w wider, capitals 0.60-0.79), a point being 4/3 pixel; a label is 1.16 em
high (DejaVu's ascent plus descent), centred on its y as gnuplot centres
text.

Checks, printing one line per problem and exiting 1 when there is any:
  - every label lies inside the image;
  - with --frame, every label drawn at data coordinates ("at first") lies
    inside the plot frame;
  - no two labels overlap.
--list prints each label's box (pixels, origin bottom left) and text.
"""

import math
import re
import sys

# DejaVu Sans advance widths (em) of the characters labels use.
WIDTHS = {" ": 0.318, ".": 0.318, ",": 0.318, ":": 0.337, ";": 0.337,
          "-": 0.361, "(": 0.390, ")": 0.390, "%": 0.950, "/": 0.337,
          "+": 0.838, "=": 0.838, "×": 0.838, "–": 0.500, "…": 1.000,
          "²": 0.401, "'": 0.275, "\"": 0.460}
NARROW = {"i": 0.278, "l": 0.278, "j": 0.278, "t": 0.392, "f": 0.352,
          "r": 0.411, "m": 0.974, "w": 0.818, "I": 0.295, "J": 0.295,
          "M": 0.863, "W": 0.989}


def char_w(ch):
    if ch in WIDTHS:
        return WIDTHS[ch]
    if ch in NARROW:
        return NARROW[ch]
    if ch.isdigit():
        return 0.636
    if "a" <= ch <= "z":
        return 0.63
    if "A" <= ch <= "Z":
        return 0.79
    return 0.70


def text_w(text, pt):
    return sum(char_w(c) for c in text) * pt * 4 / 3


def unquote(q):
    """The value of a gnuplot double-quoted string with \\0ooo escapes."""
    raw = q.encode("utf-8")
    out, i = bytearray(), 0
    while i < len(raw):
        if raw[i] == 0x5C:  # backslash: \0ooo
            out.append(int(raw[i + 1:i + 5], 8))
            i += 5
        else:
            out.append(raw[i])
            i += 1
    return out.decode("utf-8", "replace")


LABEL = re.compile(r'^set label \d+ "((?:[^"\\]|\\[0-7]{4})*)" noenhanced at (.*)$')


def parse(path):
    lay = {"labels": [], "log": False}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").strip()
            m = re.search(r"set terminal (\w+) size ([\d.]+)(in)?,([\d.]+)(in)?.*?font 'Sans,(\d+)'", line)
            if m:
                k = 96 if m.group(3) else 1
                lay["W"], lay["H"] = float(m.group(2)) * k, float(m.group(4)) * k
                lay["fs"] = int(m.group(6))
                lay.setdefault("term", m.group(1))
            for side in ("lmargin", "rmargin", "bmargin", "tmargin"):
                m = re.match(r"set %s at screen ([\d.]+)$" % side, line)
                if m:
                    lay[side] = float(m.group(1))
            m = re.match(r"set ([xy])range \[([-\d.e+]+):([-\d.e+]+)\]$", line)
            if m:
                lay[m.group(1)] = (float(m.group(2)), float(m.group(3)))
            if line == "set logscale y":
                lay["log"] = True
            m = LABEL.match(line)
            if m:
                lay["labels"].append((unquote(m.group(1)), m.group(2)))
    return lay


def boxes(lay):
    W, H = lay["W"], lay["H"]
    L, R = lay["lmargin"] * W, lay["rmargin"] * W
    B, T = lay["bmargin"] * H, lay["tmargin"] * H
    (x0, x1), (y0, y1) = lay["x"], lay["y"]

    def px(x):
        return L + (x - x0) / (x1 - x0) * (R - L)

    def py(y):
        if lay["log"]:
            return B + math.log(y / y0) / math.log(y1 / y0) * (T - B)
        return B + (y - y0) / (y1 - y0) * (T - B)

    out = []
    for text, rest in lay["labels"]:
        fm = re.search(r"font ',(\d+)'", rest)
        pt = int(fm.group(1)) if fm else lay["fs"]
        m = re.match(r"screen ([-\d.]+), screen ([-\d.]+) (left|center|right)", rest)
        data = False
        if m:
            x, y = float(m.group(1)) * W, float(m.group(2)) * H
            just = m.group(3)
        else:
            m = re.match(r"first ([-\d.e+]+), first ([-\d.e+]+) (left|center|right) "
                         r"offset screen ([-\d.e+]+), screen ([-\d.e+]+)", rest)
            if not m:
                raise SystemExit("cannot read label position: %r" % rest)
            x = px(float(m.group(1))) + float(m.group(4)) * W
            y = py(float(m.group(2))) + float(m.group(5)) * H
            just, data = m.group(3), True
        w, h = text_w(text, pt), 1.16 * pt * 4 / 3
        bx0 = x if just == "left" else x - w if just == "right" else x - w / 2
        out.append({"text": text, "box": (bx0, y - h / 2, bx0 + w, y + h / 2),
                    "data": data})
    return out, (0, 0, W, H), (L, B, R, T)


def inside(b, f, slack=0.5):
    return (b[0] >= f[0] - slack and b[1] >= f[1] - slack and
            b[2] <= f[2] + slack and b[3] <= f[3] + slack)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check(path, frame, listing):
    lay = parse(path)
    bs, canvas, plot = boxes(lay)
    bad = []
    for b in bs:
        if listing:
            print("# %s: %7.1f %7.1f %7.1f %7.1f  %s" % ((path,) + b["box"] + (b["text"],)))
        if not inside(b["box"], canvas):
            bad.append("%s: label %r leaves the image %s" % (path, b["text"], fmt(b["box"])))
        elif frame and b["data"] and not inside(b["box"], plot):
            bad.append("%s: label %r leaves the plot frame %s" % (path, b["text"], fmt(b["box"])))
    for i, a in enumerate(bs):
        for b in bs[i + 1:]:
            if overlap(a["box"], b["box"]):
                bad.append("%s: labels %r %s and %r %s overlap" % (
                    path, a["text"], fmt(a["box"]), b["text"], fmt(b["box"])))
    return bad, len(bs)


def fmt(b):
    return "[%.0f,%.0f]-[%.0f,%.0f]" % b


def main(argv):
    frame = "--frame" in argv
    listing = "--list" in argv
    paths = [a for a in argv if not a.startswith("--")]
    bad, n = [], 0
    for p in paths:
        b, k = check(p, frame, listing)
        bad += b
        n += k
    for b in bad:
        print(b)
    if not bad:
        print("%d labels in %d scripts: inside, none overlapping" % (n, len(paths)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
