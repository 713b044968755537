# ingest's summary counted a retracted figure met again among "already
# backends: sqlite postgres
# present" and said nothing more: "0 new, 2 already present" read as if
# the two figures were in, while the retraction keeps them out of every
# read. They stay counted as present (they are stored, and the batch log
# says so) and the summary says how many of them are retracted. Expected
# counts are by hand from the files below.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,base,qualifier,as_of,source'
"$GS" init
{ echo "$H"
  echo 'r.a,2020,level,10,jobs,,,2025-01-01,s'
  echo 'r.a,2021,level,12,jobs,,over,2025-01-01,s'
  echo 'r.a,2022,level,14,jobs,,,2025-01-01,s'; } >"$T/a.csv"
{ echo "$H"
  echo 'r.b,2020,level,0,jobs,,,2025-01-01,s'
  echo 'r.b,2021,multiple,1.5,times,2020,,2025-01-01,s'; } >"$T/b.csv"
"$GS" ingest "$T/a.csv" "$T/b.csv" || notok "the first ingest"
run "$GS" retract --file "$T/b.csv" --reason "wrong cluster"
expect_rc 0 "b.csv's two rows retracted"

run "$GS" -v ingest "$T/b.csv"
expect_out "b\.csv: 0 new, 2 already present \(2 retracted: they stay out\), 0 rejected" \
	"b.csv again: both rows present, both retracted"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'r.b'")" 2 \
	"nothing was stored again"

# the three of a.csv, then b.csv's two (-0 is the 0 stored), one new row
{ echo "$H"; sed 1d "$T/a.csv"
  echo 'r.b,2020,level,-0,jobs,,,2025-01-01,s'
  echo 'r.b,2021,multiple,1.5,times,2020,,2025-01-01,s'
  echo 'r.b,2021,multiple,1.5,times,2020,about,2025-01-01,s'; } >"$T/c.csv"
run "$GS" -v ingest --log "$T/log" "$T/c.csv"
expect_out "c\.csv: 1 new, 5 already present \(2 retracted: they stay out\), 0 rejected" \
	"a mixed file: 5 present, 2 of them retracted"
grep -q "c\.csv: 1 new, 5 already present (2 retracted: they stay out), 0 rejected" "$T/log" &&
	ok "the log says it too" || notok "the log lacks the retracted count"

run "$GS" -v ingest "$T/a.csv"
expect_out "a\.csv: 0 new, 3 already present, 0 rejected" \
	"nothing retracted among the present rows: nothing said"

# one of the two retracted, at a later vintage: a new row, no note
sed 's/2025-01-01/2025-02-01/' "$T/b.csv" | sed 3d >"$T/d.csv"
run "$GS" -v ingest "$T/d.csv"
expect_out "d\.csv: 1 new, 0 already present, 0 rejected" \
	"a later vintage of a retracted figure is new"
expect_eq "$(sql "SELECT count(*) FROM batches WHERE rows_present = 2 AND file LIKE '%b.csv'")" 1 \
	"the batch log still counts the retracted rows as present"
