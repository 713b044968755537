# backends: sqlite postgres
# A target whose series has figures enough but no trend says why: the
# note read "no trend: 4 figures", as if four were too few, when the
# CAGR from a first figure of 0 is undefined. One figure still reads
# "no trend: 1 figure" (README). Found by the audit.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/z.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
z.a,2021,level,0,jobs,2025-03-01,s
z.a,2022,level,5,jobs,2025-03-01,s
z.a,2023,level,8,jobs,2025-03-01,s
z.a,2024,level,12,jobs,2025-03-01,s
z.a,2030,target,30,jobs,2025-03-01,s
z.one,2024,level,12,jobs,2025-03-01,s
z.one,2030,target,30,jobs,2025-03-01,s
CSV
"$GS" ingest -q "$T/z.csv"

run "$GS" check 'z.*' --format csv
expect_rc 0 "uncertain does not fail"
expect_eq "$(csv_get "$T/out" series z.a verdict)" "uncertain" "z.a: uncertain"
expect_eq "$(csv_get "$T/out" series z.a note)" \
	"no trend from 4 figures: CAGR undefined: start value is zero" \
	"z.a: the note says why four figures give no trend"
expect_close "$(csv_get "$T/out" series z.a required_cagr)" "$(calc '100 * ((30 / 12) ** (1 / 6) - 1)')" \
	"the required CAGR is still shown: (30/12)^(1/6) - 1"
expect_eq "$(csv_get "$T/out" series z.one note)" "no trend: 1 figure" "z.one: one figure, as before"
run "$GS" report 'z.*' --format md -o "$T/r.md"
expect_rc 0 "report"
if grep -q "no trend from 4 figures: CAGR undefined: start value is zero" "$T/r.md"; then
	ok "the report page gives the same note"
else
	notok "the report page gives the same note"
fi
