# backends: sqlite postgres
# project --to names the period wanted: a series of quarterly flows none
# of which follows another (2016-Q1, 2016-Q4) steps by a year, and
# --to 2018-Q2 ended at 2017-Q4, without the 2018-Q2 row (README: "a
# projection lists every period ... from its last figure to --to");
# project --all --to 2018-Q2 gave 2017-Q4's value as the projection.
# Found by the audit (tests/semantics against ref.py). Expected values
# by hand: from 100 to 121 over 0.75 years, 2018-Q2 is 1.5 years after
# 2016-Q4, so 121 x 1.21^(1.5 / 0.75) = 121 x 1.21^2 = 177.1561.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/q.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
q.f,2016-Q1,flow,100,RUB,2025-01-01,s
q.f,2016-Q4,flow,121,RUB,2025-01-01,s
CSV
"$GS" -q ingest "$T/q.csv"

run "$GS" project q.f --to 2018-Q2 --format csv
expect_rc 0 "project quarterly flows to 2018-Q2"
expect_close "$(csv_get "$T/out" period 2018-Q2 value)" "$(calc '121 * 1.21 ** 2')" \
	"the 2018-Q2 row: 121 x 1.21^2"
expect_close "$(csv_get "$T/out" period 2017-Q4 value)" \
	"$(calc '121 * 1.21 ** (1 / 0.75)')" "the year's step before it stays"
run "$GS" project --all --to 2018-Q2 --format csv
expect_close "$(csv_get "$T/out" series q.f projected)" "$(calc '121 * 1.21 ** 2')" \
	"project --all reads the trend at 2018-Q2"
