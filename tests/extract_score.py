#!/usr/bin/env python3
"""extract_score.py: score `growthstat extract` against a curated answer key.

    python3 tests/extract_score.py [--gs BINARY] [--verbose] [DIR ...]

Each DIR holds answer keys as canonical CSV files; the text of
NNN_name.csv is texts/NNN_*.txt (seed layout) or NNN_name.txt beside it.
By default three groups are scored: the seed texts (scripts/seed), texts
written for the extractor (tests/extract), and held-out texts written after
the rules were last changed and never tuned on (tests/extract/holdout,
reported but not enforced). With --eval (make extract-eval) every folder
under tests/extract/corpus/ is scored too, by its name: one whose name
starts with "holdout" is reported as held out. For each pair it runs

    growthstat extract TEXT --as-of AS_OF

(AS_OF from the key's as_of column, the date the source was published; a
key with no rows runs without it) and compares the candidates with the key:

  recall     key figures found: a candidate with the same value normalised
             to the base unit, the same unit dimension and the same period
  precision  candidates that are real figures: they match a key row the
             same way
  loose      precision on value and dimension alone (the period wrong)

Periods match when equal, or when both are single periods (not ranges) and
one contains the other: "2025-10" is within "2025". Values and dimensions
come from growthstat itself: both CSV files are ingested into scratch
databases, so unit_parse() decides the dimension on both sides (each
candidate row gets a series key of its own, and a placeholder base when a
multiple lacks one). Relative kinds compare as "ratio" (multiples) and
"percent" (percent changes).

With --eval, a folder tests/extract/agreement/NAME_b/ (a second person's
keys of corpus/NAME's texts, written without reading the first keys) is
compared with corpus/NAME/ by the same match: how far two annotators agree
bounds what extract can be asked for.

Prints TAP lines ("ok - ..." / "not ok - ..."), with --verbose the misses
and false positives as "#" comments, and fails when an enforced text or
group (the seed texts and the own texts, which the rules were tuned on) is
under recall >= 90 %, precision >= 75 % (the floor that guards the tuned
texts against regressions). Held-out folders (corpus/holdout*)
are never enforced; they are reported against issue 16's targets for text
extract has not seen, recall >= 90 %, precision >= 85 %, printed beside
their figures.
Standard library only (python3 >= 3.8).
"""

import csv
import glob
import io
import os
import sqlite3
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECALL_TARGET = 0.90
PRECISION_TARGET = 0.75
# Issue 16: on held-out text (corpus/holdout*), reported, not enforced.
HELD_OUT_TARGETS = (0.90, 0.85)


KEY_HEADER = ["series", "period", "kind", "value", "unit", "qualifier",
              "base", "as_of", "source", "note"]


def read_csv(path):
    """A key's rows. A header that lacks a canonical column is refused:
    a misnamed column (a key once named its unit column after the unit)
    would read every row without it, and score a key that cannot match.
    Further columns (the seed keys' "name") are allowed."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        r = csv.DictReader(f)
        rows = list(r)
        missing = [c for c in KEY_HEADER if c not in (r.fieldnames or [])]
        if missing:
            sys.exit("%s: the header lacks the column%s %s (it is %s)" % (
                path, "s" if len(missing) > 1 else "", ", ".join(missing),
                ",".join(r.fieldnames or [])))
        return rows


def pairs(dirs):
    """(key csv, text) pairs from the given directories."""
    out = []
    for d in dirs:
        for key in sorted(glob.glob(os.path.join(d, "*.csv"))):
            stem = os.path.basename(key)[:-4]
            prefix = stem.split("_")[0]
            beside = os.path.join(d, stem + ".txt")
            if os.path.exists(beside):
                out.append((key, beside))
                continue
            texts = sorted(glob.glob(os.path.join(d, "texts", prefix + "_*.txt")))
            if len(texts) == 1:
                out.append((key, texts[0]))
    return out


def ingest(gs, rows, header, tmp, name):
    """Ingest rows into a fresh database; {series: [observation, ...]}."""
    db = os.path.join(tmp, name + ".db")
    src = os.path.join(tmp, name + ".csv")
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    env = dict(os.environ, GROWTHSTAT_DB=db)
    subprocess.run([gs, "ingest", "--skip-bad", src], env=env,
                   capture_output=True, check=False)
    obs = {}
    if not os.path.exists(db):
        return obs
    con = sqlite3.connect(db)
    q = ("SELECT series, kind, period_start, period_end, period_prec, value,"
         " dimension, qualifier FROM v_observations")
    for series, kind, p0, p1, prec, value, dim, qual in con.execute(q):
        if kind == "multiple":
            dim = "ratio"
        elif kind == "percent":
            dim = "percent"
        obs.setdefault(series, []).append((value, dim, p0, p1, prec,
                                           qual or ""))
    con.close()
    return obs


def unit_of(ymd, prec):
    if prec == "year":
        return ymd // 10000
    if prec in ("month", "quarter", "half"):
        return ymd // 100 if prec == "month" else ymd // 10000 * 10 + (
            (ymd // 100 % 100 - 1) // (3 if prec == "quarter" else 6))
    return ymd


def is_point(p0, p1, prec):
    return unit_of(p0, prec) == unit_of(p1, prec)


def same_period(a, b):
    if a[0] == b[0] and a[1] == b[1]:
        return True
    if not (is_point(a[0], a[1], a[2]) and is_point(b[0], b[1], b[2])):
        return False
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def close(x, y):
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y)) or abs(x - y) <= 1e-12


def match(c, k, period=True):
    """Value, dimension and qualifier; with period, the period too."""
    return (close(c[0], k[0]) and c[1] == k[1] and c[5] == k[5] and
            (not period or same_period(c[2:5], k[2:5])))


def near(k, cobs):
    """Why a key figure was missed: a candidate with its value, dimension
    and qualifier but another period, or none at all."""
    periods = ["%d..%d" % (o[2], o[3]) for _, o in cobs
               if match(o, k, False)]
    if periods:
        return " (found as %s: period)" % ", ".join(periods)
    if any(close(o[0], k[0]) and o[1] == k[1] for _, o in cobs):
        return " (found with another qualifier)"
    if any(close(o[0], k[0]) for _, o in cobs):
        return " (found with another unit)"
    return " (not found)"


def score_one(gs, key, text, tmp, verbose, use_as_of=True):
    rows = read_csv(key)
    as_of = rows[0]["as_of"] if rows and use_as_of else None
    cmd = [gs, "extract", text] + (["--as-of", as_of] if as_of else [])
    run = subprocess.run(cmd, capture_output=True, check=False)
    name = os.path.basename(text)
    if run.returncode != 0:
        print("not ok - %s: extract exited %d: %s" % (
            name, run.returncode, run.stderr.decode(errors="replace").strip()))
        return None
    cands = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))))
    header = ["series", "period", "kind", "value", "unit", "qualifier",
              "base", "as_of", "source", "note"]
    for i, c in enumerate(cands):
        c["series"] = "cand.%04d" % i
        if not c["period"]:
            c["period"] = "1900"
        if c["kind"] in ("multiple", "percent") and not c["base"]:
            c["base"] = "1900"
    ref = ingest(gs, rows, header, tmp, "ref") if rows else {}
    got = ingest(gs, cands, header, tmp, "cand")
    keys = []
    for series, obs in ref.items():
        for o in obs:
            keys.append((series, o))
    cobs = []
    for i, c in enumerate(cands):
        for o in got.get("cand.%04d" % i, []):
            cobs.append((c, o))
    unread = len(cands) - len(cobs)
    found = [k for k in keys if any(match(o, k[1]) for _, o in cobs)]
    real = [c for c in cobs if any(match(c[1], k[1]) for k in keys)]
    loose = [c for c in cobs if any(match(c[1], k[1], False) for k in keys)]
    missed = [k for k in keys if k not in found]
    false = [c for c in cobs if c not in real]
    res = {"name": name, "keys": len(keys), "found": len(found),
           "cands": len(cands), "real": len(real), "loose": len(loose)}
    for series, o in missed if verbose else []:
        print("#   missed %s: %g %s %s %d..%d%s" % (series, o[0], o[1], o[5],
                                                o[2], o[3], near(o, cobs)))
    for c, o in false if verbose else []:
        why = " [period]" if any(c is l[0] for l in loose) else ""
        print("#   not in the key%s: %s %s %s %s %s (%s)" % (
            why, c["period"], c["kind"], c["value"], c["unit"],
            c["qualifier"], c["note"][:70]))
    if unread:
        print("#   %d candidate rows were refused by ingest" % unread)
    return res


def pct(a, b):
    return "%d/%d = %.1f %%" % (a, b, 100.0 * a / b) if b else "n/a"


def verdict(ok, text):
    print(("ok - " if ok else "not ok - ") + text)
    return ok


def score_group(gs, dirs, verbose, enforce, label, use_as_of=True,
                table=None, targets=None):
    """Score the pairs of dirs; TAP verdicts when enforce, else comments.

    use_as_of=False runs extract as an analyst runs a fresh release, with
    no --as-of: undated figures must take the text's own date line. When
    table is a list, the group's totals are appended to it. targets
    (recall, precision) replaces the enforced targets in the report and
    prints them beside the figures (held-out folders, issue 16)."""
    good = True
    tot = {"keys": 0, "found": 0, "cands": 0, "real": 0, "loose": 0}
    rt, pt = targets or (RECALL_TARGET, PRECISION_TARGET)

    def say(ok, text, target):
        if enforce:
            return verdict(ok, text)
        print("# %s: %s%s%s" % (label, text,
                                " (target %d %%)" % round(target * 100)
                                if targets else "",
                                "" if ok else " (under target)"))
        return True

    for key, text in pairs(dirs):
        with tempfile.TemporaryDirectory() as tmp:
            r = score_one(gs, key, text, tmp, verbose, use_as_of)
        if r is None:
            good = False
            continue
        for k in tot:
            tot[k] += r[k]
        print("# %s: %d key figures, %d candidates; recall %s, precision %s"
              ", loose precision %s" % (r["name"], r["keys"], r["cands"],
                                        pct(r["found"], r["keys"]),
                                        pct(r["real"], r["cands"]),
                                        pct(r["loose"], r["cands"])))
        if r["keys"]:
            good &= say(r["found"] >= rt * r["keys"],
                        "%s recall %s" % (r["name"],
                                          pct(r["found"], r["keys"])), rt)
        if r["cands"]:
            good &= say(r["real"] >= pt * r["cands"],
                        "%s precision %s" % (r["name"],
                                             pct(r["real"], r["cands"])), pt)
        elif enforce:
            verdict(True, "%s: no candidates" % r["name"])
    if table is not None:
        table.append((label, tot, targets))
    good &= say(tot["found"] >= rt * tot["keys"],
                "%s recall %s" % (label, pct(tot["found"], tot["keys"])), rt)
    good &= say(tot["real"] >= pt * tot["cands"],
                "%s precision %s (loose %s)" % (
                    label, pct(tot["real"], tot["cands"]),
                    pct(tot["loose"], tot["cands"])), pt)
    return good


def main(argv):
    gs = os.environ.get("GS", os.path.join(TOP, "growthstat"))
    verbose = False
    evaluate = False
    dirs = []
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--gs":
            gs = args.pop(0)
        elif a in ("-v", "--verbose"):
            verbose = True
        elif a == "--eval":
            evaluate = True
            verbose = True
        else:
            dirs.append(a)
    print("# targets: recall >= %d %%, precision >= %d %%" % (
        RECALL_TARGET * 100, PRECISION_TARGET * 100))
    if dirs:
        return 0 if score_group(gs, dirs, verbose, True, "overall") else 1
    if evaluate:
        return evaluate_all(gs)
    good = score_group(gs, [os.path.join(TOP, "scripts", "seed")], verbose,
                       True, "seed texts")
    good &= score_group(gs, [os.path.join(TOP, "tests", "extract")], verbose,
                        True, "own texts")
    # Texts written after the rules were last changed and never tuned on:
    # how extract does on text it has not seen. Reported, not enforced.
    score_group(gs, [os.path.join(TOP, "tests", "extract", "holdout")],
                verbose, False, "holdout")
    return 0 if good else 1


def corpus_groups(root):
    """Every folder under tests/extract/corpus/, by its name: "corpus dev",
    "held out holdout2" (a name that starts with "holdout" is held out),
    so a new folder is scored without an edit. Run without --as-of."""
    out = []
    for name in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        path = os.path.join(root, name)
        if not os.path.isdir(path) or name.startswith("."):
            continue
        held = name.startswith("holdout")
        label = ("held out " if held else "corpus ") + name
        out.append((label, [path], False,
                    HELD_OUT_TARGETS if held else None))
    return out


def observations(gs, rows, tmp, name):
    """The rows of a key as (series, observation) pairs, via ingest."""
    header = ["series", "period", "kind", "value", "unit", "qualifier",
              "base", "as_of", "source", "note"]
    got = ingest(gs, rows, header, tmp, name) if rows else {}
    return [(series, o) for series, obs in got.items() for o in obs]


def agree_one(gs, key_a, key_b, tmp, verbose):
    """Two people's keys of one text, compared as a key and candidates are:
    how many of A's figures B keyed the same way, and of B's rows how many
    A has; loose ignores the period."""
    a = observations(gs, read_csv(key_a), tmp, "a")
    b = observations(gs, read_csv(key_b), tmp, "b")
    found = [k for k in a if any(match(o, k[1]) for _, o in b)]
    real = [o for o in b if any(match(o[1], k[1]) for k in a)]
    loose = [o for o in b if any(match(o[1], k[1], False) for k in a)]
    for series, o in [k for k in a if k not in found] if verbose else []:
        print("#   only A (or another way): %s: %g %s %s %d..%d%s" % (
            series, o[0], o[1], o[5], o[2], o[3], near(o, b)))
    return {"name": os.path.basename(key_a), "keys": len(a),
            "found": len(found), "cands": len(b), "real": len(real),
            "loose": len(loose)}


def agreement(gs, table):
    """tests/extract/agreement/NAME_b/ holds a second person's keys of the
    texts of corpus/NAME/, written without reading the first keys: how far
    two careful annotators agree under the same exact match bounds what
    the extractor can be asked for."""
    root = os.path.join(TOP, "tests", "extract", "agreement")
    corpus = os.path.join(TOP, "tests", "extract", "corpus")
    names = sorted(os.listdir(root)) if os.path.isdir(root) else []
    for name in [n for n in names if n.endswith("_b")]:
        first = os.path.join(corpus, name[:-2])
        tot = {"keys": 0, "found": 0, "cands": 0, "real": 0, "loose": 0}
        label = "agreement " + name[:-2]
        print("# == %s: second keys (B) against the first (A)" % label)
        for key_b in sorted(glob.glob(os.path.join(root, name, "*.csv"))):
            key_a = os.path.join(first, os.path.basename(key_b))
            if not os.path.exists(key_a):
                continue
            with tempfile.TemporaryDirectory() as tmp:
                r = agree_one(gs, key_a, key_b, tmp, True)
            for k in tot:
                tot[k] += r[k]
        print("# %s: B has %s of A's figures; %s of B's rows are A's "
              "(loose %s)" % (label, pct(tot["found"], tot["keys"]),
                              pct(tot["real"], tot["cands"]),
                              pct(tot["loose"], tot["cands"])))
        table.append((label, tot, None))


def evaluate_all(gs):
    """make extract-eval: every group reported, with every miss and false
    candidate, then one table. Nothing is enforced here (make check
    enforces the seed and own texts through tests/cli/070-extract.sh)."""
    ext = os.path.join(TOP, "tests", "extract")
    table = []
    groups = [("seed texts", [os.path.join(TOP, "scripts", "seed")], True,
               None),
              ("own texts", [ext], True, None),
              ("own holdout", [os.path.join(ext, "holdout")], True, None)]
    groups += corpus_groups(os.path.join(ext, "corpus"))
    for label, dirs, use_as_of, targets in groups:
        print("# == %s%s" % (label, "" if use_as_of else " (no --as-of)"))
        score_group(gs, dirs, True, False, label, use_as_of, table, targets)
    agreement(gs, table)
    print("#")
    print("# %-20s %7s %7s  %-22s %-22s %s" % ("group", "figures", "cands",
                                                "recall", "precision",
                                                "target (issue 16)"))
    for label, t, targets in table:
        print("# %-20s %7d %7d  %-22s %-22s %s" % (
            label, t["keys"], t["cands"], pct(t["found"], t["keys"]),
            pct(t["real"], t["cands"]),
            "%d %% / %d %%" % (round(targets[0] * 100),
                               round(targets[1] * 100)) if targets else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
