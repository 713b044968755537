#!/usr/bin/env python3
"""timeline.py: when the client and the server are busy during one ingest.

    python3 tests/pg/timeline.py [--every S] [--again] GS URI CSV

Creates a fresh database next to URI's (named gs_timeline), runs
`GS --db ... -q ingest CSV` into it and samples, every S seconds (0.1),
the CPU of each client thread (/proc/PID/task) and of every PostgreSQL
process on the machine (/proc, by name), as a share of one core. Prints
the wall time, the CPU of the busiest server process (the ingest's
backend, whose own figures vanish when it exits) and of each client
thread, then one line per sample (--again: the ingest runs once first,
untimed, and the second run, a re-ingest, is the one sampled):

    time  server%  client thread%...

Meant for the throw-away cluster of tests/pg/start.sh, where nothing else
runs on the server; add log_min_duration_statement = 0 there to see which
statement the server is busy with (docs/postgres.md, "Bulk ingest").
"""
import os
import subprocess
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def stat_ticks(path):
    """utime + stime of /proc/.../stat, and the command name."""
    with open(path) as f:
        s = f.read()
    rest = s[s.rindex(")") + 2:].split()
    return s[s.index("(") + 1:s.rindex(")")], int(rest[11]) + int(rest[12])


def server_ticks():
    out = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            name, t = stat_ticks("/proc/%s/stat" % p)
        except OSError:
            continue
        if name.startswith("postgres"):
            out[p] = t
    return out


def thread_ticks(pid):
    out = {}
    try:
        for t in os.listdir("/proc/%d/task" % pid):
            out[t] = stat_ticks("/proc/%d/task/%s/stat" % (pid, t))[1]
    except OSError:
        pass
    return out


def fresh(uri, name):
    subprocess.run(["psql", "-X", "-q", uri, "-c",
                    "DROP DATABASE IF EXISTS %s" % name, "-c",
                    "CREATE DATABASE %s" % name], check=True,
                   capture_output=True)
    return uri.rsplit("/", 1)[0] + "/" + name


def main(argv):
    every, again = 0.1, False
    if len(argv) > 1 and argv[0] == "--every":
        every, argv = float(argv[1]), argv[2:]
    if argv and argv[0] == "--again":
        again, argv = True, argv[1:]
    if len(argv) != 3:
        sys.exit(__doc__)
    gs, uri, csv = argv
    db = fresh(uri, "gs_timeline")
    if again:
        subprocess.run([gs, "--db", db, "-q", "ingest", csv], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    prev_srv, prev_cli = server_ticks(), {}
    per_srv, per_cli, lines = {}, {}, []
    t0 = time.perf_counter()
    p = subprocess.Popen([gs, "--db", db, "-q", "ingest", csv],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while p.poll() is None:
        time.sleep(every)
        srv, cli = server_ticks(), thread_ticks(p.pid)
        d_srv = 0
        for k, v in srv.items():
            per_srv[k] = per_srv.get(k, 0) + v - prev_srv.get(k, 0)
            d_srv += v - prev_srv.get(k, 0)
        d_cli = []
        for k in sorted(cli, key=int):
            d_cli.append(cli[k] - prev_cli.get(k, 0))
            per_cli[k] = cli[k]
        lines.append((time.perf_counter() - t0, d_srv, d_cli))
        prev_srv, prev_cli = srv, cli
    wall = time.perf_counter() - t0
    pct = 100.0 / HZ / every
    backend = max(per_srv.values()) if per_srv else 0
    print("wall %.2f s, exit %d; server CPU %.2f s (backend %.2f s); "
          "client threads %s s" % (wall, p.returncode,
                                   sum(per_srv.values()) / HZ, backend / HZ,
                                   " ".join("%.2f" % (per_cli[k] / HZ)
                                            for k in sorted(per_cli, key=int))))
    for t, s, c in lines:
        print("%6.2f  %4.0f  %s" % (t, s * pct,
                                    " ".join("%4.0f" % (x * pct) for x in c)))


if __name__ == "__main__":
    main(sys.argv[1:])
