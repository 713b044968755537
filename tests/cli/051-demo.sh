# make demo's script: `growthstat report` on the seed database, a page with
# every chartable series group charted and the main results
. "$GS_TOP/tests/cli/lib.sh"

GROWTHSTAT_BIN="$GS" DEMO_OUT="$T/out" sh "$GS_TOP/scripts/demo.sh" >"$T/log" 2>&1
rc=$?
expect_rc 0 "demo runs"
expect_eq "$(sed -n 1p "$T/log")" "report: $T/out/report.html" "demo says where the report is"
for f in report.html report.md; do
	[ -s "$T/out/$f" ] && ok "$f written" || notok "$f missing"
done
h="$T/out/report.html"
# no file beside the page: everything is in it
expect_eq "$(cd "$T/out" && ls | grep -v '^demo\.db' | tr '\n' ' ')" "report.html report.md " "out/ holds the page, not images"
if command -v gnuplot >/dev/null 2>&1; then
	n=$(grep -o '<img alt="[^"]*" src="data:image/svg+xml;base64,' "$h" | wc -l)
	[ "$n" -ge 5 ] && ok "report has $n inline charts (at least 5)" || notok "only $n charts"
	# the issue's groups: investment, jobs, production space, output, packages
	for want in 'moscow\.technopolis\.pharma\.investment: ' \
		'moscow\.technopolis\.pharma\.jobs: ' \
		'moscow\.technopolis\.pharma\.production_area: ' 'moscow\.pharma: RUB' \
		'moscow\.pharma\.cardiovascular\.packages'; do
		grep -q "<img alt=\"$want" "$h" && ok "charted: $want" || notok "not charted: $want"
	done
	# every series with two or more figures or a target is in a chart:
	# count them independently from the seed CSVs
	python3 - "$GS_TOP/scripts/seed" "$h" <<'PY' >"$T/py" 2>&1 && ok "every chartable series is charted" || { notok "chartable series missing"; sed 's/^/#   /' "$T/py"; }
import csv, glob, os, re, sys
figs, targ = {}, set()
for p in glob.glob(os.path.join(sys.argv[1], "*.csv")):
    for r in csv.DictReader(open(p, encoding="utf-8")):
        if r["kind"] in ("target", "plan"):
            targ.add(r["series"])
        elif r["kind"] in ("level", "flow"):
            figs.setdefault(r["series"], set()).add(r["period"])
want = targ | {k for k, v in figs.items() if len(v) >= 2}
html = open(sys.argv[2], encoding="utf-8").read()
# a chart section holds the group's charts; a series is charted when its
# group has a chart named after it or after its unit
alts = re.findall(r'<img alt="([^"]*)"', html)
groups = {a.split(": ")[0] for a in alts}
miss = [k for k in want if k not in groups and k.rsplit(".", 1)[0] not in groups]
print("missing:", miss)
sys.exit(1 if miss else 0)
PY
fi
r="$T/out/report.md"
# hand-computed: (154/55)^(1/4) - 1 = 29.357 %; 154 / 2.8 = 55.0
grep -q "29\.357 %" "$r" && ok "report has the 2020-2024 CAGR" || notok "CAGR missing"
grep -q "55\.0 bn RUB (implied)" "$r" && ok "report has the implied 2020 level" || notok "implied level missing"
# (154e9 * (154/55)^(6/4)): the CAGR carried from 2024 to 2030
grep -q "721\.54 bn RUB" "$r" && ok "report has the 2030 projection" || notok "projection missing"
grep -Eq "230\.0 bn RUB \| 2030 \|.*\| uncertain \| trend from 2 points, 1 implied" "$r" && ok "report has target verdicts (uncertain: 2 points, 1 implied)" || notok "verdicts missing"
grep -Eq "production\\\\_area \| claim \| \*\*inconsistent\*\* \| 2\.00× from 2025 to 2030" "$r" && ok "report flags the production-space claim" || notok "space claim not flagged"
grep -Eq "pharma\.investment \| claim \| \*\*inconsistent\*\* \| 2\.00× from 2025 to 2030" "$r" && ok "report flags the investment claim" || notok "investment claim not flagged"
grep -q "<script" "$h" && notok "html has a script tag" || ok "html carries no script"
