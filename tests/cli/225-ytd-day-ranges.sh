# backends: sqlite postgres
# show --ytd on day ranges that cover whole months: 2024-01-01..2024-08-31
# is January-August, a year-to-date figure, and was refused ("no
# year-to-date flows", exit 65). Rule: a flow written in days from the
# first of January to the last day of a month of the same year is the
# month range, read, paired and shown as such (2024-01..2024-08); a day
# range that stops short of a month's end (..2024-08-30) is not.
# Expected values from python3 (Decimal differences, float ratios).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
y.d,2023-01-01..2023-07-31,flow,60.2,billion rubles,2024-10-01,s
y.d,2023-01-01..2023-08-31,flow,69.1,billion rubles,2024-10-01,s
y.d,2024-01-01..2024-07-31,flow,71.5,billion rubles,2024-10-01,s
y.d,2024-01..2024-08,flow,82.9,billion rubles,2024-10-01,s
y.short,2024-01-01..2024-08-30,flow,82.9,billion rubles,2024-10-01,s
CSV
"$GS" -q ingest "$T/d.csv"

run "$GS" show y.d --ytd --format csv
expect_rc 0 "show --ytd on day ranges"
python3 - "$T/out" <<'PY' && ok "single months and year on year as the month ranges" || notok "values"
import csv, sys
from decimal import Decimal as D
rows = {(r["section"], r["period"]): r for r in csv.DictReader(open(sys.argv[1]))}
B = D(10) ** 9
want = {
    ("flow", "2023-08"): ((D("69.1") - D("60.2")) * B, None),
    ("flow", "2024-08"): ((D("82.9") - D("71.5")) * B, None),
    ("same_period_last_year", "2024-01..2024-07"): (D("71.5") * B, 71.5 / 60.2),
    ("same_period_last_year", "2024-01..2024-08"): (D("82.9") * B, 82.9 / 69.1),
}
bad = 0
for k, (v, m) in want.items():
    r = rows.get(k)
    if r is None:
        print("# missing", k); bad += 1; continue
    if D(r["value"]) != v:
        print("# value", k, r["value"], v); bad += 1
    if m is not None and abs(float(r["multiple"]) - m) > 1e-12 * m:
        print("# multiple", k, r["multiple"], m); bad += 1
if len(rows) != len(want):
    print("# rows", sorted(rows)); bad += 1
sys.exit(bad != 0)
PY
run "$GS" show y.d --ytd
expect_out "^2024-08 +11\.4 bn RUB" "table: August 2024 as a month"
run "$GS" show y.short --ytd
expect_rc 65 "a day range short of the month's end is no year-to-date figure"
