# lib.sh: helpers for end-to-end tests of the real binary. Source it; it
# makes a scratch directory $T (removed at exit) and sets GROWTHSTAT_DB.
# Every assertion prints a TAP line ("ok - ..." / "not ok - ...").
set -u
: "${GS:?GS must name the growthstat binary}"
: "${GS_TOP:?GS_TOP must name the source tree}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export GROWTHSTAT_DB="$T/test.db"
unset GROWTHSTAT_APPROX_TOLERANCE 2>/dev/null || true

ok()    { echo "ok - $*"; }
notok() { echo "not ok - $*"; }

# run CMD...: run it, keep stdout in $T/out, stderr in $T/err, status in $rc
run() {
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
}

# expect_rc N DESC
expect_rc() {
	if [ "$rc" -eq "$1" ]; then ok "$2 (exit $1)"; else
		notok "$2: exit $rc, want $1"; sed 's/^/#   err: /' "$T/err" | head -5; fi
}
# expect_out PATTERN DESC  (grep -E on stdout)
expect_out() {
	if grep -Eq -- "$1" "$T/out"; then ok "$2"; else
		notok "$2: stdout lacks /$1/"; sed 's/^/#   out: /' "$T/out" | head -10; fi
}
expect_no_out() {
	if grep -Eq -- "$1" "$T/out"; then notok "$2: stdout has /$1/"; else ok "$2"; fi
}
expect_err() {
	if grep -Eq -- "$1" "$T/err"; then ok "$2"; else
		notok "$2: stderr lacks /$1/"; sed 's/^/#   err: /' "$T/err" | head -10; fi
}
# expect_eq GOT WANT DESC
expect_eq() {
	if [ "$1" = "$2" ]; then ok "$3"; else notok "$3: got '$1', want '$2'"; fi
}
# sql QUERY: run a read-only query on the test database
sql() { sqlite3 -batch -noheader "$GROWTHSTAT_DB" "$1"; }
# expect_close GOT WANT DESC: numbers equal to a relative 1e-9
expect_close() {
	if awk -v g="$1" -v w="$2" 'BEGIN {
		if (g == "" || w == "") exit 1
		d = g - w; if (d < 0) d = -d
		m = w < 0 ? -w : w
		exit !(d <= 1e-9 * m || d <= 1e-12)
	}'; then ok "$3"; else notok "$3: got '$1', want '$2'"; fi
}
# field CSVFILE ROWMATCH COL: column COL of the first CSV line matching
# ROWMATCH (simple CSV: no quoted commas in the row)
field() { grep -E -- "$2" "$1" | head -1 | cut -d, -f"$3"; }
# calc EXPR: evaluate an arithmetic expression with python3 (a second tool)
calc() { python3 -c "from math import *; print(repr(float($1)))"; }
