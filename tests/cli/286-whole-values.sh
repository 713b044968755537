# backends: sqlite postgres
# One rule for whole values and counts in every table and chart label.
# Before: a continuous value that rounds to a whole number at the
# decimals a table gives it kept a needless ".0" ("326,087.0 m²"), and
# show --frequency, show --ytd, growth --transform's value column and
# the chart's labels showed counts as fractions ("100.667 jobs",
# "648.950 packages", "2027 projection: 510.5 companies") where check,
# growth, implied and project read "about N jobs" (255-counts-whole.sh). Rule: the fewest decimals that show the
# value as the most decimals would (so a value shown whole has none);
# a count is shown in whole units, "about N" when not whole, bounds
# rounded inwards; CSV keeps the exact value. Expected values by
# python3 from the formulas in the comments.
. "$GS_TOP/tests/cli/lib.sh"

py() { python3 -c "from math import *; print($1)"; }

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
a.area,2023,level,276000,square meters,,,2026-02-01,s
a.area,2024,level,276429,square meters,,,2026-02-01,s
a.area,2025,level,300000,square meters,,,2026-02-01,s
j.jobs,2024-01,level,100,jobs,,,2026-02-01,s
j.jobs,2024-02,level,101,jobs,,,2026-02-01,s
j.jobs,2024-03,level,101,jobs,,,2026-02-01,s
j.jobs,2024-04,level,102,jobs,,,2026-02-01,s
j.jobs,2024-05,level,103,jobs,,,2026-02-01,s
j.jobs,2024-06,level,103,jobs,,,2026-02-01,s
p.pk,2024-01..2024-07,flow,7001,packages,about,,2026-02-01,s
p.pk,2024-01..2024-08,flow,8000,packages,,,2026-02-01,s
c.firms,2022,level,400,companies,,,2026-02-01,s
c.firms,2023,level,420,companies,,,2026-02-01,s
c.firms,2024,level,441,companies,,,2026-02-01,s
CSV
"$GS" ingest -q "$T/d.csv"

# cagr 2023 -> 2025 carried two years on: 300000 * (300000/276000)
want=$(py 'f"{round(300000 * 300000 / 276000):,}"')
run "$GS" project a.area --to 2027
expect_rc 0 "project m²"
expect_out "^2027 +cagr +$want m² " "project: $want m², no needless .0"
expect_no_out "^2027 .*\.0 m²" "project: no .0"
run "$GS" project a.area --to 2027 --format csv
expect_close "$(grep '^2027,' "$T/out" | cut -d, -f3)" "$(calc '300000 * 300000 / 276000')" \
	"project csv: exact"

# (100 + 101 + 101) / 3 = 100.67: about 101 jobs
want=$(py 'round((100 + 101 + 101) / 3)')
run "$GS" show j.jobs --frequency quarterly
expect_rc 0 "show --frequency"
expect_out "^2024-Q1 +about $want jobs " "--frequency: about $want jobs"
run "$GS" show j.jobs --frequency quarterly --format csv
expect_close "$(grep '^2024-Q1,' "$T/out" | cut -d, -f2)" "$(calc '302 / 3')" \
	"--frequency csv: exact"

# growth --transform's value column: (102 + 103 + 103) / 3 = 102.67
want=$(py 'round((102 + 103 + 103) / 3)')
run "$GS" growth j.jobs --transform lin --frequency quarterly
expect_rc 0 "growth --transform --frequency"
expect_out "^2024-Q2 +about $want jobs " "--transform: the value column about $want jobs"

# August 2024 = 8000 - about 7001 = 999 (±5 %): bounds 8000 - 1.05 * 7001 =
# 648.95 rounded up and 8000 - 0.95 * 7001 = 1349.05 rounded down
lo=$(py 'ceil(8000 - 1.05 * 7001)')
hi=$(py 'floor(8000 - 0.95 * 7001)')
hi=$(py "f'{$hi:,}'")
run "$GS" show p.pk --ytd
expect_rc 0 "show --ytd"
expect_out "^2024-08 +$(py '8000 - 7001') packages +$lo packages +$hi packages " \
	"--ytd: count bounds $lo and $hi, rounded inwards"

# 441 * 1.05 ** 3 = 510.51: about 511 companies
want=$(py 'round(441 * 1.05 ** 3)')
run "$GS" chart c.firms --project-to 2027 --script-only -o "$T/c.png"
expect_rc 0 "chart"
expect_eq "$(grep -c "\"2027 projection: about $want companies\"" "$T/c.gp")" 1 \
	"chart: projection label about $want companies"
expect_eq "$(grep -c '"441"' "$T/c.gp")" 1 "chart: a reported count as it is"
