#!/usr/bin/env python3
"""reportab.py: a report over every series, binaries alternated (issue 18).

    reportab.py SERVERDIR SQLITE.db ROUNDS BIN...

SERVERDIR is a cluster made by tests/pg/start.sh whose database
(postgres) holds the same rows as SQLITE.db (ingest the same file into
both). Each round runs `project --all --to 2030 --method loglinear
--format csv` with every BIN against the server, then the first BIN
against SQLITE.db; a BIN may be a script setting environment variables
(GROWTHSTAT_PG_SCAN_STREAMS=1) before exec'ing the binary. Printed per
BIN: median wall time (range), client CPU (the child's user + system
time), server CPU (the postmaster's reaped children: the report's
backends, autovacuum's too), the md5 of the output (must be one), and
the median of each round's ratio to SQLite's wall time in the same
round. The machine is shared: compare within a run, not between runs.
"""
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import time

ARGS = ["project", "--all", "--to", "2030", "--method", "loglinear",
        "--format", "csv"]


def server_cpu(pm):
    """CPU seconds of the postmaster's reaped children."""
    f = open("/proc/%d/stat" % pm).read().rsplit(")", 1)[1].split()
    return (int(f[13]) + int(f[14])) / os.sysconf("SC_CLK_TCK")


def run(pm, binp, db):
    s0 = server_cpu(pm)
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    p = subprocess.run([binp, "--db", db] + ARGS, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, check=True)
    wall = time.time() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    time.sleep(0.4)  # the backends exit and are reaped
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    return wall, cpu, server_cpu(pm) - s0, hashlib.md5(p.stdout).hexdigest()


def main():
    sdir, lite, rounds, bins = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    lines = open(os.path.join(sdir, "data", "postmaster.pid")).read().split("\n")
    pm, port = int(lines[0]), lines[3]
    uri = "postgresql://gs@127.0.0.1:%s/postgres" % port
    res = {b: [] for b in bins}
    res["sqlite"] = []
    for i in range(rounds):
        for b in bins:
            res[b].append(run(pm, b, uri))
        res["sqlite"].append(run(pm, bins[0], lite))
        print("round %d, load %.1f" % (i + 1, os.getloadavg()[0]),
              file=sys.stderr)
    lw = [x[0] for x in res["sqlite"]]
    for b, v in res.items():
        w = [x[0] for x in v]
        ratio = statistics.median(x / y for x, y in zip(w, lw))
        print("%-28s wall %.2f (%.2f-%.2f) client %.2f server %.2f ratio %.2f md5 %s"
              % (b, statistics.median(w), min(w), max(w),
                 statistics.median(x[1] for x in v),
                 statistics.median(x[2] for x in v), ratio,
                 ",".join(sorted(set(x[3] for x in v)))))


if __name__ == "__main__":
    main()
