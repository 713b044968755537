# a standard descriptor closed by the caller ("2>&-", "<&-", as cron
# wrappers and daemons do) is never handed to a file growthstat opens.
# Found by the audit: with stderr closed, ingest's messages were written
# into the lock file DB.lock (the next file opened took descriptor 2), and
# "ingest -" with stdin closed read the lock file as its CSV input.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
lock=$(sql "PRAGMA database_list" | cut -d'|' -f3).lock
printf 'series,period,value,unit,as_of\nc.a,2024,x,jobs,2025-01-01\n' >"$T/bad.csv"
"$GS" ingest "$T/bad.csv" 2>&-
rc=$?
expect_rc 65 "a refused file with stderr closed still exits 65"
expect_eq "$(grep -c growthstat "$lock")" 0 "no message went into the lock file"
expect_eq "$(tr -d '0-9\n' <"$lock" | wc -c | tr -d ' ')" 0 "the lock file holds only the pid"

"$GS" ingest - <&- >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -ne 0 ] && ok "ingest - with stdin closed fails (exit $rc)" ||
	notok "ingest - with stdin closed succeeded"
expect_eq "$(grep -c "unknown column" "$T/err")" 0 "it read no other file as its input"
expect_err "read error" "it says stdin cannot be read"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 0 "nothing was stored"
