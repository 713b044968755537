#!/bin/sh
# run.sh: run every unit test binary and every end-to-end script, for one or
# more builds, and print one closing line "N passed, N failed".
#
#   sh tests/run.sh BUILD_DIR BINARY [BUILD_DIR BINARY ...]
#
# Unit tests are cmocka programs in BUILD_DIR/tests/ (TAP output); end-to-end
# tests are tests/cli/*.sh, run with GS=BINARY and counted per assertion.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0
fail=0
failed_list=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

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
		rc=$?
		count "$out" "$t"
		if [ $rc -ne 0 ] && ! grep -q '^not ok ' "$out"; then
			fail=$((fail + 1))
			failed_list="$failed_list\n  $t: exit $rc"
			tail -20 "$out"
		fi
		grep -E '^(not ok|#)' "$out" | head -40
	done
	echo "== $build: end-to-end tests"
	for s in "$top"/tests/cli/[0-9]*.sh; do
		[ -f "$s" ] || continue
		out="$tmp/cli.out"
		GS="$bin" GS_TOP="$top" sh "$s" >"$out" 2>&1
		rc=$?
		count "$out" "$s"
		if [ $rc -ne 0 ] && ! grep -q '^not ok ' "$out"; then
			fail=$((fail + 1))
			failed_list="$failed_list\n  $s: exit $rc"
			tail -20 "$out"
		fi
		grep -E '^(not ok|#)' "$out" | head -40
	done
done

if [ $fail -gt 0 ]; then
	printf 'failures:%b\n' "$failed_list"
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
