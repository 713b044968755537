# backends: sqlite postgres
# A target missed by exactly the tolerance is on track ("within
# +-tolerance", README, Targets). With --tolerance 0.1, 5.85 against 6.5
# is exactly 10 % under, but 6.5 * (1 - 0.1) is 5.8500000000000005 in
# floating point, and check said behind and exited 1. Found by the audit
# (exact semantics; 398 of 8,000 hand-exact edges in a python sweep of
# targets 0.5..1000 and tolerances 3, 5, 7, 10 % fell the wrong side).
# Expected verdicts by hand: 6.5 x 0.9 = 5.85, 13 x 0.9 = 11.7,
# 18.5 x 0.9 = 16.65; 5.84 is past the edge.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
# edge KEY TARGET LAST: levels 4, 4.5, 5 in 2021-2023, LAST in 2024, and
# TARGET by 2024
edge() {
	echo "$1,2021,level,4,RUB,2025-06-01,s"
	echo "$1,2022,level,4.5,RUB,2025-06-01,s"
	echo "$1,2023,level,5,RUB,2025-06-01,s"
	echo "$1,2024,level,$3,RUB,2025-06-01,s"
	echo "$1,2024,target,$2,RUB,2025-06-01,s"
}
{
	echo "series,period,kind,value,unit,as_of,source"
	edge e.a 6.5 5.85
	edge e.b 13 11.7
	edge e.c 18.5 16.65
	edge e.out 6.5 5.84
} >"$T/e.csv"
"$GS" -q ingest "$T/e.csv"

run "$GS" check e.a e.b e.c --tolerance 0.1 --format csv
expect_rc 0 "targets missed by exactly 10 % pass with --tolerance 0.1"
for k in e.a e.b e.c; do
	expect_eq "$(csv_get "$T/out" series "$k" verdict)" "on track" \
		"$k: exactly 10 % under the target is on track"
done
run "$GS" check e.out --tolerance 0.1 --format csv
expect_rc 1 "5.84 against 6.5 is past 10 %"
expect_eq "$(csv_get "$T/out" series e.out verdict)" behind "e.out: behind"
