# Reading commands on a SQLite database leave nothing beside it. SQLite's
# WAL mode makes DB-wal and DB-shm for every connection and removes them
# when the last one closes, but only if that one is read-write: every
# show, series, growth, check, report ... opened the file read-only and
# left an empty DB-wal and a 32 KiB DB-shm behind (in a cron job's
# directory, in a backup's file list), where only an ingest had left
# nothing. Found by the audit; the read-only file and directory case
# stays 088-readonly.sh's.
. "$GS_TOP/tests/cli/lib.sh"

mkdir "$T/d" "$T/o"
db="$T/d/g.db"
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
r.out,2020,level,100,billion rubles,,,2025-01-10,stat
r.out,2024,level,200,billion rubles,,,2025-01-10,stat
r.out,2030,target,300,billion rubles,,,2025-01-10,stat
CSV
"$GS" --db "$db" init
"$GS" --db "$db" -q ingest "$T/a.csv"
before=$(ls -A "$T/d")
expect_eq "$before" "$(printf 'g.db\ng.db.lock')" "after ingest: the database and its lock only"

for c in "series" "sources" "show r.out" "show r.out --all-vintages" \
	"growth r.out" "implied" "project r.out --to 2030" "check" \
	"revisions r.out" "export" "report --format md -o $T/o/r.md" \
	"chart r.out --script-only -o $T/o/c.png"; do
	# shellcheck disable=SC2086
	run "$GS" --db "$db" $c
	if [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; then :; else
		notok "$c: exit $rc"; sed 's/^/#   err: /' "$T/err" | head -3; fi
	expect_eq "$(ls -A "$T/d")" "$before" "$c leaves nothing beside the database"
done
