# points: dependent bounds of implied figures, refusals where growth is
# undefined, same-vintage conflicts, transforms over mixed frequencies,
# implied CAGR bounds, machine-readable output, FRED's published units.
# backends: sqlite postgres
# Expected values come from the formulas, evaluated by python3 (calc).
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/p.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
ab,2024,level,154,billion rubles,about,,2025-10-07,s,
ab,2024,multiple,2.8,times,,2020,2025-10-07,s,
ov,2024,level,154,billion rubles,over,,2025-10-07,s,
ov,2024,multiple,2.8,times,about,2020,2025-10-07,s,
fw,2020,level,50,rubles,about,,2025-10-07,s,
fw,2024,multiple,2,times,,2020,2025-10-07,s,
pc,2025-01..2025-08,flow,353.5,thousand packages,about,,2025-10-07,s,
pc,2025-01..2025-08,percent,10.5,%,,2024-01..2024-08,2025-10-07,s,
one,2024,level,5,rubles,,,2025-01-01,s,
sd,2024,level,10,rubles,,,2025-01-01,s,
sd,2024-Q4,level,11,rubles,,,2025-01-01,s,
neg,2021,level,-5,rubles,,,2025-01-01,s,
neg,2022,level,10,rubles,,,2025-01-01,s,
zero,2021,level,0,rubles,,,2025-01-01,s,
zero,2022,level,10,rubles,,,2025-01-01,s,
jobs,2024,level,7,jobs,,,2025-01-01,s,
mix,2019-Q4,level,10,rubles,,,2025-01-01,s,
mix,2020,level,11,rubles,,,2025-01-01,s,
mix,2021,level,12,rubles,,,2025-01-01,s,
mix,2022,level,13,rubles,,,2025-01-01,s,
mq,2020-Q1,level,5,rubles,,,2025-01-01,s,
mq,2020-Q2,level,6,rubles,,,2025-01-01,s,
mq,2021,level,30,rubles,,,2025-01-01,s,
mm,2024-01,level,1,rubles,,,2025-01-01,s,
mm,2024-02,level,2,rubles,,,2025-01-01,s,
mm,2024,level,30,rubles,,,2025-01-01,s,
al,2024,level,100,rubles,,,2025-01-01,s,
al,2024,multiple,3,times,almost,2009,2025-01-01,s,
gdp,2021,level,100,million USD,,,2025-01-01,s,
gdp,2022,level,110,million USD,,,2025-01-01,s,
gdp,2023,level,121,million USD,,,2025-01-01,s,
CSV
"$GS" ingest "$T/p.csv" || notok "ingest fixture"
# Two sources state the 2024 figure at the same vintage: b's file first.
cat >"$T/b.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
cf,2024,level,120,rubles,,,2025-01-01,b,
cq,2024,level,120,rubles,,,2025-01-01,b,
CSV
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
cf,2020,level,50,rubles,,,2025-01-01,a,
cf,2024,level,100,rubles,,,2025-01-01,a,
cq,2020,level,50,rubles,,,2025-01-01,a,
cq,2024,level,100,rubles,about,,2025-01-01,a,
CSV
"$GS" ingest "$T/b.csv" && "$GS" ingest "$T/a.csv" || notok "ingest sources"

## 1. Dependent bounds: an implied point against its own anchor.
# about 154 bn, exactly 2.8x since 2020: the multiple is exactly 2.8
run "$GS" growth ab --format csv
expect_rc 0 "growth ab"
expect_close "$(field "$T/out" '^multiple,' 2)" 2.8 "ab: multiple 2.8"
expect_eq "$(field "$T/out" '^multiple,' 3)$(field "$T/out" '^multiple,' 4)" "" \
	"ab: exactly 2.8x gives an exact multiple, not [2.533, 3.095]"
expect_eq "$(field "$T/out" '^cagr_pct,' 3)" "" "ab: CAGR exact too"
# b - a = b (1 - 1/2.8), b in [146.3, 161.7] bn
expect_close "$(field "$T/out" '^change,' 3)" "$(calc '154e9*0.95*(1-1/2.8)')" "ab: change low from the anchor's bounds"
expect_close "$(field "$T/out" '^change,' 4)" "$(calc '154e9*1.05*(1-1/2.8)')" "ab: change high"
expect_close "$(field "$T/out" '^start,' 3)" "$(calc '154e9*0.95/2.8')" "ab: the implied start keeps its own bounds"
# over 154, about 2.8x: the multiple is [2.66, 2.94], not [0, inf)
run "$GS" growth ov --format csv
expect_close "$(field "$T/out" '^multiple,' 3)" "$(calc '2.8*0.95')" "ov: multiple low 2.66"
expect_close "$(field "$T/out" '^multiple,' 4)" "$(calc '2.8*1.05')" "ov: multiple high 2.94"
expect_close "$(field "$T/out" '^percent,' 3)" "$(calc '100*(2.8*0.95-1)')" "ov: percent low 166"
expect_close "$(field "$T/out" '^cagr_pct,' 3)" "$(calc '100*((2.8*0.95)**0.25-1)')" "ov: CAGR low"
expect_close "$(field "$T/out" '^cagr_pct,' 4)" "$(calc '100*((2.8*1.05)**0.25-1)')" "ov: CAGR high"
expect_close "$(field "$T/out" '^log_diff,' 3)" "$(calc 'log(2.8*0.95)')" "ov: log difference low"
expect_close "$(field "$T/out" '^change,' 3)" "$(calc '154e9*(1-1/(2.8*0.95))')" "ov: change low"
expect_eq "$(field "$T/out" '^change,' 4)" "inf" "ov: change has no upper bound (over 154)"
# a level implied forward: about 50 in 2020, 2x to 2024 -> 100, multiple [2, 2]
run "$GS" growth fw --format csv
expect_close "$(field "$T/out" '^end,' 2)" 100 "fw: 2024 implied 100"
expect_eq "$(field "$T/out" '^multiple,' 3)$(field "$T/out" '^multiple,' 4)" "" "fw: multiple exactly 2"
expect_close "$(field "$T/out" '^change,' 3)" "$(calc '50*0.95*(2-1)')" "fw: change low a (m - 1)"
expect_close "$(field "$T/out" '^change,' 4)" "$(calc '50*1.05*(2-1)')" "fw: change high"
# a percent: +10.5 % exactly
run "$GS" growth pc --format csv
expect_close "$(field "$T/out" '^percent,' 2)" 10.5 "pc: +10.5 %"
expect_eq "$(field "$T/out" '^percent,' 3)$(field "$T/out" '^percent,' 4)" "" "pc: the stated percent is exact"

## 2. Refuse what is undefined; each documented exit code of growth.
run "$GS" growth one
expect_rc 65 "a single figure has no growth"
expect_err "only one figure" "single figure explained"
expect_eq "$(cat "$T/out")" "" "nothing printed for a single figure"
run "$GS" growth sd --from 2024-Q4 --to 2024
expect_rc 65 "two figures ending on the same day"
expect_err "end on the same day" "same day explained"
run "$GS" growth neg --format csv
expect_rc 65 "negative level: CAGR undefined exits 65 as the help says"
expect_err "CAGR undefined" "negative level explained"
expect_eq "$(cat "$T/out")" "" "no n/a table for a negative level"
run "$GS" growth zero
expect_rc 65 "zero level: CAGR undefined"
run "$GS" growth --help
expect_rc 0 "growth --help"
expect_out "65 unknown series" "help lists exit 65"
run "$GS" growth ab --bogus
expect_rc 2 "growth: bad option is a usage error"
run "$GS" growth ab --transform nope
expect_rc 2 "growth: unknown transform is a usage error"
run "$GS" growth no.such
expect_rc 65 "growth: unknown series"
run "$GS" growth ab --to 2019
expect_rc 65 "growth: missing period"
run "$GS" growth ab jobs
expect_rc 65 "growth: different dimensions"
run "$GS" growth ab --format csv
expect_rc 0 "growth: ok"
# implied: 0, 2, 65 as its help says
run "$GS" implied --help
expect_out "65 unknown series" "implied help lists exit 65"
run "$GS" implied al
expect_rc 0 "implied: ok"
run "$GS" implied --bogus
expect_rc 2 "implied: bad option"
run "$GS" implied no.such
expect_rc 65 "implied: unknown series"

## 3. Same-vintage conflicts: a documented rule, and a warning.
run "$GS" growth cf --format csv
expect_rc 0 "growth cf"
expect_close "$(field "$T/out" '^end,' 2)" 100 "cf: source a (sorts first) is used, whatever arrived first"
expect_err "warning: cf 2024 level: 100 RUB .*source a.* and 120 RUB .*source b.* disagree at vintage 2025-01-01; using #" \
	"cf: the conflict is a warning naming both"
run "$GS" growth cf --explain
expect_out "#[0-9] 2024 level 100 RUB, a" "--explain lists a's figure"
expect_out "#[0-9] 2024 level 120 RUB, b" "--explain lists b's figure"
run "$GS" growth cq --format csv
expect_close "$(field "$T/out" '^end,' 2)" 120 "cq: an exact figure wins over about 100"
expect_err "warning: cq 2024 level" "cq: warned"
run "$GS" implied cf
expect_err "warning: cf 2024 level" "implied warns too"
run "$GS" project cf --to 2026
expect_err "warning: cf 2024 level" "project warns too"
run "$GS" growth ab --format csv
expect_eq "$(cat "$T/err")" "" "no warning without a conflict"

## 4. Transforms over mixed frequencies: refused, never an empty success.
run "$GS" growth mix --transform pch --format csv
expect_rc 65 "2019-Q4 then annual: refused"
expect_err "2019-Q4 is not on the yearly grid" "the misfit is named"
expect_eq "$(cat "$T/out")" "" "no empty table"
run "$GS" growth mix --transform pch --format json
expect_rc 65 "json: refused, no []"
run "$GS" growth mix --transform pch --from 2020 --format csv
expect_rc 0 "a stretch of one frequency"
expect_close "$(field "$T/out" '^2021,' 3)" "$(calc '100*(12/11-1)')" "pch 2021 on the annual stretch"
run "$GS" growth mq --transform pch
expect_rc 65 "quarterly then annual: refused"
expect_err "2020-Q1, 2020-Q2 are not on the yearly grid" "quarters named"
run "$GS" growth mm --transform chg
expect_rc 65 "monthly and annual: refused"
expect_err "2024-01, 2024-02 are not" "months named"

## 5. implied shows the CAGR's bounds: almost 3x over 2009 -> 2024 (15 years)
run "$GS" implied al --format csv
expect_eq "$(head -1 "$T/out" | cut -d, -f9-11)" "cagr,cagr_low,cagr_high" "implied has cagr_low, cagr_high"
expect_close "$(field "$T/out" '^al,' 9)" "$(calc '100*(3**(1/15)-1)')" "cagr 7.599 %"
expect_close "$(field "$T/out" '^al,' 10)" "$(calc '100*((3*0.95)**(1/15)-1)')" "cagr_low 7.232 %"
expect_close "$(field "$T/out" '^al,' 11)" "$(calc '100*(3**(1/15)-1)')" "cagr_high 7.599 %"
run "$GS" implied al
expect_out "7\.232 %" "the table shows the low CAGR"

## 6. JSON: numbers, null infinities with a flag, series and unit on every row
jcheck() { # FILE PYTHON-ASSERTION DESC
	if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); $2" "$1" 2>"$T/py"; then
		ok "$3"; else notok "$3"; sed 's/^/#   /' "$T/py" | tail -3; fi
}
run "$GS" growth ov --format json
jcheck "$T/out" 'r={x["measure"]:x for x in d}
assert all(isinstance(x[k],(int,float)) or x[k] is None for x in d for k in ("value","low","high"))
assert r["change"]["high"] is None and r["change"]["high_inf"]==1
assert abs(r["multiple"]["low"]-2.66)<1e-12
assert all(x["series"]=="ov" for x in d) and r["start"]["unit"]=="RUB" and r["multiple"]["unit"]=="×"' \
	"growth json: numbers, inf as null + flag, series and unit"
run "$GS" implied al ov --format json
jcheck "$T/out" 'assert [x["series"] for x in d]==["al","ov"]
assert all(x["unit"]=="RUB" and x["stated_unit"]=="×" for x in d)
assert all(isinstance(x[k],(int,float)) for x in d for k in ("stated","implied","cagr"))
assert d[1]["high"] is None and d[1]["high_inf"]==1' "implied json: series, unit, numbers"
run "$GS" growth gdp --transform pch --format json
jcheck "$T/out" 'assert d[0]["period"]=="2021" and d[0]["pch"] is None and abs(d[1]["pch"]-10)<1e-9
assert all(x["series"]=="gdp" and x["unit"]=="USD" for x in d)' "transform json: period text, numbers, series, unit"
run "$GS" show ab --format json
jcheck "$T/out" 'assert all(x["series"]=="ab" and isinstance(x["value"],(int,float)) for x in d)' "show json: series on every row"
# show --format csv re-ingests as it is into a fresh database
for k in ab ov pc cf neg gdp; do "$GS" show "$k" --format csv; done |
	awk 'NR == 1 || !/^period,/' >"$T/back.csv"
"$GS" --db "$T/fresh.db" init >/dev/null
run "$GS" --db "$T/fresh.db" ingest "$T/back.csv"
expect_rc 0 "show --format csv ingests as is"
same=yes
for k in ab ov pc cf neg gdp; do
	"$GS" show "$k" --format csv >"$T/s1" 2>/dev/null
	"$GS" --db "$T/fresh.db" show "$k" --format csv >"$T/s2" 2>/dev/null
	cmp -s "$T/s1" "$T/s2" || same="no ($k)"
done
expect_eq "$same" yes "re-ingested show output is the same"

## 7. FRED's level transforms in the unit as published (million USD)
run "$GS" growth gdp --transform log --format csv
expect_close "$(field "$T/out" '^2022,' 3)" "$(calc 'log(110)')" "log of 110 million USD is ln 110"
expect_eq "$(field "$T/out" '^2022,' 6)" "ln(million USD)" "log's unit"
run "$GS" growth gdp --transform chg --format csv
expect_close "$(field "$T/out" '^2023,' 3)" 11 "chg 2023 = 11 million USD"
expect_eq "$(field "$T/out" '^2023,' 6)" "million USD" "chg's unit"
expect_close "$(field "$T/out" '^2023,' 2)" 121e6 "the value column stays in base units"
run "$GS" growth gdp --transform ch1 --format csv
expect_close "$(field "$T/out" '^2022,' 3)" 10 "ch1 annual = 10 million USD"
run "$GS" growth gdp --transform pc1 --format csv
expect_close "$(field "$T/out" '^2023,' 3)" "$(calc '100*(121/110-1)')" "pc1 is unit-free"
run "$GS" growth gdp --transform log
expect_out "gdp: log in ln\(million USD\)" "the table says the unit"
