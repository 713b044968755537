# backends: sqlite postgres
# a PostgreSQL password is never printed: not by init -v, not in the
# ingest log, not in errors, not when libpq echoes the URI or one of its
# tokens back (issue 13 item 12). The word "secret" is the password in
# every URI below; it must appear in no output and no log.
. "$GS_TOP/tests/cli/lib.sh"

printf 'series,period,value,unit,as_of\np.s,2024,1,jobs,2025-01-01\n' >"$T/a.csv"
mkdir -p "$T/drop"
leaks=0
# no_secret DESC: stdout, stderr and the log hold no "secret"
no_secret() {
	if cat "$T/out" "$T/err" "$T/log" 2>/dev/null | grep -q secret; then
		notok "$1: the password was printed"
		cat "$T/out" "$T/err" "$T/log" 2>/dev/null | grep secret |
			sed 's/^/#   /' | head -3
		leaks=$((leaks + 1))
	else
		ok "$1: no password printed"
	fi
}
every_command() { # DB DESC
	run "$GS" --db "$1" -v init
	no_secret "init -v, $2"
	run "$GS" --db "$1" -v ingest --log "$T/log" "$T/a.csv"
	no_secret "ingest --log, $2"
	run "$GS" --db "$1" -v ingest --log "$T/log" --dir "$T/drop" --min-age 0
	no_secret "ingest --dir --log, $2"
	for c in series sources "show p.s" "growth p.s"; do
		# shellcheck disable=SC2086
		run "$GS" --db "$1" $c
		no_secret "$c, $2"
	done
}

# a server that cannot be reached, and URIs libpq cannot parse (it echoes
# the URI, or the offending token, in its message)
for u in "postgresql://gs:secret@127.0.0.1:1/db" \
	 "postgresql://gs@127.0.0.1:1/db?password=secret" \
	 "postgresql://gs@127.0.0.1:1/db?sslmode=disable&password=secret" \
	 "postgresql://gs:secret@127.0.0.1:1/db?bogus=1" \
	 "postgresql://gs:secret@[::1/db" \
	 "postgres://gs:sec%zzret@127.0.0.1:1/db" \
	 "postgresql://gs:secret@127.0.0.1:xx/db"; do
	every_command "$u" "$u"
done
run "$GS" --db "postgresql://gs:secret@127.0.0.1:1/db" -v init
if grep -q 'built without PostgreSQL support' "$T/err"; then
	expect_rc 2 "a build without PostgreSQL refuses a server (make PG=no)"
else
	expect_rc 75 "an unreachable server is 'try again later'"
fi
expect_err 'postgresql://gs:\*\*\*@127.0.0.1:1/db' "the URI is shown with the password masked"

# a keyword connection string is no URI: it names a file, and even so
# its password is masked in messages
run "$GS" --db "host=127.0.0.1 port=1 password=secret" series
no_secret "keyword conninfo as a file name"
expect_err 'password=\*\*\*' "its password is masked"

# the real server (trust authentication ignores the password)
case $GROWTHSTAT_DB in
postgres*)
	with_pw=$(printf '%s' "$GROWTHSTAT_DB" | sed 's|://\([^@/]*\)@|://\1:secret@|')
	every_command "$with_pw" "user:secret@ on a live server"
	run "$GS" --db "$with_pw" -v init
	expect_rc 0 "init with a password in the URI works"
	expect_out ':\*\*\*@' "init -v names the server with the password masked"
	every_command "$with_pw?password=secret" "?password=secret on a live server"
	run "$GS" --db "$with_pw" show p.s --format csv
	expect_out '^2024,level,,1,' "the figure was stored through the URI with a password"
	run "$GS" --db "$with_pw" show no.such
	expect_rc 65 "an error from the server"
	no_secret "an error from the server"
	;;
esac
expect_eq "$leaks" 0 "no command printed the password"
