#!/usr/bin/env python3
"""scancost.py: the server's CPU for forms of the report's COPY (issue 18).

    scancost.py SERVERDIR ROUNDS [VARIANT...]

Runs each variant of the report's COPY (series/pg/pg_scan.c) through
psql against the cluster SERVERDIR (tests/pg/start.sh; its database
postgres holding a bench database, e.g. 1M rows of tests/bench/gen.py),
alternated ROUNDS times, and prints the backend's CPU per variant (the
postmaster's reaped children, 10 ms ticks) and psql's wall time. The
variants are the forms measured for the figures-only scan: the 13
columns as before, the 11 sent now, only the series id (the scan and
join alone), the value alone, the value in binary, the series id once
per series in a row of its own, and the whole share of every second
block (two streams' half).
"""
import os
import statistics
import subprocess
import sys
import time

PRE = ("BEGIN; SET LOCAL jit = off; SELECT set_config('gs.scan_as_of',"
       " '99991231', true), set_config('gs.scan_ids', '', true);\n")
RET = ("(SELECT r.retracted_on FROM retractions r WHERE r.series_id ="
       " o.series_id AND r.kind = o.kind AND r.period_start ="
       " o.period_start AND r.period_end = o.period_end AND r.base_start"
       " = o.base_start AND r.base_end = o.base_end AND r.source_id ="
       " o.source_id AND r.qualifier = o.qualifier AND r.as_of = o.as_of)")
SERIES = ("(SELECT id, key, EXISTS (SELECT 1 FROM retractions r WHERE"
          " r.series_id = series.id) AS has_r %s ORDER BY key"
          " COLLATE \"C\") s")
HALF = ("(SELECT id, key, row_number() OVER (ORDER BY key COLLATE \"C\")"
        " AS n FROM series) series WHERE (n - 1) / 64 % 2 = 0")
ROWS = (" CROSS JOIN LATERAL (SELECT * FROM observations o WHERE"
        " o.series_id = s.id AND o.as_of <= (SELECT"
        " current_setting('gs.scan_as_of')::integer) OFFSET 0) o"
        " ORDER BY s.key COLLATE \"C\"")
BASE = ("CASE WHEN o.base_start <> 0 OR o.base_end <> 0 OR o.base_prec <>"
        " '' THEN concat(o.base_start, ' ', o.base_end, ' ', o.base_prec)"
        " END")
COLS13 = ("o.kind, o.period_start, o.period_end, o.period_prec,"
          " o.base_start, o.base_end, o.base_prec, o.value, o.qualifier,"
          " o.as_of, o.source_id, CASE WHEN s.has_r THEN %s END, s.id" % RET)
COLS11 = ("o.kind, o.period_start, o.period_end, o.period_prec, %s,"
          " o.value, o.qualifier, o.as_of, o.source_id, CASE WHEN s.has_r"
          " THEN %s END, s.id" % (BASE, RET))


def copy(cols, fmt="", where=""):
    return "COPY (SELECT %s FROM %s%s) TO STDOUT%s" % (
        cols, SERIES % ("FROM series" if not where else "FROM " + where),
        ROWS, fmt)


def marked():
    """The series id in a row of its own before its rows."""
    x = RET.replace("o.", "x.")
    return ("COPY (SELECT o.* FROM %s CROSS JOIN LATERAL (SELECT NULL::text,"
            " s.id::text, NULL::integer, NULL::text, NULL::text,"
            " NULL::float8, NULL::text, NULL::integer, NULL::bigint,"
            " NULL::integer UNION ALL (SELECT x.kind, x.period_start::text,"
            " x.period_end, x.period_prec, %s, x.value, x.qualifier,"
            " x.as_of, x.source_id, CASE WHEN s.has_r THEN %s END FROM"
            " observations x WHERE x.series_id = s.id OFFSET 0)) o ORDER BY"
            " s.key COLLATE \"C\") TO STDOUT"
            % (SERIES % "FROM series", BASE.replace("o.", "x."), x))


VARIANTS = {
    "cols13": copy(COLS13),
    "cols11": copy(COLS11),
    "id": copy("s.id"),
    "value": copy("o.value, s.id"),
    "value_binary": copy("o.value, s.id", " (FORMAT binary)"),
    "id_per_series": marked(),
    "half": copy(COLS11, where=HALF),
}


def main():
    sdir, rounds = sys.argv[1], int(sys.argv[2])
    names = sys.argv[3:] or list(VARIANTS)
    lines = open(os.path.join(sdir, "data", "postmaster.pid")).read().split("\n")
    pm, uri = int(lines[0]), "postgresql://gs@127.0.0.1:%s/postgres" % lines[3]

    def ticks():
        f = open("/proc/%d/stat" % pm).read().rsplit(")", 1)[1].split()
        return (int(f[13]) + int(f[14])) / os.sysconf("SC_CLK_TCK")
    res = {k: [] for k in names}
    for _ in range(rounds):
        for k in names:
            s0, t0 = ticks(), time.time()
            subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", uri], check=True,
                           input=PRE + VARIANTS[k] + ";\nROLLBACK;\n",
                           text=True, stdout=subprocess.DEVNULL)
            wall = time.time() - t0
            time.sleep(0.3)
            res[k].append((ticks() - s0, wall))
    for k in names:
        print("%-14s server %.2f s (%s) psql wall %.2f s" % (
            k, statistics.median(x[0] for x in res[k]),
            " ".join("%.2f" % x[0] for x in res[k]),
            statistics.median(x[1] for x in res[k])))


if __name__ == "__main__":
    main()
