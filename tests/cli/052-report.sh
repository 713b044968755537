# growthstat report: one self-contained page (HTML, or Markdown) of an
# empty database and of one series; hostile text escaped; the output
# created exclusively and never the database; gnuplot missing
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

check_page() { # FILE DESC: parsed by Python's HTML parser, self-contained
	if python3 "$GS_TOP/tests/report_html.py" "$1" >"$T/py" 2>&1; then
		ok "$2: valid and self-contained ($(cat "$T/py"))"
	else
		notok "$2: page check"; sed 's/^/#   /' "$T/py" | head -10
	fi
	if grep -Eo '(src|href)="[^"]*"' "$1" | grep -Ev '^(src|href)="(data:|#)' >"$T/ext"; then
		notok "$2: external references: $(head -3 "$T/ext")"
	else
		ok "$2: no src= or href= but data: and #anchors"
	fi
}

run "$GS" init
# -- an empty database
run "$GS" report -o "$T/empty.html"
expect_rc 0 "report of an empty database"
check_page "$T/empty.html" "empty"
grep -q '<td class=" nw">series</td><td class=" nw">0</td>' "$T/empty.html" && ok "empty: 0 series" || notok "empty: series count"
grep -q "holds no series" "$T/empty.html" && ok "empty: says so" || notok "empty: not said"
run "$GS" report --format md -o "$T/empty.md"
expect_rc 0 "markdown report of an empty database"
grep -q '^| series | 0 |$' "$T/empty.md" && ok "empty md: 0 series" || notok "empty md: series count"

# -- usage and refusals, before anything is written
run "$GS" report
expect_rc 2 "no -o"
run "$GS" report -o "$T/x.html" --format pdf
expect_rc 2 "unknown --format"
case $GROWTHSTAT_DB in
postgres*) ;;
*)	cp "$GROWTHSTAT_DB" "$T/db.before"
	run "$GS" report -o "$GROWTHSTAT_DB"
	expect_rc 2 "the page may not be the database"
	cmp -s "$GROWTHSTAT_DB" "$T/db.before" && ok "database untouched" || notok "database changed"
	run "$GS" report -o "$GROWTHSTAT_DB-wal"
	expect_rc 2 "nor its -wal" ;;
esac

# -- one series with hostile text: a key, a source and a note that are
# markup, quotes, pipes, an escape sequence and a line break
python3 - "$T/h.csv" <<'PY'
import csv, sys
key = 'x.<b>&\'q".lvl'
note = '</td></table><script>alert(1)</script> a|b *c* \x1b[31m\r\nnext'
src = 'src"><img src=x onerror=alert(1)>'
with open(sys.argv[1], 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['series', 'period', 'kind', 'value', 'unit', 'as_of', 'source', 'note'])
    w.writerow([key, '2020', 'level', '100', 'jobs', '2025-01-01', src, note])
    w.writerow([key, '2024', 'level', '200', 'jobs', '2025-01-01', 's2', ''])
    w.writerow([key, '2030', 'target', '400', 'jobs', '2025-01-01', 's2', ''])
PY
run "$GS" ingest "$T/h.csv"
expect_rc 0 "ingest the hostile series"
h="$T/one.html"
run "$GS" report -o "$h" --title '<i>T&"</i>'
expect_rc 0 "report of one series"
check_page "$h" "one series"
grep -q '<title>&lt;i&gt;T&amp;&quot;&lt;/i&gt;</title>' "$h" && ok "title escaped" || notok "title not escaped"
grep -q '&lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt; a|b \*c\*  \[31m next' "$h" && ok "note escaped, controls as spaces" || notok "note not escaped"
grep -q 'src&quot;&gt;&lt;img src=x onerror=alert(1)&gt;' "$h" && ok "source escaped" || notok "source not escaped"
grep -q '<h3 id="s-x-2e-3cb-3e-26-27q-22-2elvl">x\.&lt;b&gt;&amp;&#39;q&quot;\.lvl</h3>' "$h" && ok "key escaped, its anchor hex-coded" || notok "key not escaped"
if grep -q "$(printf '\033')" "$h"; then notok "an escape byte reached the page"; else ok "no escape byte in the page"; fi
# the numbers, computed independently: CAGR (200/100)^(1/4) - 1, required
# (400/200)^(1/6) - 1, projection 200 * 2^(6/4)
cagr=$(python3 -c 'print("%.3f %%" % (100 * ((200 / 100) ** 0.25 - 1)))')
req=$(python3 -c 'print("%.3f %%" % (100 * ((400 / 200) ** (1 / 6) - 1)))')
# a count that is not whole is shown in whole units, "about" (celltext.h)
proj=$(python3 -c 'print("about %d jobs" % round(200 * 2 ** 1.5))')
run "$GS" report -o "$T/one.md"
expect_rc 0 "markdown by the .md name"
m="$T/one.md"
grep -q "^| 2020: 100 jobs | 2024: 200 jobs | 4 | 2.00× | 100 % | $cagr |" "$m" && ok "growth and CAGR $cagr" || notok "growth row"
grep -q "^| 400 jobs | 2030 | 2024: 200 jobs | $req | $cagr | $proj |  | 2028 | uncertain | trend from 2 reported points |" "$m" && ok "target: required $req, projected $proj, uncertain" || notok "target row"
grep -q 'a\\|b \\\*c\\\*' "$m" && ok "md: a pipe cannot end a cell" || notok "md: pipe not escaped"
grep -q "<script" "$m" && notok "md: raw script tag" || ok "md: no raw tag"
if command -v gnuplot >/dev/null 2>&1; then
	n=$(grep -c '<img alt=' "$h")
	expect_eq "$n" 1 "one series, one chart"
fi

# -- the page replaces what was there, and a link planted at its name is
# replaced, never written through
echo keep >"$T/victim"
ln -s "$T/victim" "$T/link.html"
run "$GS" report -o "$T/link.html"
expect_rc 0 "report over a symbolic link"
expect_eq "$(cat "$T/victim")" keep "the link's target is untouched"
[ -L "$T/link.html" ] && notok "the link is still there" || ok "the page replaced the link"
ls -a "$T" | grep -q '^\.link\.html\.' && notok "a temporary file was left" || ok "no temporary file left"

# -- gnuplot missing: the page is still written, says why, exit 69
GROWTHSTAT_GNUPLOT="$T/no-gnuplot" run "$GS" report -o "$T/nogp.html"
expect_rc 69 "gnuplot missing"
grep -q "Chart not drawn" "$T/nogp.html" && ok "the page says the chart is missing" || notok "page silent about the chart"
check_page "$T/nogp.html" "without gnuplot"

# -- globs choose the series; --as-of what was known
printf 'series,period,kind,value,unit,as_of,source\nother.s,2024,level,5,jobs,2025-06-01,s3\nother.s,2024,level,6,jobs,2025-09-01,s3\n' >"$T/o.csv"
run "$GS" ingest "$T/o.csv"
run "$GS" report 'other.*' -o "$T/g.md"
expect_rc 0 "report of a glob"
grep -q '^| series | 1 |$' "$T/g.md" && ok "glob: one series" || notok "glob: series count"
grep -q 'x\.' "$T/g.md" && notok "glob: other series shown" || ok "glob: only the matching series"
grep -q '| 6 jobs |' "$T/g.md" && ok "latest vintage by default" || notok "latest vintage missing"
run "$GS" report 'other.*' --as-of 2025-07-01 -o "$T/a.md"
grep -q '| 5 jobs |' "$T/a.md" && ok "--as-of: the value known then" || notok "--as-of value"
grep -q '^| as of | 2025-07-01 |$' "$T/a.md" && ok "--as-of in the header" || notok "--as-of header"
