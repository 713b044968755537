# backends: sqlite postgres
# show --ytd printed a section with nothing under it: for Jan-Aug 2025
# alone (the demo's moscow.pharma.vaccines.packages) both headings and two
# empty tables, exit 0; with Jan-Mar and Jan-Jun of one year only, an
# empty "same period last year" table. Rule (as check's, 285): in text a
# section with no rows is not printed; when neither has rows, one line
# says why. CSV keeps its one sheet. Expected rows by hand: Jan-Jun 9.0 -
# Jan-Mar 4.0 = 5.0 (2025-Q2); Jan-Aug 2025 20 against Jan-Aug 2024 16 is
# 1.25x.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
v.pk,2025-01..2025-08,flow,353.5,thousand packages,,,2025-10-07,s
v.pk,2025-01..2025-08,percent,10.5,%,,2024-01..2024-08,2025-10-07,s
h.out,2025-01..2025-03,flow,4.0,million rubles,,,2025-10-07,s
h.out,2025-01..2025-06,flow,9.0,million rubles,,,2025-10-07,s
y.out,2024-01..2024-08,flow,16,million rubles,,,2025-10-07,s
y.out,2025-01..2025-08,flow,20,million rubles,,,2025-10-07,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" show v.pk --ytd
expect_rc 0 "one Jan-Aug figure"
expect_eq "$(grep -c 'single periods\|same period last year' "$T/out")" 0 \
	"one Jan-Aug figure: no heading"
expect_eq "$(grep -c '^period ' "$T/out")" 0 "one Jan-Aug figure: no empty table"
expect_eq "$(wc -l <"$T/out" | tr -d ' ')" 1 "one Jan-Aug figure: one line"
expect_out "^v\.pk: nothing to show: 1 year-to-date figure" \
	"one Jan-Aug figure: the line says why"

run "$GS" show h.out --ytd
expect_rc 0 "Jan-Mar and Jan-Jun of one year"
expect_eq "$(sed -n 1p "$T/out")" "single periods (from year-to-date figures)" \
	"one year: the single periods heading first"
expect_out "^2025-Q2 +5\.0 mn RUB" "one year: Q2 = 9.0 - 4.0"
expect_eq "$(grep -c 'same period last year' "$T/out")" 0 \
	"one year: no 'same period last year' heading"
expect_eq "$(grep -c '^period ' "$T/out")" 1 "one year: one table"

run "$GS" show y.out --ytd
expect_rc 0 "Jan-Aug of two years"
expect_eq "$(sed -n 1p "$T/out")" "same period last year" \
	"two years: only the comparison, its heading first"
expect_out "^2025-01\.\.2025-08 +20\.0 mn RUB +16\.0 mn RUB +1\.25×" \
	"two years: 20 against 16 is 1.25x"
expect_eq "$(grep -c '^$' "$T/out")" 0 "two years: no blank line before it"

run "$GS" show v.pk --ytd --format csv
expect_rc 0 "csv: one Jan-Aug figure"
expect_eq "$(cat "$T/out")" "section,period,value,last_year,multiple,percent,derived,observations,series,unit,low,high,multiple_low,multiple_high" \
	"csv: the header alone, as before"
