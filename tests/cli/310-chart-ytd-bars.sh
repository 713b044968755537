# A year-to-date flow (Jan-Mar, Jan-Jun, Jan-Sep and the full year, all
# starting on 1 January) was drawn as bars on top of each other, the
# shorter hidden inside the longer; and the key cut the projection's
# entry at 90 characters ("(trend from 2 reported poin..."), though the
# chart had room for it. The bars of one year that start together now
# stand side by side, shortest first, and the key entry is whole.
. "$GS_TOP/tests/cli/lib.sh"

command -v gnuplot >/dev/null 2>&1 || { ok "skipped: no gnuplot"; exit 0; }
cat >"$T/x.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
t.out,2023-01..2023-03,flow,10,bn RUB,2023-04-20,S
t.out,2023-01..2023-06,flow,22,bn RUB,2023-07-20,S
t.out,2023-01..2023-09,flow,35,bn RUB,2023-10-20,S
t.out,2023,flow,50,bn RUB,2024-01-20,S
t.out,2024-01..2024-03,flow,12,bn RUB,2024-04-20,S
t.out,2024-01..2024-06,flow,26,bn RUB,2024-07-20,S
CSV
"$GS" init && "$GS" ingest "$T/x.csv" >/dev/null || notok "setup"
cd "$T" || exit 1

run "$GS" chart --all -d charts --project-to 2030
expect_rc 0 "chart --all"
g=charts/t.out.gp
# the bars' x0 and x1 (columns 3 and 4 of $s1_bar): no two overlap
sed -n '/^\$s1_bar << EOD/,/^EOD/p' $g | grep -v 'EOD' >bars
expect_eq "$(wc -l <bars | tr -d ' ')" "6" "six bars"
awk '{ x0[NR] = $3; x1[NR] = $4 }
     END { for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++)
		if (x0[i] < x1[j] - 1e-9 && x0[j] < x1[i] - 1e-9) bad++
	   exit bad > 0 }' bars &&
	ok "no two bars overlap" || notok "bars overlap: $(tr '\n' '|' <bars)"
# 2023's four bars share the year in quarters, Jan-Mar first, 50 last
awk '$2 == 10 && $3 == 2023 && $4 == 2023.25 { a++ }
     $2 == 50 && $3 == 2023.75 && $4 == 2024 { b++ }
     END { exit !(a == 1 && b == 1) }' bars &&
	ok "Jan-Mar 2023 first, the full year last" ||
	notok "2023's bars: $(tr '\n' '|' <bars)"
grep -q '"2023 Jan–Mar: 10"' $g && grep -q '"2023 Jan–Sep: 35"' $g &&
	ok "each bar still says its months" || notok "bar labels lost their months"

# the projection follows `project` for the series, and the key says it whole
"$GS" project t.out --to 2030 >proj || notok "project"
grep -q 'from 2023-01..2023-06 to 2024-01..2024-06' proj &&
	grep -q 'title "projection: CAGR Jan–Jun 2023 to Jan–Jun 2024' $g &&
	ok "chart and project trend over the same two figures" ||
	notok "chart and project differ: $(head -1 proj) / $(grep 'title "projection' $g)"
grep -q 'title "projection: .*(trend from 2 reported points: uncertain)"' $g &&
	ok "the key's projection entry is whole" ||
	notok "the key is cut: $(grep 'title "projection' $g)"
