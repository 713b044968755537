# chart labels cross no drawn line and stay by their points: on a chart
# of three series in one unit projected to 2030 (figures like a user's:
# Kaluga's pharma output, Akadempark's and Alabuga's revenue), the dotted
# bounds of a prediction interval ran through "2030 target: 250 bn RUB"
# (they were not among the shapes labels avoid, and a label crossing a
# line or two was accepted), and "2030 projection: 266.4 bn RUB" stood
# about 120 px from its point with nothing joining them. Now a label
# crossing any drawn segment or marker is off limits, and a label that
# has to move away from its point gets a leader line. Checked from the
# script alone: the label boxes as tests/chart_layout.py lays them out,
# the lines from the datablocks mapped by the script's own ranges and
# margins, each leader an arrow from the point to the label's box; PNG
# and SVG, each projection method.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

{
	echo "series,period,kind,value,unit,qualifier,base,as_of,source,note,name"
	for yv in 2021:120 2022:135 2023:150 2024:162.4 2025:182.4; do
		echo "kaluga.pharma.output,${yv%:*},level,${yv#*:},billion rubles,,,2026-11-03,Kaluga Region (admoblkaluga.ru),,Kaluga pharma cluster: output"
	done
	echo "kaluga.pharma.output,2030,target,250,billion rubles,,,2026-11-03,Kaluga Region (admoblkaluga.ru),,Kaluga pharma cluster: output"
	echo "novosibirsk.akadempark.revenue,2023,level,80,billion rubles,,,2026-10-01,Akadempark (akadempark.com),,Akadempark: revenue"
	echo "novosibirsk.akadempark.revenue,2024,level,95,billion rubles,,,2026-10-01,Akadempark (akadempark.com),,Akadempark: revenue"
	echo "novosibirsk.akadempark.revenue,2030,target,120,billion rubles,,,2026-10-01,Akadempark (akadempark.com),,Akadempark: revenue"
	echo "tatarstan.alabuga.revenue,2024,level,700,billion rubles,over,,2026-09-15,Alabuga SEZ (alabuga.ru),,Alabuga SEZ: revenue"
	echo "tatarstan.alabuga.revenue,2025,level,520,billion rubles,,,2026-09-15,Alabuga SEZ (alabuga.ru),,Alabuga SEZ: revenue"
} >"$T/u.csv"
run "$GS" init
run "$GS" ingest "$T/u.csv"
expect_rc 0 "ingest the three series"

# lines.py TESTS SCRIPT: the labels the script sets at data points against
# the lines its datablocks draw; labels far from their points need a
# leader from the point to their box (within half a line height:
# growthstat's text widths are not chart_layout.py's). One line per problem; exit 1 on any.
cat >"$T/lines.py" <<'PY'
import math, re, sys
sys.path.insert(0, sys.argv[1])
from chart_layout import parse, boxes

gp = sys.argv[2]
lay = parse(gp)
bs, canvas, plot = boxes(lay)
L, B, R, T = plot
W, H = lay["W"], lay["H"]
(x0, x1), (y0, y1) = lay["x"], lay["y"]
px = lambda x: L + (x - x0) / (x1 - x0) * (R - L)
py = lambda y: B + (y - y0) / (y1 - y0) * (T - B)
blocks, name, leads, anchors = {}, None, [], []
for line in open(gp, encoding="utf-8"):
    m = re.match(r"^\$(s\d+_\w+) << EOD$", line)
    if m:
        name = m.group(1)
        blocks[name] = [[]]
        continue
    if name and line.strip() == "EOD":
        name = None
        continue
    if name:
        if not line.strip():
            blocks[name].append([])
        else:
            blocks[name][-1].append([float(v) for v in line.split()])
        continue
    m = re.match(r"set arrow \d+ from screen ([-\d.]+), screen ([-\d.]+) to "
                 r"screen ([-\d.]+), screen ([-\d.]+)", line)
    if m:
        v = [float(g) for g in m.groups()]
        leads.append((v[0] * W, v[1] * H, v[2] * W, v[3] * H))
    m = re.match(r'set label \d+ ".*" noenhanced at first ([-\d.e+]+), '
                 r'first ([-\d.e+]+) ', line)
    if m:
        anchors.append((px(float(m.group(1))), py(float(m.group(2)))))
segs = []
def poly(pts, col):
    for a, b in zip(pts, pts[1:]):
        segs.append((px(a[0]), py(a[col]), px(b[0]), py(b[col])))
for k, curves in blocks.items():
    layer = k.split("_", 1)[1]
    for rows in curves:
        if layer in ("line", "proj", "path"):
            poly(rows, 1)
        elif layer == "band":
            poly(rows, 1)
            poly(rows, 2)
        elif layer in ("arrow", "tarrow"):
            for x, y, d in rows:
                segs.append((px(x), py(y), px(x), py(y + d)))
        elif layer == "err":
            for x, y, lo, hi in rows:
                segs.append((px(x), py(lo), px(x), py(hi)))
def hits(s, b):
    # Liang-Barsky: does segment s cross box b?
    t0, t1 = 0.0, 1.0
    dx, dy = s[2] - s[0], s[3] - s[1]
    for p, q in ((-dx, s[0] - b[0]), (dx, b[2] - s[0]),
                 (-dy, s[1] - b[1]), (dy, b[3] - s[1])):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True
lh = 1.25 * lay["fs"] * 4 / 3
data = [lb for lb in bs if lb["data"]]
bad = 0
for lb, (ax, ay) in zip(data, anchors):
    b = lb["box"]
    inner = (b[0] + 1, b[1] + 2, b[2] - 1, b[3] - 2)
    n = sum(hits(s, inner) for s in segs)
    if n:
        bad += 1
        print("label %r crossed by %d segments" % (lb["text"], n))
    nx, ny = min(max(ax, b[0]), b[2]), min(max(ay, b[1]), b[3])
    if math.hypot(nx - ax, ny - ay) > 2.2 * lh and not any(
            b[0] - lh / 2 <= l[2] <= b[2] + lh / 2 and
            b[1] - lh / 2 <= l[3] <= b[3] + lh / 2 and
            math.hypot(l[0] - ax, l[1] - ay) < lh for l in leads):
        bad += 1
        print("label %r %.0f px from its point, no leader" % (
            lb["text"], math.hypot(nx - ax, ny - ay)))
print("%d data labels, %d segments, %d leaders, %d bad" % (
    len(data), len(segs), len(leads), bad))
sys.exit(1 if bad else 0)
PY

for m in cagr linear loglinear; do
	for fmt in png svg; do
		run "$GS" chart kaluga.pharma.output novosibirsk.akadempark.revenue \
			tatarstan.alabuga.revenue --project-to 2030 --method $m \
			--script-only -o "$T/c3-$m.$fmt"
		expect_rc 0 "chart of three series, $m, $fmt"
		if python3 "$GS_TOP/tests/chart_layout.py" --frame "$T/c3-$m.gp" >"$T/layout" 2>&1; then
			ok "$m $fmt: labels inside the frame, none overlapping"
		else
			notok "$m $fmt: labels overlap or leave the frame"; head -3 "$T/layout" | sed 's/^/#   /'
		fi
		if python3 "$T/lines.py" "$GS_TOP/tests" "$T/c3-$m.gp" >"$T/lines" 2>&1; then
			ok "$m $fmt: no line crosses a label; each far label has a leader"
		else
			notok "$m $fmt: labels crossed or astray"; head -5 "$T/lines" | sed 's/^/#   /'
		fi
	done
done
# gnuplot reads the leader lines (set arrow ... from screen) and draws
if command -v gnuplot >/dev/null 2>&1; then
	run "$GS" chart kaluga.pharma.output novosibirsk.akadempark.revenue \
		tatarstan.alabuga.revenue --project-to 2030 --method loglinear \
		-o "$T/drawn.png"
	expect_rc 0 "gnuplot draws the chart with its leaders"
	grep -q '^set arrow 1 from screen' "$T/drawn.gp" && ok "the chart has a leader" ||
		notok "the chart has no leader line"
	[ -s "$T/drawn.png" ] && ok "the image is written" || notok "no image"
fi
