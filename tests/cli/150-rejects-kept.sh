# ingest --skip-bad without --rejects never replaces an earlier reject CSV
# of the same input: the analyst may be correcting it. A second run of the
# same FILE writes FILE.rejects.1.csv, a third FILE.rejects.2.csv, and the
# message names the file written. Before this change the second run
# replaced FILE.rejects.csv, and with it the corrections made in it.
# An explicit --rejects PATH is the caller's name and an earlier reject
# file there is replaced (anything else is refused: 299).
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,value,unit,as_of'
cd "$T" || exit 1
printf '%s\nk.a,2024,1,jobs,2025-01-01\nk.a,2025,x,jobs,2025-01-01\n' "$H" >a.csv
"$GS" init

run "$GS" ingest --skip-bad a.csv
expect_rc 0 "the first run loads the good row"
expect_err "written to a\.csv\.rejects\.csv" "it names the reject CSV"
# the analyst corrects the row in the reject CSV
sed 's/"x"/"2"/' a.csv.rejects.csv >fixed && cat fixed >a.csv.rejects.csv
cp a.csv.rejects.csv corrected.csv

run "$GS" ingest --skip-bad a.csv
expect_rc 0 "the second run loads (the good row is present)"
cmp -s a.csv.rejects.csv corrected.csv && ok "the corrected reject CSV is kept" ||
	notok "the second run replaced the analyst's corrected a.csv.rejects.csv"
expect_err "written to a\.csv\.rejects\.1\.csv" "the message names the new file"
[ "$(grep -c '"x"' a.csv.rejects.1.csv 2>/dev/null)" = 1 ] &&
	ok "the second run's bad row is in a.csv.rejects.1.csv" ||
	notok "a.csv.rejects.1.csv lacks the bad row"

run "$GS" ingest --skip-bad a.csv
expect_err "written to a\.csv\.rejects\.2\.csv" "a third run takes the next number"
cmp -s a.csv.rejects.csv corrected.csv && [ -f a.csv.rejects.1.csv ] &&
	ok "both earlier reject CSVs are kept" || notok "an earlier reject CSV went"

# the corrected file ingests; its own rejects (none) leave no file
run "$GS" ingest --skip-bad a.csv.rejects.csv
expect_rc 0 "the corrected reject CSV ingests"
expect_eq "$(sql "SELECT count(*) FROM observations WHERE period_start LIKE '2025%'")" 1 \
	"the corrected row is stored"

# a link planted at the next free name is never written through
ln -s "$T/target" a.csv.rejects.3.csv
run "$GS" ingest --skip-bad a.csv
[ ! -e target ] && ok "nothing written through the planted link" ||
	notok "the reject CSV was written through a planted link"
expect_err "written to a\.csv\.rejects\.4\.csv" "the link's name is passed over"

# an explicit --rejects PATH (an earlier reject file) is replaced
printf '"series","reason"\n"old","old"\n' >mine.csv
run "$GS" ingest --skip-bad --rejects mine.csv a.csv
expect_rc 0 "an explicit --rejects loads"
grep -q '"x"' mine.csv && ok "an explicit --rejects PATH is replaced" ||
	notok "mine.csv was not written"
