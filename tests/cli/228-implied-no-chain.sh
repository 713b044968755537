# backends: sqlite postgres
# Implied levels do not chain, and implied says why a row implies nothing.
# 2010 reported (100), "2.8-fold since 2010" implies 2024 (280); "up 10 %
# on 2024", stated in 2026, finds 2024 known only as implied: it implies
# nothing (a level derived from a derived level would compound two
# statements' qualifiers and vintages into a figure nobody stated, and
# every report would take it as data). Before, the row was silently
# empty; now its note says so, as it does for a claim about a later
# period and for a relation whose two ends are both reported.
# Expected by hand: 100 x 2.8 = 280; CAGR of 10 % over one year 10 %.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,base,as_of,source
x.c,2010,level,100,RUB,,2025-06-01,s
x.c,2024,multiple,2.8,times,2010,2025-06-01,s
x.c,2025,percent,10,%,2024,2026-03-01,s
x.c,2030,multiple,1.5,times,2024,2025-06-01,s
y.c,2020,level,100,RUB,,2025-06-01,s
y.c,2024,level,200,RUB,,2025-06-01,s
y.c,2024,multiple,2,times,2020,2025-06-01,s
CSV
"$GS" -q ingest "$T/d.csv"

run "$GS" implied x.c y.c --format csv
expect_rc 0 "implied"
python3 - "$T/out" <<'PY' && ok "csv: the implied level, empty where nothing is implied, and the notes" || notok "csv rows"
import csv, re, sys
rows = {(r["series"], r["period"], r["base"]): r for r in csv.DictReader(open(sys.argv[1]))}
bad = []
a = rows[("x.c", "2024", "2010")]
if a["implied_at"] != "2010" and a["implied_at"] != "2024": bad.append(a)
if abs(float(a["implied"]) - 280) > 1e-9 * 280 or a["note"] != "": bad.append(a)
b = rows[("x.c", "2025", "2024")]
if b["implied"] != "" or not re.fullmatch(r"not implied: its base 2024 is itself implied \(by #[0-9]+\); implied figures do not chain", b["note"]): bad.append(b)
if abs(float(b["cagr"]) - 10) > 1e-9: bad.append(b)
c = rows[("x.c", "2030", "2024")]
if c["implied"] != "" or c["note"] != "stated before its period ended: a claim about it, implies nothing": bad.append(c)
d = rows[("y.c", "2024", "2020")]
if d["implied"] != "" or d["note"] != "both ends reported: a claim, for check": bad.append(d)
for r in bad: print("#", dict(r))
sys.exit(1 if bad else 0)
PY
run "$GS" implied x.c
expect_out "10 % +2024 +2025 .*#3 +not implied: its base 2024 is itself implied \(by #2\)" "table: the note"
