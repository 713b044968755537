# backends: sqlite postgres
# Ingest reading a chunk's stored series whole (issue 18, pg_figs.c): on
# PostgreSQL the stored rows of the series a chunk names come back as
# binary fields and the new / present / conflict decision is made against
# them in memory; when the series hold many more rows than the chunk
# (more than 3x its rows + 1,024) the chunk probes row by row instead.
# GROWTHSTAT_PG_LOOKUP=series forces the read (SQLite ignores it, so both
# backends check the same answers). The expected counts are worked out by
# hand from the files below.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"
export GROWTHSTAT_PG_LOOKUP=series

# values whose text form could drift, periods and an as_of before 1970
# (negative day numbers), a kind and a qualifier: 8 rows, all new
cat >"$T/v.csv" <<'CSV'
series,period,kind,value,unit,as_of,source,qualifier
v.a,1950,level,-0,jobs,2025-01-01,s1,
v.a,1951,level,-5.5,jobs,2025-01-01,s1,
v.a,1952,level,0.30000000000000004,jobs,2025-01-01,s1,
v.a,1953,level,1.7976931348623157e308,jobs,2025-01-01,s1,
v.a,1954,level,123456789.12345679,jobs,2025-01-01,s1,
v.a,1955,level,2.5e-300,jobs,2025-01-01,s1,
v.a,2024-03,level,7,jobs,1961-02-03,s1,
v.a,2024-03,level,9,jobs,1961-02-03,s1,approx
CSV
run "$GS" -v ingest "$T/v.csv"
expect_out "8 new, 0 already present, 0 rejected" "8 rows new"
# each stored value read back bit for bit: all 8 present (0 and -0 equal)
sed 's/^v.a,1950,level,-0,/v.a,1950,level,0,/' "$T/v.csv" >"$T/v2.csv"
run "$GS" -v ingest "$T/v2.csv"
expect_out "0 new, 8 already present, 0 rejected" "re-ingest: all 8 present"
# one ulp off, and the other qualifier's value: two conflicts, named with
# the stored value
cat >"$T/v3.csv" <<'CSV'
series,period,kind,value,unit,as_of,source,qualifier
v.a,1952,level,0.3,jobs,2025-01-01,s1,
v.a,2024-03,level,9,jobs,1961-02-03,s1,
v.a,1951,level,-5.5,jobs,2025-01-01,s1,
CSV
run "$GS" -v ingest --skip-bad --rejects "$T/rej.csv" "$T/v3.csv"
expect_rc 0 "--skip-bad"
expect_out "0 new, 1 already present, 2 rejected" "two conflicts, one present"
expect_eq "$(reject_lines "$T/rej.csv")" "2 3 " "lines 2 and 3 rejected"
run "$GS" -v ingest "$T/v3.csv"
expect_rc 65 "a conflict refuses the file"
expect_err "v3.csv:2: conflicts with the stored figure of series 'v.a'.*\(value 0.30000000000000004\)" \
	"the conflict names its line and the exact stored value"

# a long series: 2,400 monthly rows (1900-01 .. 2099-12); a file of one
# row of it, the last month (beyond the first 1,025 rows a limited read
# returns in key order), is present; at a later as_of it is new
python3 - "$T/long.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for y in range(1900, 2100):
        for m in range(1, 13):
            f.write("l.a,%d-%02d,%d,jobs,2025-01-01,s1\n" % (y, m, y * 100 + m))
PY
run "$GS" -v ingest "$T/long.csv"
expect_out "2400 new, 0 already present, 0 rejected" "the long series: 2400 new"
printf 'series,period,value,unit,as_of,source\nl.a,2099-12,209912,jobs,2025-01-01,s1\n' >"$T/one.csv"
run "$GS" -v ingest "$T/one.csv"
expect_out "0 new, 1 already present, 0 rejected" "its last month: present"
printf 'series,period,value,unit,as_of,source\nl.a,2099-12,1,jobs,2025-01-01,s1\n' >"$T/bad.csv"
run "$GS" -v ingest "$T/bad.csv"
expect_rc 65 "its last month, another value: refused"
expect_err "bad.csv:2: conflicts with the stored figure of series 'l.a'.*\(value 209912\)" \
	"the conflict names the stored value"
printf 'series,period,value,unit,as_of,source\nl.a,2099-12,1,jobs,2025-06-01,s1\n' >"$T/later.csv"
run "$GS" -v ingest "$T/later.csv"
expect_out "1 new, 0 already present, 0 rejected" "a later as_of: new"

# a source first named after more than a megabyte of new rows: the COPY
# streaming them is ended by the source's INSERT and a new one opened for
# the rest (binary data needs its header again): 12,000 + 2 rows, all new
python3 - "$T/src.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for s in range(10):
        for y in range(1900, 2000):
            for m in range(1, 13):
                f.write("m.s%d,%d-%02d,%d,jobs,2025-01-01,s1\n" % (s, y, m, m))
    f.write("z.b,2020,1.5,jobs,2025-01-01,s2\nz.b,2021,2.5,jobs,2025-01-01,s2\n")
PY
run "$GS" -v ingest "$T/src.csv"
expect_out "12002 new, 0 already present, 0 rejected" "a late new source: 12002 new"
run "$GS" show --format csv z.b
expect_eq "$(field "$T/out" '^2021,' 4)" 2.5 "its rows stored"
run "$GS" -v ingest "$T/src.csv"
expect_out "0 new, 12002 already present, 0 rejected" "re-ingest: all present"

# the read takes only the rows at the file's as_of dates, all of them when
# there are more than 16: 20 vintages of one figure, then the same file
# again (all present), then a file of two vintages, one stored and one new
python3 - "$T/vint.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for d in range(1, 21):
        f.write("q.a,2020,%d,jobs,2024-01-%02d,s1\n" % (d, d))
PY
run "$GS" -v ingest "$T/vint.csv"
expect_out "20 new, 0 already present, 0 rejected" "20 vintages new"
run "$GS" -v ingest "$T/vint.csv"
expect_out "0 new, 20 already present, 0 rejected" "20 vintages: all present"
printf 'series,period,value,unit,as_of,source\nq.a,2020,17,jobs,2024-01-17,s1\nq.a,2020,99,jobs,2024-02-01,s1\n' >"$T/two.csv"
run "$GS" -v ingest "$T/two.csv"
expect_out "1 new, 1 already present, 0 rejected" "two vintages: one present, one new"
