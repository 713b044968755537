# backends: sqlite
# growth --transform pch printed "8.19672" in the table where every other
# percent of growth reads "9.282 %" (three decimals and the sign). The
# percent transforms (pch, pc1, pca, cch, cca) now read the same; chg and
# log keep their own units; CSV keeps the exact number. By hand: 132 /
# 122 - 1 = 8.196721... % -> "8.197 %"; 100 ln(132 / 122) = 7.878... % ->
# "7.878 %".
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
p.out,2022,level,122,million rubles,,,2025-10-07,s
p.out,2023,level,132,million rubles,,,2025-10-07,s
CSV
"$GS" ingest -q "$T/d.csv"

want=$(python3 -c 'print("%.3f %%" % (100 * (132 / 122 - 1)))')
run "$GS" growth p.out --transform pch
expect_rc 0 "pch"
expect_out "^2023 +132\.0 mn RUB +$want *\$" "pch: $want"
want=$(python3 -c 'from math import log; print("%.3f %%" % (100 * log(132 / 122)))')
run "$GS" growth p.out --transform cch
expect_out "^2023 +132\.0 mn RUB +$want *\$" "cch: $want"
run "$GS" growth p.out --transform chg
expect_out "^2023 +132\.0 mn RUB +10 *\$" "chg: 10 (million rubles), not a percent"
run "$GS" growth p.out --transform pch --format csv
expect_close "$(csv_get "$T/out" period 2023 pch)" "$(calc '100 * (132 / 122 - 1)')" \
	"csv: the exact percent"
