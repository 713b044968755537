# ingest --dir: a file is read and moved as one object. A writer that
# backends: sqlite postgres
# renames new content over a file being ingested gets it loaded by the
# next run (never archived unread); a database file deleted during the run
# stops it before anything is moved.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
D="$T/drop"
mkdir "$D"
"$GS" init
# 200,000 distinct rows: long enough to read that a rename lands meanwhile
big() { awk -v H="$H" 'BEGIN { print H; for (i = 0; i < 200000; i++)
	printf "r.%d,%d,level,%d,rubles,,,2025-01-01,src,\n", i % 1000, 1800 + int(i / 1000), i }' >"$1"; }
# opened PID NAME: up to 20 s until process PID has the file NAME open
opened() {
	n=0
	while [ $n -lt 1000 ]; do
		ls -l "/proc/$1/fd" 2>/dev/null | grep -q -- "$2" && return 0
		kill -0 "$1" 2>/dev/null || return 1
		sleep 0.02; n=$((n + 1))
	done
	return 1
}
# the knob pauses between a file's batch and its move (the new code);
# without it the read of 200,000 rows leaves the same window
export GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE=1

big "$D/x.csv"
"$GS" ingest --dir "$D" --min-age 0 --log "$T/log" >"$T/out" 2>"$T/err" &
pid=$!
opened $pid x.csv || notok "the ingest never opened x.csv"
{ echo "$H"; echo 'new.a,2024,level,42,rubles,,,2025-01-01,src,'; } >"$D/x.csv.part"
mv -f "$D/x.csv.part" "$D/x.csv"
wait $pid
rc=$?
expect_rc 0 "the run that read the old content"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'r.%'")" 200000 "the content read was stored whole"
expect_eq "$(ls "$D/archive" 2>/dev/null | wc -l | tr -d ' ')" 0 "the new file was not archived unread"
expect_eq "$(sed -n 2p "$D/x.csv" | cut -d, -f1)" "new.a" "the new content is back under its name"
grep -q "x\.csv: left as .*x\.csv for the next run" "$T/log" && ok "the log says why it was left" || notok "the log lacks why the file was left"
unset GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE
run "$GS" ingest --dir "$D" --min-age 0
expect_rc 0 "the next run"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series = 'new.a'")" "42.0" "the next run loads the new content"
expect_eq "$(sed -n 2p "$D/archive/x.csv" | cut -d, -f1)" "new.a" "and archives it"
expect_eq "$(ls -A "$D" | tr '\n' ' ')" "archive " "no private claim name is left behind"

# a run killed between its claim and the move left a private name: the
# next run puts the file back under its name and loads it
{ echo "$H"; echo 'kill.a,2024,level,7,rubles,,,2025-01-01,src,'; } >"$D/.gs-claim.a1b2c3.k.csv"
touch -d '2020-01-01' "$D/.gs-claim.a1b2c3.k.csv"
run "$GS" ingest --dir "$D"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series = 'kill.a'")" "7.0" "a file left under a claim name by a killed run is loaded by the next"
expect_eq "$(ls -A "$D" | tr '\n' ' ')" "archive " "and archived under its own name, nothing left behind"
[ -f "$D/archive/k.csv" ] && ok "it is archived as k.csv" || notok "k.csv not in the archive"

# the database file deleted (or replaced) while the run goes on
if [ "${GS_BACKEND:-sqlite}" = sqlite ]; then
	export GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE=1
	big "$D/y.csv"
	sed -i 's/^r\./s./' "$D/y.csv"
	"$GS" ingest --dir "$D" --min-age 0 >"$T/out" 2>"$T/err" &
	pid=$!
	opened $pid y.csv || notok "the ingest never opened y.csv"
	rm -f "$GROWTHSTAT_DB" "$GROWTHSTAT_DB-wal" "$GROWTHSTAT_DB-shm"
	wait $pid
	rc=$?
	expect_rc 74 "a database deleted during the run"
	expect_err "test\.db: the database file was deleted or replaced during the run" "the message says why"
	[ -f "$D/y.csv" ] && ok "the file read into the deleted database stays for the next run" || notok "y.csv was moved: its rows are gone"
	unset GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE
	run "$GS" ingest --dir "$D" --min-age 0
	expect_rc 0 "the next run, on a new database"
	expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 's.%'")" 200000 "loads the file"
fi
