#!/usr/bin/env python3
"""mutate.py: hand-made mutants of the field parsers, each built and run
against the tests, to find behaviour no test pins down.

  python3 tests/mutate/mutate.py [tests/mutate/mutants.tsv] [ID...]

Each line of the mutant list is ID<TAB>FILE<TAB>OLD<TAB>NEW[<TAB>NTH]:
the NTH (default 1) occurrence of the text OLD in FILE becomes NEW
("\u21e5" in OLD or NEW is a tab, "\u23ce" a newline); '#' lines are
comments. For each mutant the file is changed in the working tree,
growthstat and the unit tests below are rebuilt (make -j2), the unit
tests run, then, if all pass, the end-to-end scripts (SQLite only,
stopping at the first failure). The file is put back byte for byte after
each mutant (also on ^C), and the tree rebuilt at the end. Results go to
stdout and are appended to build/mutate.tsv: ID, file, verdict
(killed-unit, killed-cli, survived, stillborn: does not compile,
no-match), what killed it. Run from the top of a tree with no changes
to the mutated files; about 10 s a mutant the unit tests kill, a minute
or two one they do not.
"""
import os
import subprocess
import sys

UNIT = ("test_parse test_cal test_fastnum test_unit_noun test_decimal "
        "test_numtext test_span test_points test_points_rel test_resample "
        "test_ytd test_deflate test_export test_ask test_project "
        "test_retract test_scan test_extract test_growth").split()
# new unit tests of this directory's mutants join the run once they exist
UNIT += sorted(f[:-2] for f in os.listdir("tests/unit")
               if f.startswith("test_mut_") and f.endswith(".c"))
CLI = sorted(f for f in os.listdir("tests/cli")
             if f[:2] in ("00", "01", "02", "03") and f.endswith(".sh"))
CLI += sorted(f for f in os.listdir("tests/cli")
              if f[:3] in ("161", "212", "213", "214", "215", "216", "217",
                           "218", "219") and f.endswith(".sh"))


def unescape(s):
    return s.replace("\u23ce", "\n").replace("\u21e5", "\t")


def load(path, ids):
    muts = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        nth = int(f[4]) if len(f) > 4 else 1
        m = (f[0], f[1], unescape(f[2]), unescape(f[3]), nth)
        if not ids or m[0] in ids:
            muts.append(m)
    return muts


def apply(text, old, new, nth):
    at = -1
    for _ in range(nth):
        at = text.find(old, at + 1)
        if at < 0:
            return None
    return text[:at] + new + text[at + len(old):]


def build():
    targets = ["growthstat"] + ["build/rel/tests/" + t for t in UNIT]
    r = subprocess.run(["make", "-j2"] + targets, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    return r.returncode == 0


def run_tests():
    env = dict(os.environ, GS=os.path.abspath("growthstat"),
               GS_TOP=os.getcwd(), GS_BACKEND="sqlite")
    for t in UNIT:
        r = subprocess.run(["build/rel/tests/" + t], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=300)
        if r.returncode != 0:
            return "killed-unit", t
    for s in CLI:
        r = subprocess.run(["sh", "tests/cli/" + s], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=600)
        if r.returncode != 0 or b"\nnot ok" in b"\n" + r.stdout:
            return "killed-cli", s
    return "survived", ""


def one(m):
    mid, path, old, new, nth = m
    orig = open(path, "rb").read()
    text = apply(orig.decode("utf-8"), old, new, nth)
    if text is None:
        return "no-match", ""
    try:
        open(path, "wb").write(text.encode("utf-8"))
        if not build():
            return "stillborn", ""
        return run_tests()
    finally:
        open(path, "wb").write(orig)


def main():
    args = sys.argv[1:]
    path = "tests/mutate/mutants.tsv"
    if args and args[0].endswith(".tsv"):
        path = args.pop(0)
    out = open("build/mutate.tsv", "a", encoding="utf-8")
    try:
        for m in load(path, set(args)):
            verdict, by = one(m)
            line = "%s\t%s\t%s\t%s" % (m[0], m[1], verdict, by)
            print(line, flush=True)
            out.write(line + "\n")
            out.flush()
    finally:
        build()


if __name__ == "__main__":
    main()
