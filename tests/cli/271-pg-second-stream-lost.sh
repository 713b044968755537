# backends: sqlite postgres
# A connection of a report over every series lost mid-report exits 75
# ("try again later", so cron retries), whichever of the two COPYs'
# connections it is (series/pg/pg_scanrow.c stream_err): before, the
# second one's loss always exited 74. The server ends the backend of one
# stream at its first row: a row-level security policy on observations
# (for a role that is not the owner) calls pg_terminate_backend on its
# own backend when gs.scan_stream (which start_copy sets) names that
# stream; more than 64 series make two COPYs. Nothing is written. A
# server shutting down (57P01-57P03, series/pg/pg_conn.c pg_err) is 75
# on the first connection too. An error of the second COPY's start
# keeps the server's words and code (start_copy). On
# SQLite the same command just runs.
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
	role="gs_kill_$$"
	sql "CREATE ROLE $role LOGIN" >/dev/null
	sql "GRANT SELECT ON ALL TABLES IN SCHEMA public TO $role" >/dev/null
	sql "CREATE FUNCTION gs_end_stream() RETURNS boolean LANGUAGE plpgsql
		AS \$\$ BEGIN IF current_setting('gs.scan_stream', true) =
		current_setting('gs.kill_stream', true) THEN
		PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
		RETURN true; END \$\$" >/dev/null
	sql "ALTER TABLE observations ENABLE ROW LEVEL SECURITY" >/dev/null
	sql "CREATE POLICY gs_kill ON observations FOR SELECT USING (gs_end_stream())" >/dev/null
	db=$(echo "$GROWTHSTAT_DB" | sed "s|//gs@|//$role@|")
	for k in 0 1; do
		sql "ALTER ROLE $role SET gs.kill_stream = '$k'" >/dev/null
		GROWTHSTAT_DB=$db run "$GS" report -o "$T/p$k.md" --format md
		expect_rc 75 "stream $k's connection lost: try again later"
		expect_err "reading all series: .*terminat" \
			"stream $k: the server's words"
		if [ -e "$T/p$k.md" ]; then notok "stream $k: nothing written"
		else ok "stream $k: nothing written"; fi
	done
	# a lock timeout on the second COPY before its first row (planned
	# with the policy's IMMUTABLE function folded, which raises 55P03
	# on stream 1): 75 and the server's words, not "the second
	# connection's COPY failed" (74)
	sql "CREATE FUNCTION gs_stream_locked() RETURNS boolean LANGUAGE plpgsql
		IMMUTABLE AS \$\$ BEGIN IF current_setting('gs.scan_stream', true)
		= '1' THEN RAISE EXCEPTION 'canceling statement due to lock
		timeout' USING ERRCODE = 'lock_not_available'; END IF;
		RETURN true; END \$\$" >/dev/null
	sql "DROP POLICY gs_kill ON observations" >/dev/null
	sql "CREATE POLICY gs_kill ON observations FOR SELECT USING (gs_stream_locked())" >/dev/null
	GROWTHSTAT_DB=$db run "$GS" report -o "$T/pl.md" --format md
	expect_rc 75 "the second COPY's lock timeout: try again later"
	expect_err "reading all series: canceling statement due to lock" \
		"the second COPY's lock timeout: the server's words"
	sql "DROP POLICY gs_kill ON observations" >/dev/null
	sql "ALTER TABLE observations DISABLE ROW LEVEL SECURITY" >/dev/null
	sql "DROP OWNED BY $role" >/dev/null
	sql "DROP ROLE $role" >/dev/null ;;
*)
	run "$GS" project --all --from 2020 --to 2030 --method linear --format csv
	expect_rc 0 "project --all"
	expect_eq "$(grep -c '^x\.s' "$T/out")" 70 "all 70 series projected" ;;
esac
