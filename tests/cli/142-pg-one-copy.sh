# backends: sqlite postgres
# A spilled stage written through one COPY (issue 18, series/stagekeys.c,
# series/pg/pg_plan.c): on PostgreSQL every series of the file is created
# before its first chunk, one COPY stays open for every chunk, and the last
# series of a chunk keeps its rows for the next. GROWTHSTAT_STAGE_ROWS
# makes small files take that path. Both backends must give the answers
# worked out by hand below; on PostgreSQL a statement trigger the test adds
# counts the statements that write observations.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"
export GROWTHSTAT_STAGE_ROWS=7

# ---- one series of 300 sources over 43 chunks: past 256 sources the
# file's own rows are no longer remembered (seen.h), so the backend's table
# must still hold the rows earlier chunks wrote. Line 302 repeats line 282
# (s279, already present), line 303 changes line 292's value (s289: a
# conflict with the stored figure)
python3 - "$T/src.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,kind,value,unit,as_of,source\n")
    for i in range(300):
        f.write("c.big,2020,level,%d,jobs,2025-01-01,s%03d\n" % (100 + i, i))
    f.write("c.big,2020,level,379,jobs,2025-01-01,s279\n")
    f.write("c.big,2020,level,1,jobs,2025-01-01,s289\n")
PY
run "$GS" -v ingest "$T/src.csv"
expect_rc 65 "a conflict in the last chunk refuses the file"
expect_err "src\.csv:303: conflicts with the stored figure of series 'c.big'" "the conflict names its line"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 0 "nothing of the refused file stored"
expect_eq "$(sql 'SELECT count(*) FROM series')" 0 "no series of the refused file created"
run "$GS" -v ingest --skip-bad --rejects "$T/src-rej.csv" "$T/src.csv"
expect_rc 0 "--skip-bad"
expect_out "300 new, 1 already present, 1 rejected" "300 new, line 302 present, line 303 rejected"
expect_eq "$(reject_lines "$T/src-rej.csv")" "303 " "the reject file names line 303"
expect_eq "$(sql "SELECT o.value FROM observations o JOIN sources s ON s.id = o.source_id WHERE s.name = 's289'")" \
	"389.0" "s289 keeps its first value"

# ---- dimensions decided in a later chunk (chunks of 2 rows): d.plain's
# first three rows are plain numbers, its fourth (chunk 2) fixes jobs;
# d.rel's first three are multiples, its fourth (chunk 4) fixes rubles;
# d.unit is in jobs, its third row (chunk 6), a plain number, is refused
printf 'series,period,kind,value,unit,base,as_of,source\n' >"$T/dims.csv"
for y in 2020 2021 2022; do
	printf 'd.plain,%s,level,%s,,,2025-01-01,s\n' $y $y >>"$T/dims.csv"
	printf 'd.rel,%s,multiple,2,times,2019,2025-01-01,s\n' $y >>"$T/dims.csv"
done
printf 'd.plain,2023,level,5,jobs,,2025-01-01,s\n' >>"$T/dims.csv"           # line 8
printf 'd.rel,2023,level,5,million rubles,,2025-01-01,s\n' >>"$T/dims.csv"  # line 9
printf 'd.unit,2020,level,1,jobs,,2025-01-01,s\n' >>"$T/dims.csv"
printf 'd.unit,2021,level,2,jobs,,2025-01-01,s\n' >>"$T/dims.csv"
printf 'd.unit,2022,level,3,,,2025-01-01,s\n' >>"$T/dims.csv"               # line 12
GROWTHSTAT_STAGE_ROWS=2 run "$GS" -v ingest --skip-bad --rejects "$T/dims-rej.csv" "$T/dims.csv"
expect_rc 0 "dimensions over chunks"
expect_out "10 new, 0 already present, 1 rejected" "10 new, the plain number after jobs refused"
expect_eq "$(reject_lines "$T/dims-rej.csv")" "12 " "line 12"
expect_eq "$(sql "SELECT key, dimension FROM series WHERE key LIKE 'd.%' ORDER BY key" | tr '\n' ' ')" \
	"d.plain|count:jobs d.rel|currency:RUB d.unit|count:jobs " "each series measured by its first row that has a unit"

# ---- many new series: on PostgreSQL one statement writes every chunk's
# rows (it was one per chunk: 43 for these 300 rows)
python3 - "$T/many.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,kind,value,unit,as_of,source\n")
    for i in range(100):
        for y in (2021, 2022, 2023):
            f.write("m.s%03d,%d,level,%d,jobs,2025-01-01,src%d\n"
                    % (i, y, 10 * i + y % 10, (i + y) % 3))
PY
pg=no
case $GROWTHSTAT_DB in postgres*) pg=yes ;; esac
if [ $pg = yes ]; then
	sql_try "CREATE TABLE t_writes(n int);
		CREATE FUNCTION t_count() RETURNS trigger LANGUAGE plpgsql AS
		\$f\$ BEGIN INSERT INTO t_writes VALUES (1); RETURN NULL; END \$f\$;
		CREATE TRIGGER t_count AFTER INSERT ON observations
		FOR EACH STATEMENT EXECUTE FUNCTION t_count()"
	expect_rc 0 "a trigger counting the statements that write observations"
fi
run "$GS" -v ingest "$T/many.csv"
expect_out "300 new, 0 already present, 0 rejected" "300 rows of 100 new series"
expect_eq "$(sql "SELECT count(*) FROM series WHERE key LIKE 'm.%'")" 100 "100 series"
expect_eq "$(sql "SELECT sum(value) FROM v_observations WHERE series LIKE 'm.%'")" \
	"$(python3 -c 'print(float(sum(10 * i + y % 10 for i in range(100) for y in (2021, 2022, 2023))))')" \
	"the sum of the values"
if [ $pg = yes ]; then
	expect_eq "$(sql 'SELECT count(*) FROM t_writes')" 1 "one statement wrote the 300 rows"
	sql_try "DELETE FROM t_writes"
fi
run "$GS" -v ingest "$T/many.csv"
expect_out "0 new, 300 already present, 0 rejected" "re-ingest: every row present"
if [ $pg = yes ]; then
	expect_eq "$(sql 'SELECT count(*) FROM t_writes')" 0 "re-ingest writes no row"
fi

# ---- a re-ingest chunk by chunk, each chunk's stored rows read ahead
# while the chunk before is decided (GROWTHSTAT_PG_LOOKUP=series: by
# series even on a table without statistics yet): line 153 (m.s050, 2022)
# changes a stored value, line 302 is a new vintage of m.s090 2023
python3 - "$T/many.csv" "$T/many2.csv" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[152].startswith("m.s050,2022,")
lines[152] = "m.s050,2022,level,7,jobs,2025-01-01,src" + lines[152][-1]
lines.append("m.s090,2023,level,999,jobs,2025-02-01,src0")
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
GROWTHSTAT_PG_LOOKUP=series run "$GS" -v ingest --skip-bad --rejects "$T/many-rej.csv" "$T/many2.csv"
expect_rc 0 "re-ingest read ahead"
expect_out "1 new, 299 already present, 1 rejected" "line 302 new, line 153 rejected, the rest present"
expect_eq "$(reject_lines "$T/many-rej.csv")" "153 " "the reject file names line 153"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series = 'm.s090' AND period_start = (SELECT period_start FROM v_observations WHERE series = 'm.s090' ORDER BY period_start DESC LIMIT 1) ORDER BY as_of DESC LIMIT 1")" \
	"999.0" "the new vintage of m.s090 is stored"

# ---- more series than the stage notes (STAGEKEYS_MAX, 32,768): no plan,
# chunk by chunk as before (a statement per chunk writes its rows)
python3 - "$T/wide.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,kind,value,unit,as_of,source\n")
    for i in range(32769):
        f.write("w.%05d,2021,level,%d,jobs,2025-01-01,s\n" % (i, i % 7))
PY
[ $pg = yes ] && sql_try "DELETE FROM t_writes"
GROWTHSTAT_STAGE_ROWS=8192 run "$GS" -v ingest "$T/wide.csv"
expect_out "32769 new, 0 already present, 0 rejected" "32,769 series of one row each"
expect_eq "$(sql "SELECT count(*), sum(value) FROM v_observations WHERE series LIKE 'w.%'")" \
	"32769|$(python3 -c 'print(float(sum(i % 7 for i in range(32769))))')" "every row stored"
if [ $pg = yes ]; then
	expect_eq "$(sql 'SELECT count(*) FROM t_writes')" 5 "no plan: one statement for each of the 5 chunks"
fi
