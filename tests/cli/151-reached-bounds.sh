# backends: sqlite postgres
# A target is "already reached" only when the latest figure's lower bound
# is at it: "up to 6,400 jobs" may be 0, "about 6,300" may be 5,985.
# check used to call both "ahead, already reached" (exit 0) and --reach
# answered "yes", while --at-least on the same figure said "uncertain".
# Found by the audit (exact semantics).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/j.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
j.exact,2021,level,5000,jobs,,2025-05-13,s
j.exact,2022,level,5500,jobs,,2025-05-13,s
j.exact,2023,level,6000,jobs,,2025-05-13,s
j.exact,2024,level,6300,jobs,,2025-05-13,s
j.exact,2039,target,6300,jobs,over,2025-05-13,s
j.over,2021,level,5000,jobs,,2025-05-13,s
j.over,2022,level,5500,jobs,,2025-05-13,s
j.over,2023,level,6000,jobs,,2025-05-13,s
j.over,2024,level,6300,jobs,over,2025-05-13,s
j.over,2039,target,6300,jobs,,2025-05-13,s
j.about,2021,level,5000,jobs,,2025-05-13,s
j.about,2022,level,5500,jobs,,2025-05-13,s
j.about,2023,level,6000,jobs,,2025-05-13,s
j.about,2024,level,6300,jobs,about,2025-05-13,s
j.about,2039,target,6300,jobs,over,2025-05-13,s
j.upto,2021,level,5000,jobs,,2025-05-13,s
j.upto,2022,level,5200,jobs,,2025-05-13,s
j.upto,2023,level,5000,jobs,,2025-05-13,s
j.upto,2024,level,6400,jobs,up_to,2025-05-13,s
j.upto,2039,target,6300,jobs,,2025-05-13,s
j.one,2024,level,6400,jobs,up_to,2025-05-13,s
j.one,2039,target,6300,jobs,,2025-05-13,s
CSV
"$GS" ingest -q "$T/j.csv"

# verdict and note of a target (its series' only one)
vn() { echo "$(csv_get "$T/out" series "$1" verdict)|$(csv_get "$T/out" series "$1" note)"; }
run "$GS" check 'j.*' --format csv
expect_eq "$(vn j.exact)" "ahead|already reached" \
	"exactly 6,300 reaches 'over 6,300' ([6300, inf), as README says)"
expect_eq "$(vn j.over)" "ahead|already reached" \
	"'over 6,300' (lower bound 6,300) reaches 6,300"
expect_eq "$(csv_get "$T/out" series j.about note)" "" \
	"'about 6,300' (5,985 to 6,615) is not 'already reached'"
# j.upto by cagr: the bounds of 'up to 6,400' put the low end of the
# projection at 0, behind; the high end ahead: uncertain
expect_eq "$(vn j.upto)" "uncertain|bounds of the figures span behind to ahead" \
	"'up to 6,400' against 6,300: the bounds span behind to ahead"
expect_eq "$(vn j.one)" "uncertain|no trend: 1 figure" \
	"'up to 6,400' alone: no trend, not reached"
expect_close "$(csv_get "$T/out" series j.upto projected)" \
	"$(calc '6400 * (6400 / 5000) ** (15 / 3)')" \
	"the central projection is 6,400 at the CAGR 2021-2024, 15 years on"

run "$GS" check j.upto --reach 6300 --by 2039
expect_rc 1 "--reach on 'up to 6,400' is not yes"
expect_out "^j.upto: uncertain" "... but uncertain"
expect_no_out "already reached" "... and not 'already reached'"
run "$GS" check j.upto --at-least 6300
expect_rc 1 "--at-least agrees: uncertain"
run "$GS" check j.over --reach 6300 --by 2039
expect_rc 0 "'over 6,300' has reached 6,300: yes"
expect_out "already reached" "... already"
run "$GS" check j.exact --reach 6301 --by 2024
expect_rc 1 "6,300 has not reached 6,301 by 2024"
