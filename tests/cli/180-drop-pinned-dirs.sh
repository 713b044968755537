# backends: sqlite postgres
# ingest --dir moves files into the archive directory it opened at the
# start of the run, whatever happens to the name meanwhile. The run used to
# check DROP/archive for a link and then move the file by name: whoever
# may drop files could put a link there between the check and the move
# (a race of microseconds, retried at every cron run) and have a dropped
# file moved into any directory the ingest's user may write, a cron.d
# among them. Now the directory is opened once (O_NOFOLLOW) and named by
# its descriptor, so a link put in its place later leads nowhere. The
# test knob pauses after the load, before the move: the name is replaced
# by a link then. The old code refused the link (exit 73) and left the
# file; this one archives it in the directory it opened.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,value,unit,as_of'
D="$T/drop"
mkdir "$D" "$D/archive" "$T/elsewhere"
"$GS" init
printf '%s\np.a,2024,1,jobs,2025-01-01\n' "$H" >"$D/a.csv"

GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE=3 "$GS" ingest --dir "$D" \
	--min-age 0 --log "$T/log" >"$T/out" 2>"$T/err" &
pid=$!
n=0 # until a.csv's batch committed (the pause begins then)
while [ "$(sql "SELECT count(*) FROM v_observations")" != 1 ] && [ $n -lt 200 ]; do
	sleep 0.05; n=$((n + 1))
done
mv "$D/archive" "$D/archive.moved"
ln -s "$T/elsewhere" "$D/archive"
wait $pid
rc=$?
expect_rc 0 "the run archives into the directory it opened"
expect_eq "$(ls -A "$T/elsewhere" | tr '\n' ' ')" "" \
	"nothing was moved through the link put in its place"
[ -f "$D/archive.moved/a.csv" ] && ok "a.csv is in the directory the run opened" ||
	notok "a.csv is not in the opened archive: $(ls -A "$D" "$D/archive.moved" | tr '\n' ' ')"
grep -q "drop/archive/a\.csv" "$T/log" &&
	ok "the log names the archive as it was given" ||
	notok "the log lacks archive/a.csv: $(cat "$T/log")"
! grep -q "/proc/self/fd" "$T/out" "$T/err" "$T/log" &&
	ok "no descriptor path in messages" ||
	notok "a message shows the descriptor path: $(cat "$T/log")"

# the next run opens the name anew: a link there now is refused
printf '%s\np.b,2024,2,jobs,2025-01-01\n' "$H" >"$D/b.csv"
run "$GS" ingest --dir "$D" --min-age 0
expect_rc 73 "a link at the archive's name is refused at the start"
[ -f "$D/b.csv" ] && ok "b.csv stays" || notok "b.csv went somewhere"

# A failure below names the directories as given, never by descriptor:
# an archive (and a rejects folder) with every numbered name taken. The
# messages said "/proc/self/fd/7: no free name for c.csv" (found by the
# review of this change).
rm "$D/archive" "$D/b.csv"
mkdir "$D/archive" "$D/rejects"
fill() { (cd "$1" && touch "$2.csv" && seq 1 9999 | sed "s/^/$2./; s/\$/.csv/" | xargs touch); }
fill "$D/archive" c
printf '%s\np.c,2024,3,jobs,2025-01-01\n' "$H" >"$D/c.csv"
run "$GS" ingest --dir "$D" --min-age 0
expect_rc 73 "no free name in the archive"
expect_err "drop/archive: no free name for c\.csv" "the archive is named as given"
! grep -q "/proc/self/fd" "$T/err" && ok "not by its descriptor" ||
	notok "the message shows the descriptor path: $(cat "$T/err")"
rm -r "$D/archive" "$D/c.csv"
mkdir "$D/archive"
fill "$D/rejects" d
printf '%s\np.d,2024,x,jobs,2025-01-01\n' "$H" >"$D/d.csv"
run "$GS" ingest --dir "$D" --min-age 0
expect_err "drop/rejects: no free name for d\.csv" "the rejects folder is named as given"
! grep -q "/proc/self/fd" "$T/err" && ok "not by its descriptor either" ||
	notok "the message shows the descriptor path: $(cat "$T/err")"
