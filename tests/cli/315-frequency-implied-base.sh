# backends: sqlite postgres
# show --frequency annual on the demo's vaccines series (353.5 thousand
# packages in Jan-Aug 2025, "+10.5 % on the same period last year") said
# "2024-01..2024-08 is not a month, quarter or year like the first
# figure": a period no figure states, only the base of the percent. A
# point a percent or multiple implies is left out of the resample when it
# is off the stated figures' grid; a stated figure that does not fit is
# named with its observation number and length. Data: annual levels 100
# (2023) and 120 (2024), and "2024 is 1.5 times H1 2020", which implies
# 80 for 2020-01..2020-06: the annual averages are 100 and 120 by hand.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
e.jobs,2023,level,100,jobs,,,2025-10-07,s
e.jobs,2024,level,120,jobs,,,2025-10-07,s
e.jobs,2024,multiple,1.5,times,,2020-01..2020-06,2025-10-07,s
v.pk,2025-01..2025-08,flow,353.5,thousand packages,,,2025-10-07,s
v.pk,2025-01..2025-08,percent,10.5,%,,2024-01..2024-08,2025-10-07,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" show e.jobs --frequency annual --format csv
expect_rc 0 "a multiple's half-year base does not block annual levels"
expect_eq "$(csv_get "$T/out" period 2023 value)" 100 "2023: 100"
expect_eq "$(csv_get "$T/out" period 2024 value)" 120 "2024: 120"
expect_eq "$(csv_get "$T/out" period 2020 value)" "" "no 2020 from H1 alone"

run "$GS" growth e.jobs --frequency annual --format csv
expect_rc 0 "growth --frequency annual"
expect_close "$(csv_get "$T/out" measure multiple value)" "$(calc '120 / 100')" \
	"growth 2023 -> 2024: 1.2x"

run "$GS" show v.pk --frequency annual
expect_rc 65 "Jan-Aug 2025 alone cannot be made annual"
expect_err "2025-01\.\.2025-08 \(#1, 8 months\) is not a month, quarter or year" \
	"the stated figure named, with its number and length"
expect_err "show --ytd" "the year-to-date view suggested"
if grep -q '2024-01\.\.2024-08' "$T/err"; then
	notok "the percent's base is not blamed"; else ok "the percent's base is not blamed"; fi
