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

# Rows shorter or longer than the header are refused in every layout, with
# file:line:column (the first column past the shorter of the two), and
# nothing of the file is stored; a final newline or blank lines at the end
# are not rows. A short row used to be stored with defaults: as_of today,
# the file name as source.
before=$(sql "SELECT count(*) FROM observations")
printf 'series,period,value,unit,as_of,source\nr.ok,2024,1,jobs,2025-01-01,s\nr.short,2024,2,jobs\nr.long,2024,3,jobs,2025-01-01,s,extra\n\n\n' >"$T/ragged.csv"
run "$GS" ingest "$T/ragged.csv"
expect_rc 65 "canonical: a ragged file is refused"
expect_err 'ragged\.csv:3:5: 4 fields, the header has 6' "canonical: the short row, line 3 column 5"
expect_err 'ragged\.csv:4:7: 7 fields, the header has 6' "canonical: the long row, line 4 column 7"
expect_err 'refused: 2 problems' "canonical: two problems, the blank lines at the end are none"
printf 'Region,Year,Amount\nr.map,2024,5\nr.map,2023\n' >"$T/mapped.csv"
run "$GS" ingest --columns "series=Region,period=Year,value=Amount" --set "unit=jobs,as_of=2025-01-01,source=m" "$T/mapped.csv"
expect_rc 65 "--columns: a short row is refused"
expect_err 'mapped\.csv:3:3: 2 fields, the header has 3' "--columns: line 3 column 3"
printf 'Year,w.a,w.b\n2022,1,2\n2023,3\n2024,5,6,7\n' >"$T/wide-ragged.csv"
run "$GS" ingest --layout wide --set "unit=jobs,as_of=2025-01-01,source=w" "$T/wide-ragged.csv"
expect_rc 65 "wide: ragged rows are refused"
expect_err 'wide-ragged\.csv:3:3: 2 fields, the header has 3' "wide: the short row, line 3 column 3"
expect_err 'wide-ragged\.csv:4:4: 4 fields, the header has 3' "wide: the long row, line 4 column 4"
printf '"Country Code","Indicator Code","2023","2024"\n"RUS","X.Y","1","2"\n"KAZ","X.Y","3"\n' >"$T/tr-ragged.csv"
run "$GS" ingest --layout transposed --set "unit=USD,as_of=2025-01-01,source=t" "$T/tr-ragged.csv"
expect_rc 65 "transposed: a short row is refused"
expect_err 'tr-ragged\.csv:3:4: 3 fields, the header has 4' "transposed: line 3 column 4"
expect_eq "$(sql "SELECT count(*) FROM observations")" "$before" "nothing of the ragged files stored"
run "$GS" ingest --skip-bad --rejects "$T/ragged-rej.csv" "$T/ragged.csv"
expect_rc 0 "--skip-bad loads the good row of a ragged file"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'r.%'")" "1" "only r.ok stored"
expect_eq "$(reject_lines "$T/ragged-rej.csv")" "3 4 " "the rejects are lines 3 and 4"
expect_eq "$(sed -n 2p "$T/ragged-rej.csv" | cut -d, -f1-6)" '"r.short","2024","2","jobs","",""' \
	"a short record is padded to the header's width, so the reason stays last"

# An explicit mapping wins over the canonical names. statsmodels' Grunfeld
# panel (tests/data/grunfeld.csv, an excerpt in its own header form) has
# its own 'value' column (the firm's market value) beside invest: mapped
# value=invest, 'value' is ignored like 'capital', not "appears twice".
# The expected rows come from the CSV itself, read by Python, invest in
# million USD as exact integers.
grunfeld="$GS_TOP/tests/data/grunfeld.csv"
want=$(python3 -c '
import csv, sys
from decimal import Decimal
rows = sorted(csv.DictReader(open(sys.argv[1])), key=lambda r: (r["firm"], r["year"]))
print("\n".join("%s|%s0101|%d" % (r["firm"], r["year"], int(Decimal(r["invest"]) * 10**6)) for r in rows))
' "$grunfeld")
gmap="series=firm,period=year,value=invest"
gset="unit=million USD,as_of=2025-03-01,source=Grunfeld"
run "$GS" -v ingest --columns "$gmap" --set "$gset" "$grunfeld"
expect_rc 0 "Grunfeld: the mapping wins over the file's own 'value' column"
expect_no_err() { if grep -Eq -- "$1" "$T/err"; then notok "$2: stderr has /$1/"; else ok "$2"; fi; }
expect_no_err "appears twice" "Grunfeld: no 'appears twice'"
expect_eq "$(sql "SELECT series, period_start, CAST(round(value) AS INTEGER) FROM v_observations WHERE source = 'Grunfeld' ORDER BY series, period_start")" \
	"$want" "Grunfeld: invest (not value) stored for each firm and year"
expect_out "grunfeld\.csv: ignored columns: value, capital$" "Grunfeld: -v lists the ignored columns"
run "$GS" ingest --columns "$gmap" --set "$gset" "$grunfeld"
expect_rc 0 "Grunfeld again"
expect_no_out "ignored columns" "Grunfeld: without -v the ignored columns are not listed"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE source = 'Grunfeld'")" 5 "Grunfeld: again, nothing added"
# a canonical name mapped to a column the header lacks: the error names the
# header's columns
run "$GS" ingest --columns "series=firm,period=year,value=Invst" --set "$gset" "$grunfeld"
expect_rc 65 "--columns value=Invst on the Grunfeld header"
expect_err "grunfeld\.csv:1: --columns: no column 'Invst' in the header \(mapped to value; the header has invest, value, capital, firm, year\)$" \
	"the missing column, its field and the header's columns named"
# a mapped name heading two columns would be a guess; without a mapping a
# canonical column named twice is still refused
printf 'invest,firm,year,invest\n1,a,2020,2\n' >"$T/twice.csv"
run "$GS" ingest --columns "$gmap" --set "$gset" "$T/twice.csv"
expect_rc 65 "a mapped name heading two columns"
expect_err "twice\.csv:1:4: column 'invest' appears twice \(--columns value=invest\)" "named at its second column"
printf 'series,period,value,value\ntw.a,2020,1,2\n' >"$T/twice2.csv"
run "$GS" ingest --set "$gset" "$T/twice2.csv"
expect_rc 65 "a canonical column twice without a mapping"
expect_err "twice2\.csv:1:4: column 'value' appears twice" "named at its second column"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE source = 'Grunfeld'")" 5 "nothing of the refused files stored"

# --skip-bad in the wide and transposed layouts: a row is rejected whole
# (none of its cells stored while it sits in the reject file), and the
# corrected reject file loads with the same options (its reason column is
# not a series nor a period)
printf 'Year,sk.a,sk.b\n2022,1,2\n2023,3,x\n' >"$T/sk-wide.csv"
run "$GS" ingest --layout wide --set "unit=USD,as_of=2025-01-01,source=t" \
	--skip-bad --rejects "$T/sk-wide-rej.csv" "$T/sk-wide.csv"
expect_rc 0 "wide --skip-bad loads the good row"
expect_eq "$(sql "SELECT series, period_start FROM v_observations WHERE series LIKE 'sk.%' ORDER BY 1, 2")" \
	"$(printf 'sk.a|20220101\nsk.b|20220101')" "nothing of the rejected 2023 row is stored"
sed 's/"x"/"4"/' "$T/sk-wide-rej.csv" >"$T/sk-wide-fixed.csv"
run "$GS" ingest --layout wide --set "unit=USD,as_of=2025-01-01,source=t" "$T/sk-wide-fixed.csv"
expect_rc 0 "the corrected wide reject file loads"
expect_eq "$(sql "SELECT series, value FROM v_observations WHERE series LIKE 'sk.%' AND period_start = 20230101 ORDER BY 1")" \
	"$(printf 'sk.a|3.0\nsk.b|4.0')" "both cells of the corrected row, and no series named reason"
printf '"Country Code","Indicator Code","2023","2024"\n"RUS","T.K","1","2"\n"KAZ","T.K","3","4x"\n' >"$T/sk-tr.csv"
run "$GS" ingest --layout transposed --set "unit=USD,as_of=2025-01-01,source=t" \
	--skip-bad --rejects "$T/sk-tr-rej.csv" "$T/sk-tr.csv"
expect_rc 0 "transposed --skip-bad loads the good row"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'KAZ.T.K'")" 0 \
	"nothing of the rejected KAZ row is stored"
sed 's/"4x"/"4"/' "$T/sk-tr-rej.csv" >"$T/sk-tr-fixed.csv"
run "$GS" ingest --layout transposed --set "unit=USD,as_of=2025-01-01,source=t" "$T/sk-tr-fixed.csv"
expect_rc 0 "the corrected transposed reject file loads"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'KAZ.T.K'")" 2 \
	"both years of the corrected row"
