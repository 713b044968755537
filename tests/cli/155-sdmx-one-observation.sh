# backends: sqlite postgres
# export --format sdmx-csv writes one vintage, and SDMX has one
# observation per series, measure and period. Statements of one figure
# at that vintage by several sources (or with two qualifiers) each became
# a row: two OBS_VALUEs for one key, which SDMX readers refuse or resolve
# by arrival. Now the row is the one the reports take: exact over
# qualified, then the source name in byte order ("B" before "a").
# Found by the audit.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/s.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
x.a,2023,level,100,jobs,,,2025-01-01,a
x.a,2024,level,160,jobs,,,2025-06-01,a
x.a,2024,level,150,jobs,,,2025-06-01,B
x.a,2024,level,155,jobs,about,,2025-06-01,0first
x.a,2030,target,300,jobs,over,,2025-06-01,0first
x.a,2030,target,250,jobs,,,2025-06-01,z
x.b,2024,level,100,jobs,over,,2025-06-01,s
x.b,2024,level,150,jobs,up_to,,2025-06-01,s
CSV
"$GS" ingest -q "$T/s.csv" 2>/dev/null

run "$GS" export --format sdmx-csv -o "$T/x.csv"
expect_rc 0 "sdmx-csv export"
got=$(python3 -c '
import csv, sys, collections
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
keys = collections.Counter((r["SERIES"], r["MEASURE"], r["TIME_PERIOD"]) for r in rows)
print(len(rows), max(keys.values()))
for r in rows:
    print(r["SERIES"], r["MEASURE"], r["TIME_PERIOD"], r["OBS_VALUE"], r["OBS_STATUS"])
' "$T/x.csv")
expect_eq "$(echo "$got" | head -1)" "4 1" "4 observations (x.a 2023, 2024, 2030; x.b 2024), each key once"
expect_eq "$(echo "$got" | grep '^x.a LEVEL 2024 ')" "x.a LEVEL 2024 150 A" \
	"2024: the exact statements win over 'about', then source 'B' before 'a'"
expect_eq "$(echo "$got" | grep '^x.a TARGET 2030 ')" "x.a TARGET 2030 250 F" \
	"2030 target: the exact one"
expect_eq "$(echo "$got" | grep '^x.b LEVEL 2024 ')" "x.b LEVEL 2024 100 E" \
	"two qualifiers of one source: 'over' sorts before 'up to'"
expect_eq "$(echo "$got" | grep -c '^x.a LEVEL 2023 100 A$')" 1 "a figure stated once is kept"

# growth takes the same 2024 figure
run "$GS" growth x.a --format csv
expect_eq "$(grep '^end,' "$T/out" | cut -d, -f2)" 150 "growth's 2024 is the same 150"
