# a database that would not persist ("", :memory:, SQLite URIs such as
# file::memory: or ?mode=memory) is refused by every command that writes,
# with exit 64, before any file is touched: the drop directory keeps its
# files and no lock file appears (issue 13 item 1)
. "$GS_TOP/tests/cli/lib.sh"

work="$T/w"
mkdir -p "$work/drop"
printf 'series,period,value,unit,as_of\np.s,2024,1,jobs,2025-01-01\n' \
	>"$work/drop/a.csv"
cd "$work" || exit 1
for d in "" ":memory:" "file::memory:" "file:x.db?mode=memory" \
	 "file:?cache=shared"; do
	run "$GS" --db "$d" ingest --dir drop --min-age 0
	expect_rc 64 "ingest --dir with --db '$d' refused"
	expect_err "nothing would be stored|SQLite URI" "says why ('$d')"
	run "$GS" ingest --db="$d" drop/a.csv
	expect_rc 64 "ingest FILE with --db='$d' after the command refused"
	run "$GS" --db "$d" init
	expect_rc 64 "init with --db '$d' refused"
	GROWTHSTAT_DB="$d" run "$GS" init --db "$d"
	expect_rc 64 "init --db '$d' after the command refused"
done
GROWTHSTAT_DB=":memory:" run "$GS" ingest drop/a.csv
expect_rc 64 "GROWTHSTAT_DB=:memory: refused too"
expect_eq "$(ls -A "$work/drop")" "a.csv" "the drop file is still there, not archived"
expect_eq "$(ls -A "$work")" "drop" "nothing else was created (no lock file, no database)"
# a plain file path still works, including one that merely contains ':'
run "$GS" --db "./file:ok.db" ingest --dir drop --min-age 0
expect_rc 0 "./file:ok.db is a plain file and is accepted"
expect_eq "$(sqlite3 "$work/file:ok.db" 'SELECT count(*) FROM observations')" 1 \
	"and the figure is stored in that file"
