# backends: sqlite postgres
# show --ytd dropped the words of a qualified figure (visitors are counted
# as persons): Jan-Mar 2025 stated
# "over 4.1 thousand" and Jan-Mar 2024 "about 3.6 thousand" showed as
# "4,100 persons" and "3,600 persons", read as exact. Now they read as
# check shows them: "over 4,100 persons", "about 3,600 persons"; a
# derived single period (a difference) has no words, its bounds say the
# rest; CSV keeps plain numbers. Values by hand: 4.1 thousand = 4,100.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
t.vis,2024-01..2024-03,flow,3.6,thousand visitors,about,,2025-10-07,s
t.vis,2025-01..2025-03,flow,4.1,thousand visitors,over,,2025-10-07,s
t.vis,2025-01..2025-06,flow,9.0,thousand visitors,,,2025-10-07,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" show t.vis --ytd
expect_rc 0 "show --ytd"
expect_out "^2025-01\.\.2025-03 +over 4,100 persons .*about 3,600 persons " \
	"same period last year: both qualifiers kept"
expect_out "^2024-Q1 +about 3,600 persons " "single period as stated: about"
expect_out "^2025-Q1 +over 4,100 persons " "single period as stated: over"
expect_out "^2025-Q2 +4,900 persons " "derived: 9,000 - 4,100, no words"

run "$GS" show t.vis --ytd --format csv
expect_eq "$(csv_get "$T/out" section same_period_last_year value)" 4100 \
	"csv: the value a number"
expect_eq "$(csv_get "$T/out" section same_period_last_year last_year)" 3600 \
	"csv: last year a number"
