# canonical CSV ingest, normalisation, idempotence, stdin, output formats
. "$GS_TOP/tests/cli/lib.sh"

# The multiple is 2024 against 2020: a base must end before its period
# starts (2020..2024 against 2020 is refused, tests/cli/019), so the
# series runs from 2024 to 2030.
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
moscow.pharma.output,2024,level,154,billion rubles,,,2025-10-07,seed4,"154 billion rubles in 2024"
moscow.pharma.output,2024,multiple,2.8,times,,2020,2025-10-07,seed4,"grew 2.8-fold, almost tripling"
moscow.pharma.output,2030,target,230,billion rubles,,,2025-10-07,seed4,to reach 230 billion by 2030
moscow.pharma.jobs,2039,target,"6,300",jobs,over,,2025-10-07,seed4,"over 6,300 jobs by 2039"
moscow.pharma.packages,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,seed4,16.1 million packages
CSV
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest a canonical file"
expect_eq "$(cat "$T/out")" "" "quiet on success when not a terminal"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 5 "five rows stored"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='moscow.pharma.output' AND kind='level'")" \
	154000000000.0 "154 billion rubles stored as 1.54e11"
expect_eq "$(sql "SELECT value, qualifier, unit FROM v_observations WHERE series='moscow.pharma.jobs'")" \
	"6300.0|over|jobs" "6,300 jobs with qualifier over"
expect_eq "$(sql "SELECT period_start, period_end, period_prec FROM v_observations WHERE series='moscow.pharma.packages'")" \
	"20250101|20250831|month" "Jan-Aug 2025 as a month range"
expect_eq "$(sql "SELECT printf('%.17g', value) FROM v_observations WHERE series='moscow.pharma.packages'")" \
	16100000 "16.1 million packages is exactly 16100000 (the decimal scaled, not 16.1 * 1e6)"
expect_eq "$(sql "SELECT base_start, base_end FROM v_observations WHERE kind='multiple'")" \
	"20200101|20201231" "base period of the multiple"
expect_eq "$(sql "SELECT dimension, unit FROM series WHERE key='moscow.pharma.output'")" \
	"currency:RUB|RUB" "series dimension from its first level"
expect_eq "$(sql "SELECT status, rows_read, rows_new FROM batches")" \
	"committed|5|5" "batch logged"

run "$GS" -v ingest "$T/a.csv"
expect_rc 0 "re-ingest"
expect_out "0 new, 5 already present" "re-ingest says nothing new"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 5 "re-ingest adds no rows"

# the same rows in another file, and from stdin
sed 's/seed4/seed4/' "$T/a.csv" | run "$GS" -v ingest -
expect_rc 0 "ingest from stdin"
expect_out "^-: 0 new, 5 already present" "stdin: same rows already present"

run "$GS" show moscow.pharma.output
expect_rc 0 "show"
expect_out "154\.0 bn RUB" "human value with scale word"
expect_out "2\.80×" "multiple shown as ×"
run "$GS" show moscow.pharma.output --format csv
expect_out '^2024,level,,154000000000,RUB,,2025-10-07,seed4,154 billion rubles in 2024,moscow\.pharma\.output$' "csv gives raw base values"
expect_out '^2024,multiple,,2\.8,×,2020,2025-10-07,seed4,"grew 2\.8-fold, almost tripling",moscow\.pharma\.output$' "csv quotes fields with commas"
run "$GS" show moscow.pharma.output --format json
if command -v python3 >/dev/null; then
	if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [x["value"] for x in d if x["kind"]=="level"]==[154000000000] and len(d)==3' "$T/out"; then
		ok "json parses with numeric values"
	else notok "json output"; fi
fi
run "$GS" show no.such.series
expect_rc 65 "unknown series"
expect_err "unknown series 'no.such.series'" "unknown series named"

run "$GS" series --format csv
expect_out '^moscow\.pharma\.output,RUB,currency:RUB,3,2024-01-01,2030-12-31,$' "series listing"
run "$GS" series 'moscow.pharma.j*'
expect_out "moscow.pharma.jobs" "series glob matches"
expect_no_out "moscow.pharma.output" "series glob filters"
run "$GS" sources --format csv
expect_out '^seed4,5,2025-10-07,2025-10-07$' "sources listing"

# default as_of and source when the file has none
printf 'series,period,value,unit\nx.y,2024,1.5,thousand square meters\n' >"$T/b.csv"
run "$GS" ingest --as-of 2025-01-02 --source "Rosstat bulletin" "$T/b.csv"
expect_rc 0 "ingest minimal columns"
expect_eq "$(sql "SELECT value, as_of, source, kind FROM v_observations WHERE series='x.y'")" \
	"1500.0|20250102|Rosstat bulletin|level" "defaults: kind level, --as-of, --source"
printf 'series,period,value,unit\nx.z,2024,7,jobs\n' >"$T/c.csv"
run "$GS" ingest "$T/c.csv"
expect_eq "$(sql "SELECT source FROM v_observations WHERE series='x.z'")" "$T/c.csv" "default source is the file"
expect_eq "$(sql "SELECT as_of = CAST(strftime('%Y%m%d','now') AS INTEGER) FROM v_observations WHERE series='x.z'")" 1 "default as_of is today"
