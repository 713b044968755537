# backends: sqlite postgres
# check --at-least and --reach answered from a figure show the figure as
# stated, with the words of its qualifier, as check's table shows the
# latest figure: for a stored "over 3,000 jobs" the answer read "yes,
# 3,000 jobs in 2025", as if 3,000 had been stated exactly. Expected
# lines written by hand from the rows; CSV/JSON keep the raw value and
# its bounds.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
o.jobs,2025,level,3000,jobs,over,,2026-02-01,s
a.jobs,2025,level,2100,jobs,about,,2026-02-01,s
u.jobs,2025,level,6400,jobs,up to,,2026-02-01,s
e.jobs,2025,level,5000,jobs,,,2026-02-01,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" check o.jobs --at-least 3000
expect_rc 0 "over 3,000 is at least 3,000"
expect_eq "$(cat "$T/out")" "o.jobs: yes, over 3,000 jobs in 2025, at least 3,000 jobs" \
	"--at-least: the figure as stated"
run "$GS" check a.jobs --at-least 2000
expect_rc 1 "about 2,100 (1,995 to 2,205) against 2,000: uncertain"
expect_eq "$(cat "$T/out")" "a.jobs: uncertain, about 2,100 jobs in 2025, against 2,000 jobs (the interval spans the threshold)" \
	"--at-least: about kept"
run "$GS" check u.jobs --at-least 7000
expect_rc 1 "up to 6,400 against 7,000: no"
expect_eq "$(cat "$T/out")" "u.jobs: no, up to 6,400 jobs in 2025, below 7,000 jobs" \
	"--at-least: up to kept"
run "$GS" check o.jobs --reach 3000 --by 2025
expect_rc 0 "--reach by a date a figure covers"
expect_eq "$(cat "$T/out")" "o.jobs: yes, over 3,000 jobs in 2025, at least 3,000 jobs (the figure, not a trend)" \
	"--reach: the figure as stated"
run "$GS" check e.jobs --at-least 4000
expect_eq "$(cat "$T/out")" "e.jobs: yes, 5,000 jobs in 2025, at least 4,000 jobs" \
	"an exact figure as it is"
run "$GS" check o.jobs --at-least 3000 --format csv
expect_eq "$(csv_get "$T/out" series o.jobs value)" 3000 "csv: the raw value"
expect_eq "$(csv_get "$T/out" series o.jobs low)" 3000 "csv: its low bound"
