# another application's SQLite file is never written to: init and ingest
# refuse a database with tables growthstat did not create (exit 65, the
# file named), before adding a table or switching it to WAL; the file is
# left byte for byte as it was (issue 13 item 15)
. "$GS_TOP/tests/cli/lib.sh"

other="$T/other.db"
sqlite3 "$other" "CREATE TABLE accounts(id INTEGER PRIMARY KEY, owner TEXT);
	INSERT INTO accounts VALUES (1, 'alice');"
cp "$other" "$T/other.orig"
printf 'series,period,value,unit,as_of\np.s,2024,1,jobs,2025-01-01\n' >"$T/a.csv"

run "$GS" --db "$other" init
expect_rc 65 "init refuses another application's database"
expect_err "other.db: not a growthstat database.*'accounts'" \
	"the message names the file and the foreign table"
run "$GS" --db "$other" ingest "$T/a.csv"
expect_rc 65 "ingest refuses it too"
expect_err "other.db: not a growthstat database" "and says why"
if cmp -s "$other" "$T/other.orig"; then ok "the file is unchanged"; else
	notok "the file was changed"; fi
expect_eq "$(sqlite3 "$other" 'PRAGMA journal_mode')" delete \
	"its journal mode is still 'delete' (not switched to WAL)"
expect_eq "$(sqlite3 "$other" "SELECT group_concat(name) FROM sqlite_master")" \
	accounts "no table was added"

# tables named like growthstat's at schema version 0 are not growthstat's
sqlite3 "$T/look.db" "CREATE TABLE series(a, b);"
run "$GS" --db "$T/look.db" init
expect_rc 65 "a look-alike table at version 0 is refused"

# a growthstat database with a table someone added is refused for
# writing, still readable
"$GS" init
sqlite3 "$GROWTHSTAT_DB" "CREATE TABLE notes(t TEXT)"
run "$GS" ingest "$T/a.csv"
expect_rc 65 "a growthstat database with a foreign table: ingest refused"
expect_err "'notes'" "names the table"
run "$GS" series
expect_rc 0 "but it can still be read"

# what growthstat may write to: a new file, an empty file, its own database
: >"$T/empty.db"
run "$GS" --db "$T/empty.db" init
expect_rc 0 "an empty file is initialised"
run "$GS" --db "$T/empty.db" ingest "$T/a.csv"
expect_rc 0 "and ingested into"
run "$GS" --db "$T/empty.db" init
expect_rc 0 "init again on its own database"
