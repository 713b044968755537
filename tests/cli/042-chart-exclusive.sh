# chart: every file chart writes (image, script, index.md) is created
# exclusively under a temporary name beside it and renamed into place, so
# a symbolic link planted at an output name (or at a temporary name) is
# replaced, never written through; the database, its journals and its lock
# and existing FIFOs are refused as outputs; nothing temporary is left.
. "$GS_TOP/tests/cli/lib.sh"

if command -v gnuplot >/dev/null 2>&1; then gp=true; else gp=false; fi
png_sig() { od -An -tx1 -N8 "$1" | tr -d ' \n'; }
# regular PATH DESC: PATH is a regular file (not a link)
regular() {
	if [ -f "$1" ] && [ ! -L "$1" ]; then ok "$2"; else
		notok "$2: $(ls -l "$1" 2>&1)"; fi
}
# victims DESC: every victim file still holds what it held
victims() {
	bad=""
	for v in "$T"/victim*; do
		[ "$(cat "$v")" = "precious $(basename "$v")" ] || bad="$bad $(basename "$v")"
	done
	if [ -z "$bad" ]; then ok "$1: no victim written through a link"; else
		notok "$1: written through a link:$bad"; fi
}
# leftovers DIR DESC: no temporary (dot) file left in DIR but the planted
# .tmp links
leftovers() {
	left=$(ls -A "$1" | grep '^\.' | grep -v '\.tmp$' | tr '\n' ' ')
	if [ -n "$left" ]; then notok "$2: left $left"
	else ok "$2: no temporary file left"; fi
}
# timeout: a FIFO opened for writing would block for ever
to() { timeout 20 "$@"; }

cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,source,name
a.b,2020,level,10,jobs,s,A B
a.b,2021,level,12,jobs,s,A B
c.d,2021,level,5,jobs,s,C D
c.d,2022,level,6,jobs,s,C D
CSV
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"
mkdir "$T/c" "$T/all"
for n in 1 2 3 4 5 6 7 8 9; do echo "precious victim$n" >"$T/victim$n"; done

# links at the output names, and at names a temporary file might take
ln -s "$T/victim1" "$T/c/x.png"
ln -s "$T/victim2" "$T/c/x.gp"
ln -s "$T/victim3" "$T/c/x.png.tmp"
ln -s "$T/victim3" "$T/c/.x.png.tmp"
ln -s "$T/victim3" "$T/c/x.gp.tmp"
run to "$GS" chart a.b -o "$T/c/x.png"
if $gp; then expect_rc 0 "chart over planted links"; else expect_rc 69 "chart over planted links (no gnuplot)"; fi
victims "one chart"
regular "$T/c/x.gp" "the script is a regular file where the link was"
if $gp; then
	regular "$T/c/x.png" "the image is a regular file where the link was"
	expect_eq "$(png_sig "$T/c/x.png")" 89504e470d0a1a0a "the image is a PNG"
fi
if grep -q '^if (!exists("outfile")) outfile = "x.png"$' "$T/c/x.gp"; then
	ok "the script names the image beside it"; else notok "the script's outfile"; fi
leftovers "$T/c" "one chart"

# SVG and --script-only through links
ln -s "$T/victim4" "$T/c/y.svg"
ln -s "$T/victim5" "$T/c/y.gp"
run to "$GS" chart a.b c.d -o "$T/c/y.svg"
if $gp; then expect_rc 0 "SVG over links"; else expect_rc 69 "SVG over links (no gnuplot)"; fi
victims "SVG"
$gp && regular "$T/c/y.svg" "the SVG is a regular file"
ln -s "$T/victim6" "$T/c/z.gp"
run to "$GS" chart a.b --script-only --script "$T/c/z.gp"
expect_rc 0 "--script-only over a link"
victims "--script-only"
regular "$T/c/z.gp" "the script is a regular file"

# gnuplot failing: the image is not created, the script is, nothing left
# (its stderr quoted with ESC, DEL and the C1 CSI made visible)
printf '#!/bin/sh\nprintf "boom\\033[31m\\177\\302\\233x\\n" >&2\nexit 1\n' >"$T/fail-gp"
chmod +x "$T/fail-gp"
GROWTHSTAT_GNUPLOT="$T/fail-gp" run to "$GS" chart a.b -o "$T/c/f.png"
expect_rc 69 "gnuplot failing"
if grep -Fq 'gnuplot: boom\e[31m\x7f\u009bx' "$T/err"; then ok "gnuplot's error quoted visibly"
else notok "gnuplot's error: $(od -c "$T/err" | head -5)"; fi
if LC_ALL=C grep -q "$(printf '[\033\177\302]')" "$T/err"; then
	notok "a raw control character on stderr"; else ok "no raw control character on stderr"; fi
if [ -e "$T/c/f.png" ]; then notok "an image from a failed run"; else ok "no image from a failed run"; fi
regular "$T/c/f.gp" "the script of a failed run"
leftovers "$T/c" "failed run"

# --all: links at the chart names and at index.md
ln -s "$T/victim7" "$T/all/a.b.png"
ln -s "$T/victim8" "$T/all/a.b.gp"
ln -s "$T/victim9" "$T/all/index.md"
run to "$GS" chart --all -d "$T/all"
if $gp; then expect_rc 0 "--all over links"; else expect_rc 69 "--all over links (no gnuplot)"; fi
victims "--all"
regular "$T/all/index.md" "index.md is a regular file"
regular "$T/all/a.b.gp" "a batch script is a regular file"
$gp && regular "$T/all/a.b.png" "a batch image is a regular file"
leftovers "$T/all" "--all"

# outputs that are not a chart's to replace
run to "$GS" chart a.b -o "$GROWTHSTAT_DB.lock"
expect_rc 2 "-o the database's lock refused"
expect_err "database's lock; refusing" "says it is the lock"
run to "$GS" chart a.b --script "$GROWTHSTAT_DB-shm" -o "$T/c/s.png"
expect_rc 2 "--script the database's -shm refused"
mkfifo "$T/c/fifo.png"
run to "$GS" chart a.b -o "$T/c/fifo.png"
expect_rc 2 "-o an existing FIFO refused"
expect_err "exists and is not a regular file" "says why"
mkfifo "$T/c/p.gp"
run to "$GS" chart a.b --script-only --script "$T/c/p.gp"
expect_rc 2 "--script an existing FIFO refused"
if [ -p "$T/c/p.gp" ]; then ok "the FIFO is left alone"; else notok "the FIFO was replaced"; fi
