# `chart KEY --frequency quarterly` of a monthly series: the footnote of
# sources was missing (an aggregated point lists no figure behind it), the
# x axis had only year labels at the years' middles, so a Q1 point sat
# left of its year's label, and the key called quarterly averages
# "reported figures". Now the footnote names the sources of the months
# aggregated, each quarter is labelled, and the key says what was drawn.
. "$GS_TOP/tests/cli/lib.sh"

command -v gnuplot >/dev/null 2>&1 || { ok "skipped: no gnuplot"; exit 0; }
{
	echo 'series,period,kind,value,as_of,source,unit'
	# month k of 2023-2024 (k = 1..24) is 100 + k persons
	k=1
	for y in 2023 2024; do
		for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
			echo "t.h,$y-$m,level,$((100 + k)),2025-01-15,Tomsk SEZ,persons"
			k=$((k + 1))
		done
	done
} >"$T/x.csv"
"$GS" init && "$GS" ingest "$T/x.csv" >/dev/null || notok "setup"
cd "$T" || exit 1

run "$GS" chart t.h -o m.png
expect_rc 0 "the monthly chart"
grep -q '"Source: Tomsk SEZ, figures as of 2025-01-15."' m.gp &&
	ok "the monthly chart names its source" || notok "monthly: no source note"

run "$GS" chart t.h --frequency quarterly -o q.png
expect_rc 0 "the quarterly chart"
grep -q '"Source: Tomsk SEZ, figures as of 2025-01-15."' q.gp &&
	ok "the quarterly chart names its source" ||
	notok "quarterly: no source note: $(grep '^set label' q.gp | tr '\n' ' ')"
grep -q 'title "quarterly averages of reported figures"' q.gp &&
	ok "the key says quarterly averages" ||
	notok "the key: $(grep keyentry q.gp)"
# Q1 2023 = (101 + 102 + 103) / 3 = 102; Q4 2024 = (122 + 123 + 124) / 3 = 123
grep -q '^set label [0-9]* "102" .* at first 2023\.125,' q.gp &&
	ok "Q1 2023 is drawn as 102 at the quarter's middle" ||
	notok "Q1 2023: $(grep '"102"' q.gp)"
grep -q '^set label [0-9]* "123" .* at first 2024\.875,' q.gp &&
	ok "Q4 2024 is drawn as 123 at the quarter's middle" ||
	notok "Q4 2024: $(grep '"123"' q.gp)"
xt=$(grep '^set xtics nomirror' q.gp)
case $xt in
*"'Q1 2024' 2024.125"*) ok "Q1 2024 is labelled under its point" ;;
*) notok "no Q1 2024 label at 2024.125: $xt" ;;
esac
expect_eq "$(printf '%s\n' "$xt" | grep -o "'Q[1-4][^']*'" | wc -l | tr -d ' ')" "8" \
	"eight quarters, eight labels"
# the image is the size asked for (1280x720 by default)
expect_eq "$(od -An -tu1 -j16 -N8 q.png | tr -s ' ' | sed 's/^ //')" \
	"0 0 5 0 0 0 2 208" "the PNG is 1280x720"
