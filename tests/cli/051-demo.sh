# make demo's script: a report with the main results and the charts it embeds
. "$GS_TOP/tests/cli/lib.sh"

GROWTHSTAT_BIN="$GS" DEMO_OUT="$T/out" sh "$GS_TOP/scripts/demo.sh" >"$T/log" 2>&1
rc=$?
expect_rc 0 "demo runs"
expect_eq "$(sed -n 1p "$T/log")" "report: $T/out/report.html" "demo says where the report is"
for f in report.html report.md; do
	[ -s "$T/out/$f" ] && ok "$f written" || notok "$f missing"
done
if command -v gnuplot >/dev/null 2>&1; then
	for f in pharma_output packages; do
		if [ "$(head -c 8 "$T/out/$f.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
			ok "$f.png is a PNG"
		else
			notok "$f.png missing or not a PNG"
		fi
		grep -q "src=\"$f.png\"" "$T/out/report.html" && ok "report embeds $f.png" || notok "report lacks $f.png"
	done
fi
r="$T/out/report.md"
grep -q "29\.357 %" "$r" && ok "report has the 2020-2024 CAGR" || notok "CAGR missing"
grep -q "55\.0 bn RUB" "$r" && ok "report has the implied 2020 level" || notok "implied level missing"
grep -q "721\.54 bn RUB" "$r" && ok "report has the 2030 projection" || notok "projection missing"
grep -Eq "moscow\.pharma\.output .* uncertain +trend from 2 points, 1 implied" "$r" && ok "report has target verdicts (uncertain: 2 points, 1 implied)" || notok "verdicts missing"
grep -Eq "production_area +2\.00× .*inconsistent" "$r" && ok "report flags the production-space claim" || notok "space claim not flagged"
grep -Eq "pharma\.investment +2\.00× .*inconsistent" "$r" && ok "report flags the investment claim" || notok "investment claim not flagged"
grep -q "<script" "$T/out/report.html" && notok "html has a script tag" || ok "html carries no script"
