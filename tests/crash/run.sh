#!/bin/sh
# run.sh: kill trials. Ingests are killed at random moments (SIGKILL, and
# SIGTERM in some trials; two runs at once in others); after each kill the
# database must pass integrity_check, every batch must be wholly present or
# wholly absent, no input file may be lost, and a file may sit in the
# archive only once its rows are stored. Then a normal run must finish the
# work: the database then equals one loaded without interruption, no row
# twice, nothing left in the drop directory, no temporary file anywhere.
#
#   sh tests/crash/run.sh BINARY [TRIALS [SEED]]
#
# CRASH_FILES and CRASH_ROWS size the input (default 24 files of 1500
# rows). Prints TAP lines ("not ok" per broken promise, then a summary
# "ok") and exits 1 on any failure. `make crash` runs 100 trials; make
# check runs a few through tests/cli/068-crash.sh.
set -u
bin=$1
trials=${2:-100}
seed=${3:-$$}
files=${CRASH_FILES:-24}
rows=${CRASH_ROWS:-1500}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
W=$(mktemp -d)
trap '[ -n "${CRASH_KEEP:-}" ] || rm -rf "$W"' EXIT
trap 'exit 130' INT TERM
H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
fail=0

q() { sqlite3 -batch -noheader -cmd ".timeout 10000" "$W/db/t.db" "$1"; }
now_ms() { date +%s%3N; }
bad() { echo "not ok - trial $trial ($mode): $*"; fail=$((fail + 1)); tbad=1; }

# the input: files of distinct series, one duplicate, one bad file
mkdir "$W/src"
awk -v H="$H" -v D="$W/src" -v F="$files" -v R="$rows" 'BEGIN {
	for (f = 1; f <= F; f++) {
		out = sprintf("%s/f%03d.csv", D, f)
		print H >out
		for (i = 0; i < R; i++)
			printf "k.f%03d.s%d,%d,level,%d,million rubles,,,2025-01-01,crash test,row %d\n", f, i % 5, 1000 + int(i / 5), f * 100000 + i, i >out
		close(out)
	}
}'
cp "$W/src/f003.csv" "$W/src/f003-again.csv"
{ echo "$H"; echo 'k.bad,2024,level,1,rubles,,,2025-01-01,s,'; echo 'k.bad,2025,level,1x,rubles,,,2025-01-01,s,'; } >"$W/src/zz-bad.csv"
touch -d 2020-01-01 "$W/src"/*.csv
nsrc=$(ls "$W/src" | wc -l | tr -d ' ')
# the file-list trials name the inputs (the reject CSVs land beside them)
flist=$(ls "$W/src" | sed "s|^|$W/drop/|")

"$bin" --db "$W/template.db" init >/dev/null || { echo "not ok - init failed"; exit 1; }
dump() { sqlite3 -batch -noheader "$1" "SELECT series, kind, period_start, period_end, value, unit, as_of, source, note FROM v_observations ORDER BY 1, 2, 3, 4, 7"; }

fresh() {
	rm -rf "$W/db" "$W/drop"
	mkdir "$W/db" "$W/drop"
	cp "$W/template.db" "$W/db/t.db"
	cp -p "$W/src"/*.csv "$W/drop/"
}
# the reference, and how long one whole run takes (the fastest of three,
# so that most kills land while a run is still going)
t_full=""
for i in 1 2 3; do
	fresh
	t0=$(now_ms)
	"$bin" --db "$W/db/t.db" ingest --dir "$W/drop" >/dev/null 2>&1
	t=$(( $(now_ms) - t0 ))
	[ -z "$t_full" ] || [ "$t" -lt "$t_full" ] && t_full=$t
done
[ "$t_full" -gt 0 ] || t_full=1
ref_dir=$(dump "$W/db/t.db")
n_dir=$(q 'SELECT count(*) FROM observations')
# with --skip-bad (the file-list trials) the bad file's good row loads too
fresh
"$bin" --db "$W/db/t.db" ingest --skip-bad $flist >/dev/null 2>&1
ref_files=$(dump "$W/db/t.db")
n_files=$(q 'SELECT count(*) FROM observations')
ref_n=$n_dir
echo "# $nsrc files, $n_dir rows; one run takes ${t_full} ms; seed $seed"

ingest() { # MODE: the command of a trial's run
	case $1 in
	files) "$bin" --db "$W/db/t.db" ingest --skip-bad $flist ;;
	*) "$bin" --db "$W/db/t.db" ingest --dir "$W/drop" ;;
	esac
}
# start MODE OUT ERR: the same in the background, $! its pid (growthstat's
# own, not a subshell's, so the signal reaches it)
start() {
	case $1 in
	files) "$bin" --db "$W/db/t.db" ingest --skip-bad $flist >"$2" 2>"$3" & ;;
	*) "$bin" --db "$W/db/t.db" ingest --dir "$W/drop" >"$2" 2>"$3" & ;;
	esac
}

# after a kill: the promises that hold at any moment
check_after_kill() {
	[ "$(q 'PRAGMA integrity_check')" = ok ] || bad "integrity_check failed"
	n=$(q "SELECT count(*) FROM batches WHERE status NOT IN ('committed','refused')")
	[ "$n" = 0 ] || bad "$n batches neither committed nor refused"
	n=$(q "SELECT count(*) FROM batches b WHERE status = 'committed' AND rows_new <> (SELECT count(*) FROM observations o WHERE o.batch_id = b.id)")
	[ "$n" = 0 ] || bad "$n committed batches whose rows are not all there"
	n=$(q "SELECT count(*) FROM observations o JOIN batches b ON b.id = o.batch_id WHERE b.status <> 'committed'")
	[ "$n" = 0 ] || bad "$n rows of uncommitted batches"
	q "SELECT substr(s.key, 1, 6), count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key LIKE 'k.f%' GROUP BY 1" >"$W/per-file"
	awk -F'|' -v R="$rows" '$2 != R { print; exit 1 }' "$W/per-file" >/dev/null || bad "a file half loaded: $(awk -F'|' -v R="$rows" '$2 != R' "$W/per-file" | head -1)"
	if [ "$mode" != files ]; then
		for f in $(ls "$W/src"); do
			in_drop=0 in_arch=0 in_rej=0
			[ -e "$W/drop/$f" ] && in_drop=1
			ls "$W/drop/".gs-claim.*."$f" >/dev/null 2>&1 && in_drop=1 # claimed, not moved yet
			[ -e "$W/drop/archive/$f" ] && in_arch=1
			ls "$W/drop/rejects/${f%.csv}"*.csv >/dev/null 2>&1 && in_rej=1
			[ $((in_drop + in_arch + in_rej)) -ge 1 ] || bad "$f lost"
			if [ $in_arch = 1 ] && [ "${f#f}" != "$f" ]; then
				# f003.csv and f003-again.csv hold series k.f003.*
				n=$(awk -F'|' -v K="k.$(echo "$f" | cut -c1-4)" '$1 == K { print $2 }' "$W/per-file")
				[ "${n:-0}" = "$rows" ] || bad "$f archived before its rows were stored"
			fi
			if [ $in_rej = 1 ]; then
				n=$(q "SELECT count(*) FROM batches WHERE status = 'refused' AND file LIKE '%/$f'")
				[ "$n" -ge 1 ] || bad "$f set aside before its refusal was logged"
			fi
		done
	fi
}

# after the next, uninterrupted run: the work is done, exactly once
check_finished() {
	if [ "$mode" = files ]; then ref=$ref_files ref_n=$n_files; else ref=$ref_dir ref_n=$n_dir; fi
	[ "$(q 'PRAGMA integrity_check')" = ok ] || bad "integrity_check failed after the rerun"
	[ "$(dump "$W/db/t.db")" = "$ref" ] || bad "the database differs from the reference after the rerun"
	[ "$(q 'SELECT count(*) FROM observations')" = "$ref_n" ] || bad "row count differs after the rerun"
	n=$(q "SELECT coalesce(sum(rows_new), 0) FROM batches WHERE status = 'committed'")
	[ "$n" = "$ref_n" ] || bad "batches count $n new rows, want $ref_n (a row loaded twice?)"
	t=$(find "$W/drop" "$W/db" -name '*.tmp' -o -name '.*' -type f | head -3)
	[ -z "$t" ] || bad "temporary files left: $t"
	if [ "$mode" != files ]; then
		left=$(cd "$W/drop" && ls | grep -v -e '^archive$' -e '^rejects$' | head -3)
		[ -z "$left" ] || bad "files left in the drop directory: $left"
		for f in $(ls "$W/src"); do
			case $f in
			# set aside once, under its name or, when a killed run
			# left its .errors (written before the move), under the
			# next number (zz-bad.1.csv): never replaced, never lost
			zz-bad.csv) n=0
				for r in "$W/drop/rejects/zz-bad.csv" "$W/drop/rejects/zz-bad".[0-9]*.csv; do
					cmp -s "$W/src/$f" "$r" && n=$((n + 1))
				done
				[ $n = 1 ] || bad "$f in rejects $n times, want once" ;;
			*) cmp -s "$W/src/$f" "$W/drop/archive/$f" || bad "$f not archived" ;;
			esac
		done
		n=$(ls "$W/drop/archive" | wc -l | tr -d ' ')
		[ "$n" = $((nsrc - 1)) ] || bad "$n files in the archive, want $((nsrc - 1))"
	else
		[ -e "$W/drop/zz-bad.csv.rejects.csv" ] || bad "no reject file for the bad rows"
	fi
}

kills=0 landed=0 terms=0 term_landed=0 conc=0 passed=0
trial=1
while [ "$trial" -le "$trials" ]; do
	tbad=0
	case $((trial % 4)) in
	1) mode=dir sig=KILL ;;
	2) mode=files sig=KILL ;;
	3) mode=dir sig=TERM ;;
	0) mode=two sig=KILL ;;
	esac
	fresh
	set -- $(awk -v s="$seed" -v t="$trial" -v T="$t_full" 'BEGIN { srand(s * 1000 + t); printf "%.3f %.3f\n", rand() * T / 1000, rand() * T / 1000 }')
	d1=$1 d2=$2
	start "$mode" "$W/out1" "$W/err1"
	p1=$!
	p2=""
	if [ "$mode" = two ]; then
		start dir "$W/out2" "$W/err2"
		p2=$!
		conc=$((conc + 1))
	fi
	sleep "$d1"
	kill -"$sig" "$p1" 2>/dev/null
	wait "$p1" 2>/dev/null
	rc=$?
	if [ -n "$p2" ]; then
		sleep "$d2"
		kill -KILL "$p2" 2>/dev/null
		wait "$p2" 2>/dev/null
	fi
	if [ "$sig" = KILL ]; then
		kills=$((kills + 1))
		[ $rc -eq 137 ] && landed=$((landed + 1))
	else
		terms=$((terms + 1))
		case $rc in
		143) term_landed=$((term_landed + 1)) ;;
		0|65) ;;
		*) bad "SIGTERM: exit $rc, want 143 (or 0/65 when done first)"; sed 's/^/#   /' "$W/err1" | head -3 ;;
		esac
		t=$(find "$W/drop" "$W/db" -name '*.tmp' | head -3)
		[ -z "$t" ] || bad "SIGTERM left temporary files: $t"
	fi
	check_after_kill
	[ $tbad -ne 0 ] && [ -n "${CRASH_KEEP:-}" ] && { cp -r "$W/drop" "$W/drop.after-kill"; cp "$W/db/t.db" "$W/after-kill.db"; cp "$W/err1" "$W/err.after-kill"; echo "# rc $rc"; }
	# the rerun refuses the bad file, unless the killed run already had
	want=0
	# (under its name, or under the private name of a claim the killed
	# run made: the rerun puts it back first)
	[ "$mode" != files ] && { [ -e "$W/drop/zz-bad.csv" ] ||
		ls "$W/drop/" -a | grep -q '^\.gs-claim\..*\.zz-bad\.csv$'; } && want=65
	ingest "$mode" >"$W/out1" 2>"$W/err1"
	rc=$?
	[ $rc -eq $want ] || { bad "the rerun exited $rc, want $want"; sed 's/^/#   /' "$W/err1" | head -3; }
	check_finished
	[ $tbad -eq 0 ] && passed=$((passed + 1))
	if [ $tbad -ne 0 ] && [ -n "${CRASH_KEEP:-}" ]; then
		echo "# kept $W"
		exit 1
	fi
	[ $((trial % 10)) -eq 0 ] && echo "# $trial trials, $passed survived"
	trial=$((trial + 1))
done
echo "# SIGKILL: $kills trials, $landed killed while running ($conc with two runs at once); SIGTERM: $terms trials, $term_landed stopped while running"
if [ $fail -eq 0 ]; then
	echo "ok - $passed of $trials kill trials survived: integrity, whole batches, no file lost, rerun completes with no duplicates"
else
	echo "not ok - $passed of $trials kill trials survived ($fail broken promises)"
fi
[ $fail -eq 0 ]
