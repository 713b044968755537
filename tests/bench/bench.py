#!/usr/bin/env python3
"""bench.py: growthstat measured side by side with what users would use.

    bench.py [--quick] [--runs N]

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
Timings are medians of several runs. Results are printed as a table and
written to build/bench/results.csv. Nothing here fails on a time.
"""
import csv
import os
import shutil
import statistics
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GS = os.path.join(TOP, "growthstat")
WORK = os.path.join(TOP, "build", "bench")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


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


def bench_pg(pg, rows, nruns, results):
    label = "%dk" % (rows // 1000)
    data = os.path.join(WORK, "bench-%d.csv" % rows)
    uri = pg.fresh("bench")
    t, rss = median_of(nruns, lambda: pg.fresh("bench"),
                       [GS, "--db", uri, "-q", "ingest", data])
    results.append((label, "ingest growthstat (pg)", t, rss))
    re_t, re_rss = median_of(nruns, lambda: None,
                             [GS, "--db", uri, "-q", "ingest", data])
    results.append((label, "re-ingest growthstat (pg)", re_t, re_rss))
    print("  postgresql: ingest %.2f s (%.0f rows/s), re-ingest %.2f s, "
          "peak RSS %.1f MB" % (t, rows / t, re_t, rss))


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
    env = dict(os.environ, GROWTHSTAT_GNUPLOT="/bin/true")
    sc_t, _ = median_of(nruns, lambda: None,
                        [GS, "--db", db, "chart", key, "--project-to", "2030",
                         "-o", png, "--script", gp], env)
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
    if pd_t:
        print("  ingest vs pandas: %.1fx faster (target >= 5)" % (pd_t / gs_t))
    print("  re-ingest %.2f s: %.2fx the first ingest's speed (target >= 1)"
          % (re_t, gs_t / re_t))
    if prep_t:
        print("  report %.2f s vs pandas %.2f s: %.1fx (target >= 10)"
              % (rep_t, prep_t, prep_t / rep_t))
    print("  ingest peak RSS %.1f MB (target < 64)" % gs_rss)


def main():
    quick = "--quick" in sys.argv
    nruns = 3
    if "--runs" in sys.argv:
        nruns = int(sys.argv[sys.argv.index("--runs") + 1])
    if not os.path.exists(GS):
        sys.exit("bench: build ./growthstat first (make)")
    results = []
    pg = PgServer() if os.environ.get("GS_PG", "1") != "0" else None
    try:
        for rows in ([100000] if quick else [100000, 1000000]):
            bench_size(rows, nruns, results)
            if pg and pg.uri:
                bench_pg(pg, rows, max(1, nruns // 2) if rows >= 1000000
                         else nruns, results)
    finally:
        if pg:
            pg.stop()
    print("\n%-6s %-26s %10s %10s" % ("size", "measure", "seconds", "peak MB"))
    for size, what, t, rss in results:
        print("%-6s %-26s %10.3f %10s" % (size, what, t,
                                          "%.1f" % rss if rss else ""))
    out = os.path.join(WORK, "results.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["size", "measure", "seconds", "peak_mb"])
        for size, what, t, rss in results:
            w.writerow([size, what, "%.4f" % t, "%.1f" % rss if rss else ""])
    print("\nresults: %s" % out)


if __name__ == "__main__":
    main()
