# backends: sqlite postgres
# The differential test of issue 20, a few seeded workloads of it (the
# long run: make diff-test, 500 workloads). tests/diff/gen.py writes random
# workloads; tests/diff/diff.py ingests them and runs every read command.
# On PostgreSQL every exit code, stdout, stderr, reject file and chart
# script must be byte-identical to those of a SQLite database the script
# loads itself (only the database's name is normalised, to <DB>); on both,
# project --all, check and implied without keys (the all-series scans)
# must give each series what the per-series commands give, re-ingesting
# every file must add nothing, and every reject line keeps its record.
. "$GS_TOP/tests/cli/lib.sh"

mkdir "$T/work"
if [ "${GS_BACKEND:-sqlite}" = postgres ]; then
	runs="1:1 8:1"
	pg="--pg $GS_PG_URI"
else
	runs="8:1 11:1 19:1"
	pg=""
fi
# seed 1 states -0; 8 and 19 have a unit of another dimension and 11 a
# conflict refused when the batch is written (their rejects' records)
for r in $runs; do
	# shellcheck disable=SC2086
	python3 "$GS_TOP/tests/diff/diff.py" --gs "$GS" --quick --seeds "$r" \
		$pg "$T/work"
done
