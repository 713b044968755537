# chart layers read from the generated script: the path required to reach
# a target, prediction intervals that stay apart, plans as bars, --ymin and
# --ymax, PDF through pdfcairo, SVG text and ticks as the PNG's
. "$GS_TOP/tests/cli/lib.sh"

if command -v gnuplot >/dev/null 2>&1; then gp=true; else gp=false; fi
has() { if grep -Eq -- "$2" "$1"; then ok "$3"; else notok "$3: $1 lacks /$2/"; fi; }
lacks() { if grep -Eq -- "$2" "$1"; then notok "$3: $1 has /$2/"; else ok "$3"; fi; }
# block FILE NAME: the rows of datablock NAME
block() { sed -n "/^\\\$$2 << EOD\$/,/^EOD\$/p" "$1" | sed '1d;$d'; }

cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note,name
m.out,2024,level,154,billion rubles,,,2025-10-07,mos.ru,,Output
m.out,2024,multiple,2.8,times,,2020,2025-10-07,mos.ru,,Output
m.out,2030,target,230,billion rubles,,,2025-10-07,mos.ru,,Output
m.inv,2024,level,55,billion rubles,,,2025-10-07,mos.ru,,Investment
m.inv,2025..2030,plan,47.3,billion rubles,,,2025-10-07,mos.ru,,Investment
CSV
# three noisy series of four levels, 2019-2022 (so linear fits have an
# interval)
for sv in "a 10 12 11 14" "b 20 19 23 24" "c 15 17 16 19"; do
	set -- $sv; s=$1; shift; y=2019
	for v in "$@"; do
		echo "$s.x,$y,level,$v,billion rubles,,,2025-03-01,src,,$s" >>"$T/a.csv"
		y=$((y + 1))
	done
done
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"

# ---- the path to a target: from 154 (2024) to 230 (2030) at the
# required CAGR (230/154)^(1/6) - 1 = 6.914 %; halfway, 2027.5, it is
# 154 x (230/154)^0.5 = 188.202
run "$GS" chart m.out --project-to 2030 --script-only -o "$T/out.png"
expect_rc 0 "a chart with a target and a projection"
block "$T/out.gp" s1_path | grep -v '^$' >"$T/path"
expect_eq "$(head -1 "$T/path")" "2024.5 154" "the path starts at the latest figure"
expect_eq "$(tail -1 "$T/path")" "2030.5 230" "the path ends at the target"
mid=$(awk '$1 == 2027.5 { printf "%.3f", $2 }' "$T/path")
expect_eq "$mid" "188.202" "halfway the path is at the required CAGR (154 x 1.4935^0.5)"
has "$T/out.gp" '"path to the 2030 target: \+6\.9 % a year \(required\)"' "the key gives the required CAGR"
has "$T/out.gp" '^\$s1_proj << EOD$' "beside the trend projection"
has "$T/out.gp" "s1_path using 1:2 with lines dt" "the path is drawn dotted"

# ---- prediction intervals: lighter fills, dotted bounds, one colour each
run "$GS" chart a.x b.x c.x --project-to 2026 --method linear --script-only -o "$T/three.png"
expect_rc 0 "three series with linear projections"
i=1
for col in 0072B2 D55E00 009E73; do
	has "$T/three.gp" "\\\$s${i}_band using 1:2:3 with filledcurves fs transparent solid 0\\.07 noborder lc rgb '#$col'" "series $i: a light fill in its colour"
	has "$T/three.gp" "\\\$s${i}_band using 1:2 with lines dt \\(3,3\\) lw 1\\.2 lc rgb '#$col'" "series $i: the lower bound dotted"
	has "$T/three.gp" "\\\$s${i}_band using 1:3 with lines dt \\(3,3\\) lw 1\\.2 lc rgb '#$col'" "series $i: the upper bound dotted"
	i=$((i + 1))
done
lacks "$T/three.gp" "solid 0\\.18" "no three bands of the old 0.18 shade"
run "$GS" chart a.x --project-to 2026 --method linear --script-only -o "$T/one.png"
has "$T/one.gp" "\\\$s1_band using 1:2:3 with filledcurves fs transparent solid 0\\.15" "one series: a fill of 0.15"
# the key's swatch is filled in the series' colour: with only a border
# colour gnuplot filled it with the next line type's (yellow beside a
# blue band); every filled key entry names its fill colour before fs
has "$T/one.gp" "keyentry with filledcurves lc rgb '#0072B2' dt \\(3,3\\) fs transparent solid 0\\.15 border lc rgb '#0072B2'" "the interval's key swatch in the series' colour"
for g in "$T/one.gp" "$T/three.gp"; do
	lacks "$g" "keyentry with [a-z]+ fs" "$(basename "$g"): no filled key entry without its own colour"
done

# ---- a plan is a bar over its period: 2025..2030 is 2025.0 to 2031.0
run "$GS" chart m.inv --script-only -o "$T/plan.png"
expect_rc 0 "a plan"
expect_eq "$(block "$T/plan.gp" s1_plan)" "2028 47.3 2025 2031 0 47.3" "the plan's bar spans 2025-2030 from the axis"
has "$T/plan.gp" "s1_plan using 1:2:3:4:5:6 with boxxyerror" "drawn as a bar"
lacks "$T/plan.gp" "xerrorbars" "not a line with whiskers"
has "$T/plan.gp" '"2025.2030 plan: 47.3 bn RUB" noenhanced' "the plan labelled"

# ---- --ymin/--ymax, in the axis' units
run "$GS" chart m.out --ymin 50 --ymax 250 --script-only -o "$T/y.png"
expect_rc 0 "--ymin 50 --ymax 250"
has "$T/y.gp" '^set yrange \[50:250\]$' "the y range as given"
has "$T/y.gp" "^set ytics nomirror out scale 0\\.6 \\('50' 50, '100' 100, '150' 150, '200' 200, '250' 250\\)$" "ticks every 50 within it"
run "$GS" chart m.out --ymin 300 --ymax 250 --script-only -o "$T/y2.png"
expect_rc 2 "--ymin above --ymax refused"
expect_err "bottom must be below the top" "says why"
run "$GS" chart m.out --ymax 12x --script-only -o "$T/y3.png"
expect_rc 2 "--ymax not a number refused"
run "$GS" chart m.out --log --ymin 0 --script-only -o "$T/y4.png"
expect_rc 2 "--log with --ymin 0 refused"

# ---- PDF through pdfcairo, at 96 pixels to the inch (1280x720: 13.3333 x
# 7.5 in)
run "$GS" chart m.out -o "$T/out.pdf" --script-only
expect_rc 0 "-o x.pdf"
has "$T/out.gp" "^set terminal pdfcairo size 13\\.3333in,7\\.5000in font 'Sans,12'" "pdfcairo, the PNG's size and font"
has "$T/out.gp" "exit status 69" "a gnuplot without pdfcairo stops with 69"
if $gp && gnuplot -e 'set terminal' 2>&1 | grep -q pdfcairo; then
	run "$GS" chart m.out -o "$T/real.pdf"
	expect_rc 0 "a PDF drawn"
	expect_eq "$(head -c 5 "$T/real.pdf")" "%PDF-" "the file is a PDF"
else
	echo "ok - # SKIP PDF drawing: gnuplot has no pdfcairo terminal"
fi
run "$GS" chart m.out --svg -o "$T/x.pdf" --script-only
expect_rc 2 "--svg with a .pdf output refused"

# ---- SVG: the PNG's text size (svg takes points as pixels, cairo draws a
# point as 4/3 pixel) and the same ticks; a log axis over 10..24 has ticks
# 10, 15, 20 and the limits (four or more)
run "$GS" chart a.x --svg -o "$T/s.svg" --script-only
has "$T/s.gp" "^set terminal svg size 1280,720 font 'Sans,12' fontscale 1\\.3333" "SVG text at the PNG's size"
run "$GS" chart a.x --log --svg -o "$T/log.svg" --script-only
run "$GS" chart a.x --log -o "$T/log.png" --script "$T/logp.gp" --script-only
expect_eq "$(grep '^set ytics' "$T/log.gp")" "$(grep '^set ytics' "$T/logp.gp")" "the SVG's y ticks are the PNG's"
n=$(grep '^set ytics' "$T/log.gp" | grep -o "'[0-9.,]*'" | wc -l)
if [ "$n" -ge 4 ]; then ok "a log axis has $n tick labels"; else notok "a log axis has $n tick labels"; fi
if $gp; then
	run "$GS" chart a.x --log --svg -o "$T/log2.svg"
	n=0
	for t in $(grep '^set ytics' "$T/log2.gp" | grep -o "'[0-9.,]*'" | tr -d "'"); do
		grep -q "<text>$t</text>" "$T/log2.svg" && n=$((n + 1))
	done
	if [ "$n" -ge 4 ]; then ok "the log SVG shows $n tick labels"; else notok "the log SVG shows $n tick labels"; fi
else echo "ok - # SKIP log SVG (gnuplot not installed)"; fi

# ---- a projection's dashes show in the key's short sample, in SVG too:
# the svg terminal draws a dash unit twice as long as cairo, and the
# sample (34 px) was one 20 px dash and a gap, read as the solid line of
# reported figures (the report's charts are SVG). Counted in the SVG
# gnuplot draws: the sample must hold at least two whole dash periods.
run "$GS" chart a.x --project-to 2026 --method linear --script-only -o "$T/d.png"
has "$T/d.gp" "^set dashtype 11 \\(16,10\\)$" "PNG: projection dashes (16,10)"
has "$T/d.gp" "with lines dt 11 lw 2\\.5" "projections drawn with dash type 11"
if $gp; then
	run "$GS" chart a.x --project-to 2026 --method linear --svg -o "$T/d.svg"
	expect_rc 0 "the SVG drawn"
	periods=$(python3 - "$T/d.svg" <<'PY'
import re, sys
svg = open(sys.argv[1]).read()
best = None
pat = r"stroke-dasharray='([0-9.]+),([0-9.]+)'\s+d='M([0-9.]+),[0-9.]+ L([0-9.]+),[0-9.]+\s*'"
for on, off, x0, x1 in re.findall(pat, svg):
    on, off, x0, x1 = map(float, (on, off, x0, x1))
    if on >= 5:  # the projection's pattern, not the path's dots
        best = (x1 - x0) / (on + off)
print("%.2f" % best if best is not None else "none")
PY
)
	case $periods in
	none) notok "no dashed key sample found in the SVG";;
	*) if python3 -c "import sys; sys.exit(0 if float('$periods') >= 2 else 1)"; then
		ok "the SVG key sample holds $periods dash periods"
	   else notok "the SVG key sample holds only $periods dash periods"; fi;;
	esac
else echo "ok - # SKIP SVG dashes (gnuplot not installed)"; fi
