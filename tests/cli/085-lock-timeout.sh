# backends: sqlite postgres
# --lock-timeout is honoured by the writers' lock on both backends
# (PostgreSQL waited 10 s whatever it said): while one ingest holds the
# lock for 4 s (GROWTHSTAT_TEST_HOLD_LOCK, a test-only knob that sleeps
# inside the batch), --lock-timeout 0 gives up at once with exit 75 and
# --lock-timeout 15 waits and loads (issue 13 item 13)
. "$GS_TOP/tests/cli/lib.sh"

for i in 1 2 3; do
	printf 'series,period,value,unit,as_of\nl.s%d,2024,%d,jobs,2025-01-01\n' \
		$i $i >"$T/f$i.csv"
done
"$GS" init
GROWTHSTAT_TEST_HOLD_LOCK=4 "$GS" ingest "$T/f1.csv" >"$T/hold.out" 2>&1 &
holder=$!
sleep 1.5 # the holder is inside its batch by now
start=$(date +%s)
run "$GS" ingest --lock-timeout 0 "$T/f2.csv"
took=$(($(date +%s) - start))
expect_rc 75 "--lock-timeout 0 while another writer holds the lock"
if [ "$took" -le 1 ]; then ok "and did not wait (${took} s)"; else
	notok "--lock-timeout 0 waited ${took} s"; fi
# a wait that runs out says so in words scripts match (cron-ingest.sh -b);
# on PostgreSQL it had said the server's "canceling statement due to lock
# timeout", the same words as a connection lost while waiting
run "$GS" ingest --lock-timeout 1 "$T/f2.csv"
expect_rc 75 "--lock-timeout 1 runs out while the holder holds"
case $GROWTHSTAT_DB in
postgres*) expect_err 'another writer is running; gave up after waiting 1 s' \
	"the wait that ran out is named as such" ;;
esac
run "$GS" ingest --lock-timeout 15 "$T/f3.csv"
expect_rc 0 "--lock-timeout 15 waits for the holder and loads"
wait $holder
rc=$?
expect_rc 0 "the holder finished its file"
expect_eq "$(sql "SELECT count(*) FROM series WHERE key IN ('l.s1', 'l.s3')")" 2 \
	"the holder's and the waiter's figures are stored"
expect_eq "$(sql "SELECT count(*) FROM series WHERE key = 'l.s2'")" 0 \
	"the one that did not wait stored nothing"
