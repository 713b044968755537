# backends: sqlite postgres
# show --frequency carries the qualifiers of the figures it aggregates as
# bounds, as growth --frequency, show --ytd and growth --transform do
# (README: qualifiers are bounds, results carry the interval). It showed
# "about 10" + 12 + "over 11" jobs as exactly 33 jobs in the quarter.
# Found by the eighth session's audit; this test failed before the change.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/f.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
f.flow,2024-01,flow,10,jobs,about,2025-01-01,s
f.flow,2024-02,flow,12,jobs,,2025-01-01,s
f.flow,2024-03,flow,11,jobs,over,2025-01-01,s
f.flow,2024-04,flow,5,jobs,,2025-01-01,s
f.flow,2024-05,flow,6,jobs,,2025-01-01,s
f.flow,2024-06,flow,7,jobs,,2025-01-01,s
f.level,2024-01,level,100,jobs,about,2025-01-01,s
f.level,2024-02,level,110,jobs,,2025-01-01,s
f.level,2024-03,level,120,jobs,up_to,2025-01-01,s
CSV
"$GS" ingest -q "$T/f.csv"

col() { csv_get "$T/out" period "$1" "$2"; }
run "$GS" show f.flow --frequency quarterly --format csv
expect_rc 0 "show --frequency, csv"
expect_close "$(col 2024-Q1 value)" 33 "Q1 = 10 + 12 + 11"
# about 10 is 9.5..10.5 (5 %); over 11 has no upper bound
expect_close "$(col 2024-Q1 low)" "$(calc '0.95 * 10 + 12 + 11')" "Q1 at least 9.5 + 12 + 11"
expect_eq "$(col 2024-Q1 high)" "inf" "... and no upper bound"
expect_eq "$(col 2024-Q2 low)$(col 2024-Q2 high)" "" "Q2 from exact figures: no bounds"
expect_eq "$(head -1 "$T/out")" \
	"period,value,figures,needed,status,series,unit,aggregation,low,high" \
	"the bounds come last, the columns before keep their places"

run "$GS" show f.level --frequency quarterly --format csv
# the average of about 100, exactly 110 and up to 120
expect_close "$(col 2024-Q1 value)" 110 "levels average: (100 + 110 + 120) / 3"
expect_close "$(col 2024-Q1 low)" "$(calc '(95 + 110 + 0) / 3')" "... at least (95 + 110 + 0) / 3"
expect_close "$(col 2024-Q1 high)" "$(calc '(105 + 110 + 120) / 3')" "... at most (105 + 110 + 120) / 3"

run "$GS" show f.flow --frequency quarterly
# a count's bounds in whole units, rounded inwards: at least 32.5 jobs
# is at least 33 (286-whole-values.sh)
expect_out "^2024-Q1 +33 jobs +33 jobs +∞ " "the table shows the bounds beside the value"

# json: the bounds are numbers, an infinite one null with a _inf flag
# (README, "Output for scripts"); show --ytd's bounds likewise
run "$GS" show f.flow --frequency quarterly --format json
expect_eq "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]; print(repr(r["low"]), r["high"], r.get("high_inf"))' "$T/out")" \
	"32.5 None 1" "json bounds: a number, and null with high_inf"
cat >"$T/y.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
f.ytd,2024-01..2024-07,flow,71.5,jobs,,2025-10-07,s
f.ytd,2024-01..2024-08,flow,82.9,jobs,about,2025-10-07,s
CSV
"$GS" ingest -q "$T/y.csv"
run "$GS" show f.ytd --ytd --format json
expect_eq "$(python3 -c 'import json,sys
r=[x for x in json.load(open(sys.argv[1])) if x["period"] == "2024-08"][0]
print(type(r["low"]).__name__, type(r["high"]).__name__)' "$T/out")" \
	"float float" "show --ytd json: the bounds are numbers"
