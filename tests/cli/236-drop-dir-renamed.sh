# ingest --dir: the drop directory's name moved, and a link to another
# folder put in its place, while the run goes on. Files were claimed by
# name: the run renamed the other folder's file of the same name to a
# claim name and back (touching a folder it was never given), said the
# file read was "replaced while it was read" and left it unarchived. The
# drop directory is now pinned like the archive: the file read is
# archived where its directory went, the other folder is never touched.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

D="$T/drop"
V="$T/other"
mkdir "$D" "$V"
printf 'series,period,value,unit,as_of,source\na.b,2020,1,jobs,2025-01-01,s\n' >"$D/a.csv"
echo 'not for growthstat' >"$V/a.csv"
touch -d 2020-01-01 "$D/a.csv" "$V/a.csv"
"$GS" init
before=$(stat -c '%i %Z' "$V/a.csv")
sleep 1.1 # a rename would show in the change time

# the knob pauses between the batch and the move (droprun.c)
GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE=2 "$GS" ingest --dir "$D" --min-age 0 \
	>"$T/out" 2>"$T/err" &
pid=$!
sleep 1
mv "$D" "$T/moved"
ln -s "$V" "$D"
wait $pid
rc=$?
expect_rc 0 "the run"
expect_eq "$(sql "SELECT count(*) FROM observations")" 1 "the file's row stored"
[ -f "$T/moved/archive/a.csv" ] && ok "the file read is archived where its directory went" ||
	notok "the file read was not archived ($(ls -A "$T/moved" | tr '\n' ' '))"
expect_eq "$(stat -c '%i %Z' "$V/a.csv")" "$before" \
	"the other folder's file was never renamed"
expect_eq "$(ls -A "$V" | tr '\n' ' ')" "a.csv " "nothing was put in the other folder"
if grep -q "replaced while it was read" "$T/err"; then
	notok "the run says the file was replaced"
else
	ok "no false \"replaced while it was read\""
fi
# the batch log names the file as the directory was given, not by fd
expect_eq "$(sql "SELECT file FROM batches")" "$T/drop/a.csv" \
	"the batch log names the file as given"
