# backends: sqlite postgres
# control characters stored in names and notes (ESC sequences, newlines)
# never reach the terminal raw: tables escape them (\e, \n), so a figure
# cannot add a line to a table or drive the terminal, while CSV and JSON
# give the text exactly; error messages printed by the command layer
# escape what they quote (issue 13 item 10)
. "$GS_TOP/tests/cli/lib.sh"

esc=$(printf '\033')
# a name and a note with an escape sequence and a line break (CSV-quoted)
printf 'series,period,value,unit,as_of,source,note,name\nesc.a,2024,1,jobs,2025-01-01,src,"line1\nFAKE ROW%s[2J","Nm%s[31m\nX"\n' \
	"$esc" "$esc" >"$T/esc.csv"
"$GS" init
run "$GS" ingest "$T/esc.csv"
expect_rc 0 "a note and a name with control characters are stored"

no_esc() { # DESC: stdout and stderr hold no ESC byte
	if cat "$T/out" "$T/err" | od -An -c | grep -q '033'; then
		notok "$1: an ESC byte reached the terminal"
	else
		ok "$1: no ESC byte"
	fi
}
run "$GS" show esc.a
no_esc "show table"
expect_eq "$(wc -l <"$T/out" | tr -d ' ')" 2 "show table: header and one row, no forged line"
expect_out 'line1\\nFAKE ROW\\e\[2J$' "the note is shown escaped"
run "$GS" series
no_esc "series table"
expect_eq "$(wc -l <"$T/out" | tr -d ' ')" 2 "series table: header and one row"
expect_out 'Nm\\e\[31m\\nX$' "the name is shown escaped"

# csv and json keep the exact text
run "$GS" show esc.a --format csv
got=$(python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
print(len(rows) == 1 and rows[0]["note"] == "line1\nFAKE ROW\x1b[2J")
' "$T/out")
expect_eq "$got" True "show --format csv reads back to the exact note"
run "$GS" series --format json
got=$(python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
print(rows[0]["name"] == "Nm\x1b[31m\nX")
' "$T/out")
expect_eq "$got" True "series --format json reads back to the exact name"

# messages of the command layer quote arguments escaped
run "$GS" "bad${esc}[2Jcmd"
expect_rc 2 "an unknown command"
no_esc "unknown command message"
expect_err 'bad\\e\[2Jcmd' "quoted escaped"
run "$GS" show esc.a --format "x${esc}[2J"
no_esc "bad --format message"
run "$GS" show "$(printf 'no\nsuch%s[2J' "$esc")"
expect_rc 65 "an unknown series"
no_esc "unknown series message"
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" 1 "one line of error"
