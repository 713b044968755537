# check: target verdicts (uncertain when the trend is thin or its interval
# spans verdicts), claims (percent changes in percentage points), the rows
# for scripts, threshold questions and every exit code `check --help` names
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/c.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
pharma.output,2024,level,154,billion rubles,,,2025-10-07,s,
pharma.output,2024,multiple,2.8,times,,2020,2025-10-07,s,
pharma.output,2030,target,230,billion rubles,,,2025-10-07,s,
pharma.output,2030,multiple,1.5,times,,2024,2025-10-07,s,
slow,2020,level,100,rubles,,,2025-01-01,s,
slow,2022,level,102,rubles,,,2025-01-01,s,
slow,2024,level,104,rubles,,,2025-01-01,s,
slow,2030,target,200,rubles,,,2025-01-01,s,
two,2020,level,100,rubles,,,2025-01-01,s,
two,2024,level,104,rubles,,,2025-01-01,s,
two,2030,target,200,rubles,,,2025-01-01,s,
fast,2020,level,100,rubles,,,2025-01-01,s,
fast,2021,level,110,rubles,,,2025-01-01,s,
fast,2022,level,121,rubles,,,2025-01-01,s,
fast,2026,target,150,rubles,,,2025-01-01,s,
band,2020,level,100,rubles,,,2025-01-01,s,
band,2021,level,120,rubles,,,2025-01-01,s,
band,2022,level,130,rubles,,,2025-01-01,s,
band,2026,target,150,rubles,,,2025-01-01,s,
area,2025,level,173,thousand square meters,over,,2025-10-07,s,
area,2030,target,300,thousand square meters,about,,2025-10-07,s,
area,2030,multiple,2,times,,2025,2025-10-07,s,
lowpct,2023,level,1000,rubles,,,2025-01-01,s,
lowpct,2024,level,1005,rubles,,,2025-01-01,s,
lowpct,2024,percent,5.7,%,,2023,2025-01-01,s,
okpct,2023,level,1000,rubles,,,2025-01-01,s,
okpct,2024,level,1062,rubles,,,2025-01-01,s,
okpct,2024,percent,5.7,%,,2023,2025-01-01,s,
highpct,2023,level,1000,rubles,,,2025-01-01,s,
highpct,2024,level,1107,rubles,,,2025-01-01,s,
highpct,2024,percent,5.7,%,,2023,2025-01-01,s,
capped,2020,level,50,rubles,up_to,,2025-01-01,s,
capped,2024,level,100,rubles,,,2025-01-01,s,
capped,2024,multiple,2,times,,2020,2025-01-01,s,
pack,2025-01..2025-02,flow,16.1,million packages,,,2025-10-07,s,
pack,2025-01..2025-02,multiple,2.3,times,,2024-01..2024-02,2025-10-07,s,
pack,2030,target,100,million packages,,,2025-10-07,s,
CSV
"$GS" ingest "$T/c.csv" || notok "ingest fixture"

# rows CSV_OR_JSON SECTION SERIES FIELD: a field of the row of SERIES in
# SECTION (target or claim), parsed with Python's csv or json module
row() {
	python3 - "$T/out" "$@" <<'PY'
import csv, json, sys
path, fmt, sec, key, field = sys.argv[1:]
if fmt == "csv":
    rows = [r for r in csv.DictReader(open(path, newline="")) if r["section"] == sec]
else:
    rows = json.load(open(path))[sec + "s"]
r = [r for r in rows if r["series"] == key][0]
v = r[field]
print("" if v is None else v)
PY
}

# a trend of two points, one implied from the other: 154 bn at 2.8-fold
# since 2020 carried six years forward is 721.5 bn against 230 bn; it was
# "ahead"
run "$GS" check pharma.output --format csv
expect_rc 0 "uncertain is not a failure"
expect_eq "$(row csv target pharma.output verdict)" uncertain "two points, one implied: uncertain, not ahead"
expect_eq "$(row csv target pharma.output note)" "trend from 2 points, 1 implied" "the note says what the trend rests on"
expect_close "$(row csv target pharma.output required_cagr)" "$(calc '100*((230/154)**(1/6)-1)')" "required CAGR 6.914 %"
expect_close "$(row csv target pharma.output projected)" "$(calc '154e9*2.8**1.5')" "projected at the target date"
expect_eq "$(row csv claim pharma.output verdict)" consistent "1.5x to 230 from 154 (1.494x) is consistent"
run "$GS" check pharma.output
expect_out "6\.914 %" "table shows 6.914 %"
expect_out "uncertain +trend from 2 points, 1 implied" "table shows the verdict and its note"

run "$GS" check two --format csv
expect_eq "$(row csv target two verdict)" uncertain "two reported points: uncertain"
expect_eq "$(row csv target two note)" "trend from 2 reported points" "note: two reported points"

run "$GS" check slow --format csv
expect_rc 1 "a behind-target series (three reported figures) exits 1"
expect_eq "$(row csv target slow verdict)" behind "verdict behind"
expect_close "$(row csv target slow projected)" "$(calc '104*1.04**(6/4)')" "projection of the slow series"

run "$GS" check fast --format csv
expect_rc 0 "ahead exits 0"
expect_eq "$(row csv target fast verdict)" ahead "three reported figures at +10 %: 121*1.1^4 = 177 is ahead of 150"
expect_close "$(row csv target fast projected)" "$(calc '121*1.1**4')" "projection of the fast series"

# linear fit of 100, 120, 130 at t = 2021, 2022, 2023, read at 2027.0: the
# 95 % prediction interval (t quantile with 1 dof = tan(0.475 pi)) holds
# both 150 and 157.5: the point 191.7 alone would say ahead
band=$(python3 -c '
from math import tan, pi, sqrt
t = [2021.0, 2022.0, 2023.0]; y = [100.0, 120.0, 130.0]
tb = sum(t) / 3; yb = sum(y) / 3
sxx = sum((a - tb) ** 2 for a in t)
b = sum((a - tb) * (c - yb) for a, c in zip(t, y)) / sxx
a0 = yb - b * tb
s = sqrt(sum((c - a0 - b * a) ** 2 for a, c in zip(t, y)) / 1)
h = tan(0.475 * pi) * s * sqrt(1 + 1 / 3 + (2027.0 - tb) ** 2 / sxx)
v = a0 + b * 2027.0
print(repr(v), repr(v - h), repr(v + h))')
set -- $band
run "$GS" check band --method linear --format csv
expect_rc 0 "an uncertain verdict exits 0"
expect_close "$(row csv target band projected)" "$1" "linear projection 191.67"
expect_close "$(row csv target band projected_low)" "$2" "prediction interval low"
expect_close "$(row csv target band projected_high)" "$3" "prediction interval high"
expect_eq "$(row csv target band verdict)" uncertain "an interval from behind to ahead: uncertain"
expect_eq "$(row csv target band note)" "95 % prediction interval spans behind to ahead" "the note names the interval"
run "$GS" check band --format csv
expect_eq "$(row csv target band verdict)" ahead "by cagr (no interval) 130*1.3^2 is ahead"

# one actual figure: the latest and the required CAGR are still shown
# (over 173,000 m2 in 2025 to 300,000 by 2030: 5 years)
run "$GS" check area --format csv
expect_close "$(row csv target area latest)" 173000 "one figure: latest shown"
expect_close "$(row csv target area required_cagr)" "$(calc '100*((300/173)**(1/5)-1)')" "one figure: required CAGR 11.639 %"
expect_eq "$(row csv target area verdict)" uncertain "one figure: uncertain"
expect_eq "$(row csv target area note)" "no trend: 1 figure" "one figure: the note says so"
expect_rc 1 "an inconsistent claim exits 1"
expect_eq "$(row csv claim area verdict)" inconsistent "'double to about 300,000 from 173,000' is inconsistent"
expect_close "$(row csv claim area actual)" "$(calc '300/173')" "actual multiple 1.734"
run "$GS" check area --tolerance 0.2 --format csv
expect_eq "$(row csv claim area verdict)" consistent "a 20 % tolerance accepts it"

# percent claims are judged on the percentage change, 1 pp either side:
# 5 % of the multiple 1.057 accepted anything from +0.4 % to +11.0 %
run "$GS" check lowpct --format csv
expect_eq "$(row csv claim lowpct verdict)" inconsistent "+5.7 % stated, +0.5 % actual: inconsistent"
expect_close "$(row csv claim lowpct actual)" "$(calc '100*(1005/1000-1)')" "actual +0.5 %"
expect_eq "$(row csv claim lowpct claim_unit)" percent "claim_unit percent"
expect_rc 1 "the inconsistent percent claim exits 1"
run "$GS" check okpct --format csv
expect_eq "$(row csv claim okpct verdict)" consistent "+5.7 % stated, +6.2 % actual: consistent within 1 pp"
expect_rc 0 "a consistent percent claim exits 0"
run "$GS" check okpct --pp-tolerance 0.4 --format csv
expect_eq "$(row csv claim okpct verdict)" inconsistent "0.5 pp off is outside --pp-tolerance 0.4"
run "$GS" check highpct --format csv
expect_eq "$(row csv claim highpct verdict)" inconsistent "+5.7 % stated, +10.7 % actual: inconsistent"
run "$GS" check okpct
expect_out "5\.7 %.*6\.2 %.*consistent" "the table shows percent claims in percent"

# a part-year flow from one figure and a stated multiple is not projected
run "$GS" check pack --reach "50 million packages" --by 2030-01..2030-02
expect_rc 65 "Jan-Feb flow from one stated multiple: refused"
expect_err "pack: not projected: 2025-01\.\.2025-02 is a part-year flow" "says why"
run "$GS" check pack --format csv
expect_eq "$(row csv target pack verdict)" n/a "its target is not judged"
expect_out "not projected" "the row says why"

# rows for scripts: JSON numbers are numbers, infinities null with a flag,
# every row its series and unit; CSV one table with a section column
run "$GS" check --format json
expect_rc 1 "all series: one failure fails the run"
if python3 - "$T/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert set(d) == {"targets", "claims"}, d.keys()
rows = d["targets"] + d["claims"]
assert all("series" in r and "unit" in r for r in rows)
t = [r for r in d["targets"] if r["series"] == "pharma.output"][0]
assert t["target"] == 230000000000 and isinstance(t["target"], (int, float)), t
assert t["unit"] == "RUB", t
c = [r for r in d["claims"] if r["series"] == "pharma.output"][0]
assert c["claim"] == 1.5 and c["claim_unit"] == "times", c
cap = [r for r in d["claims"] if r["series"] == "capped"][0]
assert cap["high"] is None and cap["high_infinite"] is True, cap
assert cap["low"] == 2 and "low_infinite" not in cap, cap
PY
then ok "json: numbers, null with a flag for infinity, series and unit"
else notok "json rows"; fi
run "$GS" check --format csv
if python3 - "$T/out" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
head = rows[0]
assert head[:3] == ["section", "series", "unit"], head
assert all(len(r) == len(head) for r in rows), "ragged"
assert {r[0] for r in rows[1:]} == {"target", "claim"}
assert sum(r == head for r in rows) == 1, "one header"
PY
then ok "csv: one table, a section column"
else notok "csv is not one table"; fi

# the cron line: nothing to say when nothing fails
run "$GS" check pharma.output --failed -q
expect_rc 0 "--failed -q with nothing failing exits 0"
expect_eq "$(wc -c <"$T/out" | tr -d ' ')" 0 "--failed -q with nothing failing prints nothing"
run "$GS" check slow --failed -q
expect_out "^slow " "--failed -q lists the failing target"
expect_no_out "^series +claim" "and no empty claims table"

# threshold questions for scripts
run "$GS" check fast --reach "150 rubles" --by 2026
expect_rc 0 "reach 150 by 2026: yes"
expect_out "^fast: yes" "says yes"
run "$GS" check fast --reach 200 --by 2026 --format json
expect_rc 1 "reach 200 by 2026: no"
if python3 - "$T/out" <<'PY'
import json, math, sys
(r,) = json.load(open(sys.argv[1]))
assert r["series"] == "fast" and r["question"] == "reach", r
assert r["threshold"] == 200 and r["answer"] == "no", r
assert math.isclose(r["value"], 121 * 1.1 ** 4, rel_tol=1e-12), r
PY
then ok "--reach --format json: one row with series, question, threshold, value, answer"
else notok "--reach --format json"; fi
run "$GS" check pharma.output --reach "230 billion rubles" --by 2030
expect_rc 1 "reach from two points, one implied: not a yes"
expect_out "^pharma\.output: uncertain" "says uncertain"
run "$GS" check pharma.output --at-least "150 bn RUB" --format csv
expect_rc 0 "latest at least 150 bn"
if python3 - "$T/out" <<'PY'
import csv, sys
(r,) = list(csv.DictReader(open(sys.argv[1], newline="")))
assert (r["series"], r["question"], r["answer"]) == ("pharma.output", "at-least", "yes"), r
assert float(r["threshold"]) == 150e9 and float(r["value"]) == 154e9, r
PY
then ok "--at-least --format csv: one row"
else notok "--at-least --format csv"; fi
run "$GS" check area --at-least 180000
expect_rc 1 "over 173,000 against 180,000: not a yes"
expect_out "^area: uncertain" "over 173,000 may or may not be 180,000"
run "$GS" check pharma.output --at-least 155000000000
expect_rc 1 "latest not at least 155 bn"
run "$GS" check pharma.output --at-least "150 jobs"
expect_rc 65 "threshold in another dimension"
# a percent or a multiple is a change, not a level in rubles: it was read
# as "at least 10 RUB" and answered yes
for v in '10 %' '10%' '1.5 times'; do
	run "$GS" check pharma.output --reach "$v" --by 2030
	expect_rc 65 "--reach '$v' on a rubles series is refused"
	expect_err "is a change, not a level of pharma\.output" "says why ('$v')"
done
run "$GS" check pharma.output --at-least '10 %'
expect_rc 65 "--at-least '10 %' on a rubles series is refused"

# every exit code the help names
run "$GS" check --help
expect_rc 0 "--help"
expect_out "Exit: 0 every check passes \(ahead, on track, consistent, uncertain, n/a;" "help: uncertain exits 0"
expect_out "^  --pp-tolerance PP" "help documents --pp-tolerance"
for c in 0 1 2 65; do
	grep -Eq "(^|Exit: | )$c " "$T/out" && ok "help names exit $c" || notok "help names exit $c"
done
run "$GS" check pharma.output
expect_rc 0 "exit 0: uncertain and consistent"
run "$GS" check slow
expect_rc 1 "exit 1: behind"
run "$GS" check pharma.output --reach 1
expect_rc 2 "exit 2: --reach without --by"
run "$GS" check okpct --pp-tolerance -1
expect_rc 2 "exit 2: a negative --pp-tolerance"
run "$GS" check nope
expect_rc 65 "exit 65: unknown series"
run "$GS" check pharma.output --reach 1 --by 2030 --from 2024
expect_rc 65 "exit 65: too few points to project"
printf 'series,period,kind,value,unit\nplain,2024,level,5,rubles\n' >"$T/p.csv"
"$GS" ingest "$T/p.csv" || notok "ingest plain"
run "$GS" check plain
expect_rc 65 "exit 65: nothing to check"
