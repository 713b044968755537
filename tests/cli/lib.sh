# lib.sh: helpers for end-to-end tests of the real binary. Source it; it
# makes a scratch directory $T (removed at exit) and sets GROWTHSTAT_DB.
# Every assertion prints a TAP line ("ok - ..." / "not ok - ...").
set -u
: "${GS:?GS must name the growthstat binary}"
: "${GS_TOP:?GS_TOP must name the source tree}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export GROWTHSTAT_DB="$T/test.db"
# GS_BACKEND=postgres (tests/run.sh, for tests marked "# backends: ...
# postgres"): a fresh database on the server at GS_PG_URI instead, dropped
# at exit.
if [ "${GS_BACKEND:-sqlite}" = postgres ]; then
	: "${GS_PG_URI:?GS_PG_URI must name the test server}"
	pg_name="t_$(basename "$T" | tr -c 'a-zA-Z0-9\n' _ | tr A-Z a-z)_$$"
	psql -X -q "$GS_PG_URI" -c "CREATE DATABASE $pg_name" >/dev/null || exit 1
	export GROWTHSTAT_DB="${GS_PG_URI%/*}/$pg_name"
	trap 'rm -rf "$T"; psql -X -q "$GS_PG_URI" -c "DROP DATABASE IF EXISTS $pg_name WITH (FORCE)" >/dev/null 2>&1' EXIT
fi
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
# sql QUERY: run a query on the test database. On PostgreSQL the output is
# made to read as the sqlite3 shell's: "|" between columns, floats with
# 15 significant digits and ".0" when whole, booleans as 1/0.
sql() {
	case $GROWTHSTAT_DB in
	postgres*)
		# the server checks its own pages; what is left to check is
		# that every observation has its series and source
		[ "$1" = "PRAGMA integrity_check" ] && set -- "SELECT CASE WHEN
			count(*) = 0 THEN 'ok' ELSE 'orphan observations' END
			FROM observations o WHERE NOT EXISTS (SELECT 1 FROM
			series s WHERE s.id = o.series_id) OR NOT EXISTS
			(SELECT 1 FROM sources r WHERE r.id = o.source_id)"
		pg_sql "$1" ;;
	*) sqlite3 -batch -noheader "$GROWTHSTAT_DB" "$1" ;;
	esac
}
# sql_try STATEMENT: run a statement that may fail (either backend); its
# output and errors in $T/sqlout, its status in $rc
sql_try() {
	case $GROWTHSTAT_DB in
	postgres*) psql -X -q -v ON_ERROR_STOP=1 -At "$GROWTHSTAT_DB" \
		-c "$1" >"$T/sqlout" 2>&1 ;;
	*) sqlite3 -batch "$GROWTHSTAT_DB" "$1" >"$T/sqlout" 2>&1 ;;
	esac
	rc=$?
}
pg_sql() {
	pg_types=$(printf '%s \\gdesc\n' "$1" |
		psql -X -q -At -F'|' "$GROWTHSTAT_DB" 2>/dev/null |
		cut -d'|' -f2 | tr '\n' ,)
	psql -X -q -At -F'|' "$GROWTHSTAT_DB" -c "$1" |
	awk -F'|' -v OFS='|' -v types="$pg_types" '
		BEGIN { n = split(types, t, ",") }
		{
			for (i = 1; i <= NF && i <= n; i++) {
				if (t[i] == "double precision" && $i != "") {
					v = sprintf("%.15g", $i)
					if (v !~ /[.en]/) v = v ".0"
					$i = v
				} else if (t[i] == "boolean") {
					$i = $i == "t" ? 1 : $i == "f" ? 0 : $i
				}
			}
			print
		}'
}
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
# csv_get CSVFILE KEYCOL KEY COL: column COL (by name) of the first row
# whose column KEYCOL is KEY, read by python's csv module (quoted commas
# and all); nothing when there is no such row or column
csv_get() {
	python3 -c '
import csv, sys
f, kc, k, c = sys.argv[1:]
for r in csv.DictReader(open(f, newline="", encoding="utf-8")):
    if r.get(kc) == k:
        print(r.get(c, ""))
        break' "$@"
}

# reject_lines FILE: the input lines a --skip-bad reject file holds, from
# its last column ("file:line[:column]: message"), sorted, each followed
# by a space ("3 4 ").
reject_lines() {
	python3 - "$1" <<'PY'
import csv, re, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'),
                       delimiter=sys.argv[2] if len(sys.argv) > 2 else ','))
nums = sorted(int(re.search(r':(\d+)(?::\d+)?: ', r[-1]).group(1))
              for r in rows[1:])
print(''.join('%d ' % n for n in nums), end='')
PY
}
