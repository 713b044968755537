#!/usr/bin/env python3
"""ingestab.py: first ingest and re-ingest, binaries alternated (issue 18).

    ingestab.py SERVERDIR CSV ROUNDS BIN...

SERVERDIR is a cluster made by tests/pg/start.sh. Each round, for every
BIN in turn (the order rotated each round, so that no binary always
follows the same one): a fresh database (gs_ab), `BIN -q ingest CSV`
into it, then the same again (a re-ingest, every row present); then the
first BIN does the same into a fresh SQLite file in $TMPDIR. Printed per
BIN and step: median wall time (range), client CPU (the child's user +
system time), server CPU (the postmaster's reaped children: the batch's
backend, and autovacuum when it ran meanwhile), client peak RSS, and the
median of each round's ratio to SQLite's wall time in the same round;
then each round's difference of the second BIN from the first. A BIN may
be a script that sets environment variables before exec'ing the binary.
The machine is shared: compare within a run, not between runs, and trust
the CPU figures more than the wall times.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STEPS = ("ingest", "re-ingest")


def server_cpu(pm):
    """CPU seconds of the postmaster's reaped children."""
    f = open("/proc/%d/stat" % pm).read().rsplit(")", 1)[1].split()
    return (int(f[13]) + int(f[14])) / os.sysconf("SC_CLK_TCK")


def measure(pm, argv):
    """wall, client CPU, server CPU, peak RSS (MB) of one run of argv.
    The peak is read from wait4's rusage of this child alone."""
    s0 = server_cpu(pm)
    t0 = time.time()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.time() - t0
    err = p.stderr.read()
    p.stderr.close()
    if status != 0:
        sys.exit("ingestab: %s failed: %s" % (" ".join(argv), err[-300:]))
    time.sleep(0.4)  # the backend exits and is reaped
    return (wall, ru.ru_utime + ru.ru_stime, server_cpu(pm) - s0,
            ru.ru_maxrss / 1024.0)


def fresh_pg(uri):
    subprocess.run(["psql", "-X", "-q", uri, "-c",
                    "DROP DATABASE IF EXISTS gs_ab", "-c",
                    "CREATE DATABASE gs_ab"], check=True, capture_output=True)
    return uri.rsplit("/", 1)[0] + "/gs_ab"


def both(pm, binp, db, csv):
    cmd = [binp, "--db", db, "-q", "ingest", csv]
    return [measure(pm, cmd) for _ in STEPS]


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    sdir, csv, rounds, bins = (sys.argv[1], sys.argv[2], int(sys.argv[3]),
                               sys.argv[4:])
    lines = open(os.path.join(sdir, "data", "postmaster.pid")).read().split("\n")
    pm, port = int(lines[0]), lines[3]
    uri = "postgresql://gs@127.0.0.1:%s/postgres" % port
    res = {b: [] for b in bins}
    lite = []
    tmp = tempfile.mkdtemp(prefix="gs-ingestab-")
    for i in range(rounds):
        order = bins[i % len(bins):] + bins[:i % len(bins)]
        for b in order:
            res[b].append(both(pm, b, fresh_pg(uri), csv))
        db = os.path.join(tmp, "lite%d.db" % i)
        lite.append(both(pm, bins[0], db, csv))
        print("round %d, load %.1f: %s" % (
            i + 1, os.getloadavg()[0],
            " ".join("%.2f/%.2f" % (res[b][-1][0][0], res[b][-1][1][0])
                     for b in bins)), file=sys.stderr)
    for k, step in enumerate(STEPS):
        lw = [r[k][0] for r in lite]
        print("%s (SQLite wall %.2f, client %.2f, peak %.0f MB)" % (
            step, statistics.median(lw),
            statistics.median(r[k][1] for r in lite),
            max(r[k][3] for r in lite)))
        for b in bins:
            v = [r[k] for r in res[b]]
            w = [x[0] for x in v]
            print("  %-26s wall %.2f (%.2f-%.2f) client %.2f server %.2f "
                  "(%.2f-%.2f) peak %.0f MB ratio %.2f" % (
                      b, statistics.median(w), min(w), max(w),
                      statistics.median(x[1] for x in v),
                      statistics.median(x[2] for x in v),
                      min(x[2] for x in v), max(x[2] for x in v),
                      max(x[3] for x in v),
                      statistics.median(x / y for x, y in zip(w, lw))))
        if len(bins) > 1:
            d = [res[bins[1]][i][k][0] - res[bins[0]][i][k][0]
                 for i in range(rounds)]
            print("  second - first per round: %s (median %+.2f s, %d of %d "
                  "faster)" % (" ".join("%+.2f" % x for x in d),
                               statistics.median(d),
                               sum(1 for x in d if x < 0), rounds))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
