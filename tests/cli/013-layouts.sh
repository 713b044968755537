# wide, transposed (World Bank) and mapped layouts
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/wide.csv" <<'CSV'
Year,moscow.output,spb.output
2022,100,80
2023,110,
2024,121,90.5
CSV
run "$GS" ingest --layout wide --set "unit=billion rubles,as_of=2025-01-01,source=wide" "$T/wide.csv"
expect_rc 0 "wide layout"
expect_eq "$(sql "SELECT count(*) FROM v_observations")" 5 "empty cells are no figure"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='spb.output' AND period_start=20240101")" \
	90500000000.0 "--set unit applies the scale"

# World Bank download: 4 lines before the header, trailing empty column
cat >"$T/wb.csv" <<'CSV'
"Data Source","World Development Indicators",

"Last Updated Date","2025-07-01",

"Country Name","Country Code","Indicator Name","Indicator Code","1960","1961","2023","2024",
"Russian Federation","RUS","GDP (current US$)","NY.GDP.MKTP.CD","","","2021421000000","2173836000000",
"Kazakhstan","KAZ","GDP (current US$)","NY.GDP.MKTP.CD","","","261421000000","",
CSV
run "$GS" ingest --layout transposed --set "unit=USD,as_of=2025-07-01,source=World Bank" "$T/wb.csv"
expect_rc 0 "World Bank transposed layout"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE source='World Bank'")" 3 "three non-empty cells"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='RUS.NY.GDP.MKTP.CD' AND period_start=20240101")" \
	2173836000000.0 "series key from Country Code + Indicator Code"
expect_eq "$(sql "SELECT name FROM series WHERE key='KAZ.NY.GDP.MKTP.CD'")" "GDP (current US\$)" "series name from Indicator Name"

cat >"$T/mapped.csv" <<'CSV'
Region,Indicator,Year,Amount,Comment
Tatarstan,investment,2023,12.5,first
Tatarstan,investment,2024,14,second
CSV
run "$GS" ingest --columns "series=Region+Indicator,period=Year,value=Amount,note=Comment" \
	--set "unit=billion rubles,as_of=2025-02-01,source=mapped" "$T/mapped.csv"
expect_rc 0 "--columns mapping"
expect_eq "$(sql "SELECT value, note FROM v_observations WHERE series='Tatarstan.investment' AND period_start=20240101")" \
	"14000000000.0|second" "mapped columns and joined key"
run "$GS" ingest --columns "series=Nope" "$T/mapped.csv"
expect_rc 65 "--columns naming a missing header"
expect_err "no column 'Nope' in the header" "missing mapped column named"
run "$GS" ingest --columns "colour=Region" "$T/mapped.csv"
expect_rc 2 "--columns with an unknown field"
expect_err "unknown field 'colour'" "unknown field named"
