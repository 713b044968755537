# SIGINT/SIGTERM: the batch in progress is rolled back, temporary files
# removed, exit 130/143; the next run does the work once
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
"$GS" init
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

# interrupt SIG CODE: an ingest reading a pipe, in the middle of its batch
# (it has stored a row and written a reject to its temporary file)
interrupt() {
	sig=$1 code=$2
	rm -f "$T/fifo" "$T/rej.csv"
	mkfifo "$T/fifo"
	"$GS" ingest --skip-bad --rejects "$T/rej.csv" - <"$T/fifo" >"$T/out" 2>"$T/err" &
	pid=$!
	exec 9>"$T/fifo"
	{ echo "$H"; echo "s.$sig,2024,level,7,rubles,,,2025-01-01,s,"; echo "s.$sig,2025,level,bad,rubles,,,2025-01-01,s,"; } >&9
	wait_rej_tmp || notok "$sig: the ingest never reached its bad row"
	kill -"$sig" $pid
	wait $pid
	rc=$?
	exec 9>&-
	expect_rc "$code" "$sig in the middle of a batch: exit $code"
	expect_err "interrupted by SIG$sig; the file in progress was rolled back" "$sig: the interruption is said"
	[ -z "$(rej_tmp)" ] && [ ! -e "$T/rej.csv" ] && ok "$sig: the temporary reject file is removed" || notok "$sig: reject file left"
	expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 's.$sig'")" 0 "$sig: the row of the batch was rolled back"
	expect_eq "$(sql "SELECT count(*) FROM batches")" 0 "$sig: the batch log has no trace of it"
	expect_eq "$(sql 'PRAGMA integrity_check')" ok "$sig: integrity_check ok"
}
interrupt INT 130
interrupt TERM 143

# a drop directory of many files interrupted at some moment: whatever the
# moment, each file is either archived with its rows or still waiting
# without them, and the next run finishes the work
D="$T/drop"
mkdir "$D"
awk -v H="$H" -v D="$D" 'BEGIN {
	for (f = 1; f <= 40; f++) {
		out = sprintf("%s/f%02d.csv", D, f)
		print H >out
		for (i = 0; i < 2000; i++)
			printf "sig.f%02d,%d,level,%d,rubles,,,2025-01-01,s,\n", f, 1000 + i, i >out
		close(out)
	}
}'
touch -d '2020-01-01' "$D"/*.csv
"$GS" ingest --dir "$D" >"$T/out" 2>"$T/err" &
pid=$!
# once the first file is archived: stop it, queue SIGTERM, let it go on
n=0
while [ ! -e "$D/archive/f01.csv" ] && [ $n -lt 2000 ]; do sleep 0.01; n=$((n + 1)); done
kill -STOP $pid 2>/dev/null
kill -TERM $pid 2>/dev/null
kill -CONT $pid 2>/dev/null
wait $pid
rc=$?
case $rc in 143|0) ok "SIGTERM in a drop-directory run: exit 143 (or 0 when it had finished: $rc)" ;;
	*) notok "SIGTERM in a drop-directory run: exit $rc" ;; esac
echo "# interrupted after $(ls "$D/archive" | wc -l) of 40 files"
bad=0
for f in $(cd "$D" && ls *.csv 2>/dev/null) $(cd "$D/archive" 2>/dev/null && ls); do
	n=$(sql "SELECT count(*) FROM v_observations WHERE series = 'sig.${f%.csv}'")
	if [ -e "$D/archive/$f" ] && [ -e "$D/$f" ]; then bad=1; echo "# $f in both places"; fi
	if [ -e "$D/archive/$f" ] && [ "$n" != 2000 ]; then bad=1; echo "# $f archived with $n rows"; fi
	if [ -e "$D/$f" ] && [ "$n" != 0 ] && [ "$n" != 2000 ]; then bad=1; echo "# $f half loaded: $n rows"; fi
done
[ $bad -eq 0 ] && ok "every file wholly loaded and archived, or waiting" || notok "a file half done"
expect_eq "$(find "$D" -name '*.tmp' -o -name '.*' -type f | wc -l | tr -d ' ')" 0 "no temporary files left"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok after the interruption"
run "$GS" ingest --dir "$D"
expect_rc 0 "the next run finishes the work"
expect_eq "$(ls "$D/archive" | wc -l | tr -d ' ')" 40 "every file archived"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'sig.%'")" 80000 "every row stored once"
