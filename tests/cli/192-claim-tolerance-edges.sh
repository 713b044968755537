# backends: sqlite postgres
# A claim exactly at the edge of its tolerance is consistent: README says
# a percent change is judged "within --pp-tolerance percentage points",
# a multiple within the relative --tolerance. The edges were compared in
# floating point as computed, so "+20 %" against 100 -> 119 (19 %, 1 pp
# off) was inconsistent, exit 1, while 100 -> 121 (also 1 pp off) was
# consistent: 119 / 100 - 1 is 0.18999999999999995. Found by the audit
# (exact semantics). Expected verdicts by hand: each "edge" row is
# exactly 1 pp (or 5 %) away from the stated change, each "out" row
# 0.01 pp (or 0.01 of the multiple) further.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
# rows KIND UNIT KEY:STATED:END...: levels 100 in 2020 and END in 2024,
# and the change STATED in 2024 against 2020
rows() {
	kind=$1 unit=$2
	shift 2
	for c in "$@"; do
		IFS=: read -r k v e <<X
$c
X
		echo "c.$k,2020,level,100,RUB,,2025-06-01,s"
		echo "c.$k,2024,level,$e,RUB,,2025-06-01,s"
		echo "c.$k,2024,$kind,$v,$unit,2020,2025-06-01,s"
	done
}
{
	echo "series,period,kind,value,unit,base,as_of,source"
	rows percent % p20lo:20:119 p20hi:20:121 p73lo:7.3:106.3 \
	    p73hi:7.3:108.3 p126lo:12.6:111.6 p126hi:12.6:113.6 \
	    p41lo:4.1:103.1 p41hi:4.1:105.1 p20out:20:118.99 p73out:7.3:108.31
	# multiples: 2.8 x 0.95 = 2.66, 2.8 x 1.05 = 2.94, 1.2 x 0.95 =
	# 1.14, 1.2 x 1.05 = 1.26, 3 x 0.95 = 2.85, 3 x 1.05 = 3.15
	rows multiple times m28lo:2.8:266 m28hi:2.8:294 m12lo:1.2:114 \
	    m12hi:1.2:126 m3lo:3:285 m3hi:3:315 m3out:3:284.9
} >"$T/c.csv"
"$GS" -q ingest "$T/c.csv"

run "$GS" check 'c.*' --format csv
expect_rc 1 "the three claims outside their tolerance fail the check"
for k in p20lo p20hi p73lo p73hi p126lo p126hi p41lo p41hi m28lo m28hi \
    m12lo m12hi m3lo m3hi; do
	expect_eq "$(csv_get "$T/out" series "c.$k" verdict)" consistent \
		"c.$k: a claim exactly at its tolerance is consistent"
done
for k in p20out p73out m3out; do
	expect_eq "$(csv_get "$T/out" series "c.$k" verdict)" inconsistent \
		"c.$k: past its tolerance, inconsistent"
done

# the edge cases alone pass: exit 0
run "$GS" check 'c.p*lo' 'c.p*hi' 'c.m*lo' 'c.m*hi'
expect_rc 0 "claims at the edge of their tolerance pass check"

# a narrower --pp-tolerance moves the edge: 7.3 % stated, 6.8 % actual
# is 0.5 pp off
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,base,as_of,source
d.half,2020,level,100,RUB,,2025-06-01,s
d.half,2024,level,106.8,RUB,,2025-06-01,s
d.half,2024,percent,7.3,%,2020,2025-06-01,s
CSV
"$GS" -q ingest "$T/d.csv"
run "$GS" check d.half --pp-tolerance 0.5
expect_rc 0 "0.5 pp off with --pp-tolerance 0.5 is consistent"
run "$GS" check d.half --pp-tolerance 0.49
expect_rc 1 "0.5 pp off with --pp-tolerance 0.49 is inconsistent"
