# growth: changes between periods, bounds, partial periods, transforms.
# backends: sqlite postgres
# Expected values come from the formulas, evaluated by python3.
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/g.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
pharma.output,2024,level,154,billion rubles,,,2025-10-07,s,
pharma.output,2024,multiple,2.8,times,,2020,2025-10-07,s,
pharma.output,2030,target,230,billion rubles,,,2025-10-07,s,
pkgs,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,s,
pkgs,2025-01..2025-08,multiple,2.3,times,,2024-01..2024-08,2025-10-07,s,
pkgs,2024,flow,12,million packages,,,2025-10-07,s,
vac,2025-01..2025-08,flow,353.5,thousand packages,,,2025-10-07,s,
vac,2025-01..2025-08,percent,10.5,%,,2024-01..2024-08,2025-10-07,s,
jobs,2020,level,3000,jobs,over,,2025-01-01,s,
jobs,2024,level,4400,jobs,,,2025-01-01,s,
m,2023-10,level,100,rubles,,,2025-01-01,s,
m,2023-11,level,110,rubles,,,2025-01-01,s,
m,2023-12,level,99,rubles,,,2025-01-01,s,
m,2024-10,level,121,rubles,,,2025-01-01,s,
m,2024-11,level,0,rubles,,,2025-01-01,s,
a,2021,level,10,rubles,,,2025-01-01,s,
a,2022,level,12,rubles,,,2025-01-01,s,
a,2023,level,15,rubles,,,2025-01-01,s,
neg,2021,level,-5,rubles,,,2025-01-01,s,
neg,2022,level,10,rubles,,,2025-01-01,s,
area,2024,level,173,thousand square meters,,,2025-01-01,s,
CSV
"$GS" ingest "$T/g.csv" || notok "ingest fixture"

# 154 bn in 2024 at 2.8-fold over 2020 -> 55 bn in 2020, CAGR 2.8^(1/4)-1
run "$GS" growth pharma.output --format csv
expect_rc 0 "growth of a level series"
expect_close "$(field "$T/out" '^start,' 2)" "$(calc '154e9/2.8')" "implied 2020 level 55 bn"
expect_close "$(field "$T/out" '^multiple,' 2)" 2.8 "multiple 2.8"
expect_close "$(field "$T/out" '^years,' 2)" 4 "2020 -> 2024 is 4 years"
expect_close "$(field "$T/out" '^cagr_pct,' 2)" "$(calc '100*(2.8**0.25-1)')" "CAGR 29.3568...%"
expect_close "$(field "$T/out" '^log_diff,' 2)" "$(calc 'log(2.8)')" "log difference ln 2.8"
expect_close "$(field "$T/out" '^change,' 2)" "$(calc '154e9-154e9/2.8')" "absolute change"
run "$GS" growth pharma.output
expect_out "29\.357 %" "table shows CAGR 29.357 %"
expect_out "55\.0 bn RUB" "table shows 55.0 bn RUB"

# a partial-year flow compares with the same months a year earlier
run "$GS" growth pkgs --format csv
expect_rc 0 "growth of a partial-year flow"
expect_close "$(field "$T/out" '^start,' 2)" "$(calc '16.1e6/2.3')" "Jan-Aug 2024 implied 7.0 mn"
expect_close "$(field "$T/out" '^years,' 2)" 1 "Jan-Aug to Jan-Aug is one year"
run "$GS" growth pkgs --from 2024 --to 2025-01..2025-08
expect_rc 65 "a whole year against Jan-Aug is refused"
expect_err "not comparable" "different lengths explained"
run "$GS" growth vac --format csv
expect_close "$(field "$T/out" '^start,' 2)" "$(calc '353.5e3/1.105')" "+10.5 % implies 319,909.5"

# qualifiers are bounds: over 3,000 at the start makes the multiple an upper bound
run "$GS" growth jobs --format csv
expect_close "$(field "$T/out" '^multiple,' 2)" "$(calc '4400/3000')" "multiple from the stated values"
expect_close "$(field "$T/out" '^multiple,' 4)" "$(calc '4400/3000')" "upper bound = 4400/3000"
expect_close "$(field "$T/out" '^multiple,' 3)" 0 "no lower bound (start open above)"

# two series: the same dimension works, different dimensions are refused
run "$GS" growth pharma.output a --format csv
expect_rc 0 "growth between two series of one dimension"
expect_close "$(field "$T/out" '^multiple,' 2)" "$(calc '154e9/15')" "a 2023 -> pharma.output 2024"
run "$GS" growth a pharma.output --format csv
expect_rc 65 "from a later figure to an earlier one: CAGR undefined"
run "$GS" growth jobs pharma.output
expect_rc 65 "different dimensions refused"
expect_err "different dimensions" "mixed dimensions explained"
run "$GS" growth area jobs
expect_rc 65 "area vs jobs refused"

# CAGR undefined for zero and negative values
run "$GS" growth neg --format csv
expect_err "CAGR undefined" "negative start: CAGR undefined, said clearly"
run "$GS" growth m --from 2023-10 --to 2024-11 --format csv
expect_err "CAGR undefined" "zero end: CAGR undefined"

# FRED transforms on a monthly series with gaps (k = 12)
run "$GS" growth m --transform pch --format csv
expect_rc 0 "pch"
expect_close "$(field "$T/out" '^2023-11,' 3)" 10 "pch Nov 2023 = 10 %"
expect_close "$(field "$T/out" '^2023-12,' 3)" "$(calc '100*(99/110-1)')" "pch Dec 2023"
expect_eq "$(field "$T/out" '^2024-10,' 3)" "" "pch after a gap is empty"
run "$GS" growth m --transform pc1 --format csv
expect_close "$(field "$T/out" '^2024-10,' 3)" 21 "pc1 Oct 2024 vs Oct 2023 = 21 %"
run "$GS" growth m --transform pca --format csv
expect_close "$(field "$T/out" '^2023-11,' 3)" "$(calc '100*(1.1**12-1)')" "pca compounds 12 months"
run "$GS" growth a --transform cca --format csv
expect_close "$(field "$T/out" '^2023,' 3)" "$(calc '100*log(15/12)')" "cca annual = cch"
run "$GS" growth a --transform ch1 --format csv
expect_close "$(field "$T/out" '^2022,' 3)" 2 "ch1 annual: 12 - 10 rubles"
run "$GS" growth a --transform log --format csv
expect_close "$(field "$T/out" '^2021,' 3)" "$(calc 'log(10)')" "log"
run "$GS" growth a --transform nope
expect_rc 2 "unknown transform"
run "$GS" growth nope
expect_rc 65 "unknown series"
