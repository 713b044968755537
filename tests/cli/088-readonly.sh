# a read-only database (file 0444 in a directory the user cannot write)
# can be read by every reading command: SQLite's WAL mode needs a -shm
# file beside the database, and when it cannot be created growthstat
# reads the file as immutable (SQLite's documented way); a write-ahead log
# holding changes the file lacks is refused rather than ignored
# (issue 13 item 16). Runs as 'nobody': root ignores permissions.
. "$GS_TOP/tests/cli/lib.sh"

if [ "$(id -u)" -eq 0 ]; then
	if command -v runuser >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
		as_user() { runuser -u nobody -- "$@"; }
	else
		echo "# SKIP: running as root without runuser/nobody: cannot test permissions"
		exit 0
	fi
else
	as_user() { "$@"; }
fi
chmod 755 "$T"
ro="$T/ro"
mkdir "$ro"
db="$ro/g.db"
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
r.out,2020,level,100,billion rubles,2025-01-10,stat
r.out,2024,level,200,billion rubles,2025-01-10,stat
CSV
"$GS" --db "$db" init
"$GS" --db "$db" ingest "$T/a.csv"
chmod 444 "$db" "$db".lock 2>/dev/null
chmod 555 "$ro"
before=$(ls -A "$ro")

run as_user "$GS" --db "$db" series --format csv
expect_rc 0 "series reads a read-only database"
expect_out '^r.out,RUB,currency:RUB,2,2020-01-01,2024-12-31,' "and lists the series"
run as_user "$GS" --db "$db" show r.out --format csv
expect_rc 0 "show"
expect_out '^2024,level,,200000000000,' "the 2024 figure"
run as_user "$GS" --db "$db" sources --format csv
expect_rc 0 "sources"
run as_user "$GS" --db "$db" growth r.out --format csv
expect_rc 0 "growth"
# by hand: (200/100)^(1/4) - 1 = 18.92071150...%
expect_out '^cagr_pct,18\.92071' "growth's CAGR from the read-only file"
expect_eq "$(ls -A "$ro")" "$before" "nothing was created beside the database"
run as_user "$GS" --db "$db" ingest "$T/a.csv"
expect_rc 74 "writing is refused (exit 74)"
expect_err "cannot write" "with a reason"

# a write-ahead log left with changes (a writer that died): readable while
# its -shm is there; refused, not silently ignored, when it is not
chmod 755 "$ro"
chmod 644 "$db"
python3 - "$db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("INSERT INTO observations SELECT series_id, kind, period_start,"
          " period_end, base_start, base_end, source_id, 20250601,"
          " period_prec, base_prec, 3e11, qualifier, unit, batch_id, note"
          " FROM observations WHERE period_start = 20240101")
os._exit(0)  # no checkpoint: the row stays in the -wal
PY
chmod 444 "$db" "$db-wal" "$db-shm"
chmod 555 "$ro"
run as_user "$GS" --db "$db" show r.out --format csv
expect_rc 0 "a read-only database with a -wal and its -shm"
expect_out '^2024,level,,300000000000,' "the row in the -wal is seen"
chmod 755 "$ro"
rm -f "$db-shm"
chmod 555 "$ro"
run as_user "$GS" --db "$db" show r.out --format csv
expect_rc 74 "a -wal with changes but no -shm is refused"
expect_err "write-ahead log" "saying why"
expect_no_out '200000000000' "no stale figure printed"
chmod 755 "$ro"
