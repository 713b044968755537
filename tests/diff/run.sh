#!/bin/sh
# run.sh: the differential test at length (`make diff-test`, also run by
# `make fuzz`): DIFF_N random workloads (default 500) on SQLite and on a
# throw-away PostgreSQL cluster, compared byte for byte (tests/diff/diff.py).
#
#   sh tests/diff/run.sh BINARY [N] [FIRST_SEED]
#
# Without PostgreSQL only the fast-path and re-ingest checks run, and the
# run says so. Ends with "diff-test: all passed" or "diff-test: FAILED".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:?usage: run.sh BINARY [N] [FIRST_SEED]}
n=${2:-500}
first=${3:-1000}
tmp=$(mktemp -d)
trap 'sh "$top/tests/pg/stop.sh" "$tmp/pg"; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
pg=""
if pgenv=$(sh "$top/tests/pg/start.sh" "$tmp/pg" 2>/dev/null); then
	eval "$pgenv"
	pg="--pg $GS_PG_URI"
else
	echo "postgres: skipped (not installed): fast paths and re-ingest only"
fi
mkdir "$tmp/work"
# shellcheck disable=SC2086
python3 "$top/tests/diff/diff.py" --gs "$bin" --seeds "$first:$n" $pg \
	"$tmp/work" | tee "$tmp/out" | grep -v '^ok '
if grep -q '^not ok' "$tmp/out"; then
	echo "diff-test: FAILED ($(grep -c '^not ok' "$tmp/out") checks)"
	exit 1
fi
echo "diff-test: all passed ($(grep -c '^ok' "$tmp/out") checks)"
