# concurrent ingests of overlapping files: two and four at once end with
# every row stored exactly once; readers keep working meanwhile
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
# f0..f6: file k holds blocks k and k+1 of 300 rows (neighbours overlap)
awk -v H="$H" -v T="$T" 'BEGIN {
	for (f = 0; f <= 6; f++) {
		out = sprintf("%s/f%d.csv", T, f)
		print H >out
		for (b = f; b <= f + 1; b++)
			for (i = 0; i < 300; i++)
				printf "c.b%d,%d,level,%d,rubles,,,2025-01-01,src,\n", b, 1000 + i, b * 1000 + i >out
		close(out)
	}
}'
dump() { sqlite3 -batch -noheader "$1" "SELECT series, period_start, value, source FROM v_observations ORDER BY 1, 2"; }

# the reference: the same files one after the other
GROWTHSTAT_DB="$T/ref.db" "$GS" ingest "$T"/f?.csv
ref=$(dump "$T/ref.db")

"$GS" init
# two at once
"$GS" ingest "$T/f0.csv" "$T/f1.csv" "$T/f2.csv" >"$T/o1" 2>"$T/e1" & p1=$!
"$GS" ingest "$T/f2.csv" "$T/f3.csv" "$T/f1.csv" >"$T/o2" 2>"$T/e2" & p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
expect_eq "$r1 $r2" "0 0" "two ingests started together both succeed"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 1500 "two at once: blocks 0-4 stored, each row once"
expect_eq "$(sql "SELECT sum(rows_new) FROM batches WHERE status = 'committed'")" 1500 "two at once: the batches' new rows add up"

# four at once: two over a drop directory, two over files, all overlapping
mkdir "$T/drop"
cp "$T/f3.csv" "$T/f4.csv" "$T/f5.csv" "$T/drop/"
touch -d '2020-01-01' "$T/drop"/*.csv
"$GS" ingest --dir "$T/drop" >"$T/o1" 2>"$T/e1" & p1=$!
"$GS" ingest --dir "$T/drop" >"$T/o2" 2>"$T/e2" & p2=$!
"$GS" ingest "$T/f4.csv" "$T/f6.csv" >"$T/o3" 2>"$T/e3" & p3=$!
"$GS" ingest "$T/f6.csv" "$T/f5.csv" "$T/f0.csv" >"$T/o4" 2>"$T/e4" & p4=$!
# readers meanwhile (with a busy timeout, as growthstat readers have: a
# closing connection checkpoints the WAL under a brief exclusive lock):
# each read must succeed; counts never go down
last=0 reads=0 readfail=0 down=0
while kill -0 $p1 2>/dev/null || kill -0 $p2 2>/dev/null || kill -0 $p3 2>/dev/null || kill -0 $p4 2>/dev/null; do
	n=$(sqlite3 -batch -noheader -cmd ".timeout 10000" "$GROWTHSTAT_DB" "SELECT count(*) FROM observations" 2>>"$T/rerr") || { readfail=$((readfail + 1)); echo "# sqlite3 read failed: $(tail -1 "$T/rerr")"; }
	"$GS" series --format csv >/dev/null 2>>"$T/rerr" || { readfail=$((readfail + 1)); echo "# series failed"; }
	[ -n "$n" ] && [ "$n" -lt "$last" ] && down=1
	[ -n "$n" ] && last=$n
	reads=$((reads + 1))
done
wait $p1; r1=$?
wait $p2; r2=$?
wait $p3; r3=$?
wait $p4; r4=$?
expect_eq "$r1 $r2 $r3 $r4" "0 0 0 0" "four ingests started together all succeed"
cat "$T"/e1 "$T"/e2 "$T"/e3 "$T"/e4 | sed 's/^/#   err: /'
expect_eq "$readfail" 0 "readers never failed during the ingests ($reads rounds)"
expect_eq "$down" 0 "readers never saw the row count go down"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 2400 "four at once: blocks 0-7 stored, each row once"
expect_eq "$(dump "$GROWTHSTAT_DB")" "$ref" "the database equals one loaded file by file"
expect_eq "$(ls "$T/drop/archive" | tr '\n' ' ')" "f3.csv f4.csv f5.csv " "each dropped file archived once"
expect_eq "$(ls "$T/drop" | tr '\n' ' ')" "archive " "nothing left in the drop directory"
expect_eq "$(sql "SELECT count(*) FROM batches WHERE status <> 'committed'")" 0 "no refused or open batch"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"
