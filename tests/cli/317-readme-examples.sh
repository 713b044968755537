# backends: sqlite
# README's examples in "Commands" and "Analysis" are run in order, as a
# reader would, on a fresh database, and each command's output is
# compared line by line with what README shows ("..." skips lines, "(note
# column cut here)" compares the start of each line; trailing blanks do
# not count). A reader walking README on lead11 found four that did not
# print what README showed: show --ytd and growth --deflate on series no
# file holds (exit 65), revisions on levels with no revisions, log_diff
# 1.030 against 1.03 printed. README (the text people read) is the
# expectation here, not the program's output.
. "$GS_TOP/tests/cli/lib.sh"

readme=${GS_README:-$GS_TOP/README.md}
python3 - "$GS" "$GS_TOP" "$readme" "$T" <<'PY'
import os, subprocess, sys
gs, top, readme, tmp = sys.argv[1:]
lines = open(readme, encoding="utf-8").read().split("\n")
sections = (("## Commands", "## Charts"),
            ("## Analysis: year-to-date, frequency, real terms, revisions, "
             "export", "## How the numbers are computed"))
blocks = []
for head, tail in sections:
    i, end = lines.index(head), lines.index(tail)
    while i < end:
        if lines[i].startswith("```"):
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            blocks.append(lines[i + 1:j])
            i = j
        i += 1
bindir = os.path.join(tmp, "bin")
os.makedirs(bindir)
os.symlink(gs, os.path.join(bindir, "growthstat"))
env = dict(os.environ, PATH=bindir + ":" + os.environ["PATH"])

def matches(got, want, cut):
    want = want.rstrip()
    if cut and want.endswith("\u2026"):
        return got.startswith(want[:-2])
    return got == want

def compare(got, exp, cut):
    gi = 0
    skipping = False
    for e in exp:
        if e == "...":
            skipping = True
            continue
        while skipping and gi < len(got) and not matches(got[gi], e, cut):
            gi += 1
        if gi >= len(got) or not matches(got[gi], e, cut):
            return "line '%s' not found" % e
        gi += 1
        skipping = False
    if not skipping and gi < len(got):
        return "more lines than README shows: '%s'" % got[gi]
    return None

for bl in blocks:
    i = 0
    while i < len(bl):
        if not bl[i].startswith("$ "):
            i += 1
            continue
        cmd = bl[i][2:]
        cut = "(note column cut here)" in cmd
        cmd = cmd.replace("(note column cut here)", "").strip()
        i += 1
        stdin = None
        if "<<'CSV'" in cmd:
            body = []
            while bl[i] != "CSV":
                body.append(bl[i])
                i += 1
            i += 1
            stdin = "\n".join(body) + "\n"
            cmd = cmd.replace("<<'CSV'", "").strip()
        exp = []
        while i < len(bl) and not bl[i].startswith("$ "):
            exp.append(bl[i])
            i += 1
        while exp and exp[-1] == "":
            exp.pop()
        if cmd.startswith("export "):
            k, v = cmd[len("export "):].split("=", 1)
            env[k] = os.path.join(tmp, v)
            continue
        r = subprocess.run(cmd, shell=True, cwd=top, env=env, input=stdin,
                           capture_output=True, text=True)
        out = (r.stdout + r.stderr).rstrip("\n")
        got = [x.rstrip() for x in out.split("\n")] if out else []
        why = compare(got, exp, cut)
        if why is None:
            print("ok - README: %s" % cmd)
        else:
            print("not ok - README: %s: %s (exit %d)" % (cmd, why, r.returncode))
            for g in got[:12]:
                print("#   got: %s" % g)
PY
