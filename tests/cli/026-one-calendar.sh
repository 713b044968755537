# one calendar (issue 14): a period shifted by a year keeps its month ends,
# so a Jan-Feb flow compares with Jan-Feb a year earlier whichever of the
# two years is a leap year (Feb 29 2024 <-> Feb 28 2023 and 2025), and a
# Jan-Feb flow projects to Jan-Feb 2024 (to Feb 29). Values by hand.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/jf.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
packs,2023-01..2023-02,flow,100,packages,,,2025-10-07,s,
packs,2024-01..2024-02,flow,130,packages,,,2025-10-07,s,
packs,2025-01..2025-02,flow,156,packages,,,2025-10-07,s,
leapfirst,2023-01..2023-02,flow,100,packages,,,2025-10-07,s,
leapfirst,2024-01..2024-02,flow,125,packages,,,2025-10-07,s,
jf,2022-01..2022-02,flow,100,packages,,,2025-10-07,s,
jf,2023-01..2023-02,flow,110,packages,,,2025-10-07,s,
CSV
"$GS" ingest "$T/jf.csv" || notok "ingest fixture"

# 2025 against 2024: the year before Feb 28 2025 is Feb 29 2024
run "$GS" growth packs --format csv
expect_rc 0 "growth of Jan-Feb 2025 finds Jan-Feb 2024"
expect_eq "$(field "$T/out" '^start,' 2)" 130 "start is Jan-Feb 2024 (130)"
expect_eq "$(field "$T/out" '^end,' 2)" 156 "end is Jan-Feb 2025 (156)"
# (2025 + 2/12) - (2024 + 2/12) = 1 year; 156/130 = 1.2
expect_close "$(field "$T/out" '^years,' 2)" 1 "Jan-Feb to Jan-Feb is one year"
expect_close "$(field "$T/out" '^multiple,' 2)" 1.2 "multiple 156/130 = 1.2"
expect_close "$(field "$T/out" '^cagr_pct,' 2)" 20 "CAGR 20 %"
run "$GS" growth packs
expect_out "2024-01\.\.2024-02 -> 2025-01\.\.2025-02" "the periods are written as months"
expect_no_out "2024-02-28" "no period ends on Feb 28 of a leap year"

# 2024 against 2023: Feb 29 2024 a year back is Feb 28 2023
run "$GS" growth leapfirst --format csv
expect_rc 0 "growth of Jan-Feb 2024 finds Jan-Feb 2023"
expect_close "$(field "$T/out" '^multiple,' 2)" 1.25 "multiple 125/100"
expect_close "$(field "$T/out" '^years,' 2)" 1 "Jan-Feb 2023 to Jan-Feb 2024 is one year"
run "$GS" growth packs --from 2023-01..2023-02 --to 2025-01..2025-02 --format csv
expect_close "$(field "$T/out" '^years,' 2)" 2 "two years from Jan-Feb 2023 to Jan-Feb 2025"

# a Jan-Feb flow projects to Jan-Feb of each year, Feb 29 in 2024:
# 110 * 1.1 = 121 in 2024, 133.1 in 2025
run "$GS" project jf --to 2025 --format csv
expect_rc 0 "project a Jan-Feb flow"
expect_close "$(field "$T/out" '^2024-01\.\.2024-02,' 3)" "$(calc '110*1.1')" "Jan-Feb 2024 = 121"
expect_close "$(field "$T/out" '^2025-01\.\.2025-02,' 3)" "$(calc '110*1.1**2')" "Jan-Feb 2025 = 133.1"
expect_no_out "2024-02-28" "the projected 2024 period ends on Feb 29"
