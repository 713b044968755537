# export -o never writes the database's own files: the database, its
# -wal, -shm, -journal or .lock are refused (exit 2) before anything is
# written, as chart and report refuse them. export -o DB-journal wrote
# the CSV there, and the next command to open the database took it for a
# rollback journal and deleted it: the export silently gone; DB-wal was
# refused with "a file of that name exists" (the reader's own log), exit
# 73. Found by the fourth audit.
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
