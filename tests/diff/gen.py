#!/usr/bin/env python3
"""gen.py: a seeded random workload for the differential test (issue 20).

A workload is a handful of series with figures of every kind (level, flow,
multiple, percent, target, plan) over periods of every precision (year,
half, quarter, month, day, ranges), qualifiers, units of several dimensions
written with scale words in English and Russian, values in the ways people
write them, several sources and vintages with ties (two sources, one as_of)
and restatements (a later as_of), hostile keys, sources and notes (quotes,
commas, newlines, Cyrillic, glob characters). Its rows are shuffled and
split into several CSV files; some files leave the source to --source,
some rows repeat in another file, and now and then a file carries a bad
row (refused whole, then loaded with --skip-bad).

    python3 gen.py SEED DIR     writes DIR/files/*.csv and DIR/plan.json

plan.json lists the files in ingest order with their options, the series
keys, the globs and the dates and periods the runner asks about. The
same SEED always gives the same bytes.
"""
import json
import os
import random
import sys

UNITS = {
    # family: [(unit as written, factor to the family's base)]
    "rub": [("billion rubles", 1e9), ("bn RUB", 1e9), ("млрд руб.", 1e9),
            ("million rubles", 1e6), ("тыс. руб.", 1e3)],
    "usd": [("million USD", 1e6), ("million dollars", 1e6)],
    "area": [("thousand square meters", 1e3), ("тыс. кв. м", 1e3),
             ("m²", 1), ("hectares", 1e4)],
    "jobs": [("jobs", 1), ("thousand jobs", 1e3), ("рабочих мест", 1)],
    "firms": [("companies", 1)],
    "beds": [("beds", 1)],
    "packages": [("million packages", 1e6), ("packages", 1)],
}
# A typical size of each family's figures, in its base unit.
MAGNITUDE = {"rub": 5e10, "usd": 2e8, "area": 3e5, "jobs": 6300,
             "firms": 120, "beds": 300, "packages": 7e6}
QUALS = ["", "", "", "", "over", "about", "up_to", "at_least", "almost",
         "около", "более", "under"]
NOTES = ['', '', '', 'a "quoted" note', 'comma, inside, twice',
         'line one\nline two', 'кириллица «ёлки» — тире',
         '`touch /tmp/x` $HOME @macro', 'glob *?[a-z] [!x]', 'back\\slash',
         "it's 'single'", 'semi;colon|pipe', 'tab\there', 'crlf\r\nend',
         'x' * 300]
SOURCES = ["s1", "mos.ru", "Росстат", 'src "q", x', "a*b?[c]", "z", "a"]
KEY_PARTS = ["out", "jobs", "area", "кластер", 'q"uote', "comma,key",
             "glob*?[x]", "sp ace", "a[!x]b", "x.y.z", "технополис.выпуск"]
TRANSFORMS = ["chg", "ch1", "pch", "pc1", "pca", "cch", "cca", "log", "lin"]


def date(rng, lo=2024, hi=2025):
    """A vintage date: before 2026-02 even once restated a month later,
    so that bad_file's later vintage (2026-02-28) is the latest and no
    vintage is after today (ingest refuses those)."""
    y = rng.randint(lo, hi)
    return "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))


class Period:
    """A period of one precision: text, a sort index and its year."""

    def __init__(self, text, idx, year):
        self.text, self.idx, self.year = text, idx, year


def periods(rng, freq, n):
    """n consecutive periods (some dropped) of frequency freq."""
    out = []
    y0 = rng.randint(2012, 2019)
    for i in range(n + 3):
        if freq == "year":
            p = Period("%d" % (y0 + i), i, y0 + i)
        elif freq == "half":
            y, h = y0 + i // 2, i % 2 + 1
            p = Period("%d-H%d" % (y, h), i, y)
        elif freq == "quarter":
            y, q = y0 + 4 + i // 4, i % 4 + 1
            p = Period(rng.choice(["%d-Q%d", "%dQ%d"]) % (y, q), i, y)
        elif freq == "month":
            y, m = 2021 + i // 12, i % 12 + 1
            p = Period("%d-%02d" % (y, m), i, y)
        elif freq == "day":
            d = 1 + i * 2
            p = Period(rng.choice(["2024-03-%02d", "202403%02d"]) % d, i, 2024)
        elif freq == "ytd":
            # Jan-Aug of successive years: partial-period flows
            p = Period("%d-01..%d-08" % (y0 + i, y0 + i), i, y0 + i)
        else:  # "span": multi-year ranges
            p = Period("%d..%d" % (y0 + 2 * i, y0 + 2 * i + 1), i, y0 + 2 * i)
        out.append(p)
    rng.shuffle(out)
    keep = sorted(out[:n], key=lambda p: p.idx)
    return keep


def fmt_value(rng, v, percent=False):
    """v as people write it: 1234.5, 1,234.5, 1 234,5, 1.234,5, no-break."""
    v = round(v, 1)
    if v == 0 and rng.random() < 0.5:
        s = "-0"
    elif abs(v) >= 1000 and rng.random() < 0.6:
        whole, frac = ("%.1f" % abs(v)).split(".")
        groups = "{:,}".format(int(whole))
        sign = "-" if v < 0 else ""
        style = rng.randint(0, 3)
        if style == 0:
            s = sign + groups + ("." + frac if frac != "0" else "")
        elif style == 1:
            s = sign + groups.replace(",", " ") + ("," + frac if frac != "0" else "")
        elif style == 2:
            s = sign + groups.replace(",", ".") + ("," + frac if frac != "0" else "")
        else:
            s = sign + groups.replace(",", "\u00a0") + ("," + frac if frac != "0" else "")
    else:
        s = ("%.1f" % v).rstrip("0").rstrip(".")
    if percent and rng.random() < 0.5:
        s += "%"
    return s


class Workload:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.rows = []      # dicts of the canonical columns
        self.stated = {}    # figure+source+as_of -> value (no conflicts)
        self.keys = []
        self.dates = []

    def add(self, row):
        """Add a statement unless it would conflict with one already made."""
        k = (row["series"], row["period"], row["kind"], row["base"],
             row["qualifier"], row["source"], row["as_of"])
        if k in self.stated and self.stated[k] != row["value"]:
            return
        self.stated[k] = row["value"]
        self.rows.append(row)

    def statements(self, key, period, kind, value, unit, qual="", base="",
                   percent=False):
        """One figure, stated once or more: restatements and ties."""
        rng = self.rng
        as_of = date(rng)
        src = rng.choice(SOURCES)
        n = rng.choice([1, 1, 1, 2, 2, 3])
        for i in range(n):
            row = dict(series=key, period=period, kind=kind,
                       value=fmt_value(rng, value, percent), unit=unit,
                       qualifier=qual, base=base, as_of=as_of, source=src,
                       note=rng.choice(NOTES))
            self.add(row)
            r = rng.random()
            if r < 0.3:    # a tie: another source, same as_of
                src = rng.choice(SOURCES)
            elif r < 0.8:  # a restatement: a later as_of
                y, m, d = map(int, as_of.split("-"))
                as_of = "%04d-%02d-%02d" % (y + (m == 12), m % 12 + 1, d)
            value = value * rng.choice([1, 1, 0.9, 1.1, 1.5])

    def series(self, i):
        rng = self.rng
        key = "k%d.%s" % (i, rng.choice(KEY_PARTS))
        self.keys.append(key)
        fam = rng.choice(list(UNITS))
        units = UNITS[fam]
        freq = rng.choice(["year", "year", "year", "half", "quarter",
                           "month", "day", "ytd", "span"])
        kind = "flow" if freq in ("ytd", "span") or rng.random() < 0.2 \
            else "level"
        ps = periods(rng, freq, rng.randint(1, 7))
        # in the family's base unit; now and then 0 (written -0 or 0)
        v = MAGNITUDE[fam] * (0 if rng.random() < 0.05 else
                              rng.choice([0.3, 1, 1.7, 3]))
        g = rng.choice([0.9, 1.0, 1.05, 1.3, 2.8])
        for p in ps:
            u, f = rng.choice(units)
            q = rng.choice(QUALS)
            self.statements(key, p.text, kind, v / f, u, q)
            v = v * g + rng.choice([0, 0, f, -f])
        for _ in range(rng.randint(0, 2)):  # multiples and percent changes
            if len(ps) < 2:
                break
            a, b = sorted(rng.sample(ps, 2), key=lambda p: p.idx)
            if a.year >= b.year and freq in ("year", "span", "ytd"):
                continue
            if rng.random() < 0.5:
                self.statements(key, b.text, "multiple",
                                rng.choice([1.5, 2.8, 1, 0.5]),
                                rng.choice(["times", "раз", "x"]),
                                rng.choice(["", "", "over", "about"]),
                                a.text)
            else:
                self.statements(key, b.text, "percent",
                                rng.choice([10.5, -3.5, 0, 180]), "%",
                                rng.choice(["", "", "about"]), a.text, True)
        for _ in range(rng.randint(0, 2)):  # targets and plans
            u, f = rng.choice(units)
            y = rng.randint(2026, 2035)
            if rng.random() < 0.6:
                self.statements(key, "%d" % y, "target", 3 * max(v, f) / f,
                                u,
                                rng.choice(["", "", "over", "about",
                                            "up_to"]))
            else:
                self.statements(key, "2025..%d" % y, "plan",
                                5 * max(v, f) / f, u)

    def files(self):
        """Shuffle the rows into files; some repeat, some use --source."""
        rng = self.rng
        rows = self.rows[:]
        rng.shuffle(rows)
        nf = rng.randint(2, 6)
        parts = [[] for _ in range(nf)]
        for r in rows:
            parts[rng.randrange(nf)].append(r)
            if rng.random() < 0.05:  # the same row again in another file
                parts[rng.randrange(nf)].append(r)
        out = []
        for i, part in enumerate(parts):
            opts = []
            if part and rng.random() < 0.3:
                src = part[0]["source"]
                opts = ["--source", src]
                part = [dict(r, source="") if r["source"] == src else r
                        for r in part]
            out.append(dict(name="f%02d.csv" % i, rows=part, opts=opts))
        # last: its conflict or unit is against figures already stored
        # (before them, the file stating the figure would be refused)
        if rng.random() < 0.5 and self.rows:
            out.append(self.bad_file())
        return out

    def bad_file(self):
        """Good rows and one bad one: refused, then loaded with --skip-bad."""
        rng = self.rng
        good = [dict(r, as_of="2026-02-28") for r in
                rng.sample(self.rows, min(3, len(self.rows)))]
        victim = dict(rng.choice(self.rows))
        how = rng.choice(["value", "conflict", "unit", "period"])
        if how == "value":
            victim["value"] = "12x.5"
        elif how == "conflict":   # the same figure and as_of, another value
            victim["value"] = victim["value"].replace("%", "") + "1"
            if victim["value"] in ("-01", "01"):
                victim["value"] = "7"
        elif how == "unit":       # a unit of another dimension
            fam = next((k for k, us in UNITS.items()
                        if victim["unit"] in [u for u, _ in us]), None)
            other = [k for k in UNITS if k != fam]
            victim["unit"] = rng.choice(UNITS[rng.choice(other)])[0]
            if victim["kind"] in ("multiple", "percent"):
                victim["value"] = "12x"
        else:
            victim["period"] = "2024-13"
        rows = good + [victim]
        rng.shuffle(rows)
        return dict(name="bad.csv", rows=rows, opts=[], bad=how)


COLS = ["series", "period", "kind", "value", "unit", "qualifier", "base",
        "as_of", "source", "note"]


def csv_field(s):
    if any(c in s for c in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def write(seed, d):
    w = Workload(seed)
    for i in range(w.rng.randint(3, 9)):
        w.series(i)
    files = w.files()
    os.makedirs(os.path.join(d, "files"), exist_ok=True)
    for f in files:
        cols = COLS[:]
        if w.rng.random() < 0.3:  # columns in another order
            w.rng.shuffle(cols)
        lines = [",".join(cols)]
        for r in f["rows"]:
            lines.append(",".join(csv_field(r[c]) for c in cols))
        eol = "\r\n" if w.rng.random() < 0.2 else "\n"
        with open(os.path.join(d, "files", f["name"]), "w", encoding="utf-8",
                  newline="") as fp:
            fp.write(eol.join(lines) + eol)
    as_ofs = sorted({r["as_of"] for r in w.rows})
    dates = [w.rng.choice(as_ofs) for _ in range(2)] if as_ofs else []
    dates.append("2024-06-30")
    globs = ["*", "k1*", "k?.*", "k[0-2].*", "k[!0]*", "*[[]*", "*,*",
             '*"*', "*[*]*", "a[", "a[]", "a[z-a]", "*[[:alpha:]]*",
             "*.кластер", "k*.*.*"]
    plan = dict(seed=seed,
                files=[dict(name=f["name"], opts=f["opts"],
                            bad=f.get("bad", ""), rows=len(f["rows"]))
                       for f in files],
                keys=w.keys, dates=dates, globs=globs,
                transforms=TRANSFORMS,
                rows=sum(len(f["rows"]) for f in files))
    with open(os.path.join(d, "plan.json"), "w", encoding="utf-8") as fp:
        json.dump(plan, fp, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
