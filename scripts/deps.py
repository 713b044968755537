#!/usr/bin/env python3
"""deps.py: the import graph of growthstat's C files, and the structure rules.

    python3 scripts/deps.py [--top DIR] [--objs DIR] [--graph] [--check]

--graph prints two listings: "file -> header" (each project header a file
includes, paths from the top of the tree) and "file -> file (symbols)"
(the functions and data a file uses that another file defines, read with
nm from the objects in --objs, default build/rel). --check verifies the
rules of issue 17 and prints one TAP line per rule:

  layers     series/ (the bottom) never includes a header of collector/,
             reports/ or the command layer (cmd_*, cli.h, commands.h);
             collector/ and reports/ never the command layer; reports/
             never collector/. common.* includes nothing of the project.
  cycles     no circle of files in the "uses" graph (nor among headers).
  functions  no function over MAX_FN lines (signature to closing brace).
  files      no file over MAX_FILE lines.

A breach listed in KNOWN (with its issue) is printed as "known", not
failed, until it is fixed; a KNOWN entry that no longer occurs is only
it is noted (remove it from the list). Exit status 1 when a rule fails.
"""
import argparse
import os
import re
import subprocess
import sys

MAX_FN = 80
MAX_FILE = 600
LAYERS = ("series", "collector", "reports")

# Breaches in files outside series/ (owned by the other parts of issue 17),
# reported here until fixed there. Each: (rule, text of the breach, issue).
KNOWN = []

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def sources(top):
    """Every .c and .h of the project, as paths from top."""
    out = []
    for d in ("series", "collector", "reports"):
        for root, _, files in os.walk(os.path.join(top, d)):
            for f in files:
                if f.endswith((".c", ".h")):
                    out.append(os.path.relpath(os.path.join(root, f), top))
    for f in os.listdir(top):
        if f.endswith((".c", ".h")):
            out.append(f)
    return sorted(out)


def includes(top, path):
    """The project headers path includes (resolved as the compiler does:
    its own folder first, then -I. at the top)."""
    found = []
    with open(os.path.join(top, path), encoding="utf-8") as fh:
        for line in fh:
            m = INCLUDE.match(line)
            if not m:
                continue
            here = os.path.normpath(os.path.join(os.path.dirname(path),
                                                 m.group(1)))
            if os.path.exists(os.path.join(top, here)):
                found.append(here)
            elif os.path.exists(os.path.join(top, m.group(1))):
                found.append(os.path.normpath(m.group(1)))
    return found


def layer(path):
    """0 common, 1 series, 2 collector or reports, 3 commands."""
    base = os.path.basename(path)
    if base.startswith("cmd_") or base in ("cli.c", "cli.h", "commands.h",
                                           "main.c"):
        return 3
    top = path.split("/")[0]
    if top == "series":
        return 1
    if top in ("collector", "reports"):
        return 2
    return 0


def layer_breaches(graph):
    out = []
    for src, hdrs in sorted(graph.items()):
        for h in hdrs:
            bad = layer(h) > layer(src)
            bad = bad or (src.startswith("reports/") and
                          h.startswith("collector/"))
            if bad:
                out.append("%s -> %s" % (src, h))
    return out


def symbols(objdir, top):
    """defined[sym] = source file; used[file] = set of symbols it needs."""
    defined, used = {}, {}
    for root, _, files in os.walk(objdir):
        for f in files:
            if not f.endswith(".o"):
                continue
            obj = os.path.join(root, f)
            src = os.path.relpath(obj, objdir)[:-2] + ".c"
            if not os.path.exists(os.path.join(top, src)):
                continue
            nm = subprocess.run(["nm", "-P", obj], capture_output=True,
                                text=True, check=True).stdout
            need = used.setdefault(src, set())
            for line in nm.splitlines():
                parts = line.split()
                if len(parts) < 2:
                    continue
                name, kind = parts[0], parts[1]
                if kind == "U":
                    need.add(name)
                elif kind in "TDBRGS" and kind.isupper():
                    defined[name] = src
    return defined, used


def uses(defined, used):
    """file -> {other file: [symbols]}"""
    edges = {}
    for src, need in used.items():
        for sym in need:
            dst = defined.get(sym)
            if dst and dst != src:
                edges.setdefault(src, {}).setdefault(dst, []).append(sym)
    return edges


def cycles(edges):
    """The strongly connected components with more than one file (Tarjan,
    iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    nodes = sorted(set(edges) | {d for e in edges.values() for d in e})
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(edges.get(nxt, ())))))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    out.append(" ".join(sorted(comp)))
    return sorted(out)


def functions(top, path):
    """(name, lines) of each function defined in a .c file: from the first
    line of its signature to its closing brace, both in column 0."""
    with open(os.path.join(top, path), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    out = []
    for i, line in enumerate(lines):
        if line != "{":
            continue
        start = i
        while start > 0:
            prev = lines[start - 1].rstrip()
            if (not prev or prev.endswith(("*/", ";", "}")) or
                    prev.startswith("#")):
                break
            start -= 1
        end = i
        while end < len(lines) and lines[end] != "}":
            end += 1
        sig = " ".join(lines[start:i])
        m = re.search(r"(\w+)\s*\(", sig)
        out.append((m.group(1) if m else "?", end - start + 1))
    return out


def long_things(top, files):
    fns, big = [], []
    for f in files:
        with open(os.path.join(top, f), encoding="utf-8") as fh:
            n = sum(1 for _ in fh)
        if n > MAX_FILE:
            big.append("%s: %d lines" % (f, n))
        if f.endswith(".c"):
            for name, n in functions(top, f):
                if n > MAX_FN:
                    fns.append("%s: %s: %d lines" % (f, name, n))
    return fns, big


def verdict(rule, breaches):
    """One TAP line for a rule; breaches in KNOWN are reported, not failed;
    a KNOWN entry that did not occur is noted (other branches fix them)."""
    known = {b: n for r, b, n in KNOWN if r == rule}
    new = [b for b in breaches if b not in known]
    gone = [b for b in known if b not in breaches]
    for b in breaches:
        tag = "known (issue %d)" % known[b] if b in known else "BREACH"
        print("#   %s: %s %s" % (rule, tag, b))
    for b in gone:
        print("#   %s: fixed, drop it from KNOWN: %s" % (rule, b))
    good = not new
    print("%s - %s" % ("ok" if good else "not ok", rule))
    return good


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", default=".")
    ap.add_argument("--objs", default=None)
    ap.add_argument("--graph", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    top = a.top
    objs = a.objs or os.path.join(top, "build", "rel")
    files = sources(top)
    inc = {f: includes(top, f) for f in files}
    edges = uses(*symbols(objs, top))
    if a.graph:
        print("# includes: file -> project header")
        for f in files:
            for h in inc[f]:
                print("%s -> %s" % (f, h))
        print("# uses: file -> file defining what it calls (symbols)")
        for f in sorted(edges):
            for d in sorted(edges[f]):
                print("%s -> %s (%s)" % (f, d, " ".join(sorted(edges[f][d]))))
    if not a.check:
        return 0
    hdr_edges = {f: set(h) for f, h in inc.items() if f.endswith(".h")}
    fns, big = long_things(top, files)
    good = verdict("layers", layer_breaches(inc))
    good = verdict("cycles", cycles(edges) + cycles(hdr_edges)) and good
    good = verdict("functions", fns) and good
    good = verdict("files", big) and good
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
