# --log on a full disk lost every line with no word and the exit code
# unchanged: a cron job's only record of what was loaded was gone and
# nothing said so. A log write that fails is now said once on stderr and
# the run exits 74 (README's exit codes: I/O error, an answer that could
# not be written), the batch kept. And a new log was created 0644 while it
# repeats names and values of inputs that may be 0600: it is created 0600
# now (an existing log keeps its mode).
. "$GS_TOP/tests/cli/lib.sh"

umask 022
"$GS" init || notok "init"
H='series,period,value,as_of,source'
printf '%s\na.b,2024,1,2025-01-01,s\na.b,2023,x,2025-01-01,s\n' "$H" >"$T/a.csv"

# a new log is 0600
run "$GS" ingest --skip-bad --rejects "$T/rej.csv" --log "$T/new.log" "$T/a.csv"
expect_rc 0 "ingest with a new --log"
expect_eq "$(stat -c %a "$T/new.log")" 600 "the new log is 0600 (umask 022 gave 644)"
chmod 644 "$T/new.log"
run "$GS" ingest --log "$T/new.log" "$T/a.csv" --skip-bad --rejects "$T/rej2.csv"
expect_eq "$(stat -c %a "$T/new.log")" 644 "an existing log keeps its mode"

# a full disk for the log: a file size limit below the log's size (the
# database stays far below it), SIGXFSZ ignored so writes fail with EFBIG
head -c 2000000 /dev/zero | tr '\0' 'x' >"$T/full.log"
printf '%s\nc.d,2024,7,2025-01-01,s\n' "$H" >"$T/c.csv"
(trap '' XFSZ; ulimit -f 1024; exec "$GS" ingest --log "$T/full.log" "$T/c.csv") \
	>"$T/out" 2>"$T/err"
rc=$?
expect_rc 74 "a log that cannot be written: exit 74, not 0"
expect_eq "$(grep -c 'log' "$T/err")" 1 "said once on stderr"
expect_err "full\.log" "the message names the log"
expect_eq "$(sql "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key = 'c.d'")" 1 \
	"the batch is kept"
expect_eq "$(wc -c <"$T/full.log" | tr -d ' ')" 2000000 "the log is as it was"
