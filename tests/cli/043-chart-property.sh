# chart, end to end: random strings from the dangerous alphabet as series
# keys, names, units and sources (ingested) and as --title and output file
# names go through `growthstat chart --svg` with real gnuplot, run in an
# empty directory that is also $HOME. Nothing but the image and its script
# may appear (no command ran, nothing was written elsewhere) and the title
# must be drawn exactly: the text with each run of control characters as
# one space (bidirectional controls too) and each byte that is not UTF-8
# as U+FFFD (a model of our own,
# in Python, compared with gnuplot's SVG <text>).
# GS_PLOT_PROP_CHARTS charts (default 40), GS_PLOT_PROP_SEED the seed.
. "$GS_TOP/tests/cli/lib.sh"

if ! command -v gnuplot >/dev/null 2>&1; then
	echo "ok - # SKIP the chart property (gnuplot not installed)"
	exit 0
fi

# the deterministic case that ran a command before: an apostrophe and
# @outfile in a key, quotes and backquotes in the image's name
mkdir "$T/d"
printf "series,period,kind,value,unit,source\nk'@outfile,2020,level,10,jobs,s\nk'@outfile,2021,level,12,jobs,s\n" >"$T/k.csv"
run "$GS" ingest "$T/k.csv"
expect_rc 0 "ingest k'@outfile"
(cd "$T/d" && HOME="$T/d" "$GS" chart "k'@outfile" -o "x'\`touch PWNED\`'.png") >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0 "chart k'@outfile to x'\`touch PWNED\`'.png"
expect_eq "$(ls -A "$T/d" | sort | tr '\n' '|')" "x'\`touch PWNED\`'.gp|x'\`touch PWNED\`'.png|" "only the image and its script: no command ran"
(cd "$T/d" && HOME="$T/d" gnuplot "./x'\`touch PWNED\`'.gp") >/dev/null 2>&1
expect_eq "$(ls -A "$T/d" | sort | tr '\n' '|')" "x'\`touch PWNED\`'.gp|x'\`touch PWNED\`'.png|" "gnuplot alone on the script: no command ran either"

GS="$GS" T="$T" DB="$GROWTHSTAT_DB" N="${GS_PLOT_PROP_CHARTS:-40}" \
SEED="${GS_PLOT_PROP_SEED:-13}" python3 - <<'PY'
import os, random, re, sqlite3, subprocess, xml.etree.ElementTree as ET
import csv, io

gs, T, N = os.environ["GS"], os.environ["T"], int(os.environ["N"])
rnd = random.Random(int(os.environ["SEED"]))
ALPHA = [b"'", b'"', b"\\", b"`", b"@", b"$", b";", b"#", b"{", b"}", b"[",
         b"]", b"\n", b"\r", b"\t", b"EOD", b"\n@x", b"\nEOD\n",
         b"`touch PWNED`", b"$(touch PWNED)", b'system("touch PWNED")',
         b"'.system(\"touch PWNED\").'", b"\\'", b"@outfile", b"@GPVAL_PWD",
         b"\xff", b"\xc0\xaf", b"\xe2\x82", b"\xed\xa0\x80", b"\x1b[31m",
         b"\xc2\x85", b"\x7f", "Ж".encode(), "привет".encode(), b"a", b"Z",
         b"0", b"7", b" ", b"~", b"^", b"_", b"&", b"<", b">", b"|", b"!",
         b"%", b"=", b"&amp;", b"\\0041", "\u202e".encode(),
         "\u2066".encode(), "\u2069".encode(), "\u200f".encode()]
fails = {}

def valid(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
# ingest refuses bytes that are not UTF-8 (the whole file), and control
# characters in keys, units and sources (the row)
TEXT = [t for t in ALPHA if valid(t)]
PLAIN = [t for t in TEXT if not re.search(b"[\x00-\x1f\x7f]", t)]

def hostile(maxtok, ban=b"", alpha=ALPHA):
    s = b"".join(rnd.choice(alpha) for _ in range(rnd.randint(0, maxtok)))
    return bytes(c for c in s if c not in ban)

def model(b):
    t = b.decode("utf-8", "surrogateescape")
    t = "".join("\ufffd" if 0xDC80 <= ord(c) <= 0xDCFF else c for c in t)
    # bidirectional embeddings, overrides and isolates are controls too
    return re.sub("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+", " ", t)

def fail(what, detail):
    fails.setdefault(what, detail)

# hostile series: keys, names, units, sources (what ingest accepts)
rows = io.BytesIO()
rows.write(b"series,period,kind,value,unit,source,name\n")
def q(b):
    return b'"' + b.replace(b'"', b'""') + b'"'
for i in range(N):
    key = hostile(4, alpha=PLAIN) + b"%d" % i
    name = hostile(4, alpha=TEXT)
    # units must be known ones (a hostile one is refused by ingest; the
    # unit test test_plot_prop draws hostile units)
    unit = rnd.choice([b"", b"jobs", b"billion rubles", b"companies",
                       hostile(2, alpha=PLAIN)])
    src = hostile(4, alpha=PLAIN) + b"s"
    for year, v in ((2020, 10 + i), (2021, 12 + i)):
        rows.write(b",".join([q(key), b"%d" % year, b"level", b"%d" % v,
                              q(unit), q(src), q(name)]) + b"\n")
open(os.path.join(T, "h.csv"), "wb").write(rows.getvalue())
r = subprocess.run([gs, "ingest", "--skip-bad", os.path.join(T, "h.csv")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
for line in r.stderr.splitlines()[:3]:
    print("# ingest: %r" % line)
db = sqlite3.connect(os.environ["DB"])
db.text_factory = bytes
series = db.execute("SELECT key, name FROM series ORDER BY id").fetchall()
keys = [k for k, _ in series]
print("ok - %d hostile series stored" % len(keys) if len(keys) >= N // 2
      else "not ok - only %d of %d hostile series stored" % (len(keys), N))

for i, (key, nm) in enumerate(series):
    work = os.path.join(T, "w%d" % i)
    os.mkdir(work)
    # an image name: not empty, no '/', no control character, no
    # leading '|' (refused with a message, tested in 040)
    name = hostile(4, ban=bytes(range(32)) + b"/\x7f|") + b"%d" % i
    if name in (b".", b".."):
        name += b"_"
    title = hostile(6)
    while len(model(title)) > 60:    # longer titles are cut with "…"
        title = hostile(6)
    img, gp = name + b".svg", name + b".gp"
    argv = [gs.encode(), b"chart", key, b"--svg", b"-o", img]
    if title:
        argv += [b"--title", title]
    env = dict(os.environ, HOME=work)
    r = subprocess.run(argv, cwd=work, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    if r.returncode != 0:
        fail("chart", "%r: exit %d %r" % (key, r.returncode, r.stderr[:300]))
        continue
    got = sorted(os.listdir(work.encode()))
    if got != sorted([img, gp]):
        fail("only the image and its script appear", "%r: %r" % (key, got))
        continue
    # gnuplot alone on the script writes the image of that name again
    os.unlink(os.path.join(work.encode(), img))
    subprocess.run([b"gnuplot", b"./" + gp], cwd=work, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    got = sorted(os.listdir(work.encode()))
    if got != sorted([img, gp]):
        fail("gnuplot alone writes exactly the image named",
             "%r: %r" % (key, got))
        continue
    texts = ["".join(t.itertext()) for t in
             ET.parse(os.path.join(work.encode(), img)).getroot()
             .iter("{http://www.w3.org/2000/svg}text")]
    if title and model(title) not in texts:
        fail("the title is drawn exactly", "%r: want %r in %r" %
             (title, model(title), texts[:8]))
    if not title:
        want = model(nm if nm else key)
        if want.strip() and len(want) <= 60 and want not in texts:
            fail("the name is drawn exactly as the title",
                 "%r: want %r in %r" % (key, want, texts[:8]))

for what in ("chart", "only the image and its script appear",
             "gnuplot alone writes exactly the image named",
             "the title is drawn exactly",
             "the name is drawn exactly as the title"):
    if what in fails:
        print("not ok - %s: %s" % (what, fails[what]))
    else:
        print("ok - %s (%d charts)" % (what, len(keys)))
PY
