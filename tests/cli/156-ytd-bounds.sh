# backends: sqlite postgres
# show --ytd carries the qualifiers of year-to-date figures as bounds
# (README: qualifiers are bounds, results carry the interval). It showed
# August from "about 82.9 bn" Jan-Aug as exactly 11.4 bn and the change
# against "over 69.1 bn" a year earlier as exactly 1.200x.
# Found by the audit (exact semantics).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/y.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
y.a,2023-01..2023-07,flow,60.2,billion rubles,,2025-10-07,s
y.a,2023-01..2023-08,flow,69.1,billion rubles,over,2025-10-07,s
y.a,2024-01..2024-07,flow,71.5,billion rubles,,2025-10-07,s
y.a,2024-01..2024-08,flow,82.9,billion rubles,about,2025-10-07,s
CSV
"$GS" ingest -q "$T/y.csv"

run "$GS" show y.a --ytd --format csv
expect_rc 0 "show --ytd"
# column C of the row of period P (each period is in one section only)
col() { csv_get "$T/out" period "$2" "$3"; }
# August 2024: [0.95 x 82.9 - 71.5, 1.05 x 82.9 - 71.5]
expect_close "$(col flow 2024-08 value)" "$(calc '82.9e9 - 71.5e9')" "August 2024 = 82.9 - 71.5"
expect_close "$(col flow 2024-08 low)" "$(calc '0.95 * 82.9e9 - 71.5e9')" "... at least 0.95 x 82.9 - 71.5"
expect_close "$(col flow 2024-08 high)" "$(calc '1.05 * 82.9e9 - 71.5e9')" "... at most 1.05 x 82.9 - 71.5"
# August 2023: over 69.1 less exactly 60.2, so at least 8.9, no upper bound
expect_close "$(col flow 2023-08 low)" "$(calc '69.1e9 - 60.2e9')" "August 2023: at least 69.1 - 60.2"
expect_eq "$(col flow 2023-08 high)" "inf" "... with no upper bound"
expect_eq "$(col flow 2024-07 low)$(col flow 2024-07 high)" "" "July 2024 from exact figures: no bounds"
# Jan-Aug 2024 (about 82.9) against Jan-Aug 2023 (over 69.1)
expect_close "$(col same_period_last_year 2024-01..2024-08 multiple)" "$(calc '82.9 / 69.1')" "Jan-Aug: 82.9 / 69.1"
expect_close "$(col same_period_last_year 2024-01..2024-08 multiple_low)" "0" "... may be any fall: the base has no upper bound"
expect_close "$(col same_period_last_year 2024-01..2024-08 multiple_high)" "$(calc '1.05 * 82.9 / 69.1')" "... at most 1.05 x 82.9 / 69.1"
expect_close "$(col same_period_last_year 2024-01..2024-08 low)" "$(calc '0.95 * 82.9e9')" "the figure's own bounds: 0.95 x 82.9"
expect_eq "$(col same_period_last_year 2024-01..2024-07 multiple_low)" "" "Jan-Jul from exact figures: no bounds"

run "$GS" show y.a --ytd
expect_out "^2024-08 +11\.4 bn RUB +7\.25 bn RUB +15\.54 bn RUB" "the table shows the bounds beside the value"
