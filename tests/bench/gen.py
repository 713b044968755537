#!/usr/bin/env python3
"""gen.py: synthetic figures in growthstat's canonical CSV format.

    gen.py ROWS OUT.csv

ROWS rows over 10,000 series (fewer when ROWS < 10,000), monthly periods,
rows in random series order, 10 % of notes quoted with commas, some
Cyrillic notes, 5 % qualified values, about 1 % multiples against the same
month a year earlier and one 2030 target for every 20th series. The output
is deterministic (a fixed seed), so runs compare between commits.
"""
import random
import sys

def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rnd = random.Random(20251007)
    nser = min(10000, max(1, rows))
    ntarget = (nser + 19) // 20
    per = max(1, (rows - ntarget) // nser)
    extra = max(0, rows - ntarget - per * nser)
    quals = ["over", "about", "up_to", "at_least", "almost"]
    lines = []
    for s in range(nser):
        key = "region%02d.cluster%03d.metric%d" % (s % 83, s % 997, s)
        level = rnd.uniform(50, 500)
        for i in range(per + (1 if s < extra else 0)):
            y, m = 2015 + i // 12, i % 12 + 1
            level *= rnd.uniform(0.99, 1.03)
            kind, unit, base, q = "level", "million rubles", "", ""
            value = "%.3f" % level
            r = rnd.random()
            if r < 0.01 and i >= 12:
                kind, unit, base = "multiple", "times", "%d-%02d" % (y - 1, m)
                value = "%.4f" % rnd.uniform(0.9, 1.4)
            elif r < 0.06:
                q = quals[rnd.randrange(len(quals))]
            n = rnd.random()
            if n < 0.10:
                note = '"row %d, series %d, quoted"' % (i, s)
            elif n < 0.15:
                note = '"выпуск продукции, млн руб., ряд %d"' % s
            else:
                note = "row %d" % i
            lines.append("%s,%d-%02d,%s,%s,%s,%s,%s,2025-01-01,bench,%s\n" %
                         (key, y, m, kind, value, unit, q, base, note))
        if s % 20 == 0:
            lines.append("%s,2030,target,%.1f,million rubles,,,2025-01-01,bench,target\n"
                         % (key, level * 1.5))
    lines = lines[:rows]
    rnd.shuffle(lines)
    with open(out, "w", encoding="utf-8") as f:
        f.write("series,period,kind,value,unit,qualifier,base,as_of,source,note\n")
        f.writelines(lines)

if __name__ == "__main__":
    main()
