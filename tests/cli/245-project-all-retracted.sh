# backends: sqlite postgres
# project --all over series with and without retractions: a series' rows
# are probed for a retraction only when the series has one (the scan's
# per-series switch), so a retracted row must still leave the summary
# from its date on, the series beside it must keep all of theirs, and an
# --as-of before the date must still see it. Expected numbers by hand:
#   r.a 100 (2020) -> 121 (2022): CAGR 1.21**0.5-1 = 10 %, 2024 at 146.41
#   r.b 100 -> 144: 20 %, 2024 at 207.36; r.a before its retraction too
#   r.c 60 (2022) -> 66 (2023): 10 %, 2024 at 72.6; after it one point
. "$GS_TOP/tests/cli/lib.sh"

cd "$T" || exit 1
cat >a.csv <<'CSV'
series,period,kind,value,unit,as_of,source
r.a,2020,level,100,jobs,2025-01-10,stat
r.a,2022,level,121,jobs,2025-01-10,stat
r.b,2020,level,100,jobs,2025-01-10,stat
r.b,2022,level,144,jobs,2025-01-10,stat
r.c,2022,level,50,jobs,2025-01-10,stat
CSV
cat >b.csv <<'CSV'
series,period,kind,value,unit,as_of,source
r.a,2022,level,144,jobs,2025-06-01,stat
r.c,2022,level,60,jobs,2025-06-01,stat
r.c,2023,level,66,jobs,2025-06-01,stat
CSV
run "$GS" init
run "$GS" ingest a.csv b.csv
expect_rc 0 "two batches ingested"
run "$GS" retract --file b.csv --reason "wrong file" --date 2025-07-01
expect_rc 0 "the second batch retracted"

# near KEY COLUMN WANT DESC: the row of KEY in $T/out has WANT in COLUMN
# (1-based), to 1e-9 relative
near() {
	got=$(awk -F, -v k="$1" -v c="$2" '$1 == k { print $c }' "$T/out")
	if awk -v g="$got" -v w="$3" 'BEGIN { d = g - w; if (d < 0) d = -d;
	    exit !(g != "" && d <= 1e-9 * (w < 0 ? -w : w)) }'; then
		ok "$4"
	else
		notok "$4: got '$got', want $3"
	fi
}

run "$GS" project --all --to 2024 --format csv
expect_rc 0 "project --all after the retraction"
near r.a 4 10 "r.a falls back to 121: 10 % a year"
near r.a 6 146.41 "and projects 146.41 for 2024"
near r.b 4 20 "r.b, never retracted, keeps 20 %"
near r.b 6 207.36 "and 207.36"
expect_out '^r\.c,cagr,,,,,,,r\.c: too few points' "r.c keeps one point"
expect_eq "$(grep -c '^r\.' "$T/out")" 3 "one row per series"

run "$GS" project --all --to 2024 --format csv --as-of 2025-06-15
expect_rc 0 "project --all before the retraction date"
near r.a 4 20 "r.a still reads 144 then: 20 %"
near r.a 6 207.36 "and 207.36"
near r.b 4 20 "r.b unchanged"
near r.c 4 10 "r.c 60 -> 66: 10 %"
near r.c 6 72.6 "and 72.6"

# the summary agrees with project KEY, series by series
for k in r.a r.b; do
	run "$GS" project "$k" --to 2024 --format csv
	want=$(awk -F, '$1 == "2024" { print $3 }' "$T/out")
	run "$GS" project --all --to 2024 --format csv
	near "$k" 6 "$want" "$k: --all and project KEY project the same"
done
