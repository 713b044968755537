# `chart KEY --first-vs-latest` on a series no figure of which was ever
# revised drew the first releases and the latest as two coinciding lines:
# every value label twice and nothing to say why the lines coincide. The
# latest is now drawn alone, its labels once, and the title says that no
# figure was revised. A series with a revision still gets both lines.
. "$GS_TOP/tests/cli/lib.sh"

command -v gnuplot >/dev/null 2>&1 || { ok "skipped: no gnuplot"; exit 0; }
cat >"$T/x.csv" <<'CSV'
series,period,value,as_of,source
a.b,2021,100,2025-01-01,s
a.b,2022,110,2025-01-01,s
a.b,2023,125,2025-01-01,s
c.d,2021,40,2024-01-01,s
c.d,2022,44,2024-01-01,s
c.d,2022,47,2025-01-01,s
CSV
"$GS" init && "$GS" ingest "$T/x.csv" >/dev/null || notok "setup"
cd "$T" || exit 1

run "$GS" chart a.b --first-vs-latest -o same.png
expect_rc 0 "an unrevised series"
grep -q '"a.b: no figure revised since its first release"' same.gp &&
	ok "the title says no figure was revised" ||
	notok "the title: $(grep 'set label 1 ' same.gp)"
# the last figure, 125, is the one labelled at the line's end
expect_eq "$(grep -c '^set label [0-9]* "125"' same.gp)" "1" "125 is labelled once"
expect_eq "$(grep -c '^plot .*_line \|^     \$s[0-9]*_line ' same.gp)" "1" "one line is drawn"

run "$GS" chart c.d --first-vs-latest -o moved.png
expect_rc 0 "a revised series"
grep -q '"c.d: first release against latest"' moved.gp &&
	ok "its title is first against latest" ||
	notok "the title: $(grep 'set label 1 ' moved.gp)"
# the first release of 2022 (44) and the latest (47) both stand
grep -q '^set label [0-9]* "44"' moved.gp && grep -q '^set label [0-9]* "47"' moved.gp &&
	ok "both the first (44) and the latest (47) are labelled" ||
	notok "labels: $(grep '^set label' moved.gp | tr '\n' ' ')"
expect_eq "$(grep -c '^plot .*_line \|^     \$s[0-9]*_line ' moved.gp)" "2" "two lines are drawn"
