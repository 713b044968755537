# export -o never writes the database's own files: the database, its
# -wal, -shm, -journal or .lock are refused (exit 2) before anything is
# written, as chart and report refuse them. export -o DB-journal wrote
# the CSV there, and the next command to open the database took it for a
# rollback journal and deleted it: the export silently gone; DB-wal was
# refused with "a file of that name exists" (the reader's own log), exit
# 73. extract -o, ingest --rejects and --log refused the others but not
# the -journal. Found by the fourth audit.
. "$GS_TOP/tests/cli/lib.sh"

printf 'series,period,value,unit,as_of\nx.a,2024,1,jobs,2025-01-01\n' >"$T/a.csv"
run "$GS" init
run "$GS" ingest "$T/a.csv"
db=$GROWTHSTAT_DB
for sfx in "" -wal -shm -journal .lock; do
	rm -f "$db-journal"
	before=$(ls -A "$T" | tr '\n' ' ')
	run "$GS" export -o "$db$sfx"
	expect_rc 2 "export -o the database's '${sfx:-file}' refused"
	expect_err "refusing to write over it" "says why"
	expect_eq "$(ls -A "$T" | tr '\n' ' ')" "$before" "nothing written beside the database"
done
# through another name for the same directory
run "$GS" export -o "$T/./$(basename "$db")-journal"
expect_rc 2 "another spelling of the journal's name refused"
run "$GS" series
expect_rc 0 "the database reads as before"
run "$GS" export -o "$T/x.csv"
expect_rc 0 "another name is written"
grep -q '^x.a,2024,' "$T/x.csv" && ok "with the figure" || notok "x.csv lacks the figure"

# the other outputs a command line names: extract -o, ingest --rejects
# and --log refused DB, -wal, -shm and .lock but not DB-journal (the
# candidates, the rejected rows or the log went there, and SQLite then
# deleted them)
j="$db-journal"
rm -f "$j"
echo "Moscow, May 13, 2025. The park has 57 residents." >"$T/t.txt"
run "$GS" extract "$T/t.txt" -o "$j"
expect_rc 2 "extract -o the database's journal refused"
printf 'series,period,value,unit,as_of\nx.b,2024,1x,jobs,2025-01-01\n' >"$T/bad.csv"
run "$GS" ingest --skip-bad --rejects "$j" "$T/bad.csv"
expect_rc 2 "ingest --rejects the database's journal refused"
run "$GS" ingest --log "$j" "$T/a.csv"
expect_rc 2 "ingest --log the database's journal refused"
[ -e "$j" ] && notok "something was written to $j" || ok "nothing written to the journal's name"
