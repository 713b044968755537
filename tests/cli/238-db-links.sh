# A --db that was a symbolic link to nothing: init created the link's
# target, wherever it pointed, and a link planted at DB-wal or DB-journal
# left an empty or half-made database behind with SQLite's "unable to open
# database file". A writer never creates a file through a link: each is
# refused with 73, naming the link, before anything is touched. A link to
# an existing database is still followed (an administrator's choice).
. "$GS_TOP/tests/cli/lib.sh"

printf 'series,period,value,as_of,source\na.b,2024,1,2025-01-01,s\n' >"$T/x.csv"

ln -s "$T/target.db" "$T/dangling.db"
run "$GS" --db "$T/dangling.db" init
expect_rc 73 "init through a link to nothing"
expect_err "dangling\.db: a symbolic link to nothing" "the message names the link"
[ -e "$T/target.db" ] && notok "the link's target was created" ||
	ok "the link's target was not created"
run "$GS" --db "$T/dangling.db" ingest "$T/x.csv"
expect_rc 73 "ingest through a link to nothing"
[ -e "$T/target.db" ] && notok "ingest created the target" ||
	ok "ingest created nothing"

for s in -wal -journal -shm .lock; do
	ln -s "$T/elsewhere$s" "$T/new$s.db$s"
	run "$GS" --db "$T/new$s.db" init
	expect_rc 73 "init with a link at DB$s"
	expect_err "new$s\.db$s: a symbolic link beside the database" \
		"the message names DB$s"
	[ -e "$T/new$s.db" ] && notok "a database file was made beside DB$s" ||
		ok "nothing was made beside DB$s"
	[ -e "$T/elsewhere$s" ] && notok "DB$s's target was written" ||
		ok "DB$s's target untouched"
done

# an existing database behind a link, and one whose .lock is a link
"$GS" --db "$T/real.db" init || notok "init of real.db"
ln -s "$T/real.db" "$T/alias.db"
run "$GS" --db "$T/alias.db" ingest "$T/x.csv"
expect_rc 0 "a link to an existing database is followed"
"$GS" --db "$T/other.db" init || notok "init of other.db"
ln -s "$T/elsewhere.lock" "$T/other.db.lock"
run "$GS" --db "$T/other.db" ingest "$T/x.csv"
expect_rc 73 "ingest with a link at DB.lock"
expect_err "other\.db\.lock: .*symbolic link" "the message names DB.lock"
[ -e "$T/elsewhere.lock" ] && notok "the lock's target was created" ||
	ok "the lock's target untouched"
