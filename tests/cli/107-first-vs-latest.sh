# chart KEY --first-vs-latest: each figure as first released against as
# last revised, two lines on one chart. Releases (by hand): 2020 first
# 100 then 104; 2021 110 then 118; 2022 125 then 131 (2024-06-01); 2023
# 140 only. At --as-of 2023-12-31 the 2022 revision and 2023 are unknown.
# The name's quotes reach the script only as plot_gp_string writes them.
. "$GS_TOP/tests/cli/lib.sh"

cd "$T" || exit 1
cat >a.csv <<'CSV'
series,period,kind,value,unit,as_of,source,name
r.out,2020,level,100,billion rubles,2021-02-01,stat,"Regional ""output"""
r.out,2021,level,110,billion rubles,2022-02-01,stat,
r.out,2022,level,125,billion rubles,2023-02-01,stat,
r.out,2023,level,140,billion rubles,2024-02-01,stat,
r.out,2020,level,104,billion rubles,2022-06-01,stat,
r.out,2021,level,118,billion rubles,2023-06-01,stat,
r.out,2022,level,131,billion rubles,2024-06-01,stat,
r.jobs,2024,level,5,jobs,2025-01-01,stat,
CSV
run "$GS" init
run "$GS" ingest a.csv
expect_rc 0 "ingest"

run "$GS" chart r.out --first-vs-latest --script-only -o "$T/c.png"
expect_rc 0 "chart --first-vs-latest"
has() { grep -q "^$1\$" "$T/c.gp" && ok "$2" || notok "$2: no line '$1'"; }
hasnt() { grep -q "^$1\$" "$T/c.gp" && notok "$2: line '$1'" || ok "$2"; }
has '2020.5 100' "2020 first released at 100"
has '2020.5 104' "and revised to 104"
has '2021.5 110' "2021 first 110"
has '2021.5 118' "latest 118"
has '2022.5 125' "2022 first 125"
has '2022.5 131' "latest 131"
has '2023.5 140' "2023 at 140 on both"
grep -qF 'title "Regional \0042output\0042: first release"' "$T/c.gp" && ok "the first line's key names it" || notok "no key for the first release"
grep -qF 'title "Regional \0042output\0042: latest"' "$T/c.gp" && ok "the second line's key names it" || notok "no key for the latest"
grep -q 'first release against latest' "$T/c.gp" && ok "the title says what is compared" || notok "title"
grep -q '"Series r\.out\."' "$T/c.gp" && ok "the footnote names the series once" || notok "footnote: $(grep -o '"Series [^"]*"' "$T/c.gp")"

run "$GS" chart r.out --first-vs-latest --as-of 2023-12-31 --script-only -o "$T/c.png"
expect_rc 0 "--as-of 2023-12-31"
has '2022.5 125' "2022 only as first released then"
hasnt '2022.5 131' "its 2024 revision not yet known"
hasnt '2023.5 140' "nor 2023"
has '2021.5 118' "the 2023-06-01 revision of 2021 is"

run "$GS" chart r.out r.jobs --first-vs-latest -o "$T/x.png"
expect_rc 2 "two keys are refused"
run "$GS" chart --all -d "$T/d" --first-vs-latest
expect_rc 2 "--all is refused"
if command -v gnuplot >/dev/null 2>&1; then
	run "$GS" chart r.out --first-vs-latest -o "$T/c.png"
	expect_rc 0 "the PNG"
	[ -s "$T/c.png" ] && ok "drawn" || notok "no PNG"
fi
