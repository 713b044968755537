#!/bin/sh
# run.sh: run every unit test binary and every end-to-end script, for one or
# more builds, and print one closing line "N passed, N failed".
#
#   sh tests/run.sh BUILD_DIR BINARY [BUILD_DIR BINARY ...]
#
# Unit tests are cmocka programs in BUILD_DIR/tests/ (TAP output); end-to-end
# tests are tests/cli/*.sh, run with GS=BINARY and counted per assertion.
#
# End-to-end tests marked with a line "# backends: sqlite postgres" run a
# second time against a throw-away PostgreSQL cluster (tests/pg/start.sh),
# each in a fresh database; the cluster is stopped and removed at exit.
# Without PostgreSQL installed that second run is skipped, and said so.
# GS_PG=0 skips it too. GS_ONLY=PATTERN runs only the end-to-end scripts
# whose name matches the shell pattern (e.g. GS_ONLY='07*'), for quick
# iterations; make check runs them all.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0
fail=0
failed_list=""
tmp=$(mktemp -d)
pgdir="$tmp/pg"
trap 'sh "$top/tests/pg/stop.sh" "$pgdir"; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

pg=0
if [ "${GS_PG:-1}" = 0 ]; then
	echo "postgres: skipped (GS_PG=0)"
elif pgenv=$(GS_PG_AUTOVACUUM=off sh "$top/tests/pg/start.sh" "$pgdir" 2>"$tmp/pg.err"); then
	eval "$pgenv"
	pg=1
	echo "postgres: test cluster at $GS_PG_URI"
elif [ $? -eq 3 ]; then
	echo "postgres: skipped (not installed)"
else
	cat "$tmp/pg.err"
	fail=$((fail + 1))
	failed_list="$failed_list\n  postgres: the test cluster did not start"
fi

count() { # file label
	p=$(grep -c '^ok ' "$1" || true)
	f=$(grep -c '^not ok ' "$1" || true)
	pass=$((pass + p))
	fail=$((fail + f))
	if [ "$f" -gt 0 ]; then
		failed_list="$failed_list\n  $2:"
		failed_list="$failed_list\n$(grep '^not ok ' "$1" | sed 's/^/    /')"
	fi
}

# counted RC FILE LABEL: count FILE's results; a non-zero exit with no
# "not ok" line (a crash) is a failure of its own
counted() {
	count "$2" "$3"
	if [ "$1" -ne 0 ] && ! grep -q '^not ok ' "$2"; then
		fail=$((fail + 1))
		failed_list="$failed_list\n  $3: exit $1"
		tail -20 "$2"
	fi
}

cli() { # script backend
	out="$tmp/cli.out"
	GS="$bin" GS_TOP="$top" GS_BACKEND=$2 sh "$1" >"$out" 2>&1
	counted $? "$out" "$1 [$2]"
	grep -E '^(not ok|#)' "$out" | sed "s|^not ok - |not ok - [$2] |" |
		head -40
}

only() { # script: does it match GS_ONLY (if set)?
	[ -z "${GS_ONLY:-}" ] && return 0
	case "${1##*/}" in $GS_ONLY) return 0 ;; esac
	return 1
}

while [ $# -ge 2 ]; do
	build=$1
	bin=$2
	shift 2
	case "$bin" in /*) ;; *) bin="$top/$bin" ;; esac
	echo "== $build: unit tests"
	for t in "$build"/tests/test_*; do
		[ -x "$t" ] || continue
		out="$tmp/unit.out"
		CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$out" 2>&1
		counted $? "$out" "$t"
		grep -E '^(not ok|#)' "$out" | head -40
	done
	echo "== $build: end-to-end tests"
	for s in "$top"/tests/cli/[0-9]*.sh; do
		[ -f "$s" ] || continue
		only "$s" || continue
		cli "$s" sqlite
	done
	[ $pg -eq 1 ] || continue
	# series_scan's generic path (series.c) against the server
	if [ -x "$build/tests/test_scan" ]; then
		echo "== $build: unit test of the scan on PostgreSQL"
		psql -X -q "$GS_PG_URI" -c "CREATE DATABASE unit_scan" >/dev/null
		out="$tmp/unit.out"
		GS_SCAN_PG_URI="${GS_PG_URI%/*}/unit_scan" \
			CMOCKA_MESSAGE_OUTPUT=TAP "$build/tests/test_scan" \
			>"$out" 2>&1
		counted $? "$out" "$build/tests/test_scan [postgres]"
		psql -X -q "$GS_PG_URI" -c "DROP DATABASE unit_scan WITH (FORCE)" >/dev/null
	fi
	echo "== $build: end-to-end tests on PostgreSQL"
	for s in "$top"/tests/cli/[0-9]*.sh; do
		grep -q '^# backends:.*postgres' "$s" || continue
		only "$s" || continue
		cli "$s" postgres
	done
done

if [ $fail -gt 0 ]; then
	printf 'failures:%b\n' "$failed_list"
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
