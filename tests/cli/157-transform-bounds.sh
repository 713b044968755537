# backends: sqlite postgres
# growth --transform carries the qualifiers of the figures as bounds
# (README: qualifiers are bounds, results carry the interval; nothing is
# dropped silently). pch from "over 13" to "about 15" was shown as exactly
# +15.38 %, though it may be anything from -100 % to +21.15 %.
# Found by the audit (exact semantics).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/q.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
q.a,2022,level,10,jobs,,2025-05-13,s
q.a,2023,level,13,jobs,over,2025-05-13,s
q.a,2024,level,15,jobs,about,2025-05-13,s
q.x,2022,level,10,jobs,,2025-05-13,s
q.x,2023,level,13,jobs,,2025-05-13,s
CSV
"$GS" ingest -q "$T/q.csv"

# column C of the row of period P
col() { csv_get "$T/out" period "$1" "$2"; }
run "$GS" growth q.a --transform pch --format csv
expect_rc 0 "pch"
expect_out '^period,value,pch,series,unit,pch_unit,pch_low,pch_high$' "the bounds come after the columns scripts read"
expect_close "$(col 2023 pch)" "$(calc '100 * (13 / 10 - 1)')" "2023: +30 %"
expect_close "$(col 2023 pch_low)" "$(calc '100 * (13 / 10 - 1)')" "... at least, as 13 is a lower bound"
expect_eq "$(col 2023 pch_high)" "inf" "... with no upper bound"
expect_close "$(col 2024 pch)" "$(calc '100 * (15 / 13 - 1)')" "2024: 15 / 13"
expect_close "$(col 2024 pch_low)" "-100" "... down to -100 %: the 2023 base has no upper bound"
expect_close "$(col 2024 pch_high)" "$(calc '100 * (1.05 * 15 / 13 - 1)')" "... up to 15.75 / 13"

run "$GS" growth q.a --transform chg --format csv
expect_eq "$(col 2024 chg_low)" "-inf" "chg 2024: no lower bound"
expect_close "$(col 2024 chg_high)" "$(calc '1.05 * 15 - 13')" "chg 2024: at most 15.75 - 13"
run "$GS" growth q.a --transform log --format csv
expect_close "$(col 2024 log_low)" "$(calc 'log(0.95 * 15)')" "log 2024: ln 14.25 to"
expect_close "$(col 2024 log_high)" "$(calc 'log(1.05 * 15)')" "... ln 15.75"
run "$GS" growth q.a --transform cch --format csv
expect_close "$(col 2024 cch_high)" "$(calc '100 * log(1.05 * 15 / 13)')" "cch 2024: at most 100 ln(15.75 / 13)"

run "$GS" growth q.x --transform pch --format csv
expect_eq "$(col 2023 pch_low)$(col 2023 pch_high)" "" "exact figures: no bounds"
run "$GS" growth q.a --transform pch
expect_out "^2024 +15 jobs +15\.385 % +-100\.000 % +21\.154 %$" "the table shows the bounds beside the change (percents as growth shows them, 316)"
