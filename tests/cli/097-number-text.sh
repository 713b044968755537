# backends: sqlite postgres
# One number formatter under tables and charts (issue 17): a value that
# rounds to zero is shown without a sign in a table as in a chart label
# (the table wrote "-0.000 jobs" for -0.0001, the chart "0"); scripts get
# the exact value.
. "$GS_TOP/tests/cli/lib.sh"

cat > "$T/z.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
z.a,2023,level,-0,jobs,2024-01-01,s
z.a,2024,level,-0.0001,jobs,2024-01-01,s
z.a,2025,level,-1234.5,jobs,2024-01-01,s
CSV
run "$GS" init
run "$GS" ingest "$T/z.csv"
expect_rc 0 "ingest"
run "$GS" show z.a
expect_rc 0 "show"
expect_out '^2023 +level +0 jobs' "a negative zero is 0"
# no trailing zeros either (286-whole-values.sh): "0", as the chart has it
expect_out '^2024 +level +0 jobs' "-0.0001 rounds to 0, no sign"
expect_out '^2025 +level +-1,234\.5 jobs' "a negative value keeps its sign, grouped"
if grep -q -- '-0\.000\|-0 jobs' "$T/out"; then
	notok "no signed zero in the table"
else
	ok "no signed zero in the table"
fi
run "$GS" show z.a --format csv
expect_out '^2023,level,,0,jobs,' "csv: 0"
expect_out '^2024,level,,-0\.0001,jobs,' "csv: the exact value"
