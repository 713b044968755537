# A file rewritten in place (same inode) while ingest reads it: the rows
# backends: sqlite postgres
# read before the rewrite are of one version, those after of another (or
# a row is cut short). Nothing of such a file is stored; it stays where
# it is for the next run (exit 66), by `ingest FILE` and `ingest --dir`.
# The process is stopped (SIGSTOP) while its read offset is inside the
# file, the file rewritten, the process continued: no timing guesses.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,value,unit,as_of,source'
D="$T/drop"
mkdir "$D"
"$GS" init
# rows: enough that the read is still going when the process is stopped
# (a server takes rows slower, and the reader waits for it: fewer do)
N=600000
[ "${GS_BACKEND:-sqlite}" = postgres ] && N=100000
# rows of one width in both versions, so the mix is well-formed CSV:
# version 1 says 1000000+i, version 2 says 2000000+i (keys K.kNNNNNNN)
version() {
	awk -v H="$H" -v v="$2" -v k="${3:-s}" -v n=$N 'BEGIN { print H
		for (i = 0; i < n; i++)
		printf "%s.k%07d,2020,%d,jobs,2025-01-01,src\n", k, i, v * 1000000 + i }' >"$1"
}
# fdpos PID NAME: the read offset of PID's descriptor on NAME, "" if none
fdpos() {
	for fd in /proc/"$1"/fd/*; do
		case $(readlink "$fd" 2>/dev/null) in
		*"$2") sed -n 's/^pos:[[:space:]]*//p' "/proc/$1/fdinfo/${fd##*/}"
			return ;;
		esac
	done
}
# midread PID FILE: stop PID once it has read part of FILE but not all;
# 0 when stopped so, 1 when the read ended first
midread() {
	size=$(stat -c %s "$2")
	n=0
	while [ $n -lt 2000 ] && kill -0 "$1" 2>/dev/null; do
		p=$(fdpos "$1" "${2##*/}")
		if [ -n "$p" ] && [ "$p" -gt 0 ]; then
			kill -STOP "$1"
			p=$(fdpos "$1" "${2##*/}")
			[ -n "$p" ] && [ "$p" -gt 0 ] && [ "$p" -lt "$size" ] && return 0
			kill -CONT "$1"
			return 1
		fi
		n=$((n + 1))
		sleep 0.005
	done
	return 1
}
# attack DESC FILE CMD...: run CMD in the background, rewrite FILE in
# place in the middle of its read, then check the outcome
attack() {
	desc=$1 f=$2
	shift 2
	version "$f" 1
	touch -d '2020-01-01' "$f"
	"$@" >"$T/out" 2>"$T/err" &
	pid=$!
	if ! midread $pid "$f"; then
		wait $pid
		ok "# SKIP $desc: the read ended before it could be stopped"
		return 1
	fi
	version "$T/v2" 2
	cat "$T/v2" >"$f" # same inode: truncated, then written
	kill -CONT $pid
	wait $pid
	rc=$?
	expect_rc 66 "$desc: a file rewritten while read is not loaded"
	expect_err "changed while it was read" "$desc: the message says why"
	expect_eq "$(sql "SELECT count(*) FROM observations")" 0 \
		"$desc: no row of either version is stored"
	return 0
}

attack "ingest FILE" "$T/a.csv" "$GS" ingest "$T/a.csv"
expect_err "a\.csv: changed while it was read" "the message names the file"

if attack "ingest --dir" "$D/b.csv" "$GS" ingest --dir "$D" --min-age 0; then
	[ -f "$D/b.csv" ] && ok "the file stays in the drop directory" ||
		notok "the file left the drop directory"
	expect_eq "$(ls "$D/archive" 2>/dev/null | wc -l | tr -d ' ')" 0 \
		"nothing was archived"
	# the next run, the file whole and quiet: loaded whole
	run "$GS" ingest --dir "$D" --min-age 0
	expect_rc 0 "the next run loads the file as it is now"
	expect_eq "$(sql "SELECT count(*) FROM observations WHERE value < 2000000")" 0 \
		"only the second version is stored"
	expect_eq "$(sql "SELECT count(*) FROM observations")" $N \
		"all of it"
fi

# a file grown (appended to) while it was read
version "$T/c.csv" 1 c
"$GS" ingest "$T/c.csv" >"$T/out" 2>"$T/err" &
pid=$!
if midread $pid "$T/c.csv"; then
	echo 'z.late,2020,5,jobs,2025-01-01,src' >>"$T/c.csv"
	kill -CONT $pid
	wait $pid
	rc=$?
	expect_rc 66 "a file appended to while read is not loaded"
	expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'z.late'")" 0 \
		"the appended row is not stored"
else
	wait $pid
	ok "# SKIP appended: the read ended before it could be stopped"
fi
