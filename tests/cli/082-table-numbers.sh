# huge values in tables: written in scientific notation with their real
# magnitude, never cut short by a cell buffer (a cut 1e57 read as 1e45)
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/big.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
big.a,2021,level,999999,trillion rubles,2025-01-10,stat
big.a,2022,level,1e48,billion rubles,2025-01-10,stat
big.a,2023,level,1e50,rubles,2025-01-10,stat
big.a,2024,level,1.5e300,rubles,2025-01-10,stat
big.a,2025,level,-2.5e40,rubles,2025-01-10,stat
CSV
"$GS" init
run "$GS" ingest "$T/big.csv"
expect_rc 0 "huge values load"
run "$GS" show big.a
expect_rc 0 "show"
# by hand: 1e48 billion = 1e57; the mantissa keeps one or two decimals
# and the exponent is written without '+'
row() { grep -E "^$1 " "$T/out" | sed 's/  */ /g'; }
expect_eq "$(row 2021)" "2021 level 999,999.0 trn RUB trillion rubles 2025-01-10 stat " \
	"below a million trillion: grouped digits and a scale word"
expect_eq "$(row 2022)" "2022 level 1.0e57 RUB billion rubles 2025-01-10 stat " \
	"1e48 billion rubles shows as 1.0e57 RUB"
expect_eq "$(row 2023)" "2023 level 1.0e50 RUB rubles 2025-01-10 stat " \
	"1e50 rubles shows as 1.0e50 RUB"
expect_eq "$(row 2024)" "2024 level 1.5e300 RUB rubles 2025-01-10 stat " \
	"1.5e300 rubles shows as 1.5e300 RUB"
expect_eq "$(row 2025)" "2025 level -2.5e40 RUB rubles 2025-01-10 stat " \
	"negative: -2.5e40 RUB"
# csv keeps the exact value for scripts
run "$GS" show big.a --format csv
got=$(python3 -c '
import csv, sys
rows = {r["period"]: float(r["value"]) for r in csv.DictReader(open(sys.argv[1]))}
print(rows["2024"] == 1.5e300 and rows["2022"] == 1e57 and rows["2023"] == 1e50)
' "$T/out")
expect_eq "$got" True "csv values read back exactly"
