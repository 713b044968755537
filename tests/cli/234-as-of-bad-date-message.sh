# An as_of (column or --as-of) that is no date at all was refused with
# the message of a period: "bad period, expected YYYY, YYYY-H1, YYYY-Q1,
# YYYY-MM or YYYY-MM-DD", offering forms an as_of may not take (those are
# refused next: "not a single day"). It names the field, and now says
# what the field takes. File, line and column as before.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
for d in 2025-1-1 x 25-01-01 '-2025-01-01'; do
	printf 'series,period,value,unit,as_of,source\na.b,2020,1,jobs,%s,s\n' "$d" >"$T/a.csv"
	run "$GS" ingest "$T/a.csv"
	expect_rc 65 "as_of '$d' refused"
	expect_err "a\.csv:2:5: as_of '$d': bad date, expected YYYY-MM-DD$" \
		"as_of '$d': file:line:column and what an as_of takes"
	if grep -q 'period' "$T/err"; then
		notok "as_of '$d': the message speaks of a period"
	else
		ok "as_of '$d': no period offered"
	fi
	run "$GS" ingest --as-of "$d" "$T/a.csv"
	expect_rc 2 "--as-of '$d' refused"
	expect_err "expected YYYY-MM-DD$" "--as-of '$d': what it takes"
done
# the specific reasons stay
printf 'series,period,value,unit,as_of,source\na.b,2020,1,jobs,2025-13-01,s\n' >"$T/a.csv"
run "$GS" ingest "$T/a.csv"
expect_err "a\.csv:2:5: as_of '2025-13-01': month out of range" "a month out of range says so"
