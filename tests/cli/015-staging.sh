# bulk loads are staged and written by series: more rows than one stage
# backends: sqlite postgres
# holds (65,536), duplicates and conflicts far apart in the file
. "$GS_TOP/tests/cli/lib.sh"

# 70,000 rows over 700 series in file order series-interleaved
awk 'BEGIN {
	print "series,period,value,unit,as_of,source"
	for (i = 0; i < 70000; i++)
		printf "s%03d,%d-%02d,%d.5,rubles,2025-01-01,src\n", i % 700, 1900 + int(i / 700 / 12), int(i / 700) % 12 + 1, i
}' >"$T/big.csv"
run "$GS" -v ingest "$T/big.csv"
expect_rc 0 "70,000 rows in two stages"
expect_out "70000 new, 0 already present" "every row new"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 70000 "70,000 rows stored"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='s007' AND period_start=19000101")" 7.5 "a row of the first stage"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='s699' AND period_start=19080401")" 69999.5 "the last row"

# the same rows again, plus one duplicate at the end: all present
{ cat "$T/big.csv"; sed -n 2p "$T/big.csv"; } >"$T/again.csv"
run "$GS" -v ingest "$T/again.csv"
expect_out "0 new, 70001 already present" "re-ingest across stages adds nothing"

# a conflict 69,999 lines after the row it conflicts with
{ cat "$T/big.csv"; echo "s000,1900-01,99,rubles,2025-01-01,src"; } | sed 1,2d >"$T/body"
{ echo "series,period,value,unit,as_of,source"; echo "n000,1900-01,1,rubles,2025-01-01,src";
  sed 's/^s/n/' "$T/body"; echo "n000,1900-01,2,rubles,2025-01-01,src"; } >"$T/conflict.csv"
run "$GS" ingest "$T/conflict.csv"
expect_rc 65 "a conflict within the file is found across stages"
expect_err "conflict\.csv:70002: conflicts with line 2 of this file: the same figure of series 'n000'" "the later row is named by its line"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'n%'")" 0 "nothing of the refused file stored"
run "$GS" ingest --skip-bad --rejects "$T/rej.csv" "$T/conflict.csv"
expect_rc 0 "--skip-bad loads the rest"
# both the repeated line of big.csv (99) and the last line (2) conflict
# with line 2's value 1
expect_eq "$(reject_lines "$T/rej.csv")" "70002 70003 " "the reject file names the conflicting lines"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='n000' AND period_start=19000101")" 1.0 "the first of two conflicting rows wins"

# the first dimension in file order wins, whatever the period order
printf 'series,period,value,unit,as_of,source\nd,2024,1,rubles,2025-01-01,s\nd,2020,2,jobs,2025-01-01,s\n' >"$T/dim.csv"
run "$GS" ingest "$T/dim.csv"
expect_err "dim\.csv:3: unit 'jobs'" "the later row of another unit is refused"

# small stages: the same file as many sorted runs merged back gives the
# same database as one big stage (GROWTHSTAT_STAGE_ROWS is a test knob)
dump='SELECT series, kind, period_start, period_end, value, qualifier, as_of, source, note FROM v_observations ORDER BY 1, 2, 3, 4, 6, 8, 7'
sql "$dump" >"$T/one-stage"
big_db=$GROWTHSTAT_DB
case $GROWTHSTAT_DB in
postgres*) export GROWTHSTAT_DB="${GROWTHSTAT_DB}_small"
	psql -X -q "${big_db%/*}/postgres" -c "CREATE DATABASE \"${GROWTHSTAT_DB##*/}\"" ;;
*) export GROWTHSTAT_DB="$T/small.db" ;;
esac
GROWTHSTAT_STAGE_ROWS=997 run "$GS" -v ingest "$T/big.csv" "$T/conflict.csv"
expect_rc 65 "70 runs: the conflicting file is still refused"
expect_err "conflict\.csv:70002: conflicts with line 2 of this file: the same figure of series 'n000'" "and the same line named"
expect_out "70000 new, 0 already present" "70 runs: every row of the first file new"
GROWTHSTAT_STAGE_ROWS=997 run "$GS" ingest --skip-bad --rejects "$T/rej2.csv" "$T/conflict.csv"
expect_rc 0 "70 runs: --skip-bad loads the rest"
GROWTHSTAT_STAGE_ROWS=997 run "$GS" -v ingest "$T/again.csv"
expect_out "0 new, 70001 already present" "70 runs: re-ingest adds nothing"
sql "$dump" >"$T/many-runs"
expect_eq "$(cmp "$T/one-stage" "$T/many-runs" && echo same)" same "one stage and 70 runs store the same rows"
expect_eq "$(reject_lines "$T/rej2.csv")" "70002 70003 " "the reject file names the same lines"

# revisions of a series created in this file, out of vintage order and in
# different runs: a row is already present only when the same figure is
# stored with the same as_of and value (expected counts worked out by hand)
printf 'series,period,value,unit,as_of,source\n' >"$T/vint.csv"
printf 'v.new,2024,10,jobs,2025-03-01,s\n' >>"$T/vint.csv"   # new
printf 'v.new,2024,10,jobs,2025-06-01,s\n' >>"$T/vint.csv"   # same value, later as_of: new
printf 'v.new,2024,12,jobs,2025-09-01,s\n' >>"$T/vint.csv"   # a revision: new
printf 'v.new,2024,10,jobs,2025-01-01,s\n' >>"$T/vint.csv"   # an older vintage: new
printf 'v.new,2024,12,jobs,2025-12-01,s\n' >>"$T/vint.csv"   # new
printf 'v.new,2024,10,jobs,2025-08-01,s\n' >>"$T/vint.csv"   # new
printf 'v.new,2024,11,jobs,2025-09-01,s\n' >>"$T/vint.csv"   # same vintage as 09-01, other value: conflict
printf 'v.new,2023,5,jobs,2025-03-01,s\n' >>"$T/vint.csv"    # another figure: new
printf 'v.new,2024,10,jobs,2025-06-01,s\n' >>"$T/vint.csv"   # line 3 again: present
printf 'v.new,2024,12,jobs,2025-12-01,s\n' >>"$T/vint.csv"   # line 6 again: present
GROWTHSTAT_STAGE_ROWS=2 run "$GS" -v ingest --skip-bad --rejects "$T/vrej.csv" "$T/vint.csv"
expect_rc 0 "vintages across runs"
expect_out "7 new, 2 already present, 1 rejected" "7 new, 2 present, 1 conflict"
expect_eq "$(reject_lines "$T/vrej.csv")" "8 " "the conflict is line 8"
run "$GS" show --format csv --as-of 2025-08-15 v.new
expect_out '^2024,.*,10,' "as of 2025-08-15 the figure is 10"
run "$GS" show --format csv v.new
expect_out '^2024,.*,12,' "latest, 12"
export GROWTHSTAT_DB="$big_db"

# one series of 70,000 rows: past 65,536 rows its figures are no longer
# kept in memory (series/figmem.h) and are looked up in the database, which
# must then hold every row written so far, also those written several per
# statement (series/insert.c)
python3 - "$T/long.csv" <<'PY'
import datetime, sys
d0 = datetime.date(1900, 1, 1)
with open(sys.argv[1], "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for i in range(70000):
        f.write("long,%s,%d,rubles,2025-01-01,src\n" % (d0 + datetime.timedelta(days=i), i))
        if i == 65536:   # the row after the limit, at once repeated
            f.write("long,%s,%d,rubles,2025-01-01,src\n" % (d0 + datetime.timedelta(days=i), i))
    for i in (3, 65535, 69999):   # repeated: already present
        f.write("long,%s,%d,rubles,2025-01-01,src\n" % (d0 + datetime.timedelta(days=i), i))
    f.write("long,%s,1,rubles,2025-01-01,src\n" % (d0 + datetime.timedelta(days=65540)))  # conflict
PY
run "$GS" -v ingest --skip-bad --rejects "$T/long-rej.csv" "$T/long.csv"
expect_rc 0 "a 70,000-row series"
expect_out "70000 new, 4 already present, 1 rejected" "repeats found present, the conflict refused, past the memory limit"
expect_eq "$(reject_lines "$T/long-rej.csv")" "70006 " "the conflicting line"
expect_eq "$(grep -c '' "$T/long-rej.csv")" 2 "only the conflict rejected"
expect_eq "$(sql "SELECT count(*), CAST(sum(value) AS BIGINT) FROM v_observations WHERE series = 'long'")" "70000|2449965000" "every row once (sum 0..69999)"

# the sorted runs cannot be written (TMPDIR missing): the file is not
# loaded, the error says where the runs go, and nothing is stored
n0=$(sql 'SELECT count(*) FROM observations')
b0=$(sql 'SELECT count(*) FROM batches')
GROWTHSTAT_STAGE_ROWS=1000 TMPDIR="$T/no/such/dir" run "$GS" ingest "$T/big.csv"
expect_rc 74 "no room for the sorted runs: an I/O error"
expect_err "big\.csv: .*sort file of a large ingest: cannot create it: .*TMPDIR" "the message names the sort file and TMPDIR"
expect_eq "$(sql 'SELECT count(*) FROM observations')" "$n0" "no row stored"
expect_eq "$(sql 'SELECT count(*) FROM batches')" "$b0" "no batch recorded"

# a series' dimension comes from its first row that is not a multiple or
# percent change, when that row has a unit; rows in file order (also where
# series are created several at a time, on PostgreSQL)
printf 'series,period,kind,value,unit,base,as_of,source\n' >"$T/dims.csv"
printf 'dm.mult,2024,multiple,2,times,2020,2025-01-01,s\n' >>"$T/dims.csv"    # a multiple first
printf 'dm.mult,2024,level,5,million rubles,,2025-01-01,s\n' >>"$T/dims.csv" # fixes currency
printf 'dm.plain,2023,level,7,,,2025-01-01,s\n' >>"$T/dims.csv"              # a plain number first
printf 'dm.plain,2024,level,8,jobs,,2025-01-01,s\n' >>"$T/dims.csv"          # fixes jobs
printf 'dm.unit,2023,level,9,jobs,,2025-01-01,s\n' >>"$T/dims.csv"           # fixes jobs
printf 'dm.unit,2024,level,10,,,2025-01-01,s\n' >>"$T/dims.csv"              # a plain number: refused
run "$GS" -v ingest --skip-bad --rejects "$T/dims-rej.csv" "$T/dims.csv"
expect_rc 0 "dimensions in file order"
expect_out "5 new, 0 already present, 1 rejected" "only the plain number after a unit is refused"
expect_eq "$(reject_lines "$T/dims-rej.csv")" "7 " "line 7"
run "$GS" series --format csv 'dm.*'
expect_out '^dm\.mult,.*currency:RUB' "dm.mult measured in rubles"
expect_out '^dm\.plain,.*count:jobs|^dm\.plain,.*jobs' "dm.plain measured in jobs"
