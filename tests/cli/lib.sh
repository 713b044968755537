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
