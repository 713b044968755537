# the ingest lock: one ingest at a time per database, bounded waits,
# exit 75 "another ingest is running"; readers are never blocked
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
"$GS" init
{ echo "$H"; echo 'l.a,2024,level,1,rubles,,,2025-01-01,s,'; } >"$T/a.csv"

# wait_for FILE: up to 20 s for FILE to appear (the test never depends on
# how fast things run, only on this bound being generous)
wait_for() {
	n=0
	while [ ! -e "$1" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
	[ -e "$1" ]
}
# the reject CSV is written under an exclusive temporary name, .rej.csv.XXXXXX
rej_tmp() { ls -A "$T" | grep '^\.rej\.csv\.' | sed "s|^|$T/|" | head -1; }
wait_rej_tmp() {
	n=0
	while [ -z "$(rej_tmp)" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
	[ -n "$(rej_tmp)" ]
}

# another process holds the lock (flock(1) on the same file)
( flock 9; touch "$T/held"; while [ ! -e "$T/release" ]; do sleep 0.05; done ) 9>"$GROWTHSTAT_DB.lock" &
holder=$!
wait_for "$T/held" || notok "the helper never took the lock"
run "$GS" ingest --lock-timeout 0 "$T/a.csv"
expect_rc 75 "--lock-timeout 0: exit 75 at once"
expect_err "^growthstat: another ingest is running \(.*test\.db\.lock is locked\)$" "the message says another ingest is running"
run "$GS" ingest --lock-timeout 1 "$T/a.csv"
expect_rc 75 "--lock-timeout 1: exit 75 after a bounded wait"
expect_err "another ingest is running; gave up after waiting 1 s" "the message says how long it waited"
ln -s "$GROWTHSTAT_DB" "$T/link.db"
run "$GS" ingest --db "$T/link.db" --lock-timeout 0 "$T/a.csv"
expect_rc 75 "a symlinked database path takes the same lock"
expect_eq "$(sql 'SELECT count(*) FROM batches')" 0 "nothing was written while locked out"

# a waiting ingest goes on once the lock is free
"$GS" ingest --lock-timeout 120 "$T/a.csv" >"$T/w.out" 2>"$T/w.err" &
waiter=$!
sleep 0.3
touch "$T/release"
wait $holder
wait $waiter
rc=$?
expect_rc 0 "a waiting ingest runs once the holder is gone"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 1 "and loads its file"

# a real ingest in the middle of a batch (reading a pipe) holds the lock
mkfifo "$T/fifo"
"$GS" ingest --skip-bad --rejects "$T/rej.csv" --lock-timeout 0 - <"$T/fifo" >"$T/i.out" 2>"$T/i.err" &
ing=$!
exec 9>"$T/fifo"
{ echo "$H"; echo 'l.b,2024,level,7,rubles,,,2025-01-01,s,'; echo 'l.b,2025,level,bad,rubles,,,2025-01-01,s,'; } >&9
wait_rej_tmp || notok "the ingest never reached its bad row"
run "$GS" ingest --lock-timeout 0 "$T/a.csv"
expect_rc 75 "a second ingest is refused while the first is in a batch"
expect_err "another ingest is running \(pid $ing\)" "the message names the pid of the running ingest"
run "$GS" show l.a --format csv
expect_rc 0 "a reader is not blocked by an ingest in the middle of a batch"
run "$GS" series --format csv
expect_no_out "^l\.b," "a reader does not see the batch in progress"
expect_eq "$(sql "SELECT count(*) FROM batches WHERE status <> 'committed'")" 0 "nor does sqlite3"
echo 'l.b,2026,level,9,rubles,,,2025-01-01,s,' >&9
exec 9>&-
wait $ing
rc=$?
expect_rc 0 "the first ingest finishes"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'l.b'")" 2 "its good rows are all there"

# SIGTERM while waiting for the lock
( flock 9; touch "$T/held2"; while [ ! -e "$T/release2" ]; do sleep 0.05; done ) 9>"$GROWTHSTAT_DB.lock" &
holder=$!
wait_for "$T/held2"
"$GS" ingest --lock-timeout 120 "$T/a.csv" >"$T/out" 2>"$T/err" &
waiter=$!
sleep 0.3
kill -TERM $waiter
wait $waiter
rc=$?
expect_rc 143 "SIGTERM while waiting for the lock: exit 143"
expect_err "interrupted by SIGTERM" "the interruption is said"
touch "$T/release2"
wait $holder
run "$GS" ingest --lock-timeout -1 "$T/a.csv"
expect_rc 2 "a negative --lock-timeout is a usage error"
