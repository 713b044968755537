# backends: sqlite postgres
# A target whose date a reported figure covers is judged by that figure,
# not by a trend read at a date already observed. "300 by 2023" with 300
# reported for 2023 (and 250 a year later) was "behind" (the CAGR trend
# from 2021 to 2024 read back at 2023: 232), failing check; "300 by 2024"
# with 250 for 2024 and 310 in January 2025 was "ahead, already reached",
# and --reach 300 --by 2024 answered yes. Found by the audit (exact
# semantics). Expected verdicts by hand from README's rule (ahead at or
# above the target, on track within the tolerance, behind below it).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
# fig KEY KIND PERIOD:VALUE[:QUALIFIER]...: rows of one series and kind
fig() {
	k=$1 kind=$2
	shift 2
	for f in "$@"; do
		echo "$f" | awk -F: -v k="$k" -v kind="$kind" '{ printf \
		    "%s,%s,%s,%s,RUB,%s,2025-06-01,s\n", k, $1, kind, $2, $3 }'
	done
}
{
	echo "series,period,kind,value,unit,qualifier,as_of,source"
	fig t.met level 2021:200 2022:220 2023:300 2024:250
	fig t.met target 2023:300
	fig t.missed level 2021:200 2022:220 2023:240 2024:250 2025-01:310
	fig t.missed target 2024:300
	fig t.near level 2022:250 2023:270 2024:290 2025:280
	fig t.near target 2024:300
	fig t.about level 2021:200 2022:220 2023:310:about 2024:350
	fig t.about target 2023:300
} >"$T/t.csv"
"$GS" -q ingest "$T/t.csv"

verdict() { csv_get "$T/out" series "$1" verdict; }

run "$GS" check t.met --format csv
expect_rc 0 "300 reported at the target's date: check passes"
expect_eq "$(verdict t.met)" ahead "300 by 2023, 300 in 2023: ahead (reached)"
expect_eq "$(csv_get "$T/out" series t.met projected)" 300 \
	"the figure at the date is what is judged"

run "$GS" check t.missed --format csv
expect_rc 1 "250 at the target's date, 300 only later: check fails"
expect_eq "$(verdict t.missed)" behind "300 by 2024, 250 in 2024: behind"
expect_close "$(csv_get "$T/out" series t.missed gap)" \
	"$(calc '100 * (250 / 300 - 1)')" "the gap is the figure's: 250 / 300 - 1"

# 290 is 3.33 % under 300: within the default 5 %, outside 3 %
run "$GS" check t.near --format csv
expect_eq "$(verdict t.near)" "on track" "290 against 300 with 5 %: on track"
run "$GS" check t.near --tolerance 0.03 --format csv
expect_eq "$(verdict t.near)" behind "290 against 300 with 3 %: behind"
expect_rc 1 "behind fails check"

# about 310 is [294.5, 325.5]: on track to ahead, so uncertain
run "$GS" check t.about --format csv
expect_eq "$(verdict t.about)" uncertain \
	"about 310 at the date of a 300 target: uncertain"

run "$GS" check t.missed --reach 300 --by 2024
expect_rc 1 "--reach 300 --by 2024 with 250 in 2024: no"
expect_out "^t\.missed: no, 250 RUB in 2024" "the answer names the figure"
run "$GS" check t.met --reach 300 --by 2023
expect_rc 0 "--reach 300 --by 2023 with 300 in 2023: yes"
run "$GS" check t.met --reach 301 --by 2023
expect_rc 1 "--reach 301 --by 2023 with 300 in 2023: no"
