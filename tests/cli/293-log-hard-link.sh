# A --log that is a second name (a hard link) of another file: lines were
# appended to that other file, which whoever can write the log's directory
# chose (DB.lock refuses a hard link for the same reason). The log is
# refused with 73 before anything is touched, and the other file keeps
# its bytes; a log with one name is still appended to.
. "$GS_TOP/tests/cli/lib.sh"

printf 'series,period,value,as_of,source\na.b,2024,1,2025-01-01,s\n' >"$T/x.csv"
"$GS" init || notok "init"
printf 'precious\n' >"$T/other"
ln "$T/other" "$T/ingest.log"

run "$GS" ingest --log "$T/ingest.log" "$T/x.csv"
expect_rc 73 "ingest --log through a hard link"
expect_err "ingest\.log: .*2 names .*hard link" "the message names the log and why"
expect_eq "$(cat "$T/other")" "precious" "the other file keeps its bytes"
expect_eq "$(sql "SELECT count(*) FROM observations")" "0" \
	"nothing was stored"

mkdir "$T/drop"
cp "$T/x.csv" "$T/drop/x.csv"
touch -d '2020-01-01' "$T/drop/x.csv"
run "$GS" ingest --dir "$T/drop" --log "$T/ingest.log"
expect_rc 73 "ingest --dir --log through a hard link"
expect_eq "$(cat "$T/other")" "precious" "the other file still keeps its bytes"
[ -f "$T/drop/x.csv" ] && ok "the drop file was left for the next run" ||
	notok "the drop file was moved"

rm "$T/ingest.log"
run "$GS" ingest --log "$T/ingest.log" "$T/x.csv"
expect_rc 0 "a log of its own is appended to"
expect_eq "$(grep -c 'x\.csv: 1 new' "$T/ingest.log")" "1" "the log has the file's line"
expect_eq "$(cat "$T/other")" "precious" "the other file is untouched"
