# a flow over part of a year says its months wherever it is drawn: a
# user's Alabuga chart showed revenue of January-September 2025 as a bar
# labelled "520" under the year "2025", beside the full-year "over 700"
# of 2024, with nothing to tell nine months from twelve. Now such a bar's
# label reads "2025 Jan–Sep: 520"; where every figure of a chart is a
# flow over the same months of its year (Jan-Aug 2024 and 2025), the key
# says them once instead ("reported sums over Jan–Aug of each year", or
# after each series' name), and the labels stay numbers. Months by hand
# from the periods ingested; PNG and SVG scripts alike.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note,name
t.alabuga,2024,level,700,billion rubles,over,,2026-09-15,alabuga.ru,,Alabuga SEZ: revenue
t.alabuga,2025-01..2025-09,flow,520,billion rubles,,,2026-09-15,alabuga.ru,,Alabuga SEZ: revenue
q.mix,2024,flow,40,billion rubles,,,2026-09-15,s,,Mixed
q.mix,2025-04..2025-06,flow,12,billion rubles,,,2026-09-15,s,,Mixed
q.mix,2025-07,flow,5,billion rubles,,,2026-09-15,s,,Mixed
p.a,2024-01..2024-08,flow,7,million packages,,,2025-10-07,s,,Cardiovascular
p.a,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,s,,Cardiovascular
p.b,2024-01..2024-08,flow,0.78,million packages,,,2025-10-07,s,,Vaccines
p.b,2025-01..2025-08,flow,5.8,million packages,,,2025-10-07,s,,Vaccines
CSV
run "$GS" init
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"

# labels FILE.gp: each label's text and then each key entry's title, one
# a line (octal escapes decoded)
labels() {
	python3 - "$1" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
dec = lambda s: re.sub(rb"\\0([0-7]{3})", lambda o: bytes([int(o.group(1), 8)]), s).decode("utf-8")
for m in re.finditer(rb'set label \d+ "((?:[^"\\]|\\.)*)" noenhanced at first', raw):
    print("label:" + dec(m.group(1)))
for m in re.finditer(rb'keyentry .*? title "((?:[^"\\]|\\.)*)"', raw):
    print("key:" + dec(m.group(1)))
PY
}
has() { # FILE LINE DESC
	if grep -Fxq -- "$2" "$1"; then ok "$3"; else
		notok "$3: no '$2'"; sed 's/^/#   /' "$1" | head -12; fi
}
hasnt() {
	if grep -Fq -- "$2" "$1"; then notok "$3: has '$2'"; else ok "$3"; fi
}

for fmt in png svg; do
	run "$GS" chart t.alabuga --script-only -o "$T/a.$fmt"
	expect_rc 0 "the Alabuga chart ($fmt)"
	labels "$T/a.gp" >"$T/a.txt"
	has "$T/a.txt" "label:2025 Jan–Sep: 520" "the Jan-Sep bar says its months ($fmt)"
	has "$T/a.txt" "label:over 700" "the full-year level is a value ($fmt)"

	run "$GS" chart q.mix --script-only -o "$T/m.$fmt"
	expect_rc 0 "a year, a quarter and a month ($fmt)"
	labels "$T/m.gp" >"$T/m.txt"
	has "$T/m.txt" "label:40" "the full-year bar: its value alone ($fmt)"
	has "$T/m.txt" "label:2025 Apr–Jun: 12" "the quarter: its months ($fmt)"
	has "$T/m.txt" "label:2025 Jul: 5" "one month: its name ($fmt)"
	has "$T/m.txt" "key:reported sums over each period (bars)" "the key: each period ($fmt)"

	run "$GS" chart p.a --script-only -o "$T/p.$fmt"
	expect_rc 0 "Jan-Aug of two years ($fmt)"
	labels "$T/p.gp" >"$T/p.txt"
	has "$T/p.txt" "key:reported sums over Jan–Aug of each year (bars)" "one series: the key says Jan-Aug ($fmt)"
	has "$T/p.txt" "label:16.1" "and the bar labels stay numbers ($fmt)"

	run "$GS" chart p.a p.b --script-only -o "$T/pp.$fmt"
	expect_rc 0 "two series of Jan-Aug ($fmt)"
	labels "$T/pp.gp" >"$T/pp.txt"
	has "$T/pp.txt" "key:Vaccines (Jan–Aug sums)" "two series: each name says Jan-Aug ($fmt)"
	hasnt "$T/pp.txt" "label:2025 Jan" "no bar label repeats the months ($fmt)"
done
