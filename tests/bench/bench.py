#!/usr/bin/env python3
"""bench.py: growthstat measured side by side with what users would use.

    bench.py [--quick | --large] [--runs N]

For each size (100k rows; and 1M unless --quick) it measures, on the same
generated file (tests/bench/gen.py):
  1. growthstat ingest into a fresh database, against sqlite3's .import of
     the same CSV into a plain table, sqlite3 storing the same rows in
     growthstat's schema (.import, then one INSERT ... SELECT in key order:
     the engine's own cost for this table shape) and pandas read_csv +
     to_sql;
  2. re-ingest of the same rows (all already present) against the first;
  3. a report over every series (CAGR, log-linear fit, 2030 projection):
     growthstat project --all against the same in pandas + numpy;
  4. peak resident memory of the ingest;
  5. a chart of one series with a projection: script only, and to PNG;
  6. when PostgreSQL is installed, ingest and re-ingest into a throw-away
     server (tests/pg/start.sh) beside the SQLite figures.
  7. with --large (make bench-large): 10M rows (about 1 GB of CSV) into
     SQLite and PostgreSQL: time per million rows against the 1M rate,
     peak RSS, peak temporary disk (free space of the file system the
     database and $TMPDIR share, less the database's own size) against the
     CSV's size, and a report over every series after it.
Timings are medians of several runs. Results are printed as a table, then
every ratio issue 18 sets against its target, and written to
build/bench/results.csv and build/bench/targets.csv. Nothing here fails on
a time: a missed target is printed as MISS, for a person to read.
"""
import csv
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GS = os.path.join(TOP, "growthstat")
WORK = os.path.join(TOP, "build", "bench")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

# (size, what, measured, target text, met): every target of issue 18
TARGETS = []


def target(size, what, value, op, goal, fmt="%.2f"):
    """Record a measured ratio against its goal (op: ">=" or "<=")."""
    met = {">=": value >= goal, "<=": value <= goal, "<": value < goal}[op]
    TARGETS.append((size, what, fmt % value, "%s %s" % (op, fmt % goal), met))


class DiskWatch:
    """Peak temporary disk of a run: the file system's used bytes above
    the start, less what the files in `outputs` hold (the database is
    the result, not a temporary). Unlinked temporaries (SQLite's sort
    spills, growthstat's spools) are counted too."""

    def __init__(self, path, outputs):
        self.path, self.outputs, self.peak = path, outputs, 0
        self.base = self.used()
        self.out_base = self.outputs_size()
        self.stop = threading.Event()
        self.t = threading.Thread(target=self.loop, daemon=True)
        self.t.start()

    def used(self):
        st = os.statvfs(self.path)
        return (st.f_blocks - st.f_bfree) * st.f_frsize

    def outputs_size(self):
        n = 0
        for p in self.outputs:
            if os.path.isdir(p):
                for d, _, files in os.walk(p):
                    for f in files:
                        try:
                            n += os.lstat(os.path.join(d, f)).st_size
                        except OSError:
                            pass
                continue
            try:
                n += os.path.getsize(p)
            except OSError:
                pass
        return n

    def loop(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, self.used() - self.base -
                            (self.outputs_size() - self.out_base))
            time.sleep(0.1)

    def done(self):
        self.stop.set()
        self.t.join()
        return self.peak / 1e6


def run(cmd, env=None, stdin=None):
    """Run cmd; return (seconds, peak RSS in MiB, exit code)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    rc = os.waitstatus_to_exitcode(status)
    if rc != 0:
        print("  ! %s exited %d: %s" % (cmd[0], rc, err.strip()[:300]))
    return dt, ru.ru_maxrss / 1024.0, rc


def median_of(n, prepare, cmd, env=None):
    times, rss = [], []
    for _ in range(n):
        prepare()
        dt, mem, _ = run(cmd, env)
        times.append(dt)
        rss.append(mem)
    return statistics.median(times), max(rss)


def rm(*paths):
    for p in paths:
        for suffix in ("", "-wal", "-shm", ".lock"):
            try:
                os.unlink(p + suffix)
            except FileNotFoundError:
                pass


PANDAS_INGEST = r"""
import sqlite3, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype={"qualifier": str, "base": str})
con = sqlite3.connect(sys.argv[2])
df.to_sql("observations", con, index=False)
con.commit()
"""

PANDAS_REPORT = r"""
import sqlite3, sys, numpy as np, pandas as pd
con = sqlite3.connect(sys.argv[1])
df = pd.read_sql_query(
    "SELECT series, period_start, period_end, value FROM v_observations "
    "WHERE kind = 'level'", con)
y = df.period_end // 10000
m = df.period_end // 100 % 100
df["t"] = y + m / 12.0
out = []
for key, g in df.groupby("series"):
    g = g.sort_values("t")
    if len(g) < 2:
        continue
    a, b = g.iloc[0], g.iloc[-1]
    cagr = (b.value / a.value) ** (1 / (b.t - a.t)) - 1
    slope, icpt = np.polyfit(g.t.values, np.log(g.value.values), 1)
    out.append((key, cagr, slope, np.exp(icpt + slope * 2031.0)))
pd.DataFrame(out, columns=["series", "cagr", "slope", "p2030"]).to_csv(sys.stdout)
"""


# What SQLite itself takes to store the same rows in growthstat's schema:
# .import into a scratch table, then one INSERT ... SELECT in key order
# (series and source created first, periods from their text by plain
# string arithmetic, no validation, no vintage rule). A reference for the
# engine's cost of this table shape, beside the bare .import.
ENGINE_SQL = r"""
.mode csv
.import %s raw
BEGIN;
INSERT INTO batches(id, file, status, started) VALUES (1, 'x', 'open', 'now');
INSERT INTO sources(id, name, created_batch) VALUES (1, 'bench', 1);
INSERT INTO series(key, created_batch)
  SELECT DISTINCT series, 1 FROM raw ORDER BY series;
INSERT OR IGNORE INTO observations(series_id, kind, period_start, period_end,
  base_start, base_end, source_id, as_of, qualifier, period_prec, base_prec,
  value, unit, batch_id, note)
SELECT s.id, r.kind,
  CAST(substr(r.period, 1, 4) AS INTEGER) * 10000 +
    CASE WHEN length(r.period) = 7 THEN CAST(substr(r.period, 6, 2) AS INTEGER) * 100 ELSE 100 END + 1,
  CAST(substr(r.period, 1, 4) AS INTEGER) * 10000 +
    CASE WHEN length(r.period) = 7 THEN CAST(substr(r.period, 6, 2) AS INTEGER) * 100 + 28 ELSE 1231 END,
  0, 0, 1, 20250101, r.qualifier,
  CASE WHEN length(r.period) = 7 THEN 'month' ELSE 'year' END, '',
  r.value * 1e6, r.unit, 1, r.note
FROM raw r JOIN series s ON s.key = r.series ORDER BY s.id, r.rowid;
COMMIT;
"""


def have_pandas():
    return subprocess.run([PY, "-c", "import pandas, numpy"],
                          capture_output=True).returncode == 0


class PgServer:
    """A throw-away PostgreSQL cluster (tests/pg/start.sh), or None."""

    def __init__(self):
        import tempfile
        self.dir = os.path.join(tempfile.mkdtemp(prefix="gs-bench-"), "pg")
        p = subprocess.run(["sh", os.path.join(TOP, "tests", "pg", "start.sh"),
                            self.dir], capture_output=True, text=True)
        self.uri = None
        if p.returncode == 0:
            for part in p.stdout.split(";"):
                part = part.strip()
                if part.startswith("GS_PG_URI="):
                    self.uri = part.split("=", 1)[1].strip("'")
        elif p.returncode == 3:
            print("bench: postgres: skipped (not installed)")
        else:
            print("bench: postgres did not start: %s" % p.stderr.strip()[:300])

    def fresh(self, name):
        subprocess.run(["psql", "-X", "-q", self.uri, "-c",
                        "DROP DATABASE IF EXISTS %s" % name, "-c",
                        "CREATE DATABASE %s" % name], check=True,
                       capture_output=True)
        return self.uri.rsplit("/", 1)[0] + "/" + name

    def stop(self):
        subprocess.run(["sh", os.path.join(TOP, "tests", "pg", "stop.sh"),
                        self.dir])
        shutil.rmtree(os.path.dirname(self.dir), ignore_errors=True)


REPORT_ARGS = ["project", "--all", "--to", "2030", "--method", "loglinear",
               "--format", "csv"]


def bench_pg(pg, rows, nruns, results, lite):
    """The PostgreSQL backend on the same file; lite: SQLite's times."""
    label = "%dk" % (rows // 1000)
    data = os.path.join(WORK, "bench-%d.csv" % rows)
    uri = pg.fresh("bench")
    t, rss = median_of(nruns, lambda: pg.fresh("bench"),
                       [GS, "--db", uri, "-q", "ingest", data])
    results.append((label, "ingest growthstat (pg)", t, rss))
    re_t, re_rss = median_of(nruns, lambda: None,
                             [GS, "--db", uri, "-q", "ingest", data])
    results.append((label, "re-ingest growthstat (pg)", re_t, re_rss))
    rep_t, rep_rss = median_of(nruns, lambda: None,
                               [GS, "--db", uri] + REPORT_ARGS)
    results.append((label, "report growthstat (pg)", rep_t, rep_rss))
    print("  postgresql: ingest %.2f s (%.0f rows/s), re-ingest %.2f s, "
          "report %.2f s, peak RSS %.1f MB" % (t, rows / t, re_t, rep_t, rss))
    target(label, "pg ingest / sqlite ingest", t / lite["ingest"], "<=", 1.5)
    target(label, "pg re-ingest / sqlite re-ingest", re_t / lite["reingest"],
           "<=", 1.0)
    target(label, "pg report / sqlite report", rep_t / lite["report"],
           "<=", 1.5)
    target(label, "pg client peak RSS (MB)", max(rss, re_rss, rep_rss),
           "<", 64, "%.1f")
    return t


def bench_size(rows, nruns, results):
    os.makedirs(WORK, exist_ok=True)
    data = os.path.join(WORK, "bench-%d.csv" % rows)
    if not os.path.exists(data):
        subprocess.run([PY, os.path.join(TOP, "tests", "bench", "gen.py"),
                        str(rows), data], check=True)
    mb = os.path.getsize(data) / 1e6
    db = os.path.join(WORK, "gs.db")
    imp = os.path.join(WORK, "import.db")
    pdb = os.path.join(WORK, "pandas.db")
    label = "%dk" % (rows // 1000)
    print("== %s rows (%.1f MB)" % (label, mb))

    gs_t, gs_rss = median_of(nruns, lambda: rm(db), [GS, "--db", db, "-q", "ingest", data])
    results.append((label, "ingest growthstat", gs_t, gs_rss))
    imp_t, _ = median_of(nruns, lambda: rm(imp),
                         ["sqlite3", imp, "-cmd", ".mode csv", ".import %s obs" % data])
    results.append((label, "ingest sqlite3 .import", imp_t, None))
    eng = os.path.join(WORK, "engine.db")
    script = os.path.join(WORK, "engine.sql")
    with open(script, "w") as f:
        f.write(ENGINE_SQL % data)

    def fresh_schema():
        rm(eng)
        run([GS, "--db", eng, "init"])

    eng_t, _ = median_of(nruns, fresh_schema,
                         ["sqlite3", eng, ".read %s" % script])
    results.append((label, "sqlite3 into the schema", eng_t, None))
    pd_t = None
    if have_pandas():
        pd_t, pd_rss = median_of(max(1, nruns // 2), lambda: rm(pdb),
                                 [PY, "-c", PANDAS_INGEST, data, pdb])
        results.append((label, "ingest pandas to_sql", pd_t, pd_rss))
    # re-ingest: every row already present
    rm(db)
    run([GS, "--db", db, "-q", "ingest", data])
    re_t, re_rss = median_of(nruns, lambda: None, [GS, "--db", db, "-q", "ingest", data])
    results.append((label, "re-ingest growthstat", re_t, re_rss))
    rep_t, rep_rss = median_of(nruns, lambda: None,
                               [GS, "--db", db, "project", "--all", "--to", "2030",
                                "--method", "loglinear", "--format", "csv"])
    results.append((label, "report growthstat", rep_t, rep_rss))
    prep_t = None
    if have_pandas():
        prep_t, prep_rss = median_of(max(1, nruns // 2), lambda: None,
                                     [PY, "-c", PANDAS_REPORT, db])
        results.append((label, "report pandas", prep_t, prep_rss))
    key = "region00.cluster000.metric0"
    png = os.path.join(WORK, "chart.png")
    gp = os.path.join(WORK, "chart.gp")
    sc_t, _ = median_of(nruns, lambda: None,
                        [GS, "--db", db, "chart", key, "--project-to", "2030",
                         "-o", png, "--script", gp, "--script-only"])
    results.append((label, "chart script only", sc_t, None))
    if shutil.which("gnuplot"):
        ch_t, _ = median_of(nruns, lambda: None,
                            [GS, "--db", db, "chart", key, "--project-to", "2030",
                             "-o", png, "--script", gp])
        results.append((label, "chart to PNG", ch_t, None))
    print("  ingest: %.2f s (%.0f MB/s), sqlite3 .import %.2f s: ratio %.2f "
          "(target >= 1.0)" % (gs_t, mb / gs_t, imp_t, imp_t / gs_t))
    print("  sqlite3 storing the same rows in growthstat's schema (.import, "
          "then INSERT ... SELECT in key order): %.2f s: ratio %.2f"
          % (eng_t, eng_t / gs_t))
    target(label, "sqlite3 .import / ingest", imp_t / gs_t, ">=", 1.0)
    if pd_t:
        print("  ingest vs pandas: %.1fx faster" % (pd_t / gs_t))
        target(label, "pandas to_sql / ingest", pd_t / gs_t, ">=", 3.0)
    print("  re-ingest %.2f s: %.2fx the first ingest's speed"
          % (re_t, gs_t / re_t))
    target(label, "ingest / re-ingest", gs_t / re_t, ">=", 1.0)
    if prep_t:
        print("  report %.2f s vs pandas %.2f s: %.1fx"
              % (rep_t, prep_t, prep_t / rep_t))
        target(label, "pandas report / report", prep_t / rep_t, ">=", 10.0)
    print("  ingest peak RSS %.1f MB" % gs_rss)
    target(label, "ingest peak RSS (MB)", gs_rss, "<", 64, "%.1f")
    return {"ingest": gs_t, "reingest": re_t, "report": rep_t}


def ingest_watched(cmd, db, tmp, pgdir=None):
    """One ingest with its peak temporary disk: (seconds, RSS, MB). The
    database's own files are the result, not temporaries: SQLite's file
    and its journals, or the PostgreSQL cluster's whole directory (its
    tables, indexes and WAL), as with SQLite's -wal."""
    outs = [db, db + "-wal", db + "-shm", db + "-journal"]
    watch = DiskWatch(tmp, outs + ([pgdir] if pgdir else []))
    dt, rss, _ = run(cmd, env=dict(os.environ, TMPDIR=tmp))
    return dt, rss, watch.done()


def bench_large(pg, results, rate_1m):
    """10M rows into SQLite (and PostgreSQL): the per-million time against
    the 1M rate, peak RSS, temporary disk against the CSV, a report."""
    rows = 10000000
    label = "10M"
    data = os.path.join(WORK, "bench-%d.csv" % rows)
    if not os.path.exists(data):
        subprocess.run([PY, os.path.join(TOP, "tests", "bench", "gen.py"),
                        str(rows), data], check=True)
    csv_mb = os.path.getsize(data) / 1e6
    tmp = os.path.join(WORK, "tmp")
    os.makedirs(tmp, exist_ok=True)
    db = os.path.join(WORK, "large.db")
    print("== 10M rows (%.0f MB)" % csv_mb)
    for backend in ["sqlite", "pg"]:
        if backend == "sqlite":
            rm(db)
            where = db
        elif pg and pg.uri:
            where = pg.fresh("large")
        else:
            continue
        t, rss, disk = ingest_watched([GS, "--db", where, "-q", "ingest",
                                       data], db, tmp,
                                      pg.dir if backend == "pg" else None)
        rep_t, rep_rss, _ = run([GS, "--db", where] + REPORT_ARGS)
        tag = "" if backend == "sqlite" else " (pg)"
        results.append((label, "ingest growthstat" + tag, t, rss))
        results.append((label, "report growthstat" + tag, rep_t, rep_rss))
        per_m = t / 10
        print("  %s: ingest %.1f s (%.2f s per million), peak RSS %.1f MB, "
              "temporary disk %.0f MB, report %.1f s" %
              (backend, t, per_m, rss, disk, rep_t))
        if rate_1m.get(backend):
            target(label, "%s s per million / 1M rate" % backend,
                   per_m / rate_1m[backend], "<=", 1.2)
        target(label, "%s ingest peak RSS (MB)" % backend, rss, "<", 64,
               "%.1f")
        target(label, "%s temporary disk / CSV size" % backend,
               disk / csv_mb, "<=", 1.0)


def main():
    quick = "--quick" in sys.argv
    large = "--large" in sys.argv
    nruns = 3
    if "--runs" in sys.argv:
        nruns = int(sys.argv[sys.argv.index("--runs") + 1])
    if not os.path.exists(GS):
        sys.exit("bench: build ./growthstat first (make)")
    results = []
    rate_1m = {}
    pg = PgServer() if os.environ.get("GS_PG", "1") != "0" else None
    try:
        for rows in ([100000] if quick else [100000, 1000000]):
            lite = bench_size(rows, nruns, results)
            if rows == 1000000:
                rate_1m["sqlite"] = lite["ingest"]
            if pg and pg.uri:
                t = bench_pg(pg, rows, max(1, nruns // 2) if rows >= 1000000
                             else nruns, results, lite)
                if rows == 1000000:
                    rate_1m["pg"] = t
        if large:
            bench_large(pg, results, rate_1m)
    finally:
        if pg:
            pg.stop()
    print("\n%-6s %-30s %10s %10s" % ("size", "measure", "seconds", "peak MB"))
    for size, what, t, rss in results:
        print("%-6s %-30s %10.3f %10s" % (size, what, t,
                                          "%.1f" % rss if rss else ""))
    print("\n%-6s %-34s %9s %10s  %s" % ("size", "target (issue 18)",
                                          "measured", "goal", ""))
    for size, what, val, goal, met in TARGETS:
        print("%-6s %-34s %9s %10s  %s" % (size, what, val, goal,
                                           "met" if met else "MISS"))
    out = os.path.join(WORK, "results.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["size", "measure", "seconds", "peak_mb"])
        for size, what, t, rss in results:
            w.writerow([size, what, "%.4f" % t, "%.1f" % rss if rss else ""])
    with open(os.path.join(WORK, "targets.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["size", "target", "measured", "goal", "met"])
        w.writerows(TARGETS)
    print("\nresults: %s, %s" % (out, os.path.join(WORK, "targets.csv")))


if __name__ == "__main__":
    main()
