# growth --deflate: a currency series in the prices of its start period,
# by a price index stored as a series; expectations by hand (calc).
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

{
	echo "series,period,kind,value,unit,as_of,source"
	echo "m.out,2020,level,55,billion rubles,2021-03-01,mos.ru"
	echo "m.out,2024,level,154,billion rubles,2025-03-01,mos.ru"
	echo "m.out,2025,level,170,billion rubles,2026-03-01,mos.ru"
	echo "m.jobs,2020,level,1000,jobs,2021-03-01,mos.ru"
	echo "m.jobs,2024,level,1500,jobs,2025-03-01,mos.ru"
	echo "cpi,2020,level,100,index,2021-01-15,rosstat"
	# monthly in 2024: 130, 131, ..., 141 (average 135.5); 2025 to August
	for m in 1 2 3 4 5 6 7 8 9 10 11 12; do
		printf 'cpi,2024-%02d,level,%d,index,2025-01-15,rosstat\n' $m $((129 + m))
	done
	for m in 1 2 3 4 5 6 7 8; do
		printf 'cpi,2025-%02d,level,150,index,2025-09-15,rosstat\n' $m
	done
} >"$T/d.csv"
"$GS" init >/dev/null 2>&1
run "$GS" ingest "$T/d.csv"
expect_rc 0 "figures and a monthly CPI ingested"

# 2024 in 2020 prices: 154 * 100 / 135.5; real multiple against 55
real=$(calc "154e9 * 100 / 135.5")
mult=$(calc "154 * 100 / 135.5 / 55")
rcagr=$(calc "100 * ((154 * 100 / 135.5 / 55) ** (1 / 4) - 1)")
run "$GS" growth m.out --to 2024 --deflate cpi --format csv
expect_rc 0 "growth --deflate"
expect_close "$(field "$T/out" '^end,' 2)" 154000000000 "nominal end as stated"
expect_close "$(field "$T/out" '^end,' 3)" "$real" "real end in 2020 prices (154 x 100 / 135.5)"
expect_close "$(field "$T/out" '^index_end,' 3)" 135.5 "the annual average of the monthly index"
expect_close "$(field "$T/out" '^multiple,' 2)" 2.8 "nominal multiple"
expect_close "$(field "$T/out" '^multiple,' 3)" "$mult" "real multiple"
expect_close "$(field "$T/out" '^cagr_pct,' 3)" "$rcagr" "real CAGR"
run "$GS" growth m.out --to 2024 --deflate cpi
expect_out "^m\.out: 2\.80x nominal 2020-2024 is 2\.07x in 2020 prices \(deflated by cpi\)$" "the sentence, real beside nominal"

# refusals: the index has 8 months of 2025; jobs are not money
run "$GS" growth m.out --deflate cpi
expect_rc 65 "an index that does not cover 2025"
expect_err "the index cpi does not cover 2025" "names the index and the period"
run "$GS" growth m.jobs --deflate cpi
expect_rc 65 "a series that is not currency"
expect_err "m\.jobs is not a currency series" "says why"
run "$GS" growth m.out --deflate no.such.index
expect_rc 65 "an unknown index"
