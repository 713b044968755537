# backends: sqlite postgres
# Two finite figures whose ratio is past a double's range still have a
# finite log difference and CAGR: 1e-300 to 1e300 over 4 years is a log
# difference of ln(1e600) = 1381.55 and a CAGR of 1e150 - 1. growth gave
# both as inf (it took them from the multiple, which overflows). Found
# by the audit (exact semantics, values near the limits of a double).
# Expected values by python's math from the definitions.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/x.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
x.up,2020,level,1e-300,RUB,2025-06-01,s
x.up,2024,level,1e300,RUB,2025-06-01,s
x.down,2020,level,1e300,RUB,2025-06-01,s
x.down,2024,level,1e-300,RUB,2025-06-01,s
x.edge,2020,level,1e-200,RUB,2025-06-01,s
x.edge,2024,level,1e200,RUB,2025-06-01,s
CSV
"$GS" -q ingest "$T/x.csv"

run "$GS" growth x.up --format csv
expect_rc 0 "growth from 1e-300 to 1e300"
expect_close "$(field "$T/out" '^log_diff,' 2)" \
	"$(calc 'log(1e300) - log(1e-300)')" "log difference ln(1e600)"
expect_close "$(field "$T/out" '^cagr_pct,' 2)" \
	"$(calc '100 * expm1((log(1e300) - log(1e-300)) / 4)')" \
	"CAGR (1e600)^(1/4) - 1 = 1e150 - 1"
expect_eq "$(field "$T/out" '^multiple,' 2)" inf "the multiple itself overflows"

run "$GS" growth x.down --format csv
expect_close "$(field "$T/out" '^log_diff,' 2)" \
	"$(calc 'log(1e-300) - log(1e300)')" "log difference ln(1e-600)"
expect_close "$(field "$T/out" '^cagr_pct,' 2)" -100 "CAGR 1e-150 - 1: -100 %"

# 1e400 is past the range too, from values well inside it
run "$GS" growth x.edge --format csv
expect_close "$(field "$T/out" '^log_diff,' 2)" \
	"$(calc 'log(1e200) - log(1e-200)')" "ln(1e400) from 1e-200 to 1e200"
run "$GS" growth x.edge
expect_rc 0 "the table shows it too"
