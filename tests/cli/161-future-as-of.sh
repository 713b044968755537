# backends: sqlite postgres
# A vintage after today is refused at ingest: a figure is not known before
# it is published, and a typo ("2099" for "2025") would otherwise be read
# as the latest vintage of its figure until 2099, shadowing every real
# revision (data is never deleted: only a retraction could undo it).
# Tomorrow (UTC) is accepted: a release dated in a time zone ahead of UTC.
# Found by the eighth session's audit; this test failed before the change.
. "$GS_TOP/tests/cli/lib.sh"

today=$(python3 -c 'import datetime; print(datetime.datetime.now(datetime.timezone.utc).date())')
tomorrow=$(python3 -c 'import datetime; print(datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=1))')
later=$(python3 -c 'import datetime; print(datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=2))')

"$GS" init
cat >"$T/a.csv" <<CSV
series,period,value,unit,as_of
v.a,2024,154,billion rubles,2025-10-07
v.a,2024,160,billion rubles,2099-01-01
CSV
run "$GS" ingest "$T/a.csv"
expect_rc 65 "a vintage in 2099: the file is refused"
expect_err "a\.csv:3:5: as_of '2099-01-01': after today" "the message names file, line, column and field"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 0 "nothing was stored"

run "$GS" ingest --skip-bad --rejects "$T/rej.csv" "$T/a.csv"
expect_rc 0 "with --skip-bad the good row loads"
expect_eq "$(grep -c 2099-01-01 "$T/rej.csv")" 1 "the future row is in the reject CSV"
run "$GS" show v.a --format csv
expect_out "^2024,level,,154000000000,RUB,,2025-10-07" "the latest vintage is the real one"

printf 'series,period,value,unit,as_of\nv.b,2024,1,jobs,%s\nv.c,2024,1,jobs,%s\n' \
	"$today" "$tomorrow" >"$T/b.csv"
run "$GS" ingest "$T/b.csv"
expect_rc 0 "today and tomorrow (UTC) are accepted"

printf 'series,period,value,unit,as_of\nv.d,2024,1,jobs,%s\n' "$later" >"$T/c.csv"
run "$GS" ingest "$T/c.csv"
expect_rc 65 "the day after tomorrow is refused"

printf 'series,period,value,unit\nv.e,2024,1,jobs\n' >"$T/d.csv"
run "$GS" ingest --as-of 2099-01-01 "$T/d.csv"
expect_rc 65 "--as-of in 2099 is refused for the rows it dates"
expect_err "as_of 2099-01-01 \(from --as-of\): after today" "the message says where the date came from"
