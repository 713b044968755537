# backends: sqlite postgres
# README, dependent bounds: between an implied figure and the figure it
# was derived from, the CAGR has the stated multiple's bounds. growth
# honoured it, but project --method cagr took the window's CAGR from the
# two points' own bounds as if independent: "about 154 bn in 2024,
# exactly 2.8-fold since 2020" projected at 20.7 to 38.3 % a year instead
# of exactly 29.357 %, so its interval was far too wide.
# Found by the audit (exact semantics).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
d.a,2024,level,154,billion rubles,about,,2025-10-07,s
d.a,2024,multiple,2.8,times,,2020,2025-10-07,s
d.b,2020,level,100,billion rubles,about,,2025-10-07,s
d.b,2024,percent,50,%,over,2020,2025-10-07,s
CSV
"$GS" ingest -q "$T/d.csv"

# col N of the csv row for period P
col() { grep "^$1," "$T/out" | cut -d, -f"$2"; }

run "$GS" growth d.a --format csv
expect_close "$(grep '^cagr_pct,' "$T/out" | cut -d, -f2)" "$(calc '100 * (2.8 ** 0.25 - 1)')" \
	"growth: the CAGR is the stated 2.8x's"
expect_eq "$(grep '^cagr_pct,' "$T/out" | cut -d, -f3-4)" "," "... exactly: no bounds"

run "$GS" project d.a --to 2026 --format csv
expect_rc 0 "project d.a"
# 2026 is 2 years after 2024 at 2.8^(1/4) a year, from about 154 (+-5 %)
expect_close "$(col 2026 3)" "$(calc '154e9 * 2.8 ** 0.5')" "2026 central: 154 bn x 2.8^(2/4)"
expect_close "$(col 2026 4)" "$(calc '0.95 * 154e9 * 2.8 ** 0.5')" "2026 low: 146.3 bn x 2.8^(2/4)"
expect_close "$(col 2026 5)" "$(calc '1.05 * 154e9 * 2.8 ** 0.5')" "2026 high: 161.7 bn x 2.8^(2/4)"

# over +50 % since about 100: 2024 is at least 142.5, growing at least
# 1.5^(1/4) a year (the stated change's low end), no upper bound
run "$GS" project d.b --to 2030 --format csv
expect_close "$(col 2030 4)" "$(calc '0.95 * 100e9 * 1.5 * 1.5 ** (6 / 4)')" \
	"2030 low: 142.5 bn x 1.5^(6/4)"
expect_eq "$(col 2030 5)" "inf" "2030 high: unbounded"
