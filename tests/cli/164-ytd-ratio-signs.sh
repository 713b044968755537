# backends: sqlite postgres
# show --ytd against the same months a year earlier, when a year-to-date
# figure is a loss, zero or stated "up to". The bounds of a/b over
# a in [a1, a2], b in [b1, b2] are the hull of the quotients (interval
# division); ytd.c clipped lower bounds at 0 and gave "about -5 mn"
# against 10 mn a multiple of [0, -0.475] (an empty interval that leaves
# out the multiple -0.5 itself), and 5 mn against "about -10 mn" an upper
# bound of +inf. A multiple or percent change against last year's zero or
# loss says nothing (growth's rule: ratios need a positive base) and was
# printed as inf or as -150 %. Found by the audit (exact semantics).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
y.a,2023-01..2023-08,flow,-10,million rubles,about,,2025-01-01,s
y.a,2024-01..2024-08,flow,5,million rubles,,,2025-01-01,s
y.b,2023-01..2023-08,flow,10,million rubles,,,2025-01-01,s
y.b,2024-01..2024-08,flow,-5,million rubles,about,,2025-01-01,s
y.c,2023-01..2023-08,flow,0,million rubles,,,2025-01-01,s
y.c,2024-01..2024-08,flow,10,million rubles,about,,2025-01-01,s
y.d,2023-01..2023-08,flow,4,million rubles,up to,,2025-01-01,s
y.d,2024-01..2024-08,flow,10,million rubles,about,,2025-01-01,s
CSV
"$GS" ingest -q "$T/d.csv"

yoy() { csv_get "$T/out" section same_period_last_year "$1"; }

# about -5 (+-5 %: [-5.25, -4.75]) against exactly 10: [-0.525, -0.475]
run "$GS" show y.b --ytd --format csv
expect_rc 0 "show y.b --ytd"
expect_close "$(yoy multiple)" "$(calc '-5 / 10')" "y.b: multiple -0.5"
expect_close "$(yoy multiple_low)" "$(calc '-5.25 / 10')" "y.b: low -5.25 / 10"
expect_close "$(yoy multiple_high)" "$(calc '-4.75 / 10')" "y.b: high -4.75 / 10"

# about 10 ([9.5, 10.5]) against up to 4 ((0, 4]): [9.5 / 4, +inf)
run "$GS" show y.d --ytd --format csv
expect_close "$(yoy multiple_low)" "$(calc '9.5 / 4')" "y.d: low 9.5 / 4"
expect_eq "$(yoy multiple_high)" "inf" "y.d: no upper bound (last year may be near 0)"

# against a loss and against zero: no multiple, no percent, no bounds
for k in y.a y.c; do
	run "$GS" show $k --ytd --format csv
	expect_rc 0 "show $k --ytd"
	expect_eq "$(yoy multiple),$(yoy percent),$(yoy multiple_low),$(yoy multiple_high)" ",,," \
		"$k: no multiple or percent against last year's $(yoy last_year)"
done
