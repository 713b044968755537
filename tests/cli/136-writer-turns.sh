# the ingest lock DB.lock is never written when it is a hard link: a file
# planted there under a second name (a link to another file the ingesting
# user may write) would be truncated to the ingest's pid. O_NOFOLLOW stops
# symbolic links only. Found by the audit: a hard link from DB.lock to
# another file had that file replaced by "1711".
. "$GS_TOP/tests/cli/lib.sh"

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
