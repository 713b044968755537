#!/bin/sh
# props.sh: the property tests at length (`make props`, also run by
# `make fuzz`): the same scripts and programs make check runs for seconds,
# with many more random cases, on SQLite and on a throw-away PostgreSQL.
#
#   PROPS_SCALE=1 sh tests/props.sh      (default 1: about ten minutes)
#
# Each prints TAP lines; the run fails when any "not ok" appears.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
k=${PROPS_SCALE:-1}
tmp=$(mktemp -d)
trap 'sh tests/pg/stop.sh "$tmp/pg"; rm -rf "$tmp"' EXIT
fail=0

one() { # label command...
	label=$1
	shift
	"$@" >"$tmp/out" 2>&1
	rc=$?
	n=$(grep -c '^not ok' "$tmp/out")
	p=$(grep -c '^ok' "$tmp/out")
	echo "$label: $p ok, $n not ok, exit $rc"
	grep '^not ok' "$tmp/out" | head -20
	[ "$n" -eq 0 ] && [ "$rc" -eq 0 ] || fail=1
}

export GS="$top/growthstat" GS_TOP="$top"
one "gnuplot labels ($((100000 * k)) strings)" \
	env GS_PLOT_PROP_N=$((100000 * k)) CMOCKA_MESSAGE_OUTPUT=TAP \
	build/rel/tests/test_plot_prop
one "charts of hostile text ($((1000 * k)) charts)" \
	env GS_PLOT_PROP_CHARTS=$((1000 * k)) sh tests/cli/043-chart-property.sh
one "vintage order, sqlite ($((200 * k)) sets)" \
	env GS_PROP_ITER=$((200 * k)) GS_PROP_SEED=1000 \
	sh tests/cli/018-vintage-order.sh
one "glob, sqlite ($((2000 * k)) patterns)" \
	env GS_GLOB_ITER=$((2000 * k)) sh tests/cli/024-glob.sh
if pgenv=$(sh tests/pg/start.sh "$tmp/pg" 2>/dev/null); then
	eval "$pgenv"
	one "vintage order, postgres ($((50 * k)) sets)" \
		env GS_BACKEND=postgres GS_PROP_ITER=$((50 * k)) \
		GS_PROP_SEED=5000 sh tests/cli/018-vintage-order.sh
	one "glob, postgres ($((500 * k)) patterns)" \
		env GS_BACKEND=postgres GS_GLOB_ITER=$((500 * k)) \
		sh tests/cli/024-glob.sh
else
	echo "postgres: skipped (not installed)"
fi
[ $fail -eq 0 ] && echo "props: all passed" || echo "props: FAILED"
exit $fail
