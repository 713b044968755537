# chart layout, read from the generated script (tests/chart_layout.py lays
# the labels out from the script's own coordinates and DejaVu Sans widths):
# no two labels overlap and every value label lies inside the plot frame,
# on the cases that collided or were cut before (a projection and a target
# at one date, a wide label at the right edge, three series) and on random
# series; every bar carries its value with one precision; no empty year at
# either end of the x axis
. "$GS_TOP/tests/cli/lib.sh"

layout() { # DESC SCRIPT...: the layout check on scripts
	desc=$1; shift
	if python3 "$GS_TOP/tests/chart_layout.py" --frame "$@" >"$T/layout" 2>&1; then
		ok "$desc"
	else
		notok "$desc"; sed 's/^/#   /' "$T/layout" | head -8
	fi
}

# A linear trend to 2030 beside 2030 targets of 200 and about 230: end
# labels at one date, close in value. 2019..2024 rise by exactly 8.6 a
# year from 136.6 to 179.6, so 2030 is 179.6 + 6 x 8.6 = 231.2 bn RUB.
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note,name
m.out,2019,level,136.6,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2020,level,145.2,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2021,level,153.8,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2022,level,162.4,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2023,level,171,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2024,level,179.6,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2030,target,200,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2030,target,230,billion rubles,about,,2025-10-07,mos.ru,,Output
w.edge,2021,level,1234567.5,square meters,,,2025-10-07,mos.ru,,Edge
w.edge,2022,level,2345678.25,square meters,approximately,,2025-10-07,mos.ru,,Edge
w.edge,2023,level,3456789.125,square meters,more than,,2025-10-07,mos.ru,,Edge
w.edge,2024,target,3900000,square meters,more than,,2025-10-07,mos.ru,,Edge
p.a,2024-01..2024-08,flow,7,million packages,,,2025-10-07,mos.ru,,Cardiovascular
p.a,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,mos.ru,,Cardiovascular
p.b,2024-01..2024-08,flow,319.9095,thousand packages,,,2025-10-07,mos.ru,,Vaccines
p.b,2025-01..2025-08,flow,353.5,thousand packages,,,2025-10-07,mos.ru,,Vaccines
p.c,2024-01..2024-08,flow,0.78,million packages,,,2025-10-07,mos.ru,,Gastrointestinal
p.c,2025-01..2025-08,flow,5.8,million packages,,,2025-10-07,mos.ru,,Gastrointestinal
CSV
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"

run "$GS" chart m.out --project-to 2030 --method linear --script-only -o "$T/lin.png"
expect_rc 0 "a linear projection beside two 2030 targets"
if grep -q '"2030 projection: 231.2 bn RUB' "$T/lin.gp"; then
	ok "the projection label says 231.2 bn RUB"
else notok "no 231.2 bn RUB projection label"; fi
layout "projection and targets at one date: labels apart, inside the frame" "$T/lin.gp"
for size in 640x360 800x450 1600x900; do
	run "$GS" chart m.out --project-to 2030 --method linear --size $size --script-only -o "$T/lin$size.png"
	layout "the same at $size" "$T/lin$size.gp"
done
for m in cagr linear; do
	run "$GS" chart w.edge --size 480x270 --project-to 2025 --method $m --script-only -o "$T/edge$m.png"
	layout "wide labels at the right edge stay inside the frame ($m)" "$T/edge$m.gp"
done
run "$GS" chart p.a p.b p.c --script-only -o "$T/three.png"
expect_rc 0 "three series of bars"
layout "three series: labels apart, inside the frame" "$T/three.gp"

# every bar labelled, one precision: 7.00 16.10 0.32 0.35 0.78 5.80 (two
# decimals, the fewest that give 0.32 two significant digits)
labels=$(sed -n 's/^set label [0-9]* "\([0-9.,]*\)" noenhanced at first.*/\1/p' "$T/three.gp" | sort -n | tr '\n' ' ')
expect_eq "$labels" "0.32 0.35 0.78 5.80 7.00 16.10 " "a label on every bar, each with two decimals"
# the bars run from Jan 2024 to Aug 2025: the axis from 2023.75 to 2025.92
# (a quarter year either side), year labels 2024 and 2025 only
if grep -Eq '^set xrange \[2023\.75000*:2025\.91666' "$T/three.gp"; then
	ok "x axis: a quarter year either side of the bars"
else notok "x axis: $(grep '^set xrange' "$T/three.gp")"; fi
if grep -Eq "^set xtics nomirror out scale 0,0.6 \('2024' 2024\.5, '2025' 2025\.5\)$" "$T/three.gp"; then
	ok "no empty year at either end"
else notok "year labels: $(grep '^set xtics nomirror' "$T/three.gp")"; fi

# random series (seeded): levels with qualifiers, targets near the trend,
# each method, several sizes
python3 - "$T" <<'PY'
import random, sys
d = sys.argv[1]
for seed in range(1, 31):
    r = random.Random(seed)
    rows = ["series,period,kind,value,unit,qualifier,base,as_of,source,note,name"]
    key = "r%d.a" % seed
    n, y0, v, g = r.randint(2, 7), r.randint(2012, 2020), r.uniform(20, 200), r.uniform(-0.05, 0.3)
    for i in range(n):
        rows.append("%s,%d,level,%.1f,billion rubles,%s,,2025-03-01,src,,Random %d"
                    % (key, y0 + i, v, r.choice(["", "", "over", "about"]), seed))
        v *= 1 + g + r.uniform(-0.05, 0.05)
    for t in range(r.randint(0, 3)):
        rows.append("%s,%d,target,%.1f,billion rubles,,,2025-03-01,src,,Random %d"
                    % (key, r.choice([2028, 2030, 2030]), v * r.uniform(0.8, 1.6), seed))
    with open("%s/r%d.csv" % (d, seed), "w") as f:
        f.write("\n".join(rows) + "\n")
    with open("%s/r%d.args" % (d, seed), "w") as f:
        f.write("%s %s\n" % (r.choice(["cagr", "linear", "loglinear"]),
                             r.choice(["1280x720", "800x450", "640x400", "1600x900"])))
PY
bad=0; n=0
for seed in $(seq 1 30); do
	"$GS" ingest "$T/r$seed.csv" >/dev/null 2>&1 || continue
	read -r method size <"$T/r$seed.args"
	"$GS" chart "r$seed.a" --project-to 2030 --method "$method" --size "$size" \
		--script-only -o "$T/r$seed.png" >/dev/null 2>&1 || continue
	n=$((n + 1))
	python3 "$GS_TOP/tests/chart_layout.py" --frame "$T/r$seed.gp" >"$T/layout" 2>&1 ||
		{ bad=$((bad + 1)); sed 's/^/#   /' "$T/layout" | head -3; }
done
if [ "$n" -ge 15 ] && [ "$bad" -eq 0 ]; then ok "$n random charts: labels apart, inside the frame"
else notok "random charts: $bad of $n with overlapping or cut labels"; fi
