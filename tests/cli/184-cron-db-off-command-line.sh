# scripts/cron-ingest.sh hands the database to growthstat in its
# environment, never on its command line, which every user of the machine
# can read (ps, /proc/PID/cmdline): a PostgreSQL URI kept in GROWTHSTAT_DB
# so that its password stays out of sight was put back on growthstat's
# command line by the wrapper (--db "$GROWTHSTAT_DB"). Found by the fourth
# audit. (A URI without a password, the password in ~/.pgpass or
# PGPASSWORD, works as libpq reads both: checked by hand against a server
# with scram-sha-256 authentication; the test servers trust every login.)
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cron="$GS_TOP/scripts/cron-ingest.sh"
mkdir "$T/drop"
# a stand-in for growthstat that records what it was given
cat >"$T/fake" <<'SH'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_DIR/argv"
printf '%s\n' "${GROWTHSTAT_DB-unset}" >"$FAKE_DIR/env"
exit 0
SH
chmod +x "$T/fake"
url='postgresql://gs:S3cretPW@127.0.0.1:1/db'

for how in "-d" "env"; do
	rm -f "$T/argv" "$T/env"
	if [ "$how" = "-d" ]; then
		run env GROWTHSTAT="$T/fake" FAKE_DIR="$T" sh "$cron" -d "$url" "$T/drop"
	else
		run env GROWTHSTAT="$T/fake" FAKE_DIR="$T" GROWTHSTAT_DB="$url" sh "$cron" "$T/drop"
	fi
	expect_rc 0 "$how: the wrapper ran growthstat"
	if [ ! -f "$T/argv" ]; then
		notok "$how: growthstat was not run"
	elif grep -q 'S3cretPW' "$T/argv"; then
		notok "$how: the password is on growthstat's command line: $(tr '\n' ' ' <"$T/argv")"
	else
		ok "$how: no password on growthstat's command line"
	fi
	expect_eq "$(cat "$T/env" 2>/dev/null)" "$url" "$how: the database is in its environment"
	grep -qx 'ingest' "$T/argv" 2>/dev/null && ok "$how: still an ingest" || notok "$how: not an ingest"
done

# the real thing: the database named by -d is the one loaded
printf 'series,period,value,unit,as_of\ncd.a,2024,1,jobs,2025-01-01\n' >"$T/drop/a.csv"
touch -d 2020-01-01 "$T/drop/a.csv"
run "$GS" init
db=$GROWTHSTAT_DB
run env -u GROWTHSTAT_DB GROWTHSTAT="$GS" sh "$cron" -d "$db" "$T/drop"
expect_rc 0 "-d: the file loads"
expect_eq "$(sql "SELECT count(*) FROM observations")" 1 "-d: into the database it names"
