# a projection whose trend rests on too few reported figures is marked
# on the chart, as `check` marks the verdict: Akadempark's revenue, 80
# in 2023 and 95 in 2024, was projected to 266.4 bn RUB in 2030 as a
# line like any other, while check called the target uncertain ("trend
# from 2 reported points"). Now (README "Trend sufficiency": fewer than
# 3 reported figures) the line is thinner (lw 1.2 for 2.5), its end
# label says "(uncertain)", and the key and the footnote say what the
# trend rests on in check's words; three figures are enough. Expected
# values from the CAGR formula; PNG and SVG scripts alike.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note,name
n.akad,2023,level,80,billion rubles,,,2026-10-01,akadempark.com,,Akadempark: revenue
n.akad,2024,level,95,billion rubles,,,2026-10-01,akadempark.com,,Akadempark: revenue
n.akad,2030,target,120,billion rubles,,,2026-10-01,akadempark.com,,Akadempark: revenue
k.three,2022,level,100,billion rubles,,,2026-10-01,s,,Three
k.three,2023,level,110,billion rubles,,,2026-10-01,s,,Three
k.three,2024,level,121,billion rubles,,,2026-10-01,s,,Three
CSV
run "$GS" init
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"

# what check says the 2030 target's trend rests on
run "$GS" check n.akad --format csv
note=$(python3 -c '
import csv, sys
for r in csv.DictReader(open(sys.argv[1])):
    if r.get("series") == "n.akad":
        print(r["note"]); break' "$T/out")
expect_eq "$note" "trend from 2 reported points" "check: the target's trend rests on 2 points"

# texts FILE.gp: labels, key titles, then footnote lines (decoded)
texts() {
	python3 - "$1" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
dec = lambda s: re.sub(rb"\\0([0-7]{3})", lambda o: bytes([int(o.group(1), 8)]), s).decode("utf-8")
for m in re.finditer(rb'set label \d+ "((?:[^"\\]|\\.)*)" noenhanced at (first|screen)', raw):
    print(("label:" if m.group(2) == b"first" else "text:") + dec(m.group(1)))
for m in re.finditer(rb'keyentry .*? title "((?:[^"\\]|\\.)*)"', raw):
    print("key:" + dec(m.group(1)))
PY
}
has() { # FILE TEXT DESC (a fixed string anywhere)
	if grep -Fq -- "$2" "$1"; then ok "$3"; else
		notok "$3: no '$2'"; sed 's/^/#   /' "$1" | head -12; fi
}
hasnt() {
	if grep -Fq -- "$2" "$1"; then notok "$3: has '$2'"; else ok "$3"; fi
}
# 95 * (95 / 80)^6 and 121 * 1.1^6, one decimal
want2=$(python3 -c 'print("%.1f" % (95 * (95 / 80) ** 6))')
want3=$(python3 -c 'print("%.1f" % (121 * 1.1 ** 6))')

for fmt in png svg; do
	run "$GS" chart n.akad --project-to 2030 --script-only -o "$T/a.$fmt"
	expect_rc 0 "Akadempark to 2030 ($fmt)"
	texts "$T/a.gp" >"$T/a.txt"
	has "$T/a.txt" "label:2030 projection: $want2 bn RUB (uncertain)" "the end label says uncertain ($fmt)"
	has "$T/a.txt" "key:projection: CAGR 2023–2024, +18.8 % a year ($note: uncertain)" "the key says what the trend rests on, as check does ($fmt)"
	has "$T/a.gp" "\$s1_proj using 1:2 with lines dt 11 lw 1.2 " "the projection is drawn thin ($fmt)"

	run "$GS" chart k.three --project-to 2030 --script-only -o "$T/k.$fmt"
	expect_rc 0 "three figures to 2030 ($fmt)"
	texts "$T/k.gp" >"$T/k.txt"
	has "$T/k.txt" "label:2030 projection: $want3 bn RUB" "three figures: the end label ($fmt)"
	hasnt "$T/k.txt" "uncertain" "three figures are enough: nothing uncertain ($fmt)"
	has "$T/k.gp" "\$s1_proj using 1:2 with lines dt 11 lw 2.5 " "and the line is as thick as ever ($fmt)"

	run "$GS" chart k.three n.akad --project-to 2030 --script-only -o "$T/b.$fmt"
	expect_rc 0 "both ($fmt)"
	texts "$T/b.gp" >"$T/b.txt"
	has "$T/b.txt" "key:thin: a trend from fewer than 3 reported figures (uncertain)" "two series: the key says what thin dashes are ($fmt)"
	has "$T/b.txt" "n.akad: projection: CAGR 2023–2024, +18.8 % a year ($note:" "the footnote names the uncertain one ($fmt)"
	has "$T/b.gp" "\$s2_proj using 1:2 with lines dt 11 lw 1.2 " "its line thin ($fmt)"
	has "$T/b.gp" "\$s1_proj using 1:2 with lines dt 11 lw 2.5 " "the other's not ($fmt)"
done
