# One series stored with both kinds level and flow (a table's 2021-2023
# rows as flow, 2024-2025 as level) was taken silently, and its trend then
# stood on 2 points of 5. Ingest warns (stderr, and the summary) when a
# file gives a series levels while its stored rows are flows (or the
# reverse), or both at once, naming the series and the lines; it never
# refuses (a person may mean it). Only the figures a trend is fitted to
# count: targets and plans are goals checked against it (the seed's
# investment made so far, a level, with a plan of more to come is one
# statement), multiples and percent changes are relative.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,base,as_of,source'
"$GS" init
{ echo "$H"
  echo 'k.a,2021,flow,1,jobs,,2025-01-01,s'
  echo 'k.a,2022,flow,2,jobs,,2025-01-01,s'
  echo 'k.a,2023,flow,3,jobs,,2025-01-01,s'
  echo 'k.a,2024,level,4,jobs,,2025-01-01,s'
  echo 'k.a,2025,level,5,jobs,,2025-01-01,s'
  echo 'k.b,2024,level,5,jobs,,2025-01-01,s'
  echo 'k.b,2030,target,9,jobs,,2025-01-01,s'
  echo 'k.b,2025,multiple,1.5,times,2024,2025-01-01,s'; } >"$T/a.csv"
run "$GS" -v ingest "$T/a.csv"
expect_rc 0 "a mixed file is loaded, not refused"
expect_out "a\.csv: 8 new, 0 already present, 0 rejected \(batch 1\); 1 series mixes levels and flows" \
	"the summary counts one mixed series"
expect_err "warning: .*a\.csv:5: series 'k\.a' gets flows \(kind flow\) at lines 2, 3, 4 and levels \(kind level\) at lines 5, 6" \
	"the warning names k.a and its lines"
if grep -q "k\.b" "$T/err"; then notok "k.b (level, target, multiple) warned"
else ok "a level, a target and a multiple: nothing to say"; fi

# a later file: flows for k.b, whose stored rows are levels; k.c new
{ echo "$H"
  echo 'k.c,2025,flow,1,jobs,,2025-02-01,s'
  echo 'k.b,2025,flow,1,jobs,,2025-02-01,s'
  echo 'k.b,2026,flow,2,jobs,,2025-02-01,s'
  echo 'k.b,2030,plan,9,jobs,,2025-02-01,s'; } >"$T/b.csv"
run "$GS" -v ingest "$T/b.csv"
expect_rc 0 "flows for a stored level series are loaded"
expect_err "b\.csv:3: series 'k\.b' gets flows \(kind flow\) at lines 3, 4 while its stored rows are levels" \
	"the warning names k.b against its stored rows"
expect_out "1 series mixes levels and flows" "the summary says so"
if grep -q "k\.c" "$T/err"; then notok "k.c (new, flows only) warned"
else ok "a new series of one family is not warned about"; fi
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'k.b'")" 6 \
	"every row of k.b is stored"

# more flows for k.c, one family stored: nothing to say
{ echo "$H"; echo 'k.c,2026,flow,2,jobs,,2025-03-01,s'; } >"$T/c.csv"
run "$GS" -v ingest "$T/c.csv"
expect_out "c\.csv: 1 new, 0 already present, 0 rejected \(batch 3\)$" \
	"one family: no note in the summary"
expect_eq "$(grep -c warning "$T/err")" 0 "one family: no warning"

# a stock with a plan of more to come, as the seed data states investment
{ echo "$H"
  echo 'k.d,2025,level,55,jobs,,2025-03-01,s'
  echo 'k.d,2030,target,102,jobs,,2025-03-01,s'
  echo 'k.d,2025..2030,plan,47,jobs,,2025-03-01,s'; } >"$T/d.csv"
run "$GS" -v ingest "$T/d.csv"
expect_eq "$(grep -c warning "$T/err")" 0 "a level with a plan: no warning"
