# backends: sqlite postgres
# Ingest's lookup of stored figures (issue 18): on PostgreSQL a flush finds
# the stored rows its rows meet either by one primary-key probe per staged
# row or by reading every stored row of its series (pg_stage.c picks by
# the server's row counts; GROWTHSTAT_PG_LOOKUP forces one). Each way, on
# its own series, must decide new / already present / conflict exactly as
# SQLite does: the expected counts and lines below are worked out by hand
# from the files (SQLite ignores the variable, so both backends check the
# same answers).
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"

for way in probe series; do
	p="w$way"
	# 5 series x 4 years from source s1, and two more rows of s01 from
	# source s2: 22 rows, all new
	{
		echo "series,period,value,unit,as_of,source"
		for s in 1 2 3 4 5; do
			for y in 2020 2021 2022 2023; do
				echo "$p.s0$s,$y,$((s * 100 + y - 2000)),jobs,2025-01-01,s1"
			done
		done
		echo "$p.s01,2020,7,jobs,2025-01-01,s2"
		echo "$p.s01,2024,8,jobs,2025-01-01,s2"
	} >"$T/$p-a.csv"
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest "$T/$p-a.csv"
	expect_out "22 new, 0 already present, 0 rejected" "$way: first ingest, 22 new"
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest "$T/$p-a.csv"
	expect_out "0 new, 22 already present, 0 rejected" "$way: re-ingest, all 22 present"

	# line 2: s01 2021 as stored (121): present; line 3: s02 2022 at a
	# later as_of: new; line 4: s03 2023 at the same as_of, 999 not 323:
	# conflict; line 5: a new series; line 6: s04 2020 from a new source
	# s3: new; line 7: s01 2020 from s2 as stored (7): present
	cat >"$T/$p-b.csv" <<CSV
series,period,value,unit,as_of,source
$p.s01,2021,121,jobs,2025-01-01,s1
$p.s02,2022,250,jobs,2025-06-01,s1
$p.s03,2023,999,jobs,2025-01-01,s1
$p.s09,2024,1,jobs,2025-01-01,s1
$p.s04,2020,420,jobs,2025-01-01,s3
$p.s01,2020,7,jobs,2025-01-01,s2
CSV
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest "$T/$p-b.csv"
	expect_rc 65 "$way: a conflict refuses the file"
	expect_err "$p-b.csv:4: conflicts with the stored figure of series '$p.s03'.*\(value 323\)" \
		"$way: the conflict named by its line and the stored value"
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest --skip-bad --rejects "$T/$p-rej.csv" "$T/$p-b.csv"
	expect_rc 0 "$way: --skip-bad"
	expect_out "3 new, 2 already present, 1 rejected" "$way: 3 new, 2 present, 1 rejected"
	expect_eq "$(reject_lines "$T/$p-rej.csv")" "4 " "$way: line 4 rejected"
	run "$GS" show --format csv "$p.s02"
	expect_eq "$(field "$T/out" '^2022,' 4)" 250 "$way: s02 2022 reads its later vintage"
	expect_eq "$(sql "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key LIKE '$p.%'")" 25 \
		"$way: 22 + 3 rows stored"
done
