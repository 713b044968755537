# backends: sqlite postgres
# A projection exactly at target + tolerance is on track. README: "ahead
# (projection above target + tolerance ...), on track (within
# +-tolerance)", and check --help: "above it by more than the
# tolerance"; the code said ahead at the edge (>=). Rule: ahead is
# strictly above target x (1 + tolerance), the edges count as within.
# Expected by hand: levels 2.625, 5.25, 10.5 in 2021-2023 double each
# year (cagr 100 %), so 2024 projects at 21 = 20 x 1.05 exactly; the
# linear fit of 1.5, 2.5, 3.5 in 2021-2023 gives 10.5 at 2030 = 10 x 1.05.
# Targets 19.99 and 9.99 are past the edge: ahead.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
{
	echo "series,period,kind,value,unit,as_of,source"
	# released mid-2024: the 2024 target's date has not passed (226)
	for k in c.edge c.past; do
		echo "$k,2021,level,2.6250,RUB,2024-06-01,s"
		echo "$k,2022,level,5.25,RUB,2024-06-01,s"
		echo "$k,2023,level,10.5,RUB,2024-06-01,s"
	done
	echo "c.edge,2024,target,20,RUB,2024-06-01,s"
	echo "c.past,2024,target,19.99,RUB,2024-06-01,s"
	for k in l.edge l.past; do
		echo "$k,2021,level,1.5,RUB,2025-06-01,s"
		echo "$k,2022,level,2.5,RUB,2025-06-01,s"
		echo "$k,2023,level,3.5,RUB,2025-06-01,s"
	done
	echo "l.edge,2030,target,10,RUB,2025-06-01,s"
	echo "l.past,2030,target,9.99,RUB,2025-06-01,s"
} >"$T/e.csv"
"$GS" -q ingest "$T/e.csv"

run "$GS" check 'c.*' --format csv
expect_rc 0 "check cagr"
expect_eq "$(csv_get "$T/out" series c.edge verdict)" "on track" \
	"cagr: 21 against 20 (exactly +5 %) is on track"
expect_eq "$(csv_get "$T/out" series c.past verdict)" ahead \
	"cagr: 21 against 19.99 is ahead"
run "$GS" check 'l.*' --method linear --format csv
expect_rc 0 "check linear"
expect_eq "$(csv_get "$T/out" series l.edge verdict)" "on track" \
	"linear: 10.5 against 10 (exactly +5 %) is on track"
expect_eq "$(csv_get "$T/out" series l.past verdict)" ahead \
	"linear: 10.5 against 9.99 is ahead"
run "$GS" report 'c.*' -o "$T/r.md" --format md
if grep -q "| 20 RUB | 2024 |.*| on track |" "$T/r.md"; then
	ok "report: the edge on track, as check"
else notok "report: the edge"; grep "| 2024 |" "$T/r.md" | sed 's/^/#   /'; fi
