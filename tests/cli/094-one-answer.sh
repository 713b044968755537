# backends: sqlite postgres
# The same bytes from every backend where they once differed (issue 20):
# -0 prints as 0, batch numbers do not run ahead after a refused file, and
# a row refused when the batch is written keeps its record in the
# --skip-bad reject file. Every expected line below is written by hand.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init >/dev/null
H=series,period,kind,value,unit,qualifier,base,as_of,source,note

# -0 and -0% are 0: SQLite read them back as 0, PostgreSQL as -0
cat >"$T/zero.csv" <<CSV
$H
z.level,2024,level,-0,jobs,,,2025-01-01,s,
z.pct,2024,percent,-0%,%,,2023,2025-01-01,s,
CSV
run "$GS" -v ingest "$T/zero.csv"
expect_rc 0 "-0 and -0% are ingested"
expect_out 'zero\.csv: 2 new, 0 already present, 0 rejected \(batch 1\)$' \
	"the first file is batch 1"
run "$GS" show z.level --format csv
expect_eq "$(sed -n 2p "$T/out")" "2024,level,,0,jobs,,2025-01-01,s,,z.level" \
	"show --format csv: -0 prints as 0"
run "$GS" show z.pct --format json
expect_out '"value": 0,' "show --format json: -0% prints as 0"
expect_no_out ': -0' "no -0 anywhere in the JSON"
run "$GS" show z.level
expect_no_out ' -0 ' "no -0 in the table"
# a restatement of -0 as 0 at the same as_of is the same figure
printf '%s\nz.level,2024,level,0,jobs,,,2025-01-01,s,\n' "$H" >"$T/zero2.csv"
run "$GS" -v ingest "$T/zero2.csv"
expect_out 'zero2\.csv: 0 new, 1 already present' "0 is the -0 already stored"

# a refused file uses up one batch number, its own: batch 1 is zero.csv,
# 2 zero2.csv, 3 the refused bad.csv (its attempt rolled back, then logged
# under the same number), so good.csv is batch 4
printf '%s\nz.level,2024,level,7,jobs,,,2025-01-01,s,\n' "$H" >"$T/bad.csv"
printf '%s\ng.x,2024,level,7,jobs,,,2025-01-01,s,\n' "$H" >"$T/good.csv"
run "$GS" -v ingest --log "$T/log" "$T/bad.csv"
expect_rc 65 "a conflicting figure refuses the file"
expect_eq "$(sql "SELECT id FROM batches WHERE status = 'refused'")" 3 \
	"the refused attempt is logged as batch 3"
run "$GS" -v ingest --log "$T/log" "$T/good.csv"
expect_rc 0 "the next file loads"
expect_out 'good\.csv: 1 new, 0 already present, 0 rejected \(batch 4\)$' \
	"the summary after a refused file says batch 4 on every backend"
expect_eq "$(grep -c 'good\.csv: 1 new, 0 already present, 0 rejected (batch 4)' "$T/log")" 1 \
	"so does the --log line"
expect_eq "$(sql 'SELECT count(*) FROM batches')" 4 "four batches, numbered 1 to 4"
expect_eq "$(sql 'SELECT max(id) FROM batches')" 4 "no number skipped"

# --skip-bad: rows the storage refuses when the batch is written (a
# conflict within the file, a unit of another dimension) keep their record
cat >"$T/skip.csv" <<CSV
$H
k.x,2024,level,7,jobs,,,2025-01-01,s,"a note, with ""quotes"""
k.x,2024,level,8,jobs,,,2025-01-01,s,
k.y,2024,level,8,rubles,,,2025-01-01,s,
k.y,2023,level,9,jobs,,,2025-01-01,s,"две
строки"
k.z,2024,level,12x,jobs,,,2025-01-01,s,
CSV
(cd "$T" && "$GS" -v ingest --skip-bad skip.csv >"$T/out" 2>"$T/err")
rc=$?
expect_rc 0 "--skip-bad loads the good rows"
expect_out 'skip\.csv: 2 new, 0 already present, 3 rejected \(batch 5\)$' \
	"two new, three rejected"
rej="$T/skip.csv.rejects.csv"
# each reject: the line named by its reason, then its fields as read
python3 - "$rej" >"$T/rej.txt" <<'PY'
import csv, re, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
print(rows[0])
line = lambda r: int(re.search(r'skip\.csv:(\d+)', r[-1]).group(1))
for row in sorted(rows[1:], key=line):
    print(repr((line(row), row[:-1])))
PY
expect_eq "$(sed -n 2p "$T/rej.txt")" \
	"(3, ['k.x', '2024', 'level', '8', 'jobs', '', '', '2025-01-01', 's', ''])" \
	"a conflict refused at write time keeps its record"
expect_eq "$(sed -n 3p "$T/rej.txt")" \
	"(5, ['k.y', '2023', 'level', '9', 'jobs', '', '', '2025-01-01', 's', 'две\\nстроки'])" \
	"a unit mismatch refused at write time keeps its record (a newline in it)"
expect_eq "$(sed -n 4p "$T/rej.txt")" \
	"(7, ['k.z', '2024', 'level', '12x', 'jobs', '', '', '2025-01-01', 's', ''])" \
	"a row refused when read keeps its record as before"
expect_eq "$(sed -n 1p "$T/rej.txt")" \
	"['series', 'period', 'kind', 'value', 'unit', 'qualifier', 'base', 'as_of', 'source', 'note', 'reason']" \
	"the reject file's header: the input's columns and a reason"
expect_eq "$(wc -l <"$T/rej.txt" | tr -d ' ')" 4 "a header and three rejects"

# the reject file, corrected by hand, loads as it is (its reason column
# is ignored); the conflict and the unit stay refused
sed 's/"12x"/"12"/' "$rej" >"$T/fixed.csv"
(cd "$T" && "$GS" -v ingest --skip-bad --rejects fixed-rej.csv fixed.csv \
	>"$T/out" 2>"$T/err")
rc=$?
expect_rc 0 "the corrected reject file ingests"
expect_out 'fixed\.csv: 1 new, 0 already present, 2 rejected' \
	"its corrected row loads; the two storage refusals stay refused"
expect_out 'ignored columns: reason' "-v says the reason column is ignored"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='k.z'")" 12.0 \
	"the corrected value is stored"

# the same with a stage of two rows (spilled and merged: series/stage.c)
sed 's/^k\./m./' "$T/skip.csv" >"$T/small.csv"
(cd "$T" && GROWTHSTAT_STAGE_ROWS=2 "$GS" -v ingest --skip-bad small.csv \
	>"$T/out" 2>"$T/err")
rc=$?
expect_rc 0 "--skip-bad with a small stage"
expect_eq "$(python3 -c 'import csv,re,sys; print(sorted((re.search(r"csv:(\d+)", r[-1]).group(1), r[0], r[3]) for r in list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))[1:]))' "$T/small.csv.rejects.csv")" \
	"[('3', 'm.x', '8'), ('5', 'm.y', '9'), ('7', 'm.z', '12x')]" \
	"every reject has its own record after a merge"
