#!/usr/bin/env python3
"""diff.py: the differential test of issue 20 ("one answer on every path").

For each seed, gen.py writes a random workload; its files are ingested
into a fresh SQLite database and, given --pg, into a fresh database on a
PostgreSQL server; then every read command runs on both, and

  - backends: every exit code, stdout, stderr, reject file and chart
    script must be byte-identical between SQLite and PostgreSQL;
  - fast paths, on each backend: `project --all` gives each series the
    projection `project KEY` gives (a series it cannot project: KEY's
    error as the note, and KEY's warnings on --all's stderr too); `check` and `implied` without keys
    (the all-series scans) give the rows of `check KEY` / `implied KEY`
    for every key, with and without --as-of;
  - re-ingest: loading every file again adds nothing ("0 new").

What legitimately differs by backend is normalised, and only that: the
database's name (a file path or a postgresql:// URI) wherever a message
prints it is replaced by <DB>. Nothing prints timings in these commands
(-v summaries have none; no progress line without a terminal), so no
other normalisation is done.

    python3 diff.py --gs BIN --seeds FROM:COUNT [--pg URI] [--quick] WORKDIR

Prints TAP lines ("ok - ..." / "not ok - ...") and a closing comment
with the counts: workloads, rows, files, paired commands.
"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

FMTS = ["csv", "json"]


class Backend:
    """One database and the outputs of every command run on it."""

    def __init__(self, name, db, cwd, gs):
        self.name, self.db, self.cwd, self.gs = name, db, cwd, gs
        self.results = {}   # label -> (rc, stdout, stderr, extra)
        self.order = []
        self.bad_rejects = []  # reject lines without their record

    def run(self, label, args, extra=None):
        env = dict(os.environ, GROWTHSTAT_DB=self.db, LC_ALL="C.UTF-8",
                   TZ="UTC")
        env.pop("GROWTHSTAT_APPROX_TOLERANCE", None)
        p = subprocess.run([self.gs] + args, cwd=self.cwd, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True)
        more = b""
        if extra:  # a file the command wrote: part of its output
            path = os.path.join(self.cwd, extra)
            if os.path.exists(path):
                with open(path, "rb") as f:
                    more = f.read()
                os.unlink(path)
        res = (p.returncode, self.norm(p.stdout), self.norm(p.stderr),
               self.norm(more))
        if label in self.results:
            label = "%s #%d" % (label, len(self.order))
        self.results[label] = res
        self.order.append(label)
        return res

    def norm(self, b):
        """The database's name is the one thing that differs by backend."""
        return b.replace(self.db.encode(), b"<DB>")


def pg_create(uri, name):
    subprocess.run(["psql", "-X", "-q", uri, "-c",
                    "CREATE DATABASE %s" % name], check=True,
                   capture_output=True)
    return uri.rsplit("/", 1)[0] + "/" + name


def pg_drop(uri, name):
    subprocess.run(["psql", "-X", "-q", uri, "-c",
                    "DROP DATABASE IF EXISTS %s WITH (FORCE)" % name],
                   capture_output=True)


def ingest_all(b, plan, tag):
    """Every file of the plan, in order; a bad file is refused, then
    loaded with --skip-bad. Returns the summary lines."""
    lines = []
    for f in plan["files"]:
        path = os.path.join("..", "files", f["name"])
        args = ["-v", "ingest"] + f["opts"]
        if f["bad"]:
            b.run("%s %s (refused)" % (tag, f["name"]), args + [path])
            args = args + ["--skip-bad", "--rejects", "rej.csv"]
        rc, out, err, rej = b.run("%s %s" % (tag, f["name"]), args + [path],
                                  extra="rej.csv" if f["bad"] else None)
        lines.append((f["name"], rc, out.decode("utf-8", "replace")))
        rows = csv_rows(rej)
        width = len(rows[0]) if rows else 0
        for r in rows[1:]:
            # the input's columns, then the reason (rejects.h)
            if len(r) < width or r[-1] == "" or not any(r[:-1]):
                b.bad_rejects.append("%s: %r" % (f["name"], r))
    return lines


def read_commands(plan, quick):
    """(label, args, extra file) for every read command of a workload."""
    cmds = []

    def add(args, extra=None):
        cmds.append((" ".join(args), args, extra))

    for fmt in FMTS + ["table"]:
        add(["series", "--format", fmt])
        add(["sources", "--format", fmt])
    for g in plan["globs"][: 5 if quick else None]:
        add(["series", g, "--format", "csv"])
        add(["project", "--all", g, "--to", "2030", "--format", "csv"])
    dates = plan["dates"][: 1 if quick else None]
    tr = plan["transforms"]
    if quick:
        k = plan["seed"] % len(tr)
        tr = (tr + tr)[k:k + 3]
    for fmt in FMTS:
        add(["implied", "--format", fmt])
        add(["check", "--format", fmt])
        for m in ["cagr", "linear", "loglinear"]:
            add(["project", "--all", "--to", "2030", "--method", m,
                 "--format", fmt])
    for d in dates:
        add(["check", "--as-of", d, "--format", "csv"])
        add(["implied", "--as-of", d, "--format", "csv"])
        add(["project", "--all", "--to", "2030", "--as-of", d,
             "--format", "csv"])
    for i, key in enumerate(plan["keys"]):
        for fmt in FMTS:
            add(["show", key, "--format", fmt])
            add(["growth", key, "--format", fmt])
            add(["implied", key, "--format", fmt])
            add(["check", key, "--format", fmt])
            add(["project", key, "--to", "2030", "--format", fmt])
        add(["show", key])
        add(["show", key, "--all-vintages", "--format", "csv"])
        for d in dates:
            add(["show", key, "--as-of", d, "--format", "csv"])
            add(["growth", key, "--as-of", d, "--format", "csv"])
            add(["project", key, "--to", "2030", "--as-of", d,
                 "--format", "csv"])
        for t in tr:
            add(["growth", key, "--transform", t, "--format", "csv"])
        for m in ["linear", "loglinear"]:
            add(["project", key, "--to", "2030", "--method", m,
                 "--format", "csv"])
        add(["chart", key, "--script-only", "--script", "c.gp", "-o",
             "c.png"], extra="c.gp")
        if i:
            add(["growth", key, plan["keys"][0], "--format", "csv"])
    return cmds


def csv_rows(b):
    return list(csv.reader(io.StringIO(b.decode("utf-8", "replace"))))


def fast_paths(b, plan, fails):
    """The all-series paths against the per-series reads, on backend b."""
    n = 0
    for m in ["cagr", "linear", "loglinear"]:
        rc, out, err, _ = b.run("fp project --all %s" % m,
                                ["project", "--all", "--to", "2030",
                                 "--method", m, "--format", "csv"])
        every = {r[0]: r for r in csv_rows(out)[1:]}
        for key in plan["keys"]:
            n += 1
            rc1, out1, err1, _ = b.run("fp project %s %s" % (key, m),
                                       ["project", key, "--to", "2030",
                                        "--method", m, "--format", "csv"])
            row = every.get(key)
            if row is None:
                fails.append("project --all %s lacks %r" % (m, key))
                continue
            if rc1 == 0:
                last = csv_rows(out1)[-1]
                got, want = row[5:8], last[2:5]
            else:
                # the note is KEY's error; KEY's warnings (a same-vintage
                # conflict) go to stderr on both paths, checked below
                got = row[8]
                lines = err1.decode("utf-8", "replace").strip().split("\n")
                warn = [x for x in lines
                        if x.startswith("growthstat: warning: ")]
                want = "\n".join(x for x in lines if x not in warn)
                want = want.replace("growthstat: ", "", 1)
                for x in warn:
                    if x not in err.decode("utf-8", "replace").split("\n"):
                        fails.append("project --all %s: no warning %r"
                                     % (m, x))
            if got != want:
                fails.append("project --all %s %r: %r, project KEY: %r"
                             % (m, key, got, want))
    for cmd in ["check", "implied"]:
        for d in [None] + plan["dates"][:1]:
            asof = ["--as-of", d] if d else []
            rc, out, err, _ = b.run("fp %s all %s" % (cmd, d),
                                    [cmd, "--format", "csv"] + asof)
            every = sorted(map(tuple, csv_rows(out)[1:]))
            each = []
            for key in plan["keys"]:
                n += 1
                rc1, out1, _, _ = b.run("fp %s %s %s" % (cmd, key, d),
                                        [cmd, key, "--format", "csv"] + asof)
                each += map(tuple, csv_rows(out1)[1:])
            if every != sorted(each):
                a, c = set(every), set(each)
                fails.append("%s %s: all-series rows %r, per-series rows %r"
                             % (cmd, " ".join(asof), sorted(a - c)[:2],
                                sorted(c - a)[:2]))
    return n


def reingest(b, plan, fails):
    for name, rc, out in ingest_all(b, plan, "again"):
        if rc != 0 or " 0 new," not in out:
            fails.append("re-ingest of %s: exit %d, %r" % (name, rc,
                                                            out.strip()))


def compare(a, b, fails):
    n = 0
    for label in a.order:
        n += 1
        if a.results[label] != b.results.get(label):
            ra, rb = a.results[label], b.results.get(label)
            what = ["exit", "stdout", "stderr", "file"]
            i = next(i for i in range(4) if rb is None or ra[i] != rb[i])
            fails.append("%s: %s differs: %s %r / %s %r" % (
                label, what[i], a.name, show(ra[i]), b.name,
                show(rb[i] if rb else None)))
    return n


def show(x):
    """The first differing line is enough to see a difference."""
    if not isinstance(x, bytes):
        return x
    return x.decode("utf-8", "replace")[:600]


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return "line %d: %r / %r" % (i + 1, x, y)
    return "lengths %d / %d lines" % (len(al), len(bl))


def workload(seed, args, counts):
    d = os.path.join(args.work, "w%d" % seed)
    shutil.rmtree(d, ignore_errors=True)
    gen.write(seed, d)
    with open(os.path.join(d, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    backends = []
    pgname = "diff_%d_%d" % (seed, os.getpid())
    os.makedirs(os.path.join(d, "sqlite"))
    backends.append(Backend("sqlite", os.path.join(d, "sqlite", "db.sqlite"),
                            os.path.join(d, "sqlite"), args.gs))
    if args.pg:
        os.makedirs(os.path.join(d, "pg"))
        backends.append(Backend("postgres", pg_create(args.pg, pgname),
                                os.path.join(d, "pg"), args.gs))
    cmds = read_commands(plan, args.quick)
    ok = True
    try:
        for b in backends:
            b.run("init", ["-q", "init"])
            ingest_all(b, plan, "ingest")
            for label, a, extra in cmds:
                b.run(label, a, extra)
        for b in backends:
            fails = b.bad_rejects
            ok &= tap(not fails, "seed %d [%s]: every reject line has its "
                      "record" % (seed, b.name), fails)
            fails = []
            reingest(b, plan, fails)
            ok &= tap(not fails, "seed %d [%s]: re-ingest adds nothing"
                      % (seed, b.name), fails)
            fails = []
            n = fast_paths(b, plan, fails)
            ok &= tap(not fails, "seed %d [%s]: %d fast-path answers equal "
                      "the per-series reads" % (seed, b.name, n), fails)
        if len(backends) == 2:
            fails = []
            n = compare(backends[0], backends[1], fails)
            counts["paired"] += n
            ok &= tap(not fails, "seed %d: %d commands byte-identical on "
                      "sqlite and postgres" % (seed, n), fails)
    finally:
        if args.pg:
            pg_drop(args.pg, pgname)
    counts["workloads"] += 1
    counts["rows"] += plan["rows"]
    counts["files"] += len(plan["files"])
    counts["commands"] += sum(len(b.order) for b in backends)
    if ok and not args.keep:
        shutil.rmtree(d, ignore_errors=True)


def tap(good, desc, fails):
    print(("ok - " if good else "not ok - ") + desc)
    for f in fails[:8]:
        print("#   " + f.replace("\n", "\\n"))
    if len(fails) > 8:
        print("#   ... and %d more" % (len(fails) - 8))
    sys.stdout.flush()
    return good


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gs", required=True)
    ap.add_argument("--seeds", default="1:3", help="FROM:COUNT")
    ap.add_argument("--pg", help="URI of a PostgreSQL server to compare")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--keep", action="store_true",
                    help="keep every workload's directory")
    ap.add_argument("work")
    args = ap.parse_args()
    args.gs = os.path.abspath(args.gs)
    lo, n = map(int, args.seeds.split(":"))
    counts = dict(workloads=0, rows=0, files=0, paired=0, commands=0)
    for seed in range(lo, lo + n):
        workload(seed, args, counts)
    print("# %(workloads)d workloads, %(rows)d rows in %(files)d files, "
          "%(commands)d commands, %(paired)d paired between backends"
          % counts)


if __name__ == "__main__":
    main()
