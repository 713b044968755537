# backends: sqlite postgres
# The second PostgreSQL connection of a report over every series gets the
# first one's session settings (series/pg/pg.c pg_session_setup): its lock
# wait bounded by lock_timeout = 10s like the first's. Without it, its
# COPY queued behind another session's ACCESS EXCLUSIVE request waits as
# long as that session does, while the first COPY holds its lock unread.
# The test reads each connection's lock_timeout where the COPY runs: a
# row-level security policy on observations (for a role that is not the
# owner) calls a function that fails unless lock_timeout is 10s; more
# than 64 series make two COPYs. On SQLite the same command just runs.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"
python3 - "$T/v.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for i in range(70):
        for y, v in ((2020, 100 + i), (2021, 110 + i)):
            f.write("x.s%02d,%d,%d,jobs,2025-01-01,s1\n" % (i, y, v))
PY
run "$GS" -q ingest "$T/v.csv"
expect_rc 0 "70 series ingested"

case $GROWTHSTAT_DB in
postgres*)
	role="gs_lt_$$"
	sql "CREATE ROLE $role LOGIN" >/dev/null
	sql "GRANT SELECT ON ALL TABLES IN SCHEMA public TO $role" >/dev/null
	sql "CREATE FUNCTION gs_lt_is_set() RETURNS boolean LANGUAGE plpgsql
		AS \$\$ BEGIN IF current_setting('lock_timeout') <> '10s' THEN
		RAISE EXCEPTION 'lock_timeout is %', current_setting('lock_timeout');
		END IF; RETURN true; END \$\$" >/dev/null
	sql "ALTER TABLE observations ENABLE ROW LEVEL SECURITY" >/dev/null
	sql "CREATE POLICY gs_lt ON observations FOR SELECT USING (gs_lt_is_set())" >/dev/null
	GROWTHSTAT_DB=$(echo "$GROWTHSTAT_DB" | sed "s|//gs@|//$role@|") \
		run "$GS" project --all --from 2020 --to 2030 --method linear \
		--format csv
	expect_rc 0 "both connections wait at most 10s for a lock"
	expect_eq "$(grep -c '^x\.s' "$T/out")" 70 "all 70 series projected"
	GROWTHSTAT_PG_SCAN_STREAMS=1 \
	GROWTHSTAT_DB=$(echo "$GROWTHSTAT_DB" | sed "s|//gs@|//$role@|") \
		run "$GS" project --all --from 2020 --to 2030 --method linear \
		--format csv
	expect_rc 0 "one connection: the same settings"
	sql "DROP POLICY gs_lt ON observations" >/dev/null
	sql "ALTER TABLE observations DISABLE ROW LEVEL SECURITY" >/dev/null
	sql "DROP OWNED BY $role" >/dev/null
	sql "DROP ROLE $role" >/dev/null ;;
*)
	run "$GS" project --all --from 2020 --to 2030 --method linear --format csv
	expect_rc 0 "project --all"
	expect_eq "$(grep -c '^x\.s' "$T/out")" 70 "all 70 series projected" ;;
esac
