# ingest --dir with the database (or the log) inside the drop directory:
# the database file is a regular file there, so the run read it as CSV,
# refused it and moved it into the rejects, without its -wal, which held
# the rows of the file loaded just before (archived: its rows lost from
# the moved database); the next run made a new database beside the old
# -wal. Both are refused now before anything is touched (exit 2), also
# through a link named elsewhere. Found by the sixth audit.
. "$GS_TOP/tests/cli/lib.sh"

D="$T/drop"
mkdir "$D"
printf 'series,period,value,unit,as_of,source\na.b,2020,1,jobs,2025-01-01,s\n' >"$D/a.csv"
touch -d 2020-01-01 "$D/a.csv"

export GROWTHSTAT_DB="$D/figures.db"
"$GS" init
run "$GS" ingest --dir "$D" --min-age 0
expect_rc 2 "a database in the drop directory is refused"
expect_err "the database .*figures\.db is in the drop directory" "the message says where it is"
[ -f "$D/figures.db" ] && ok "the database stays where it is" ||
	notok "the database was moved"
[ -f "$D/a.csv" ] && ok "the input was not touched" || notok "a.csv was moved"
expect_eq "$(ls -A "$D" | grep -c rejects)" 0 "no rejects folder made"

ln -s "$D/figures.db" "$T/link.db"
run env GROWTHSTAT_DB="$T/link.db" "$GS" ingest --dir "$D" --min-age 0
expect_rc 2 "the same through a link named elsewhere"
[ -f "$D/figures.db" ] && ok "the database stays where it is (link)" ||
	notok "the database was moved (link)"

# the database elsewhere, the log in the drop directory
export GROWTHSTAT_DB="$T/elsewhere.db"
"$GS" init
run "$GS" ingest --dir "$D" --min-age 0 --log "$D/ingest.log"
expect_rc 2 "a log in the drop directory is refused"
expect_err "--log .*ingest\.log is in the drop directory" "the message names the log"
[ -e "$D/ingest.log" ] && notok "the log was created" || ok "no log created there"
# spelled another way
run "$GS" ingest --dir "$D/." --min-age 0 --log "$T/../${T##*/}/drop/ingest.log"
expect_rc 2 "the log in the drop directory, spelled otherwise"

# the same run with both kept elsewhere (and the first database gone
# from the drop directory) loads the file
rm -f "$D"/figures.db*
run "$GS" ingest --dir "$D" --min-age 0 --log "$T/ingest.log"
expect_rc 0 "database and log elsewhere: loaded"
expect_eq "$(sql "SELECT count(*) FROM observations")" 1 "its row stored"
[ -f "$D/archive/a.csv" ] && ok "and archived" || notok "a.csv not archived"
