# backends: sqlite postgres
# writers take turns without harm to anything else.
# SQLite: the ingest lock DB.lock is never written when it is a hard link:
# a file planted there under a second name (a link to another file the
# ingesting user may write) would be truncated to the ingest's pid.
# O_NOFOLLOW stops symbolic links only. Found by the audit: a hard link
# from DB.lock to another file had that file replaced by "1711".
# PostgreSQL: inits run at once on a new database all succeed and migrate
# once (pg_schema.c's promise). Found by the audit: 3 of 4 concurrent
# inits failed with 'relation "gs_meta" already exists', because the
# version was read through to_regclass(), whose catalog cache the
# writers' advisory lock does not refresh.
. "$GS_TOP/tests/cli/lib.sh"

if [ "${GS_BACKEND:-sqlite}" = postgres ]; then
	fails=0
	for k in 1 2 3; do
		db="${GS_PG_URI%/*}/${pg_name}_race$k"
		psql -X -q "$GS_PG_URI" -c "CREATE DATABASE ${pg_name}_race$k" >/dev/null
		for i in 1 2 3 4; do
			"$GS" --db "$db" init 2>>"$T/err" || echo x >>"$T/fails" &
		done
		wait
		expect_eq "$(psql -X -At "$db" -c "SELECT value FROM gs_meta")" 5 \
			"round $k: the schema is at version 5"
		psql -X -q "$GS_PG_URI" -c "DROP DATABASE ${pg_name}_race$k WITH (FORCE)" >/dev/null
	done
	expect_eq "$(cat "$T/fails" 2>/dev/null | wc -l | tr -d ' ')" 0 "every one of 12 concurrent inits succeeded"
	expect_eq "$(grep -c 'already exists' "$T/err")" 0 "none tripped over another's tables"
	exit 0
fi

"$GS" init
printf 'series,period,value,unit,as_of\nk.a,2024,1,jobs,2025-01-01\n' >"$T/a.csv"
lock=$(sql "PRAGMA database_list" | cut -d'|' -f3).lock
echo "precious content" >"$T/victim"
rm -f "$lock"
ln "$T/victim" "$lock"
run "$GS" ingest "$T/a.csv"
expect_rc 74 "a lock file with a second name: refused"
expect_err "has 2 names" "the message says why"
expect_eq "$(cat "$T/victim")" "precious content" "the linked file is untouched"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 0 "nothing was stored"
rm -f "$lock"
run "$GS" ingest "$T/a.csv"
expect_rc 0 "with the link gone the file loads"
