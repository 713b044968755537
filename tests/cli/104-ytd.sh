# show --ytd: single months and quarters from year-to-date flows, and the
# same period last year, with hand-computed values.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

# #1 Jan-Mar 2024 = 4.0, #2 Jan-Jun 2024 = 8.5, #3 Jan-Jul 2024 = 10.0,
# #4 Jan-Aug 2024 = 11.75; #5 Jan-Jul 2025 = 12.6, #6 Jan-Aug 2025 = 14.1
# (million packages). Single periods: Q1 2024 = 4.0 as stated, Q2 2024 =
# 8.5 - 4.0 = 4.5, July 2024 = 1.5, August 2024 = 1.75, August 2025 =
# 14.1 - 12.6 = 1.5 (Jan-Jul 2025 alone says nothing of July). Same period
# last year: Jan-Jul 2025 / 2024 = 12.6 / 10 = 1.26 (+26 %), Jan-Aug
# 14.1 / 11.75 = 1.2 (+20 %).
cat >"$T/y.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
p.pk,2024-01..2024-03,flow,4.0,million packages,2024-04-20,mos.ru
p.pk,2024-01..2024-06,flow,8.5,million packages,2024-07-20,mos.ru
p.pk,2024-01..2024-07,flow,10.0,million packages,2024-08-20,mos.ru
p.pk,2024-01..2024-08,flow,11.75,million packages,2024-09-20,mos.ru
p.pk,2025-01..2025-07,flow,12.6,million packages,2025-08-20,mos.ru
p.pk,2025-01..2025-08,flow,14.1,million packages,2025-09-20,mos.ru
p.lv,2024,level,5,jobs,2025-01-01,mos.ru
CSV
"$GS" init >/dev/null 2>&1
run "$GS" ingest "$T/y.csv"
expect_rc 0 "year-to-date flows ingested as flows"
run "$GS" show p.pk --ytd --format csv
expect_rc 0 "show --ytd"
expect_out '^section,period,value,last_year,multiple,percent,derived,observations,series,unit,low,high,multiple_low,multiple_high$' "csv header"
expect_out '^flow,2024-Q1,4000000,,,,,#1,p\.pk,packages,,,,$' "Q1 as stated (exact: no bounds)"
expect_out '^flow,2024-Q2,4500000,,,,derived,#2 - #1,p\.pk,packages,,,,$' "Q2 = 8.5 - 4.0"
expect_out '^flow,2024-07,1500000,,,,derived,#3 - #2,' "July = 10.0 - 8.5"
expect_out '^flow,2024-08,1750000,,,,derived,#4 - #3,' "August = 11.75 - 10.0"
expect_close "$(field "$T/out" '^flow,2025-08,' 3)" "$(calc '14.1e6 - 12.6e6')" "August 2025 = 14.1 - 12.6"
expect_no_out '^flow,2025-01\.\.2025-07' "Jan-Jul alone derives nothing"
expect_close "$(field "$T/out" '^same_period_last_year,2025-01\.\.2025-07,' 5)" "$(calc '12.6 / 10')" "Jan-Jul 2025 against 2024"
expect_close "$(field "$T/out" '^same_period_last_year,2025-01\.\.2025-08,' 6)" "$(calc '100 * (14.1 / 11.75 - 1)')" "Jan-Aug 2025: +20 %"
expect_out '^same_period_last_year,2025-01\.\.2025-08,14100000,11750000,.*,#6 #4,' "with both observations"
run "$GS" show p.pk --ytd
expect_out '^2024-Q2 +4\.5 mn packages +derived +#2 - #1$' "table for people"
expect_out '^same period last year$' "two tables"
run "$GS" show p.pk --ytd --as-of 2024-08-31 --format csv
expect_no_out '2024-08' "--as-of: August not yet known"
run "$GS" show p.lv --ytd
expect_rc 65 "a series without year-to-date flows"
