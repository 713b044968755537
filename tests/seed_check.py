#!/usr/bin/env python3
"""seed_check.py: check the curated seed dataset in scripts/seed/.

    python3 tests/seed_check.py [SEED_DIR]

Prints TAP lines ("ok - ..." / "not ok - ...", details as "# ..." comments)
and exits 1 if any check fails. Standard library only (python3 >= 3.9).

Checks:
  (a) every CSV under scripts/seed parses, has the canonical header (plus the
      optional name/description columns), non-empty required fields, allowed
      kinds, qualifiers, units, well-formed periods, dates and series keys;
  (b) every source is the publisher the text names (SOURCES, typed from the
      texts), and every note is a verbatim substring of the seed text of its
      CSV file (after folding whitespace runs, non-breaking spaces and
      typographic quotes);
  (c) every value appears in its note ("28,100" = 28100, "2.8-fold",
      "five", "double" = 2, "tripl" = 3, ...), and the unit agrees with the
      note, except for the few rows listed in VALUE_EXCEPTIONS;
  (d) a hand-written EXPECTED table, typed from the seed texts independently
      of the CSV files, each row of which must match exactly one CSV row.

It also prints, as comments, how the multiples and percent changes the texts
claim compare with the levels they state (a report, never a failure).
"""

import csv
import sys
import unicodedata
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
SEED = Path(sys.argv[1]) if len(sys.argv) > 1 else TOP / "scripts" / "seed"
TEXTS = SEED / "texts"
ORIGINALS = Path("/work/shared/seeds")  # checked only when present

CANON = ["series", "period", "kind", "value", "unit", "qualifier", "base",
         "as_of", "source", "note"]
OPTIONAL = ["name", "description"]
KINDS = {"level", "flow", "multiple", "percent", "target", "plan"}
RELATIVE = {"multiple", "percent"}
QUALIFIERS = {"", "over", "at_least", "about", "up_to", "under", "almost"}
SCALES = ("thousand", "million", "billion")
NOTE_MAX = 200

# Allowed units (without their scale word) and words one of which the note
# must contain (lowercase substrings), so a wrong unit is caught.
UNIT_WORDS = {
    "rubles": ["ruble"],
    "square meters": ["square meter", "square-meter", "sq.m"],
    "hectares": ["hectare"],
    "jobs": ["job", "workplace"],
    "people": ["people", "employee", "guest"],
    "companies": ["compan", "enterprise", "manufacturer", "developer"],
    "facilities": ["facilit", "plant"],
    "contracts": ["offset"],
    "INNs": ["inn"],
    "medications": ["medication"],
    "drugs": ["drug"],
    "countries": ["countr"],
    "packages": ["package"],
    "vials": ["vial"],
    "units": ["unit"],
    "photomasks": ["photomask"],
    "production lines": ["production line"],
    "courts": ["court"],
    "ice arenas": ["ice arena"],
    "visitors": ["visitor"],
    "laboratories": ["laborator"],
    "clusters": ["cluster"],
    "centers": ["irtc", "center", "centre"],
    "years": ["year"],
    "%": ["percent", "%", "in every"],
    "times": ["fold", "times", "doubl", "tripl", "for every"],
}

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "half": 0.5, "twice": 2,
}
# Word stems that state a multiple.
STEM_NUMBERS = {"doubl": 2, "tripl": 3, "quadrupl": 4}

# Rows whose value cannot be read off the note by the rules above:
# (series, period, kind) -> reason.
VALUE_EXCEPTIONS = {
    ("moscow.technopolis.pharma.facilities", "2025-10-07", "level"):
        "'Eight ... are currently operating there, and a ninth ... has just "
        "opened': the count 9 is stated as the ordinal 'ninth'",
}

# ---------------------------------------------------------------------------
# (d) EXPECTED: typed from the seed texts, independently of the CSV files.
# (text prefix, series, period, kind, value, unit, qualifier, base)
# Conventions (see scripts/seed/README.md): "this year"/"currently" = the
# publication year; undated plant build-outs ("over the next few years") are
# targets for 2030; cumulative totals to date are levels.
EXPECTED = [
    # 000 PhysTech Valley, May 13, 2025
    ("000", "moscow_region.phystech_valley.jobs", "2039", "target", 6300, "jobs", "over", ""),
    ("000", "moscow_region.phystech_valley.area", "2039", "target", 172000, "square meters", "", ""),
    ("000", "moscow_region.phystech_valley.interested_companies", "2025", "level", 20, "companies", "about", ""),
    ("000", "moscow_region.mipt.rnd_revenue", "2024", "level", 6.5, "billion rubles", "over", ""),
    ("000", "russia.irtc.centers", "2025-05", "level", 12, "centers", "", ""),
    ("000", "russia.irtc.centers", "2025", "target", 13, "centers", "", ""),
    ("000", "kaluga.nuclear_medical_technopark.investment", "2020..2026", "plan", 18, "billion rubles", "", ""),
    # 001 Russky ISTC
    ("001", "primorsky.russky_istc.planned_clusters", "2022", "level", 4, "clusters", "", ""),
    # 002 Northern BioPharmCluster
    ("002", "moscow_region.mipt.biopharm_building.area", "2015", "level", 11000, "square meters", "about", ""),
    ("002", "moscow_region.northern_biopharm.phystechbio_guests", "2015", "level", 500, "people", "over", ""),
    ("002", "moscow_region.mipt.life_sciences_center.laboratories", "2018", "level", 20, "laboratories", "over", ""),
    # 004 Moscow industry
    ("004", "moscow.industry.output", "2025", "multiple", 2.8, "times", "", "2010"),
    ("004", "moscow.industry.output", "2025", "multiple", 3, "times", "almost", "2010"),
    ("004", "moscow.industry.output", "2025-01..2025-08", "percent", 5.7, "%", "", "2024-01..2024-08"),
    ("004", "moscow.industry.enterprises", "2025", "level", 4600, "companies", "about", ""),
    ("004", "moscow.industry.enterprises", "2030", "target", 5500, "companies", "", ""),
    ("004", "moscow.industry.employment", "2025", "level", 755000, "people", "", ""),
    ("004", "moscow.industry.employment", "2030", "target", 850000, "people", "", ""),
    ("004", "moscow.industry.new_enterprises", "2025", "level", 100, "companies", "at_least", ""),
    ("004", "moscow.industry.new_enterprises", "2025", "level", 150, "companies", "up_to", ""),
    ("004", "moscow.industry.new_facilities", "2025", "level", 150, "facilities", "", ""),
    # 004 Moscow pharmaceutical industry
    ("004", "moscow.pharma.companies", "2025", "level", 300, "companies", "over", ""),
    ("004", "moscow.pharma.employment", "2025", "level", 30000, "people", "about", ""),
    ("004", "moscow.pharma.output", "2024", "level", 154, "billion rubles", "", ""),
    ("004", "moscow.pharma.output", "2024", "multiple", 2.8, "times", "", "2020"),
    ("004", "moscow.pharma.output", "2030", "target", 230, "billion rubles", "", ""),
    ("004", "moscow.pharma.output", "2030", "multiple", 1.5, "times", "", "2024"),
    ("004", "moscow.pharma.cardiovascular.packages", "2025-01..2025-08", "flow", 16.1, "million packages", "", ""),
    ("004", "moscow.pharma.cardiovascular.packages", "2025-01..2025-08", "multiple", 2.3, "times", "", "2024-01..2024-08"),
    ("004", "moscow.pharma.gastrointestinal.packages", "2025-01..2025-08", "flow", 5.8, "million packages", "", ""),
    ("004", "moscow.pharma.gastrointestinal.packages", "2025-01..2025-08", "multiple", 7.4, "times", "", "2024-01..2024-08"),
    ("004", "moscow.pharma.vaccines.packages", "2025-01..2025-08", "flow", 353.5, "thousand packages", "", ""),
    ("004", "moscow.pharma.vaccines.packages", "2025-01..2025-08", "percent", 10.5, "%", "", "2024-01..2024-08"),
    ("004", "moscow.pharma.investment", "2020..2030", "plan", 191.5, "billion rubles", "", ""),
    ("004", "moscow.pharma.investment", "2025..2030", "plan", 109, "billion rubles", "", ""),
    # 004 Technopolis pharma cluster
    ("004", "moscow.technopolis.pharma.companies", "2025", "level", 14, "companies", "", ""),
    ("004", "moscow.technopolis.pharma.production_area", "2025", "level", 173000, "square meters", "over", ""),
    ("004", "moscow.technopolis.pharma.production_area", "2030", "target", 300000, "square meters", "about", ""),
    ("004", "moscow.technopolis.pharma.production_area", "2030", "multiple", 2, "times", "", "2025"),
    ("004", "moscow.technopolis.pharma.jobs", "2025", "level", 3000, "jobs", "over", ""),
    ("004", "moscow.technopolis.pharma.jobs", "2030", "target", 4400, "jobs", "", ""),
    ("004", "moscow.technopolis.pharma.jobs", "2030", "multiple", 1.5, "times", "", "2025"),
    ("004", "moscow.technopolis.pharma.investment", "2025", "level", 55, "billion rubles", "over", ""),
    ("004", "moscow.technopolis.pharma.investment", "2030", "target", 102.3, "billion rubles", "", ""),
    ("004", "moscow.technopolis.pharma.investment", "2030", "multiple", 2, "times", "", "2025"),
    ("004", "moscow.technopolis.pharma.investment", "2025..2030", "plan", 47.3, "billion rubles", "", ""),
    ("004", "moscow.technopolis.pharma.tax_breaks", "2025", "level", 5, "billion rubles", "over", ""),
    ("004", "moscow.technopolis.pharma.offset_inns", "2025", "level", 125, "INNs", "", ""),
    ("004", "moscow.technopolis.pharma.offset_new_inns", "2025", "level", 45, "INNs", "", ""),
    ("004", "moscow.technopolis.pharma.offset_contracts", "2025", "level", 7, "contracts", "", ""),
    # 004 plants and companies
    ("004", "moscow.technopolis.generium_next.investment", "2022..2025", "flow", 8.5, "billion rubles", "over", ""),
    ("004", "moscow.technopolis.generium_next.area", "2025", "level", 28100, "square meters", "", ""),
    ("004", "moscow.technopolis.generium_next.land_area", "2025", "level", 2.2, "hectares", "", ""),
    ("004", "moscow.technopolis.generium_next.jobs", "2025", "level", 250, "jobs", "", ""),
    ("004", "moscow.technopolis.generium_next.capacity_vials", "2025", "level", 5.4, "million vials", "up_to", ""),
    ("004", "moscow.technopolis.pc_137.area", "2025", "level", 43000, "square meters", "", ""),
    ("004", "moscow.technopolis.pc_137.employees", "2025", "level", 655, "people", "", ""),
    ("004", "moscow.technopolis.pc_137.investment", "2025", "level", 8.2, "billion rubles", "", ""),
    ("004", "moscow.technopolis.velpharm_m.employees", "2025", "level", 968, "people", "", ""),
    ("004", "moscow.technopolis.velpharm_m.lease_subsidy", "2023..2024", "flow", 117, "million rubles", "over", ""),
    ("004", "moscow.technopolis.amedart.capacity_packages", "2025", "level", 15, "million packages", "up_to", ""),
    ("004", "moscow.technopolis.rada_pharma.area", "2025", "level", 0.9, "thousand square meters", "", ""),
    ("004", "moscow.technopolis.biojet.jobs", "2025", "level", 128, "jobs", "", ""),
    ("004", "moscow.technopolis.oncotarget.employees", "2025", "level", 206, "people", "", ""),
    ("004", "moscow.technopolis.artsellens.area", "2025", "level", 4700, "square meters", "", ""),
    ("004", "moscow.technopolis.plasma_next.jobs", "2030", "target", 399, "jobs", "", ""),
    ("004", "moscow.technopolis.skopinpharm.area", "2030", "target", 13.5, "thousand square meters", "", ""),
    ("004", "moscow.technopolis.velpharm_m_phase2.jobs", "2030", "target", 1, "thousand jobs", "over", ""),
    # 004 support measures
    ("004", "moscow.pharma.preferential_loans", "2022..2025", "flow", 90, "billion rubles", "over", ""),
    ("004", "moscow.pharma.preferential_loan_recipients", "2022..2025", "flow", 19, "companies", "", ""),
    ("004", "moscow.technopolis.plasma_next.preferential_loans", "2025", "flow", 5, "billion rubles", "", ""),
    ("004", "moscow.pharma.r_pharm.preferential_loans", "2025", "flow", 400, "million rubles", "", ""),
    ("004", "moscow.pharma.endopharm.lease_subsidy", "2022..2023", "flow", 8, "million rubles", "over", ""),
    ("004", "moscow.pharma.servier_rus.packages", "2020..2024", "flow", 300, "million packages", "about", ""),
    ("004", "moscow.pharma.servier_rus.export_packages", "2020..2024", "flow", 6, "million packages", "over", ""),
    ("004", "moscow.industry_fund.max_loan", "2024", "level", 3, "billion rubles", "", ""),
    ("004", "moscow.industry_fund.max_loan", "2025", "level", 5, "billion rubles", "", ""),
    ("004", "moscow.pharma.pharmstandard_ne.land_area", "2025", "level", 15.5, "hectares", "", ""),
    ("004", "moscow.pharma.pharmstandard_ne.investment", "2025..2030", "plan", 13, "billion rubles", "", ""),
    ("004", "moscow.pharma.pharmstandard_ne.jobs", "2030", "target", 1000, "jobs", "about", ""),
    # 004 Alabushevo site
    ("004", "moscow.technopolis.alabushevo.commissioned_area", "2025", "level", 380000, "square meters", "", ""),
    ("004", "moscow.technopolis.alabushevo.companies", "2025", "level", 65, "companies", "", ""),
    ("004", "moscow.technopolis.alabushevo.jobs", "2025", "level", 5700, "jobs", "", ""),
    ("004", "moscow.technopolis.alabushevo.investment", "2025", "level", 115, "billion rubles", "over", ""),
    ("004", "moscow.technopolis.photonics_center.area", "2025-03", "level", 26700, "square meters", "", ""),
    ("004", "moscow.technopolis.photomask_center.capacity_photomasks", "2030", "target", 5500, "photomasks", "up_to", ""),
]
# Texts that state no dated figure at all: their CSV must have no rows.
EXPECTED_EMPTY = {"003"}

# (b) SOURCES: who published each text, as the text (or the page it was
# stored from) names it, "publisher (URL or title)", typed from the texts:
# 000 reports a decree of the Russian Government (title line of the text);
# 001 is a TASS report ("TASS reports") on the GxP News site (gxpnews.net,
# where the page was stored); 002 is the Northern BioPharmCluster's own web
# page (pharmcluster.ru/eng); 004 is the Moscow Government's news ("Source:
# Moscow Government"), whose site is mos.ru. 003 states no figure.
SOURCES = {
    "000": "Russian Government (news: Russian Government Establishes Innovation "
           "Research and Technology Center PhysTech Valley to Advance Biomedical "
           "Technologies)",
    "001": "TASS via GxP News (gxpnews.net)",
    "002": "Northern BioPharmCluster (pharmcluster.ru/eng)",
    "004": "Moscow Government (mos.ru)",
}

# ---------------------------------------------------------------------------
results = []  # (ok, desc, [detail lines])


def check(ok, desc, details=()):
    results.append((bool(ok), desc, list(details)))
    print(("ok - " if ok else "not ok - ") + desc)
    for d in list(details)[:40]:
        print("#   " + d)
    if len(details) > 40:
        print("#   ... and %d more" % (len(details) - 40))


def fold(s):
    """Normalise text for the verbatim comparison."""
    s = unicodedata.normalize("NFC", s)
    out = []
    for ch in s:
        if ch in "\u2018\u2019\u201a\u201b\u2032":
            ch = "'"
        elif ch in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb":
            ch = '"'
        elif ch.isspace() or unicodedata.category(ch) == "Zs" or ch in "\u200b\ufeff":
            ch = " "
        out.append(ch)
    return " ".join("".join(out).split())


def is_digits(s, n=None):
    return s.isascii() and s.isdigit() and (n is None or len(s) == n)


def days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def parse_point(s):
    """One period point -> (start, end) as yyyymmdd ints, or None."""
    parts = s.split("-")
    if not is_digits(parts[0], 4):
        return None
    y = int(parts[0])
    if not 1900 <= y <= 2100:
        return None
    if len(parts) == 1:
        return y * 10000 + 101, y * 10000 + 1231
    if len(parts) == 2 and len(parts[1]) == 2 and parts[1][0] in "HQ" and parts[1][1].isdigit():
        n = int(parts[1][1])
        months = 6 if parts[1][0] == "H" else 3
        if not 1 <= n <= 12 // months:
            return None
        m0, m1 = (n - 1) * months + 1, n * months
        return y * 10000 + m0 * 100 + 1, y * 10000 + m1 * 100 + days_in_month(y, m1)
    if not is_digits(parts[1], 2) or not 1 <= int(parts[1]) <= 12:
        return None
    m = int(parts[1])
    if len(parts) == 2:
        return y * 10000 + m * 100 + 1, y * 10000 + m * 100 + days_in_month(y, m)
    if len(parts) == 3 and is_digits(parts[2], 2) and 1 <= int(parts[2]) <= days_in_month(y, m):
        d = y * 10000 + m * 100 + int(parts[2])
        return d, d
    return None


def parse_period(s):
    if s.count("..") > 1:
        return None
    if ".." in s:
        a, b = s.split("..")
        pa, pb = parse_point(a), parse_point(b)
        if not pa or not pb or pa[0] > pb[0] or pa[1] >= pb[1]:
            return None
        return pa[0], pb[1]
    return parse_point(s)


def parse_date(s):
    p = parse_point(s)
    if p is None or s.count("-") != 2:
        return None
    return p[0]


def parse_value(s):
    """Plain decimal: digits, optional point and digits, optional sign."""
    t = s[1:] if s.startswith("-") else s
    whole, _, frac = t.partition(".")
    if not is_digits(whole) or (_ and not is_digits(frac)):
        return None
    return float(s)


def series_ok(key):
    parts = key.split(".")
    if len(parts) < 3:
        return False
    for p in parts:
        if not p or not p[0].isalpha():
            return False
        if any(not (c.isascii() and (c.islower() or c.isdigit() or c == "_")) for c in p):
            return False
    return True


def split_unit(unit):
    """'billion rubles' -> ('billion', 'rubles'); 'jobs' -> ('', 'jobs')."""
    w = unit.split(" ", 1)
    if len(w) == 2 and w[0] in SCALES:
        return w[0], w[1]
    return "", unit


def note_numbers(note):
    """Every number a note states, as floats."""
    s = fold(note).lower()
    nums = set()
    i = 0
    while i < len(s):
        if s[i].isdigit() and (i == 0 or not s[i - 1].isalpha()):
            j = i
            while j < len(s) and (s[j].isdigit() or (
                    s[j] == "," and s[j + 1:j + 4].isdigit() and len(s[j + 1:j + 4]) == 3)):
                j += 1
            if j + 1 < len(s) and s[j] == "." and s[j + 1].isdigit():
                j += 1
                while j < len(s) and s[j].isdigit():
                    j += 1
            nums.add(float(s[i:j].replace(",", "")))
            i = j
        else:
            i += 1
    words = "".join(c if c.isalpha() else " " for c in s).split()
    for k, w in enumerate(words):
        if w in WORD_NUMBERS:
            nums.add(float(WORD_NUMBERS[w]))
        if w in ("thousand", "million", "billion") and k > 0 and words[k - 1] == "a":
            nums.add(1.0)
        for stem, v in STEM_NUMBERS.items():
            if w.startswith(stem):
                nums.add(float(v))
    return nums


def same(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# ---------------------------------------------------------------------------
def load_csv(path):
    """-> (header, rows as dicts with '_line'), or raises ValueError."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError("not UTF-8: %s" % e)
    if text.startswith("\ufeff"):
        raise ValueError("starts with a byte order mark")
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows = list(reader)
    if not rows:
        raise ValueError("empty file")
    header = rows[0]
    out = []
    for n, r in enumerate(rows[1:], start=2):
        if r == []:
            raise ValueError("line %d: blank line" % n)
        if len(r) != len(header):
            raise ValueError("line %d: %d fields, header has %d" % (n, len(r), len(header)))
        d = dict(zip(header, r))
        d["_line"] = n
        out.append(d)
    return header, out


def main():
    texts = {}
    if TEXTS.is_dir():
        for p in sorted(TEXTS.glob("*.txt")):
            texts[p.name] = p.read_text(encoding="utf-8")
    check(len(texts) == 5, "scripts/seed/texts holds the five seed texts (%d found)" % len(texts))

    if ORIGINALS.is_dir():
        diff = []
        for p in sorted(ORIGINALS.glob("*.txt")):
            q = TEXTS / p.name
            if not q.is_file() or q.read_bytes() != p.read_bytes():
                diff.append(p.name)
        check(not diff, "seed texts are unchanged copies of %s" % ORIGINALS, diff)
    else:
        print("ok - seed texts unchanged # SKIP %s not present" % ORIGINALS)

    folded = {name: fold(t) for name, t in texts.items()}
    text_of = {name[:3]: name for name in texts}
    csvs = sorted(p for p in SEED.rglob("*.csv"))
    check(csvs, "scripts/seed has CSV files (%d)" % len(csvs))

    by_prefix = {}  # "004" -> list of rows
    all_rows = []
    for path in csvs:
        rel = path.relative_to(SEED)
        try:
            header, rows = load_csv(path)
        except (ValueError, csv.Error) as e:
            check(False, "%s parses as CSV" % rel, [str(e)])
            continue
        check(True, "%s parses as CSV (%d rows)" % (rel, len(rows)))
        extra = header[len(CANON):]
        hdr_ok = (header[:len(CANON)] == CANON and len(set(extra)) == len(extra)
                  and all(c in OPTIONAL for c in extra))
        check(hdr_ok, "%s: canonical header" % rel, [",".join(header)] if not hdr_ok else [])
        if not hdr_ok:
            continue
        data = path.read_bytes()
        crlf, lf = data.count(b"\r\n"), data.count(b"\n")
        check(data.endswith(b"\n") and crlf in (0, lf) and data.count(b"\r") == crlf,
              "%s: consistent line ends (CRLF as in RFC 4180, or LF), final newline" % rel)
        prefix = path.name[:3]
        by_prefix.setdefault(prefix, []).extend(rows)
        for r in rows:
            r["_file"] = str(rel)
        all_rows.extend(rows)

        # (a) fields
        bad = []
        for r in rows:
            where = "line %d" % r["_line"]
            for f in ("series", "period", "kind", "value", "as_of", "source", "note"):
                if not r[f].strip():
                    bad.append("%s: empty %s" % (where, f))
            if r["kind"] not in KINDS:
                bad.append("%s: kind %r not in %s" % (where, r["kind"], sorted(KINDS)))
            if r["qualifier"] not in QUALIFIERS:
                bad.append("%s: qualifier %r not allowed" % (where, r["qualifier"]))
            if not r["unit"] and r["kind"] != "multiple":
                bad.append("%s: empty unit" % where)
            if r["kind"] == "percent" and r["unit"] != "%":
                bad.append("%s: percent row with unit %r" % (where, r["unit"]))
            if r["kind"] == "multiple" and r["unit"] not in ("", "times"):
                bad.append("%s: multiple row with unit %r" % (where, r["unit"]))
            if r["kind"] in RELATIVE and not r["base"]:
                bad.append("%s: %s row without a base" % (where, r["kind"]))
            if r["kind"] not in RELATIVE and r["base"]:
                bad.append("%s: base on a %s row" % (where, r["kind"]))
            if not series_ok(r["series"]):
                bad.append("%s: bad series key %r" % (where, r["series"]))
            if parse_value(r["value"]) is None:
                bad.append("%s: value %r is not a plain number" % (where, r["value"]))
            scale, word = split_unit(r["unit"])
            if r["unit"] and word not in UNIT_WORDS:
                bad.append("%s: unknown unit %r" % (where, r["unit"]))
            if r["note"] != r["note"].strip() or len(r["note"]) > NOTE_MAX:
                bad.append("%s: note longer than %d or padded" % (where, NOTE_MAX))
            if r["source"] != SOURCES.get(prefix):
                bad.append("%s: source %r, want %r" % (where, r["source"], SOURCES.get(prefix)))
        check(not bad, "%s: required fields, kinds, qualifiers, units, keys" % rel, bad)

        # (a) periods and dates
        bad = []
        for r in rows:
            where = "line %d" % r["_line"]
            per = parse_period(r["period"])
            asof = parse_date(r["as_of"])
            if per is None:
                bad.append("%s: bad period %r" % (where, r["period"]))
            if asof is None:
                bad.append("%s: bad as_of %r" % (where, r["as_of"]))
            if r["base"]:
                b = parse_period(r["base"])
                if b is None:
                    bad.append("%s: bad base %r" % (where, r["base"]))
                elif per and not (b[0] < per[0] and b[1] < per[1]):
                    bad.append("%s: base %s does not precede period %s" % (where, r["base"], r["period"]))
            if per and asof:
                if r["kind"] in ("level", "flow") and per[0] > asof:
                    bad.append("%s: %s period %s starts after as_of %s" % (where, r["kind"], r["period"], r["as_of"]))
                if r["kind"] in ("target", "plan") and per[1] < asof:
                    bad.append("%s: %s period %s ended before as_of %s" % (where, r["kind"], r["period"], r["as_of"]))
        vintages = {r["as_of"] for r in rows}
        if len(vintages) > 1:
            bad.append("one text, several as_of dates: %s" % sorted(vintages))
        check(not bad, "%s: periods, bases and as_of dates" % rel, bad)

        # (b) notes are verbatim
        bad = []
        for r in rows:
            src = text_of.get(prefix)
            if src in folded and fold(r["note"]) not in folded[src]:
                bad.append("line %d: note not found in %s: %r" % (r["_line"], src, r["note"][:80]))
        check(not bad, "%s: every note is verbatim in its text" % rel, bad)

        # (c) values and units appear in notes
        bad = []
        for r in rows:
            where = "line %d" % r["_line"]
            key = (r["series"], r["period"], r["kind"])
            v = parse_value(r["value"])
            note = fold(r["note"]).lower()
            if key not in VALUE_EXCEPTIONS and v is not None:
                if not any(same(v, n) for n in note_numbers(r["note"])):
                    bad.append("%s: value %s not in note %r" % (where, r["value"], r["note"][:80]))
            scale, word = split_unit(r["unit"])
            if scale and scale not in note:
                bad.append("%s: unit scale %r not in note" % (where, scale))
            if word in UNIT_WORDS and r["kind"] not in RELATIVE:
                if not any(w in note for w in UNIT_WORDS[word]):
                    bad.append("%s: unit %r not supported by the note" % (where, r["unit"]))
            if r["kind"] in RELATIVE and not any(w in note for w in UNIT_WORDS[r["unit"] or "times"]):
                bad.append("%s: %s not supported by the note" % (where, r["kind"]))
        check(not bad, "%s: values and units appear in the notes" % rel, bad)

    # (a) across files
    seen, bad = {}, []
    names, units = {}, {}
    for r in all_rows:
        k = (r["series"], r["period"], r["kind"], r["base"], r["qualifier"])
        if k in seen:
            bad.append("%s line %d repeats %s line %d: %s" % (r["_file"], r["_line"], seen[k][0], seen[k][1], k))
        seen[k] = (r["_file"], r["_line"])
        if r.get("name"):
            names.setdefault(r["series"], set()).add(r["name"])
        if r["kind"] not in RELATIVE:
            units.setdefault(r["series"], set()).add(split_unit(r["unit"])[1])
    check(not bad, "no two rows state the same figure", bad)
    bad = ["%s: names %s" % (s, sorted(n)) for s, n in names.items() if len(n) > 1]
    bad += ["%s: units %s" % (s, sorted(u)) for s, u in units.items() if len(u) > 1]
    check(not bad, "each series has one name and one unit dimension", bad)

    for name in texts:
        pre = name[:3]
        check(any(p.name.startswith(pre) and p.parent == SEED for p in csvs),
              "seed text %s has a CSV" % name)

    readme = SEED / "README.md"
    rtext = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    missing = sorted({r["series"] for r in all_rows if "`%s`" % r["series"] not in rtext})
    check(readme.is_file() and not missing, "README.md documents every series key", missing)

    # (d) expected table
    check(len(EXPECTED) >= 35, "EXPECTED table has at least 35 rows (%d)" % len(EXPECTED))
    prefixes = {n[:3] for n in texts}
    uncovered = sorted(p for p in prefixes
                       if p not in EXPECTED_EMPTY and not any(e[0] == p for e in EXPECTED))
    check(not uncovered, "EXPECTED covers every seed text", uncovered)
    for pre in sorted(EXPECTED_EMPTY):
        n = len(by_prefix.get(pre, []))
        check(pre in by_prefix and n == 0, "text %s states no dated figure: its CSV has no rows (%d)" % (pre, n))
    for e in EXPECTED:
        pre, series, period, kind, value, unit, qual, base = e
        hits = [r for r in by_prefix.get(pre, [])
                if r["series"] == series and r["period"] == period and r["kind"] == kind
                and parse_value(r["value"]) is not None and same(parse_value(r["value"]), value)
                and r["unit"] == unit and r["qualifier"] == qual and r["base"] == base]
        desc = "expected %s %s %s %s %g %s%s%s" % (pre, series, period, kind, value, unit,
                                                  " " + qual if qual else "",
                                                  " base " + base if base else "")
        near = []
        if len(hits) != 1:
            near = ["csv: %s,%s,%s,%s,%s,%s,%s (%s line %d)" % (
                r["series"], r["period"], r["kind"], r["value"], r["unit"], r["qualifier"],
                r["base"], r["_file"], r["_line"])
                for r in by_prefix.get(pre, []) if r["series"] == series]
            near.insert(0, "%d matching rows" % len(hits))
        check(len(hits) == 1, desc, near)

    # Report: stated multiples and percent changes against the stated levels.
    print("# claims vs the texts' own figures (report only):")
    absolute = {}
    for r in all_rows:
        if r["kind"] not in RELATIVE:
            absolute.setdefault((r["series"], r["period"]), []).append(r)
    for r in all_rows:
        if r["kind"] not in RELATIVE:
            continue
        now = absolute.get((r["series"], r["period"]), [])
        then = absolute.get((r["series"], r["base"]), [])
        stated = parse_value(r["value"])
        if now and then:
            a, b = now[0], then[0]
            scale = {"": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9}
            va = parse_value(a["value"]) * scale[split_unit(a["unit"])[0]]
            vb = parse_value(b["value"]) * scale[split_unit(b["unit"])[0]]
            ratio = va / vb
            got = ratio if r["kind"] == "multiple" else (ratio - 1) * 100
            flag = "" if abs(got - stated) <= 0.05 * max(abs(stated), 1) else "  <-- MISMATCH"
            print("#   %s %s vs %s: stated %s%s %s, figures give %.3g (%s %s / %s %s)%s" % (
                r["series"], r["period"], r["base"], r["qualifier"] + " " if r["qualifier"] else "",
                r["value"], r["unit"], got, a["value"], a["unit"], b["value"], b["unit"], flag))
        else:
            print("#   %s %s vs %s: stated %s %s, no level for %s to check against" % (
                r["series"], r["period"], r["base"], r["value"], r["unit"],
                "either period" if not now and not then else ("the base" if not then else "the period")))

    for r in all_rows:
        if r["kind"] != "plan" or ".." not in r["period"]:
            continue
        a, b = r["period"].split("..")
        start = [x for x in absolute.get((r["series"], a), []) if x["kind"] == "level"]
        end = [x for x in absolute.get((r["series"], b), []) if x["kind"] == "target"]
        if start and end and start[0]["unit"] == r["unit"] == end[0]["unit"]:
            total = parse_value(start[0]["value"]) + parse_value(r["value"])
            want = parse_value(end[0]["value"])
            flag = "" if abs(total - want) <= 0.05 * abs(want) else "  <-- MISMATCH"
            print("#   %s: level %s %s + plan %s %s = %g, target %s %s%s" % (
                r["series"], a, start[0]["value"], r["period"], r["value"], total, b,
                end[0]["value"], flag))

    failed = sum(1 for ok, _, _ in results if not ok)
    print("1..%d" % len(results))
    print("# %d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
