#!/usr/bin/env python3
"""train_period.py: a learned period chooser for extract, measured by
leaving one writer out (issue 16, round sixteen).

    python3 tests/extract/train_period.py [--gs BIN] [--xfeat BIN]
            [--cache FILE] [--final]

For every text of tests/extract/corpus/ (one folder is one writer) it runs
`growthstat extract` as `make extract-eval` does (no --as-of) and
build/rel/xfeat, which prints every period the text offers each candidate
(its "alternatives", the rules' choice first) with the features of
collector/extract/xlearn.h. Each alternative is ingested the way
tests/extract_score.py ingests a candidate, so growthstat itself decides
its value in base units, dimension and period.

Labels come from the hand-written keys only: an alternative is right when
it matches a key row by the scorer's own match() (value, dimension,
qualifier and period). A candidate whose alternatives match no key row
teaches nothing and is left out of training.

The model: a linear score per alternative, w . x, where x is the 41
features, then the candidate's features (CAND) and those of the rules'
choice (RULES) crossed with a few of the alternative's (ALT); softmax
over a candidate's alternatives, the log-probability of the right ones
maximised with an L2 penalty, by AdaGrad in a fixed order
(deterministic). Choice: the alternative of highest score, the rules'
unless another beats it by MARGIN.

The result of round sixteen (tests/extract/train_period.md): the model
gains 26 of 7841 figures leaving one folder out, nothing on
old_holdout23/24, and loses 14 figures of the seed texts; it is not in
the growthstat binary.

Measured leave-one-folder-out: for each folder, trained on all others
(old_holdout23/ and old_holdout24/ never, until --final) and scored on it
by the real scorer's rules (recall found/keys, precision real/cands), rules
alone against rules + model; then the seed texts (with --as-of, trained
on every corpus folder but the two) and, with --final, old_holdout23/24
trained without them. Standard library only.
"""

import csv
import io
import math
import os
import pickle
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from extract_score import (KEY_HEADER, TOP, ingest, match, pairs,  # noqa
                           read_csv)

CORPUS = os.path.join(HERE, "corpus")
# Never trained on, never looked at while designing the features: the
# final measure of the model (--final).
HELD = ("old_holdout23", "old_holdout24")

NBASE = 41
# Candidate features (xlearn.h XF_C_*, XF_W_*), and those of the rules'
# own choice (its alternative 0: same sentence, date line, day, months so
# far, year, span, past, same year, future) ...
CAND = list(range(28, 41))
RULES = [1, 5, 11, 14, 15, 16, 17, 18, 19]
# ... each crossed with these of the alternative: rules' choice, same
# sentence, date line, day, months so far, year, span, past, same year,
# future, since, by, the as-of day.
ALT = [0, 1, 5, 11, 14, 15, 16, 17, 18, 19, 22, 23, 27]
# xlearn.h's names, for the printed weights
NAMES = ("rules", "same", "prev", "lead", "head", "dateline", "derived",
         "dsent", "dword", "before", "after", "day", "month", "q/h",
         "so_far", "year", "span", "past", "same_year", "future", "point",
         "range", "since", "by", "base", "other_role", "asof_year",
         "asof_day", "c_stock", "c_flow", "c_plan", "c_rel", "c_future",
         "c_past", "c_now", "c_since", "c_by", "w_asof", "w_earlier",
         "w_horizon", "w_table")
NCROSS = len(CAND) + len(RULES)
NFEAT = NBASE + NCROSS * len(ALT)
L2 = 1e-3
EPOCHS = 12
RATE = 0.3
# The rules' choice stands unless another scores this much more: the
# margin (in log-odds), one number, chosen on the leave-one-folder-out
# table (MARGINS, all printed) before the held-out folders were read.
MARGIN = 1.0
MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0)


def features(f, f0):
    """The sparse vector {index: value} of an alternative's features f,
    f0 those of the candidate's alternative 0 (the rules' choice)."""
    x = {i: v for i, v in enumerate(f) if v}
    given = [f[c] for c in CAND] + [f0[r] for r in RULES]
    for a, c in enumerate(given):
        if not c:
            continue
        for b, t in enumerate(ALT):
            if f[t]:
                x[NBASE + a * len(ALT) + b] = c * f[t]
    return x


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, check=False)
    if r.returncode != 0:
        return None
    return r.stdout.decode("utf-8")


def collect(gs, xfeat, key, text, use_as_of):
    """One text: its key observations and, per candidate, its
    alternatives as (features, [observation, ...])."""
    rows = read_csv(key)
    as_of = rows[0]["as_of"] if rows and use_as_of else None
    out = run([gs, "extract", text] + (["--as-of", as_of] if as_of else []))
    dump = run([xfeat, text] + ([as_of.replace("-", "")] if as_of else []))
    if out is None or dump is None:
        return None
    cands = list(csv.DictReader(io.StringIO(out)))
    alts = [[] for _ in cands]
    for r in csv.DictReader(io.StringIO(dump)):
        i = int(r["cand"])
        if i < len(alts):
            alts[i].append((r["period"], [float(r["f%d" % k])
                                          for k in range(NBASE)]))
    # extract's rows give value, unit, kind, qualifier and base; the
    # periods are xfeat's (its alternative 0 is the rules' choice, before
    # any model in the binary changes it)
    bad = 0
    for i, c in enumerate(cands):
        if not alts[i]:
            bad += 1  # no dump for it: the row's period alone
            alts[i] = [(c["period"], [1.0] + [0.0] * (NBASE - 1))]
    sent = []
    for i, c in enumerate(cands):
        for j, (per, _) in enumerate(alts[i]):
            r = dict(c)
            r["series"] = "cand.%04d.%02d" % (i, j)
            r["period"] = per or "1900"
            if r["kind"] in ("multiple", "percent") and not r["base"]:
                r["base"] = "1900"
            sent.append(r)
    for k, r in enumerate(rows):
        r = dict(r)
        r["series"] = "key.%04d.%s" % (k, r["series"])
        sent.append(r)
    with tempfile.TemporaryDirectory() as tmp:
        obs = ingest(gs, sent, KEY_HEADER, tmp, "all")
    keys = [o for s, v in sorted(obs.items()) if s.startswith("key.")
            for o in v]
    cs = []
    for i in range(len(cands)):
        cs.append([(f, obs.get("cand.%04d.%02d" % (i, j), []))
                   for j, (_, f) in enumerate(alts[i])])
    return {"name": os.path.basename(text), "keys": keys, "cands": cs,
            "bad": bad}


def folders(final):
    names = sorted(n for n in os.listdir(CORPUS)
                   if os.path.isdir(os.path.join(CORPUS, n)))
    return [n for n in names if final or n not in HELD]


def gather(gs, xfeat, cache, final):
    data = {}
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            data = pickle.load(f)
    groups = [(n, [os.path.join(CORPUS, n)], False) for n in folders(final)]
    groups.append(("seed texts", [os.path.join(TOP, "scripts", "seed")],
                   True))
    groups.append(("own texts", [HERE], True))
    for name, dirs, use_as_of in groups:
        if name in data:
            continue
        texts = []
        for key, text in pairs(dirs):
            t = collect(gs, xfeat, key, text, use_as_of)
            if t is not None:
                texts.append(t)
        data[name] = texts
        print("# read %s: %d texts" % (name, len(texts)), file=sys.stderr)
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(data, f)
    return data


def positives(keys, alts):
    """The alternatives that match a key row by the scorer's rules."""
    return [j for j, (_, obs) in enumerate(alts)
            if any(match(o, k) for o in obs for k in keys)]


def prepare(data):
    """Each alternative's features as the model's sparse vector, once;
    each candidate's right alternatives."""
    for texts in data.values():
        for t in texts:
            t["x"] = [[features(f, alts[0][0]) for f, _ in alts]
                      for alts in t["cands"]]
            t["pos"] = [positives(t["keys"], alts) for alts in t["cands"]]


def examples(texts):
    """Training examples: (alternatives' sparse vectors, right ones) of
    the candidates with a right alternative and a choice to make."""
    return [(xs, pos) for t in texts for xs, pos in zip(t["x"], t["pos"])
            if pos and len(xs) > 1]


def softmax(scores):
    m = max(scores)
    e = [math.exp(s - m) for s in scores]
    z = sum(e)
    return [v / z for v in e]


def train(ex):
    """AdaGrad on the softmax loss with L2, examples in their fixed order."""
    w = [0.0] * NFEAT
    g2 = [1e-8] * NFEAT
    for _ in range(EPOCHS):
        for xs, pos in ex:
            p = softmax([sum(w[i] * v for i, v in x.items()) for x in xs])
            pp = sum(p[j] for j in pos)
            grad = {}
            for j, x in enumerate(xs):
                # d(-log sum_pos p)/ds_j = p_j - [j in pos] p_j / pp
                c = p[j] - (p[j] / pp if j in pos else 0.0)
                if c == 0.0:
                    continue
                for i, v in x.items():
                    grad[i] = grad.get(i, 0.0) + c * v
            for i, gi in grad.items():
                gi += L2 * w[i]
                g2[i] += gi * gi
                w[i] -= RATE * gi / math.sqrt(g2[i])
    return w


def choose(w, xs, margin=0.0):
    """The index of the chosen alternative: the highest score, the rules'
    (0) on a tie; another than the rules' only when it scores margin more
    than theirs. As in C, whether ingest reads it is not known."""
    best, top = 0, None
    for j, x in enumerate(xs):
        s = sum(w[i] * v for i, v in x.items())
        if j == 0:
            s += margin
        if top is None or s > top + 1e-12:
            best, top = j, s
    return best


def score(texts, w, margin=MARGIN):
    """found, keys, real, cands by the scorer's rules; w None: the rules."""
    tot = [0, 0, 0, 0]
    for t in texts:
        cobs = []
        for xs, alts in zip(t["x"], t["cands"]):
            j = 0 if w is None else choose(w, xs, margin)
            cobs.append(alts[j][1])
        keys = t["keys"]
        found = sum(1 for k in keys if any(match(o, k) for obs in cobs
                                           for o in obs))
        real = sum(1 for obs in cobs for o in obs
                   if any(match(o, k) for k in keys))
        for i, v in enumerate((found, len(keys), real, len(t["cands"]))):
            tot[i] += v
    return tot


def switched(texts, w, margin=MARGIN):
    """Of the candidates whose value, unit and qualifier a key has (loose),
    [right, n] where the model moved the period, and where the rules'
    choice came from the figure's own sentence (XF_SRC_SAME) and stayed."""
    moved, same = [0, 0], [0, 0]
    for t in texts:
        for xs, alts in zip(t["x"], t["cands"]):
            if not any(match(o, k, False) for _, obs in alts for o in obs
                       for k in t["keys"]):
                continue
            j = choose(w, xs, margin)
            right = any(match(o, k) for o in alts[j][1] for k in t["keys"])
            c = moved if j else same if alts[0][0][1] else None
            if c is not None:
                c[0] += right
                c[1] += 1
    return moved, same


def pct(a, b):
    return "%d/%d = %5.1f %%" % (a, b, 100.0 * a / b) if b else "n/a"


def row(label, r, m):
    print("%-16s %-22s %-22s %-22s %-22s %+4d" % (
        label, pct(r[0], r[1]), pct(m[0], m[1]), pct(r[2], r[3]),
        pct(m[2], m[3]), m[0] - r[0]))


def header():
    print("%-16s %-22s %-22s %-22s %-22s %4s" % (
        "folder", "recall rules", "recall model", "precision rules",
        "precision model", "gain"))


def lofo(data, names):
    """Leave one folder out: the table and its totals."""
    header()
    tr, tm = [0] * 4, [0] * 4
    gains = {m: [] for m in MARGINS}
    moved, same = [0, 0], [0, 0]
    for n in names:
        others = [t for o in names if o != n for t in data[o]]
        w = train(examples(others))
        r, m = score(data[n], None), score(data[n], w)
        row(n, r, m)
        tr = [a + b for a, b in zip(tr, r)]
        tm = [a + b for a, b in zip(tm, m)]
        mv, sm = switched(data[n], w)
        moved = [a + b for a, b in zip(moved, mv)]
        same = [a + b for a, b in zip(same, sm)]
        for g in MARGINS:
            o = score(data[n], w, g)
            gains[g].append((o[0] - r[0], o[2] - r[2]))
    row("total", tr, tm)
    rate = (moved[0] + 1.0) / (moved[1] + 2)
    base = (same[0] + 1.0) / (same[1] + 2)
    print("# periods the model moved (left out): %d/%d right (%.1f %%); "
          "the rules' own-sentence periods: %d/%d (%.1f %%)" % (
              moved[0], moved[1], 100 * rate, same[0], same[1], 100 * base))
    for g in MARGINS:
        print("# margin %.1f: recall %+d, precision %+d figures; worst "
              "folder %+d" % (g, sum(a for a, _ in gains[g]),
                              sum(b for _, b in gains[g]),
                              min(min(a, b) for a, b in gains[g])))


def name(i):
    """The feature or cross behind weight i."""
    if i < NBASE:
        return NAMES[i]
    a, b = divmod(i - NBASE, len(ALT))
    c = ("rules_" + NAMES[RULES[a - len(CAND)]] if a >= len(CAND)
         else NAMES[CAND[a]])
    return "%s x %s" % (c, NAMES[ALT[b]])


def show_weights(w, n=20):
    print("# the %d largest weights (trained on every folder but %s):" % (
        n, " and ".join(HELD)))
    for i in sorted(range(NFEAT), key=lambda i: (-abs(w[i]), i))[:n]:
        print("#   %+7.3f  %s" % (w[i], name(i)))


def main(argv):
    gs = os.path.join(TOP, "growthstat")
    xfeat = os.path.join(TOP, "build", "rel", "xfeat")
    cache, final = None, False
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--gs":
            gs = args.pop(0)
        elif a == "--xfeat":
            xfeat = args.pop(0)
        elif a == "--cache":
            cache = args.pop(0)
        elif a == "--final":
            final = True
        else:
            sys.exit("usage: train_period.py [--gs BIN] [--xfeat BIN] "
                     "[--cache FILE] [--final]")
    data = gather(gs, xfeat, cache, final)
    prepare(data)
    names = [n for n in folders(False)]
    print("# leave one folder out (%d folders; %s never trained on)" % (
        len(names), " and ".join(HELD)))
    lofo(data, names)
    w = train(examples([t for n in names for t in data[n]]))
    print("# trained on every folder but %s:" % " and ".join(HELD))
    header()
    for g in ("seed texts", "own texts") + (HELD if final else ()):
        row(g, score(data[g], None), score(data[g], w))
    for g in MARGINS:
        print("# margin %.1f: %s" % (g, "; ".join(
            "%s %d/%d %d/%d" % ((n,) + tuple(score(data[n], w, g)))
            for n in ("seed texts", "own texts") + (HELD if final else ()))))
    show_weights(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
