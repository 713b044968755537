# a full disk and a read-only database: a clear error, a non-zero exit,
# nothing half-written, and the next run (with room) does the work.
# The disk fills for real: a file size limit (ulimit -f) always, and a
# small tmpfs in a private mount namespace where one can be made.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
big() { # FILE PREFIX: 20,000 rows, about 1.5 MB
	awk -v H="$H" -v P="$2" 'BEGIN { print H
		for (i = 0; i < 20000; i++)
			printf "%s.s%d,%d,level,%d,rubles,,,2025-01-01,src,a note to take some room\n", P, i % 50, 1000 + int(i / 50), i
	}' >"$1"
}
count() { sql "SELECT count(*) FROM v_observations WHERE series LIKE '$1.%'"; }

if [ "${1:-}" = --in-namespace ]; then
	# ---- run inside unshare -m: tmpfs mounts vanish with the namespace ----
	M="$T/mnt" M2="$T/mnt2"
	mkdir "$M" "$M2"
	trap 'umount "$M" "$M2" 2>/dev/null; rm -rf "$T"' EXIT
	mount -t tmpfs -o size=400k tmpfs "$M"
	mount -t tmpfs -o size=64k tmpfs "$M2"
	export GROWTHSTAT_DB="$M/test.db"
	"$GS" init
	big "$T/big.csv" tf
	run "$GS" ingest "$T/big.csv"
	expect_rc 74 "tmpfs full: exit 74"
	expect_err "^growthstat: .*big\.csv: .*test\.db: .*(database or disk is full|disk I/O error)" "tmpfs full: the file and the database are named"
	expect_eq "$(sql 'PRAGMA integrity_check')" ok "tmpfs full: integrity_check ok"
	expect_eq "$(count tf)" 0 "tmpfs full: nothing of the file stored"
	expect_eq "$(sql 'SELECT count(*) FROM batches')" 0 "tmpfs full: no batch logged"
	{ echo "$H"; echo 'tf.x,2024,level,bad,rubles,,,2025-01-01,s,'; sed 1d "$T/big.csv"; } >"$T/skip.csv"
	run "$GS" ingest --skip-bad --rejects "$M/rej.csv" "$T/skip.csv"
	expect_rc 74 "tmpfs full with --skip-bad: exit 74"
	[ ! -e "$M/rej.csv" ] && [ -z "$(find "$M" -maxdepth 1 -name '.rej.csv.*')" ] && ok "tmpfs full: no reject file left" || notok "reject file left on the full disk"
	mkdir "$T/drop"
	cp "$T/big.csv" "$T/drop/b.csv"
	touch -d 2020-01-01 "$T/drop/b.csv"
	run "$GS" ingest --dir "$T/drop" --archive "$T/arch"
	expect_rc 74 "tmpfs full, drop directory: exit 74"
	expect_eq "$(wc -l <"$T/err" | tr -d ' ')" 1 "tmpfs full, drop directory: one line on stderr"
	[ -f "$T/drop/b.csv" ] && ok "tmpfs full: the file stays for the next run" || notok "file moved"
	mount -o remount,size=64m "$M"
	run "$GS" ingest --dir "$T/drop" --archive "$T/arch"
	expect_rc 0 "with room again the next run loads it"
	expect_eq "$(count tf)" 20000 "every row stored, once"
	expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"

	# the archive on another, full file system: copy fails, file stays
	big "$T/c.csv" tc
	cp "$T/c.csv" "$T/drop/c.csv"
	touch -d 2020-01-01 "$T/drop/c.csv"
	run "$GS" ingest --dir "$T/drop" --archive "$M2"
	expect_rc 73 "an archive on a full file system: exit 73"
	expect_err "c\.csv: cannot copy to" "the failed copy is named"
	[ -f "$T/drop/c.csv" ] && ok "the file stays in the drop directory" || notok "file lost"
	expect_eq "$(ls -A "$M2" | wc -l | tr -d ' ')" 0 "no partial copy left in the archive"
	expect_eq "$(count tc)" 20000 "its batch had committed"
	run "$GS" ingest --dir "$T/drop" --archive "$M/arch"
	expect_rc 0 "the next run archives it (to a file system with room)"
	expect_eq "$(sql "SELECT rows_new, rows_present FROM batches ORDER BY id DESC LIMIT 1")" "0|20000" "adding nothing the second time"
	cmp -s "$M/arch/c.csv" "$T/c.csv" && [ ! -e "$T/drop/c.csv" ] && ok "moved across file systems" || notok "not archived"

	# read-only: a remounted file system
	n=$(sql 'SELECT count(*) FROM batches')
	{ echo "$H"; echo 'ro.a,2024,level,1,rubles,,,2025-01-01,s,'; } >"$T/small.csv"
	mount -o remount,ro "$M"
	run "$GS" ingest "$T/small.csv"
	expect_rc 74 "read-only file system: exit 74"
	expect_err "test\.db: cannot write to the database: Read-only file system" "read-only: said clearly"
	mount -o remount,rw "$M"
	expect_eq "$(sql 'SELECT count(*) FROM batches')" "$n" "read-only: nothing written"
	rm -f "$M/test.db.lock"
	mount -o remount,ro "$M"
	run "$GS" ingest "$T/small.csv"
	expect_rc 74 "read-only, no lock file yet: exit 74"
	expect_err "test\.db\.lock: cannot create the lock file: Read-only file system" "read-only: the lock file problem said clearly"
	exit 0
fi

# ---- a file size limit: any user, any system ----
"$GS" init
big "$T/big.csv" ul
(trap '' XFSZ; ulimit -f 200; exec "$GS" ingest "$T/big.csv") >"$T/out" 2>"$T/err"
rc=$?
expect_rc 74 "file size limit reached: exit 74"
expect_err "^growthstat: .*big\.csv: .*test\.db: .*(disk I/O error|database or disk is full).*" "the file and the database are named"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"
expect_eq "$(count ul)" 0 "nothing of the file stored"
expect_eq "$(sql 'SELECT count(*) FROM batches')" 0 "no batch logged"
run "$GS" ingest "$T/big.csv"
expect_rc 0 "without the limit the next run loads it"
expect_eq "$(count ul)" 20000 "every row once"

# ---- read-only by permissions (not for root, whom they do not stop) ----
if [ "$(id -u)" != 0 ]; then
	{ echo "$H"; echo 'ro.b,2024,level,1,rubles,,,2025-01-01,s,'; } >"$T/small.csv"
	chmod a-w "$GROWTHSTAT_DB"
	run "$GS" ingest "$T/small.csv"
	expect_rc 74 "a read-only database file: exit 74"
	expect_err "cannot write to the database: Permission denied" "said clearly"
	chmod u+w "$GROWTHSTAT_DB"
else
	ok "read-only by permissions # SKIP root ignores permissions (the tmpfs part covers it)"
fi

# ---- tmpfs in a private mount namespace, where one can be made ----
if [ "$(id -u)" = 0 ]; then ns="unshare -m"; else ns="unshare -rm"; fi
mkdir "$T/probe"
if $ns sh -c 'mount -t tmpfs -o size=64k tmpfs "$0"' "$T/probe" 2>/dev/null; then
	$ns sh "$0" --in-namespace
else
	ok "full tmpfs and read-only mount # SKIP cannot mount here (needs root or user namespaces)"
fi
