# File names (and option values) that are no UTF-8. A lone byte 0x9b is
# CSI to a terminal that reads 8-bit controls: messages and the log
# passed it raw, while the same control as UTF-8 was shown as \u009b.
# The name of a file became its batch's file and its figures' default
# source as it was: SQLite stored bytes that made invalid JSON of
# `sources --format json`, PostgreSQL refused the file (65). Now such
# bytes are shown as \xHH in messages and stored so in the database, the
# same on both backends; --source and --set values must be UTF-8 (2).
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
# is_clean FILE: valid UTF-8 with no C0 (but newline) or C1 control
is_clean() {
	python3 -c '
import sys
t = open(sys.argv[1], "rb").read().decode("utf-8")
sys.exit(any(ord(c) < 32 and c != "\n" or 0x7f <= ord(c) <= 0x9f for c in t))' "$1" 2>/dev/null
}
D="$T/drop"
mkdir "$D"
name=$(printf 'c1\2339;31mred\377.csv')
printf 'series,period,value,unit,as_of,source\na.c,2020,x,jobs,2025-01-01,s\n' >"$D/$name"
touch -d 2020-01-01 "$D/$name"
run "$GS" ingest --dir "$D" --min-age 0 --log "$T/log"
expect_rc 65 "the bad file is refused"
is_clean "$T/err" && ok "stderr is UTF-8 without control characters" ||
	notok "stderr carries raw bytes: $(od -c "$T/err" | grep -m1 '233\|377')"
is_clean "$T/log" && ok "the log is UTF-8 without control characters" ||
	notok "the log carries raw bytes"
expect_err 'c1\\x9b9;31mred\\xff\.csv: refused' "the name is shown with \\xHH"

# a name that is no UTF-8 as the default source, and the batch's file
name=$(printf 'bad\377name.csv')
printf 'series,period,value,unit,as_of\na.u,2020,1,jobs,2025-01-01\n' >"$T/$name"
run "$GS" ingest "$T/$name"
expect_rc 0 "a file whose name is no UTF-8 is loaded"
run "$GS" sources --format json
python3 -c '
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
want = sys.argv[2] + "/bad\\xffname.csv"
sys.exit(0 if [r["source"] for r in rows] == [want] else 1)' "$T/out" "$T" 2>/dev/null &&
	ok "sources --format json is valid and names it with \\xff" ||
	notok "sources --format json: $(head -c 300 "$T/out")"
expect_eq "$(sql "SELECT file FROM batches WHERE file LIKE '%bad%'")" "$T/bad\\xffname.csv" \
	"the batch log names it so"

run "$GS" ingest --source "$(printf 'x\377y')" "$T/$name"
expect_rc 2 "--source that is no UTF-8 is refused"
expect_err "--source: not valid UTF-8" "it says why"
run "$GS" ingest --set "unit=$(printf 'j\377obs')" "$T/$name"
expect_rc 2 "--set that is no UTF-8 is refused"
