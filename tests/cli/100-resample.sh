# --frequency/--aggregation against pandas' resample on real monthly data:
# statsmodels' El Nino sea surface temperatures (monthly, 1950-2010), as a
# level (avg, eop) and, the same numbers, as a flow (sum); the last year
# cut to 8 months is incomplete and must not be aggregated.
. "$GS_TOP/tests/cli/lib.sh"

PY=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import pandas, statsmodels' 2>/dev/null; then PY=$p; break; fi
done
if [ -z "$PY" ]; then
	echo "ok - # SKIP pandas and statsmodels are not installed"
	exit 0
fi

# the data, in growthstat's CSV, written by pandas itself
"$PY" - "$T" <<'PY'
import sys
import statsmodels.api as sm
d = sm.datasets.elnino.load_pandas().data
out = open(sys.argv[1] + "/elnino.csv", "w")
out.write("series,period,kind,value,unit,as_of,source\n")
months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
          "OCT", "NOV", "DEC"]
for _, row in d.iterrows():
    y = int(row["YEAR"])
    for m, name in enumerate(months, 1):
        if y == 2010 and m > 8:
            break
        for key, kind in (("sst.level", "level"), ("sst.flow", "flow")):
            out.write("%s,%04d-%02d,%s,%r,degrees,2011-01-01,statsmodels\n"
                      % (key, y, m, kind, float(row[name])))
PY
"$GS" init >/dev/null 2>&1
run "$GS" ingest "$T/elnino.csv"
expect_rc 0 "El Nino monthly data ingested"

# compare: growthstat's csv against pandas' resample of the same numbers
check() { # KEY FREQ AGG PANDAS_RULE PANDAS_AGG
	"$GS" show "$1" --frequency "$2" --aggregation "$3" --format csv \
		>"$T/gs.csv" 2>"$T/err"
	if "$PY" - "$T" "$4" "$5" <<'PY' >"$T/cmp" 2>&1
import sys, csv
import pandas as pd
t, rule, agg = sys.argv[1:4]
rows = list(csv.DictReader(open(t + "/elnino.csv")))
s = pd.Series([float(r["value"]) for r in rows if r["series"] == "sst.level"],
              index=pd.period_range("1950-01", periods=sum(
                  r["series"] == "sst.level" for r in rows), freq="M")
              .to_timestamp())
r = s.resample(rule)
want = getattr(r, agg)()
count = r.count()
need = 12 if rule == "A" else 3
got = {g["period"]: g for g in csv.DictReader(open(t + "/gs.csv"))}
bad = 0
for ts, v in want.items():
    p = str(ts.year) if rule == "A" else "%d-Q%d" % (ts.year, ts.quarter)
    g = got.get(p)
    if g is None:
        print("missing", p); bad += 1; continue
    if count[ts] < need:
        if g["value"] != "" or g["status"] != "incomplete: %d of %d" % (count[ts], need):
            print("incomplete", p, g); bad += 1
        continue
    if abs(float(g["value"]) - v) > 1e-9 * abs(v):
        print(p, g["value"], v); bad += 1
print("periods", len(want), "bad", bad)
sys.exit(1 if bad or len(got) != len(want) else 0)
PY
	then ok "$1 $2 $3 matches pandas resample('$4').$5() ($(tail -1 "$T/cmp"))"
	else notok "$1 $2 $3 against pandas: $(head -3 "$T/cmp" | tr '\n' ' ')"
	fi
}
check sst.level annual avg A mean
check sst.level annual eop A last
check sst.flow annual sum A sum
check sst.level quarterly avg Q mean
check sst.flow quarterly sum Q sum

# the incomplete year by name, and the defaults (flows sum, levels avg)
run "$GS" show sst.flow --frequency annual --format csv
expect_out '^2010,,8,12,incomplete: 8 of 12,sst.flow,degrees,sum,,$' "2010 has 8 of 12 months: no value"
run "$GS" show sst.level --frequency annual --format csv
expect_out '^1950,[0-9.]+,12,12,complete,sst.level,degrees,avg,,$' "levels average by default"
run "$GS" show sst.level --frequency annual --aggregation sum
expect_rc 65 "levels are not summed"
expect_err "levels are not summed" "says why"
run "$GS" show sst.level --aggregation avg
expect_rc 2 "--aggregation without --frequency"
run "$GS" show sst.level --frequency weekly
expect_rc 2 "an unknown frequency"

# growth on annual averages: 1950 -> 2009 by pandas, 2010 left out
want=$("$PY" - "$T" <<'PY'
import sys, csv
import pandas as pd
rows = [r for r in csv.DictReader(open(sys.argv[1] + "/elnino.csv"))
        if r["series"] == "sst.level"]
s = pd.Series([float(r["value"]) for r in rows],
              index=pd.to_datetime([r["period"] + "-01" for r in rows]))
a = s.resample("A").mean()
print(repr(a[a.index.year == 2009].iloc[0] / a.iloc[0]))
PY
)
run "$GS" growth sst.level --frequency annual --format csv
expect_close "$(field "$T/out" '^multiple,' 2)" "$want" "growth of the annual averages 1950-2009 as pandas computes it"
expect_err "2010 is incomplete \(8 of 12 figures\): not aggregated" "growth warns of the incomplete year"

# project on the annual averages: its window is the 60 complete years
run "$GS" project sst.level --frequency annual --to 2012 --format csv
expect_rc 0 "project --frequency annual"
expect_out '^2009,' "the last complete year is the last actual point"
expect_no_out '^2010,actual' "the incomplete year is not a point"
