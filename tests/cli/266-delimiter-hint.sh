# A ';'-separated spreadsheet export read with the default ',' has a
# header of one cell and was refused as "unknown column 'series;period;...'
# ... map others with --columns", which sends the analyst the wrong way.
# When that one cell splits on ';' (or a tab, or '|') into known columns
# only, the message says --delimiter and the cron wrapper's -F. A drop
# directory's NAME.errors never advises --skip-bad, which the wrapper
# cannot pass.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series;period;value;as_of;source\na.b;2024;1;2025-01-01;s\n' >"$T/semi.csv"
run "$GS" ingest "$T/semi.csv"
expect_rc 65 "a ';' file read with ',' is refused"
expect_err "semi\.csv:1:1: .*--delimiter ';' \(cron-ingest\.sh: -F ';'\)" \
	"the message names --delimiter ';' and -F"
expect_no_out . "nothing on stdout"
if grep -q -- "--columns" "$T/err"; then notok "still advises --columns"
else ok "no --columns advice"; fi

printf 'series\tperiod\tvalue\tas_of\n' >"$T/tab.csv"
run "$GS" ingest "$T/tab.csv"
expect_err "--delimiter tab \(cron-ingest\.sh: -F tab\)" "a tab-separated header"

# a cell with ';' that is no list of columns keeps the --columns advice
printf 'series;region,period,value\n' >"$T/odd.csv"
run "$GS" ingest "$T/odd.csv"
expect_err "map others with --columns" "an odd column keeps the old advice"
if grep -q -- "--delimiter" "$T/err"; then notok "a --delimiter guess for odd.csv"
else ok "no --delimiter guess for a header of three cells"; fi

# with the delimiter given it loads
run "$GS" ingest --delimiter ';' "$T/semi.csv"
expect_rc 0 "--delimiter ';' loads it"

# the drop directory: NAME.errors has no --skip-bad advice
D="$T/drop"; mkdir "$D"
printf 'series,period,value,as_of,source\na.b,20x4,1,2025-01-01,s\n' >"$D/bad.csv"
touch -d '-5 minutes' "$D/bad.csv"
run "$GS" ingest --dir "$D"
expect_rc 65 "the bad drop file is refused"
if grep -q "refused: 1 problem" "$D/rejects/bad.csv.errors"; then
	ok "NAME.errors has the summary"; else notok "NAME.errors lacks the summary"; fi
if grep -q -- "--skip-bad" "$D/rejects/bad.csv.errors" "$T/err"; then
	notok "the drop run advises --skip-bad"; else ok "no --skip-bad advice in a drop run"; fi
# outside a drop directory the advice stays
cp "$D/rejects/bad.csv" "$T/bad.csv"
run "$GS" ingest "$T/bad.csv"
expect_err "--skip-bad loads the good rows" "a plain ingest still offers --skip-bad"
