# project: cagr, linear and loglinear, with intervals checked against the
# backends: sqlite postgres
# formulas (numpy when available for the least-squares fit).
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/p.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
pharma.output,2024,level,154,billion rubles,,,2025-10-07,s,
pharma.output,2024,multiple,2.8,times,,2020,2025-10-07,s,
pharma.output,2030,target,230,billion rubles,,,2025-10-07,s,
lin,2020,level,10,rubles,,,2025-01-01,s,
lin,2021,level,12,rubles,,,2025-01-01,s,
lin,2022,level,14,rubles,,,2025-01-01,s,
noisy,2018,level,100,rubles,,,2025-01-01,s,
noisy,2019,level,112,rubles,,,2025-01-01,s,
noisy,2020,level,119,rubles,,,2025-01-01,s,
noisy,2021,level,135,rubles,,,2025-01-01,s,
noisy,2022,level,141,rubles,,,2025-01-01,s,
one,2024,level,5,rubles,,,2025-01-01,s,
qtr,2023-Q4,level,100,rubles,,,2025-01-01,s,
qtr,2024-Q3,level,115,rubles,,,2025-01-01,s,
qtr,2024-Q4,level,121,rubles,,,2025-01-01,s,
mon,2024-11,level,100,rubles,,,2025-01-01,s,
mon,2024-12,level,110,rubles,,,2025-01-01,s,
half,2024-H1,level,100,rubles,,,2025-01-01,s,
half,2024-H2,level,105,rubles,,,2025-01-01,s,
CSV
"$GS" ingest "$T/p.csv" || notok "ingest fixture"

run "$GS" project pharma.output --to 2030 --format csv
expect_rc 0 "cagr projection"
expect_close "$(field "$T/out" '^2030,' 3)" "$(calc '154e9*2.8**(6/4)')" "2030 = 154 * 2.8^(6/4) = 721.54 bn"
expect_close "$(field "$T/out" '^2020,implied' 3)" "$(calc '154e9/2.8')" "the window shows the implied 2020 point"
expect_close "$(field "$T/out" '^2025,' 3)" "$(calc '154e9*2.8**0.25')" "2025 one year on"
run "$GS" project pharma.output --to 2030
expect_out "cagr from 2020 to 2024, 2 points" "says which points and method"
expect_out "721\.54 bn RUB" "table shows 721.54 bn RUB"

# an exact line: slope 2 a year, no residual
run "$GS" project lin --to 2025 --method linear --format csv
expect_close "$(field "$T/out" '^2025,' 3)" 20 "exact linear fit extrapolates 10 + 2*5"
run "$GS" project lin --to 2025 --method linear
expect_out "^lin: linear from .*, slope \\+2 [^,]* a year" "the header gives the slope in the series' unit with its sign (+2 RUB a year)"
run "$GS" project lin --to 2025 --method loglinear --format csv
expect_rc 0 "loglinear"

# noisy data: OLS and a 95 % t interval from the textbook formulas
run "$GS" project noisy --to 2025 --method linear --level 0.95 --format csv
expect_rc 0 "linear with interval"
want=$(python3 - <<'PY'
from math import sqrt
t=[2019.0,2020.0,2021.0,2022.0,2023.0]; y=[100,112,119,135,141]
n=len(t); tb=sum(t)/n; yb=sum(y)/n
sxx=sum((a-tb)**2 for a in t); b=sum((a-tb)*(c-yb) for a,c in zip(t,y))/sxx
a=yb-b*tb; s=sqrt(sum((c-(a+b*x))**2 for x,c in zip(t,y))/(n-2))
t0=2026.0; yh=a+b*t0
q=3.182446305284263  # Student t 0.975 quantile, 3 dof (tables: 3.182)
h=q*s*sqrt(1+1/n+(t0-tb)**2/sxx)
print(repr(yh), repr(yh-h), repr(yh+h))
PY
)
set -- $want
expect_close "$(field "$T/out" '^2025,' 3)" "$1" "OLS prediction for 2025"
expect_close "$(field "$T/out" '^2025,' 4)" "$2" "95 % interval low"
expect_close "$(field "$T/out" '^2025,' 5)" "$3" "95 % interval high"
run "$GS" project noisy --to 2025 --method linear --level 0.8 --format csv
q80=1.6377443572159062  # Student t 0.9 quantile, 3 dof
lo80=$(python3 -c "
from math import sqrt
t=[2019.0,2020.0,2021.0,2022.0,2023.0]; y=[100,112,119,135,141]
n=5; tb=sum(t)/n; yb=sum(y)/n; sxx=sum((a-tb)**2 for a in t)
b=sum((a-tb)*(c-yb) for a,c in zip(t,y))/sxx; a=yb-b*tb
s=sqrt(sum((c-(a+b*x))**2 for x,c in zip(t,y))/(n-2))
print(repr(a+b*2026-$q80*s*sqrt(1+1/n+(2026-tb)**2/sxx)))")
expect_close "$(field "$T/out" '^2025,' 4)" "$lo80" "80 % interval low"

run "$GS" project one --to 2030
expect_rc 65 "one point is too few"
expect_err "too few points" "too few points explained"
run "$GS" project pharma.output
expect_rc 2 "--to is required"
run "$GS" project pharma.output --to 2030 --method magic
expect_rc 2 "unknown method"
run "$GS" project pharma.output --to 2030 --level 1.5
expect_rc 2 "bad level"

# every step of the series' frequency up to --to (issue 14): a quarterly
# series lists each quarter. CAGR 2023-Q4 (t 2024.0) to 2024-Q4 (t 2025.0)
# is 121/100 - 1 = 21 % a year, so quarter k after 2024-Q4 is
# 121 * 1.21^(k/4)
run "$GS" project qtr --to 2025-Q4 --format csv
expect_rc 0 "project a quarterly series"
expect_eq "$(grep -c ',cagr,' "$T/out")" 4 "four quarters listed to 2025-Q4"
k=1
for q in 2025-Q1 2025-Q2 2025-Q3 2025-Q4; do
	expect_close "$(field "$T/out" "^$q,cagr," 3)" "$(calc "121*1.21**($k/4)")" "$q = 121 * 1.21^($k/4)"
	k=$((k + 1))
done
run "$GS" project qtr --to 2026 --format csv
expect_eq "$(grep ',cagr,' "$T/out" | cut -d, -f1 | tr '\n' ' ')" \
	"2025-Q1 2025-Q2 2025-Q3 2025-Q4 2026-Q1 2026-Q2 2026-Q3 2026-Q4 " \
	"--to a year lists every quarter of it"
expect_close "$(field "$T/out" '^2026-Q4,' 3)" "$(calc '121*1.21**2')" "2026-Q4 = 121 * 1.21^2"
run "$GS" project --all qtr --to 2026 --format csv
expect_close "$(field "$T/out" '^qtr,' 6)" "$(calc '121*1.21**2')" "--all projects to the end of 2026"
# monthly: 100 -> 110 in a month, so month k after 2024-12 is 110 * 1.1^k
run "$GS" project mon --to 2025-06 --format csv
expect_eq "$(grep -c ',cagr,' "$T/out")" 6 "six months listed to 2025-06"
expect_close "$(field "$T/out" '^2025-03,' 3)" "$(calc '110*1.1**3')" "2025-03 = 110 * 1.1^3"
expect_close "$(field "$T/out" '^2025-06,' 3)" "$(calc '110*1.1**6')" "2025-06 = 110 * 1.1^6"
# half-yearly: 100 -> 105 in half a year
run "$GS" project half --to 2026 --format csv
expect_eq "$(grep ',cagr,' "$T/out" | cut -d, -f1 | tr '\n' ' ')" \
	"2025-H1 2025-H2 2026-H1 2026-H2 " "every half-year to 2026"
expect_close "$(field "$T/out" '^2026-H1,' 3)" "$(calc '105*1.05**3')" "2026-H1 = 105 * 1.05^3"
# an annual series to a quarter: each year, then the quarter itself
# (t 2026.5, 1.5 years after 2024's end at 2.8^(1/4) a year)
run "$GS" project pharma.output --to 2026-Q2 --format csv
expect_eq "$(grep ',cagr,' "$T/out" | cut -d, -f1 | tr '\n' ' ')" "2025 2026-Q2 " \
	"an annual series to 2026-Q2 lists 2025, then 2026-Q2"
expect_close "$(field "$T/out" '^2026-Q2,' 3)" "$(calc '154e9*2.8**(1.5/4)')" "2026-Q2 = 154 * 2.8^(1.5/4)"

# --all: one summary row per series, unprojectable ones with the reason
run "$GS" project --all --to 2030 --format csv
expect_rc 0 "project --all"
expect_close "$(field "$T/out" '^pharma\.output,' 6)" "$(calc '154e9*2.8**1.5')" "--all row of pharma.output"
expect_out '^one,cagr,,,,,,,one: too few points' "--all lists why a series has no projection"
run "$GS" project --all 'n*' --to 2030 --method loglinear --format csv
expect_eq "$(grep -c . "$T/out")" 2 "--all GLOB filters series"

# a part-year flow known from one figure and the change against the same
# months a year earlier says how those months compare, not how the series
# trends: check refuses to project it, and so does project now (it gave
# +130 % a year to 2030 from "16.1 million in January-August, 2.3 times
# the same period last year"; found by a new user's walk)
cat >"$T/ytd.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
ytd.packs,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,s,
ytd.packs,2025-01..2025-08,multiple,2.3,times,,2024-01..2024-08,2025-10-07,s,
CSV
"$GS" ingest -q "$T/ytd.csv"
run "$GS" project ytd.packs --to 2030
expect_rc 65 "project refuses a trend of one part-year flow and its change"
expect_err "not projected: 2025-01\\.\\.2025-08 is a part-year flow" "says why, as check does"
run "$GS" project --all --to 2030 --format csv
expect_out '^ytd\.packs,cagr,,,,,,,ytd\.packs: not projected' "--all gives the reason on its row"
