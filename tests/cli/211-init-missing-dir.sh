# init a database in a directory that is not
# there said SQLite's "unable to open database file"; it now names the
# directory and why (found by a new user's walk). Exit 73 as before.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init --db "$T/nodir/a.db"
expect_rc 73 "a missing directory"
expect_err "nodir/a\\.db: cannot create the database: its directory .*/nodir: No such file or directory" "names the directory"
[ ! -e "$T/nodir" ] && ok "nothing created" || notok "something was created"
: >"$T/plain"
run "$GS" init --db "$T/plain/a.db"
expect_rc 73 "a file where the directory should be"
expect_err "cannot create the database: .*/plain is not a directory" "says it is not a directory"
