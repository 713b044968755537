# backends: sqlite postgres
# A login the server refuses is no reason to "try again later": a wrong
# password or none at all exits 74 (a database error), not 75 (busy), so a
# cron job does not retry it quietly forever. Found by the fourth audit:
# every failed connection exited 75. Also checks what README promises
# for keeping the password off the command line: a URI without one and
# PGPASSWORD give the login. The test server (tests/pg/start.sh) makes
# the role gs_pw log in with scram-sha-256; every other role is trusted.
. "$GS_TOP/tests/cli/lib.sh"

case $GROWTHSTAT_DB in
postgres*) ;;
*) ok "SQLite has no login (skipped)"; exit 0 ;;
esac

run "$GS" init
expect_rc 0 "init as the owner"
psql -X -q -v ON_ERROR_STOP=1 "$GROWTHSTAT_DB" -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gs_pw')
	THEN CREATE ROLE gs_pw LOGIN; END IF; END \$\$;
	ALTER ROLE gs_pw PASSWORD 'Right-Pass9' CONNECTION LIMIT -1;
	GRANT SELECT ON ALL TABLES IN SCHEMA public TO gs_pw" >/dev/null
rest=${GROWTHSTAT_DB#postgresql://gs@}
export PGPASSFILE="$T/no-pgpass"
unset PGPASSWORD 2>/dev/null || true

run "$GS" --db "postgresql://gs_pw:Wrong-Pass7@$rest" series
expect_rc 74 "a wrong password is refused for good"
expect_err 'password authentication failed' "the server's reason is given"
if grep -q 'Wrong-Pass7' "$T/err"; then notok "the wrong password was printed"
else ok "the wrong password is not printed"; fi

run "$GS" --db "postgresql://gs_pw@$rest" series
expect_rc 74 "no password at all is refused for good"
expect_err 'no password supplied' "libpq's reason is given"

PGPASSWORD=Right-Pass9 run "$GS" --db "postgresql://gs_pw@$rest" series
expect_rc 0 "PGPASSWORD gives the login without a password on the command line"

# a server with no room for the role after the password: try again later
# (found by the review: every failure after a password counted as refused)
psql -X -q "$GROWTHSTAT_DB" -c "ALTER ROLE gs_pw CONNECTION LIMIT 0" >/dev/null
PGPASSWORD=Right-Pass9 run "$GS" --db "postgresql://gs_pw@$rest" series
expect_rc 75 "a role over its connection limit: try again later"
expect_err 'too many connections' "the server's reason is given"
psql -X -q "$GROWTHSTAT_DB" -c "ALTER ROLE gs_pw CONNECTION LIMIT -1" >/dev/null

# a server that is not there is still worth another try
run "$GS" --db "postgresql://gs_pw@127.0.0.1:1/none" series
expect_rc 75 "no server: try again later"
