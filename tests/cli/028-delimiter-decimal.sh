# backends: sqlite postgres
# ingest --delimiter ';' (spreadsheets saved where the decimal mark is a
# comma) and --decimal , or .; without --decimal a value that could be read
# either way ("1,234", "12.500") is loaded with a warning that names the
# reading chosen, with FILE:LINE:COLUMN
. "$GS_TOP/tests/cli/lib.sh"

val() { sql "SELECT value FROM v_observations WHERE series='$1'"; }
n_obs() { sql "SELECT count(*) FROM observations"; }

cat >"$T/ru.csv" <<'CSV'
series;period;kind;value;unit;qualifier;base;as_of;source;note
ru.invest;2024;level;1,234;billion rubles;;;2025-01-01;s;"a note; with a semicolon"
ru.jobs;2024;level;12.500;jobs;;;2025-01-01;s;
ru.space;2024;level;1 234,5;thousand square meters;;;2025-01-01;s;
CSV
run "$GS" ingest -q --delimiter ';' --decimal , "$T/ru.csv"
expect_rc 0 "--delimiter ';' --decimal ,"
expect_eq "$(cat "$T/err")" "" "the decimal mark given: no warning"
# by hand: 1,234 bn = 1.234e9; 12.500 = 12500; 1 234,5 thousand m2 = 1234500
expect_close "$(val ru.invest)" 1.234e9 "1,234 billion rubles with a decimal comma: 1.234e9"
expect_close "$(val ru.jobs)" 12500 "12.500 jobs with a decimal comma: 12500"
expect_close "$(val ru.space)" 1234500 "1 234,5 thousand m2: 1234500"
expect_eq "$(sql "SELECT note FROM v_observations WHERE series='ru.invest'")" \
	"a note; with a semicolon" "a quoted field keeps its ';'"

# without --decimal: the rules' reading, and a warning for each guess
sed 's/ru\./guess./' "$T/ru.csv" | sed '/guess.space/d' >"$T/guess.csv"
run "$GS" ingest -q --delimiter ';' "$T/guess.csv"
expect_rc 0 "ambiguous values are loaded"
expect_err "guess\.csv:2:4: value '1,234' could be read either way: read as 1234 \(',' grouping thousands\); --decimal , reads it as 1\.234" \
	"the warning for 1,234 names file, line, column and the reading chosen (even with -q)"
expect_err "guess\.csv:3:4: value '12\.500' could be read either way: read as 12\.500 \('\.' the decimal point\); --decimal , reads it as 12500" \
	"the warning for 12.500 too"
expect_close "$(val guess.invest)" 1.234e12 "1,234 billion read as 1234 billion"
expect_close "$(val guess.jobs)" 12.5 "12.500 read as 12.5"

# --decimal . : a comma can only group thousands
run "$GS" ingest --delimiter ';' --decimal . "$T/ru.csv"
expect_rc 65 "--decimal . refuses '1 234,5'"
expect_err "ru\.csv:4:4: value '1 234,5': .*\(with --decimal \.\)" "the refusal names file, line, column"
expect_eq "$(n_obs)" 5 "nothing of the refused file was stored"

# unambiguous values: no warning; more than ten guesses: ten lines and one more
{
	echo 'series,period,value,unit,as_of,source'
	echo 'plain.a,2024,0.500,jobs,2025-01-01,s'
	echo 'plain.b,2024,"1,234.5",jobs,2025-01-01,s'
	echo 'plain.c,2024,1234,jobs,2025-01-01,s'
} >"$T/plain.csv"
run "$GS" ingest -q "$T/plain.csv"
expect_eq "$rc:$(cat "$T/err")" "0:" "0.500, 1,234.5 and 1234 are not ambiguous"
{
	echo 'series,period,value,unit,as_of,source'
	for y in 2001 2002 2003 2004 2005 2006 2007 2008 2009 2010 2011 2012; do
		echo "many.a,$y,1.500,jobs,2025-01-01,s"
	done
} >"$T/many.csv"
run "$GS" ingest -q "$T/many.csv"
expect_rc 0 "a file of twelve guesses"
expect_eq "$(grep -c 'could be read either way: read as 1\.500' "$T/err")" 10 "ten are listed"
expect_eq "$(grep -c "many\.csv:12:3: value '1\.500' and the next ones .* not listed" "$T/err")" 1 \
	"then one line, at the eleventh, says the rest are not"
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" 11 "and nothing more"

# tab-separated, and bad option values
printf 'series\tperiod\tvalue\tunit\tas_of\tsource\ntab.a\t2024\t7,5\tjobs\t2025-01-01\ts\n' >"$T/tab.tsv"
run "$GS" ingest -q --delimiter tab --decimal , "$T/tab.tsv"
expect_rc 0 "--delimiter tab"
expect_close "$(val tab.a)" 7.5 "7,5 with a decimal comma in a tab-separated file"
run "$GS" ingest --delimiter ab "$T/tab.tsv"
expect_rc 2 "--delimiter ab is a usage error"
run "$GS" ingest --decimal ';' "$T/tab.tsv"
expect_rc 2 "--decimal ; is a usage error"

# --skip-bad with ';': the reject file keeps the input's separator and
# columns (a decimal comma as written), so the corrected file loads with
# the same options
printf 'series;period;value;unit;as_of;source\nsemi.a;2024;1,5;jobs;2025-01-01;s\nsemi.b;2024;2,5x;jobs;2025-01-01;s\n' >"$T/semi.csv"
run "$GS" ingest -q --delimiter ';' --decimal , --skip-bad --rejects "$T/semi-rej.csv" "$T/semi.csv"
expect_rc 0 "--skip-bad with --delimiter ';'"
expect_eq "$(head -1 "$T/semi-rej.csv")" '"series";"period";"value";"unit";"as_of";"source";"reason"' \
	"the reject header: the input's columns, ';'-separated, and reason"
expect_eq "$(sed -n 2p "$T/semi-rej.csv" | cut -d';' -f1-6)" '"semi.b";"2024";"2,5x";"jobs";"2025-01-01";"s"' \
	"the rejected record as written, decimal comma and all"
sed 's/"2,5x"/"2,5"/' "$T/semi-rej.csv" >"$T/semi-fixed.csv"
run "$GS" ingest -q --delimiter ';' --decimal , "$T/semi-fixed.csv"
expect_rc 0 "the corrected reject file loads with the same options"
expect_close "$(val semi.b)" 2.5 "2,5 stored as 2.5"
