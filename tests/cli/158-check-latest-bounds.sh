# backends: sqlite postgres
# check shows the latest figure as stated: "up to 6,400 jobs", not
# "6,400 jobs" (the verdict rests on its bounds since 151, so the table
# must say why), and csv/json give its bounds as latest_low, latest_high
# (after the columns scripts read; empty when exact).
# Found by the audit (qualifiers carried through every report).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/j.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
j.upto,2024,level,6400,jobs,up_to,2025-05-13,s
j.upto,2039,target,6300,jobs,,2025-05-13,s
j.about,2024,level,6300,jobs,about,2025-05-13,s
j.about,2039,target,7000,jobs,,2025-05-13,s
j.two,2024,level,6000,jobs,over,2025-05-13,a
j.two,2024,level,6500,jobs,up_to,2025-05-13,b
j.two,2039,target,7000,jobs,,2025-05-13,s
j.exact,2024,level,6300,jobs,,2025-05-13,s
j.exact,2039,target,7000,jobs,,2025-05-13,s
CSV
"$GS" ingest -q "$T/j.csv"

run "$GS" check 'j.*'
expect_out "^j\.upto +6,300 jobs +2039 +up to 6,400 jobs " "the table: 'up to 6,400 jobs'"
expect_out "^j\.about +7,000 jobs +2039 +about 6,300 jobs " "the table: 'about 6,300 jobs'"
expect_out "^j\.two +7,000 jobs +2039 +6,000 jobs to 6,500 jobs " "two sources: their common interval"
expect_out "^j\.exact +7,000 jobs +2039 +6,300 jobs " "an exact figure as it is"

run "$GS" check 'j.*' --format csv
expect_out '^section,series,.*,observations,latest_low,latest_high$' "csv: the bounds last"
expect_eq "$(csv_get "$T/out" series j.upto latest_low),$(csv_get "$T/out" series j.upto latest_high)" \
	"0,6400" "up to 6,400: 0 to 6,400"
expect_close "$(csv_get "$T/out" series j.about latest_low)" "$(calc '0.95 * 6300')" "about 6,300: from 0.95 x 6,300"
expect_close "$(csv_get "$T/out" series j.about latest_high)" "$(calc '1.05 * 6300')" "... to 1.05 x 6,300"
expect_eq "$(csv_get "$T/out" series j.two latest_low),$(csv_get "$T/out" series j.two latest_high)" \
	"6000,6500" "over 6,000 (a) and up to 6,500 (b): 6,000 to 6,500"
expect_eq "$(csv_get "$T/out" series j.exact latest_low)$(csv_get "$T/out" series j.exact latest_high)" \
	"" "exact: no bounds"
run "$GS" check j.about --format json
expect_out '"latest_low": 5985, "latest_high": 6615' "json: the bounds as numbers"
