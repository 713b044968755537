# report -o - writes the page to standard output, as extract -o - and
# Unix habit read "-": nothing is created (it wrote a file named "-" in
# the working directory), the page is the one -o FILE writes byte for
# byte, -v's count goes to stderr so stdout is the page alone, and a
# missing gnuplot still gives the page (exit 69).
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
printf 'series,period,kind,value,unit,as_of,source\ng.a,2020,level,100,jobs,2025-01-01,s\ng.a,2024,level,200,jobs,2025-01-01,s\ng.a,2030,target,400,jobs,2025-01-01,s\n' >"$T/a.csv"
run "$GS" init
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"
mkdir "$T/wd"
cd "$T/wd" || exit 1

# -- HTML to stdout, the same page as -o FILE
run "$GS" report -o -
expect_rc 0 "report -o -"
expect_eq "$(ls -A "$T/wd" | tr '\n' ' ')" "" "no file created (no file named '-')"
cp "$T/out" "$T/stdout.html"
head -1 "$T/stdout.html" | grep -q '^<!DOCTYPE html>$' && ok "stdout opens the page" || notok "stdout is not the page: $(head -c 80 "$T/stdout.html")"
tail -1 "$T/stdout.html" | grep -q '^</html>$' && ok "stdout ends the page" || notok "the page on stdout is cut"
if python3 "$GS_TOP/tests/report_html.py" "$T/stdout.html" >"$T/py" 2>&1; then
	ok "the page on stdout is valid ($(cat "$T/py"))"
else
	notok "the page on stdout: $(head -3 "$T/py")"
fi
run "$GS" report -o "$T/file.html"
expect_rc 0 "report -o FILE"
cmp -s "$T/file.html" "$T/stdout.html" && ok "stdout holds the page -o FILE writes" || notok "stdout and -o FILE differ"

# -- Markdown by --format; -v says its count on stderr, not in the page
run "$GS" report -o - --format md -v
expect_rc 0 "report -o - --format md -v"
sed -n 2p "$T/out" | grep -q '^# growthstat report$' && ok "Markdown on stdout" || notok "no Markdown on stdout: $(sed -n 2p "$T/out")"
expect_no_out "series, .* charts" "-v's count is not in the page"
expect_err "1 series" "-v's count on stderr"
run "$GS" report -o "$T/file.md" --format md
run "$GS" report -o - --format md
cmp -s "$T/file.md" "$T/out" && ok "Markdown on stdout is the file's" || notok "Markdown on stdout and -o FILE differ"

# -- gnuplot missing: still the page, exit 69, nothing created
GROWTHSTAT_GNUPLOT="$T/no-gnuplot" run "$GS" report -o -
expect_rc 69 "gnuplot missing, -o -"
expect_out "Chart not drawn" "the page on stdout says the chart is missing"
expect_eq "$(ls -A "$T/wd" | tr '\n' ' ')" "" "still no file created"

# -- --help says so
run "$GS" report --help
expect_out "-o -|'-'.*standard output|standard output" "--help names -o - as standard output"

# -- a page that cannot be written to stdout (a full disk) is an error
if [ -w /dev/full ]; then
	"$GS" report -o - >/dev/full 2>"$T/err"
	rc=$?
	expect_rc 74 "report -o - to a full device"
	expect_err "standard output" "says where the write failed"
fi
