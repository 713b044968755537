# backends: sqlite postgres
# growth --deflate compares the figures growth compares. A part-year flow
# is compared with the same months a year earlier (README, "Partial
# periods"); with --deflate, growth took the first and last figures
# instead and refused "periods of different lengths", and --from/--to
# naming flows of a series that also has levels found "1 figure" (it
# looked at levels only). Found by the audit (exact semantics). Expected
# values by python from the definition: the index for Jan-Aug is the
# average of its eight monthly values, the real end is the nominal end
# times index(start) / index(end).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
{
	echo "series,period,kind,value,unit,as_of,source"
	echo "w.flow,2023,flow,40,RUB,2025-09-10,s"
	echo "w.flow,2024-01..2024-08,flow,40,RUB,2025-09-10,s"
	echo "w.flow,2025-01..2025-08,flow,50,RUB,2025-09-10,s"
	echo "w.mix,2020,level,100,RUB,2025-09-10,s"
	echo "w.mix,2024,level,200,RUB,2025-09-10,s"
	echo "w.mix,2024-01..2024-08,flow,40,RUB,2025-09-10,s"
	echo "w.mix,2025-01..2025-08,flow,50,RUB,2025-09-10,s"
	# a monthly index: 100 + 10 a year since 2020 + the month's number
	for y in 2023 2024 2025; do
		for m in 01 02 03 04 05 06 07 08; do
			echo "cpi,$y-$m,level,$((100 + (y - 2020) * 10 + ${m#0})),index,2025-09-10,s"
		done
	done
} >"$T/w.csv"
"$GS" -q ingest "$T/w.csv"

i24=$(calc "sum(100 + 40 + m for m in range(1, 9)) / 8")
i25=$(calc "sum(100 + 50 + m for m in range(1, 9)) / 8")
real=$(calc "50 * $i24 / $i25")
mult=$(calc "50 * $i24 / $i25 / 40")

run "$GS" growth w.flow --deflate cpi --format csv
expect_rc 0 "a part-year flow deflated against the same months a year earlier"
expect_close "$(field "$T/out" '^start,' 3)" 40 "start: Jan-Aug 2024, as growth picks it"
expect_close "$(field "$T/out" '^index_start,' 3)" "$i24" "index: the average of Jan-Aug 2024"
expect_close "$(field "$T/out" '^index_end,' 3)" "$i25" "index: the average of Jan-Aug 2025"
expect_close "$(field "$T/out" '^end,' 3)" "$real" "real end: 50 x index(2024) / index(2025)"
expect_close "$(field "$T/out" '^multiple,' 3)" "$mult" "real multiple"
expect_close "$(field "$T/out" '^years,' 2)" 1 "one year between them"

run "$GS" growth w.mix --deflate cpi --from 2024-01..2024-08 \
	--to 2025-01..2025-08 --format csv
expect_rc 0 "--from/--to name the flows of a series that also has levels"
expect_close "$(field "$T/out" '^multiple,' 3)" "$mult" "the same real multiple"
