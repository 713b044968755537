# bulk loads are staged and written by series: more rows than one stage
# backends: sqlite postgres
# holds (65,536), duplicates and conflicts far apart in the file
. "$GS_TOP/tests/cli/lib.sh"

# 70,000 rows over 700 series in file order series-interleaved
awk 'BEGIN {
	print "series,period,value,unit,as_of,source"
	for (i = 0; i < 70000; i++)
		printf "s%03d,%d-%02d,%d.5,rubles,2025-01-01,src\n", i % 700, 1900 + int(i / 700 / 12), int(i / 700) % 12 + 1, i
}' >"$T/big.csv"
run "$GS" -v ingest "$T/big.csv"
expect_rc 0 "70,000 rows in two stages"
expect_out "70000 new, 0 already present" "every row new"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 70000 "70,000 rows stored"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='s007' AND period_start=19000101")" 7.5 "a row of the first stage"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='s699' AND period_start=19080401")" 69999.5 "the last row"

# the same rows again, plus one duplicate at the end: all present
{ cat "$T/big.csv"; sed -n 2p "$T/big.csv"; } >"$T/again.csv"
run "$GS" -v ingest "$T/again.csv"
expect_out "0 new, 70001 already present" "re-ingest across stages adds nothing"

# a conflict 69,999 lines after the row it conflicts with
{ cat "$T/big.csv"; echo "s000,1900-01,99,rubles,2025-01-01,src"; } | sed 1,2d >"$T/body"
{ echo "series,period,value,unit,as_of,source"; echo "n000,1900-01,1,rubles,2025-01-01,src";
  sed 's/^s/n/' "$T/body"; echo "n000,1900-01,2,rubles,2025-01-01,src"; } >"$T/conflict.csv"
run "$GS" ingest "$T/conflict.csv"
expect_rc 65 "a conflict within the file is found across stages"
expect_err "conflict\.csv:70002: conflicts with the stored figure of series 'n000'" "the later row is named by its line"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'n%'")" 0 "nothing of the refused file stored"
run "$GS" ingest --skip-bad --rejects "$T/rej.csv" "$T/conflict.csv"
expect_rc 0 "--skip-bad loads the rest"
expect_eq "$(sed -n 2p "$T/rej.csv" | cut -d, -f1)" 70002 "the reject file names the conflicting line"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='n000' AND period_start=19000101")" 1.0 "the first of two conflicting rows wins"

# the first dimension in file order wins, whatever the period order
printf 'series,period,value,unit,as_of,source\nd,2024,1,rubles,2025-01-01,s\nd,2020,2,jobs,2025-01-01,s\n' >"$T/dim.csv"
run "$GS" ingest "$T/dim.csv"
expect_err "dim\.csv:3: unit 'jobs'" "the later row of another unit is refused"
