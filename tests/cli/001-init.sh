# init, --help, --version, usage errors
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" --version
expect_rc 0 "--version"
expect_out '^growthstat [0-9]+\.[0-9]+\.[0-9]+$' "--version prints the version"

run "$GS" --help
expect_rc 0 "--help"
for c in init ingest series show sources; do
	expect_out "^  $c " "--help lists $c"
done

for c in init ingest series show sources; do
	run "$GS" "$c" --help
	expect_rc 0 "$c --help"
	expect_out "^usage: growthstat $c" "$c --help prints its usage"
done

run "$GS" frobnicate
expect_rc 2 "unknown command"
expect_err "'frobnicate' is not a command" "unknown command is named"

run "$GS"
expect_rc 2 "no command"

run "$GS" show --no-such-option
expect_rc 2 "unknown option"
expect_err "unknown option '--no-such-option'" "unknown option is named"

run "$GS" series
expect_rc 66 "reading a missing database"
expect_err "no database here" "missing database explained"
[ ! -e "$GROWTHSTAT_DB" ] && ok "reading does not create a database" || notok "reading created a database"

run "$GS" init
expect_rc 0 "init"
expect_eq "$(sql 'PRAGMA user_version')" 5 "schema version 5"
expect_eq "$(sql 'PRAGMA journal_mode')" wal "WAL mode"
run "$GS" init
expect_rc 0 "init twice is harmless"

run "$GS" --db "$T/other.db" init
expect_rc 0 "--db before the command"
[ -f "$T/other.db" ] && ok "--db names the file" || notok "--db ignored"
run "$GS" init --db "$T/third.db"
[ -f "$T/third.db" ] && ok "--db after the command" || notok "--db after the command ignored"

sqlite3 "$T/future.db" "PRAGMA user_version=99; CREATE TABLE x(a);"
run "$GS" --db "$T/future.db" series
expect_rc 65 "newer schema refused"
expect_err "newer than this growthstat" "newer schema explained"

echo "not a database at all, just text padding it out to a page" >"$T/junk.db"
run "$GS" --db "$T/junk.db" series
[ "$rc" -ne 0 ] && ok "a non-database file is refused (exit $rc)" || notok "junk db accepted"
