# scripts/cron-ingest.sh -b keeps quiet about another ingest still
# running, and about nothing else that exits 75: a database server that
# cannot be reached (or refuses the password: libpq's failures to connect
# are "try again later" too) must be mailed run after run, or a cron job
# with -b would fail silently for ever. Found by the fourth audit: -b
# turned every exit 75 into a quiet 0.
. "$GS_TOP/tests/cli/lib.sh"

cron="$GS_TOP/scripts/cron-ingest.sh"
export GROWTHSTAT="$GS"
D="$T/drop"
mkdir "$D"
printf 'series,period,value,unit,as_of\ncb.a,2024,1,jobs,2025-01-01\n' >"$D/a.csv"
touch -d 2020-01-01 "$D/a.csv"

# a server that is not there: growthstat exits 75 ("cannot connect")
url="postgresql://gs@127.0.0.1:1/db"
run "$GS" -q --db "$url" ingest --dir "$D"
if [ "$rc" -eq 75 ]; then
	run sh "$cron" -b -w 0 -d "$url" "$D"
	expect_rc 75 "-b: an unreachable server still exits 75"
	expect_err "cannot connect" "-b: and says why, for cron to mail"
	run sh "$cron" -w 0 -d "$url" "$D"
	expect_rc 75 "without -b: the same"
else
	ok "# skip: this build does not reach PostgreSQL (exit $rc)"
fi

# another program holding SQLite's write lock is no ingest of ours
# either: said, not swallowed
run "$GS" init
python3 - "$GROWTHSTAT_DB" "$T" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
open(os.path.join(sys.argv[2], "held"), "w").close()
while not os.path.exists(os.path.join(sys.argv[2], "release")):
    time.sleep(0.05)
c.execute("ROLLBACK")
PY
holder=$!
n=0; while [ ! -e "$T/held" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
run sh "$cron" -b -w 0 "$D"
rc_other=$rc; cp "$T/err" "$T/err_other"
touch "$T/release"
wait $holder
rc=$rc_other; cp "$T/err_other" "$T/err"
expect_rc 75 "-b: a database locked by another program still exits 75"
expect_err "locked" "-b: and says so"
[ -f "$D/a.csv" ] && ok "the file stays for the next run" || notok "file moved"

# the one case -b is for still holds: another ingest of ours
( flock 9; touch "$T/held2"; while [ ! -e "$T/release2" ]; do sleep 0.05; done ) 9>"$GROWTHSTAT_DB.lock" &
holder=$!
n=0; while [ ! -e "$T/held2" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
run sh "$cron" -w 0 -b "$D"
expect_rc 0 "-b: another ingest running is not a problem"
expect_eq "$(cat "$T/err")" "" "-b: not a word"
touch "$T/release2"
wait $holder
run sh "$cron" -b "$D"
expect_rc 0 "then the file loads"
[ -f "$D/archive/a.csv" ] && ok "and is archived" || notok "not archived"
