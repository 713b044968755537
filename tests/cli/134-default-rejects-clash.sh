# ingest --skip-bad without --rejects writes FILE.rejects.csv for each
# input; that name is refused before anything is touched when it is the
# database, another input, or the reject CSV of an earlier input. Found by
# the audit: "ingest --skip-bad a.csv a.csv.rejects.csv" (the corrected
# rejects of an earlier run, given again with the original, as the README
# suggests) replaced the second input before reading it, and with --db
# a.csv.rejects.csv the whole database was replaced by a reject CSV.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,value,unit,as_of'
cd "$T" || exit 1
printf '%s\nr.a,2024,1,jobs,2025-01-01\nr.a,2025,x,jobs,2025-01-01\n' "$H" >a.csv
printf '%s\nr.b,2024,7,jobs,2025-01-01\n' "$H" >a.csv.rejects.csv
cp a.csv.rejects.csv keep.csv

# an input named like another input's reject CSV
"$GS" init
run "$GS" ingest --skip-bad a.csv a.csv.rejects.csv
expect_rc 2 "an input that is another input's reject CSV: a usage error"
expect_err "a\.csv\.rejects\.csv is the input file" "the message names the clash"
cmp -s a.csv.rejects.csv keep.csv && ok "the input is untouched" ||
	notok "the input a.csv.rejects.csv was replaced"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 0 "nothing was stored"
run "$GS" ingest --skip-bad --rejects fixed.csv a.csv
expect_rc 0 "with --rejects the same file loads"

# the database named like an input's reject CSV
run "$GS" --db "$T/b.csv.rejects.csv" init
cp a.csv b.csv
run "$GS" --db "$T/b.csv.rejects.csv" ingest --skip-bad b.csv
expect_rc 2 "a reject CSV that is the database: a usage error"
expect_err "is the database" "the message says so"
run "$GS" --db "$T/b.csv.rejects.csv" series
expect_rc 0 "the database is still a database"

# two inputs, one reject CSV
run "$GS" ingest --skip-bad a.csv ./a.csv
expect_rc 2 "two inputs with one reject CSV: a usage error"
expect_err "rejected rows of both" "the message says whose rows would be lost"

# distinct names still work, stdin's included
cp a.csv c.csv
run sh -c "'$GS' ingest --skip-bad a.csv c.csv - <a.csv"
expect_rc 0 "three inputs with three reject CSVs load"
[ -f a.csv.rejects.csv ] && [ -f c.csv.rejects.csv ] && [ -f stdin.rejects.csv ] &&
	ok "each has its reject CSV" || notok "a reject CSV is missing"
