# backends: sqlite postgres
# Counts are shown in whole units. A series whose unit is a count (jobs,
# companies, packages: dimension count:...) showed implied and projected
# figures as fractions ("5,609.1 jobs", "590.982 companies"). Rule, for
# tables and the report: a count that is not whole is rounded to the
# nearest unit and read "about N"; an interval's bounds are rounded
# inwards (low up, high down), which keeps them true; CSV/JSON keep the
# exact value; continuous units (m²) are shown as before. Expected by
# hand (python3): 6170 / 1.1 = 5609.09 -> about 5,609; 0.95 * 6170 / 1.1
# = 5328.64 -> 5,329; 1.05 * 6170 / 1.1 = 5889.55 -> 5,889;
# 441 * 1.05 ** 6 = 590.98 -> about 591; 300000 / 1.0853 = 276421.27.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
j.jobs,2025,level,6170,jobs,,,2026-02-01,s
j.jobs,2025,percent,10,percent,,2024,2026-02-01,s
k.jobs,2025,level,6170,jobs,about,,2026-02-01,s
k.jobs,2025,percent,10,percent,,2024,2026-02-01,s
a.area,2025,level,300000,square meters,,,2026-02-01,s
a.area,2025,multiple,1.0853,times,,2024,2026-02-01,s
c.firms,2022,level,400,companies,,,2026-02-01,s
c.firms,2023,level,420,companies,,,2026-02-01,s
c.firms,2024,level,441,companies,,,2026-02-01,s
c.firms,2030,target,600,companies,,,2026-02-01,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" implied j.jobs k.jobs a.area
expect_rc 0 "implied"
expect_out "^j\.jobs +10 % +2024 +2025 +2024 +about 5,609 jobs " "implied: about 5,609 jobs"
expect_out "^k\.jobs +10 % +2024 +2025 +2024 +about 5,609 jobs +5,329 jobs +5,889 jobs " \
	"implied: bounds rounded inwards"
expect_out "^a\.area +1\.085× +2024 +2025 +2024 +276,421\.3 m² " "implied: m² as before"
run "$GS" implied j.jobs --format csv
expect_close "$(csv_get "$T/out" series j.jobs implied)" "$(calc '6170 / 1.1')" \
	"implied csv: exact"

run "$GS" check c.firms
expect_out "^c\.firms +600 companies +2030 +441 companies .* about 591 companies " \
	"check: projected about 591 companies"
run "$GS" check c.firms --format csv
expect_close "$(csv_get "$T/out" section target projected)" "$(calc '441 * 1.05 ** 6')" \
	"check csv: exact"
run "$GS" check c.firms --reach 600 --by 2030
expect_eq "$(cat "$T/out")" "c.firms: no, about 591 companies in 2030 by cagr, below 600 companies" \
	"--reach: about 591 companies"

# growth and project: 6170 - 5609.09 = 560.91 -> about 561;
# 441 * 1.05 ** 2 = 486.2025 -> about 486
run "$GS" growth j.jobs
expect_out "^start +about 5,609 jobs " "growth: start about 5,609 jobs"
expect_out "^end +6,170 jobs " "growth: a reported count as it is"
expect_out "^change +about 561 jobs " "growth: change about 561 jobs"
run "$GS" project c.firms --to 2026
expect_out "^2026 +cagr +about 486 companies" "project: about 486 companies"
run "$GS" project c.firms --to 2026 --format csv
expect_close "$(grep '^2026,' "$T/out" | cut -d, -f3)" "$(calc '441 * 1.05 ** 2')" \
	"project csv: exact"

run "$GS" report '*' --format md -o "$T/r.md"
expect_rc 0 "report"
for want in "2024: about 5,609 jobs (implied)" \
	"| 600 companies | 2030 | 2024: 441 companies |" \
	"about 591 companies"; do
	if grep -qF "$want" "$T/r.md"; then ok "report: $want"
	else notok "report lacks: $want"; grep "jobs\|companies" "$T/r.md" | sed 's/^/#   /' | head -8; fi
done
if grep -q "5,609\.1\|590\.98" "$T/r.md"; then notok "report: a fraction of a count"
else ok "report: no fraction of a count"; fi
