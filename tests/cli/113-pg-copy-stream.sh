# backends: sqlite postgres
# A flush's new rows stream to PostgreSQL through one COPY left open while
# the next rows are built (pg_copy.c, issue 18): a flush of 20,000 rows
# (about 1.4 MB of COPY text, more than the 1 MB sent at a time) where a
# new source appears only in its last series, after streaming began (the
# COPY must end before the source is created, and go on after), is stored
# whole; a file whose last row conflicts is refused with nothing stored
# (the open COPY abandoned), and --skip-bad stores all but that row. The
# counts and values are worked out from the generator; SQLite gives the
# same answers.
. "$GS_TOP/tests/cli/lib.sh"

# 400 series x 50 years, value = series number * 1000 + year - 1900;
# zz.last (the last series in key order) from source s-late
gen() { # FILE AS_OF
	python3 - "$1" "$2" <<'PY'
import sys
path, as_of = sys.argv[1], sys.argv[2]
with open(path, "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for s in range(400):
        key = "zz.last" if s == 399 else "cs.s%03d" % s
        src = "s-late" if s == 399 else "s1"
        for y in range(1950, 2000):
            f.write("%s,%d,%d,jobs,%s,%s\n" % (key, y, s * 1000 + y - 1900, as_of, src))
PY
}
gen "$T/a.csv" 2025-01-01
run "$GS" -v ingest "$T/a.csv"
expect_rc 0 "20,000 rows in one flush"
expect_out "20000 new, 0 already present, 0 rejected" "all new"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 20000 "all stored"
run "$GS" show --format csv zz.last
expect_eq "$(field "$T/out" '^1999,' 4)" $((399 * 1000 + 99)) "zz.last 1999, from the late source"
expect_eq "$(field "$T/out" '^1999,' 8)" s-late "its source, created mid-flush"
run "$GS" show --format csv cs.s150
expect_eq "$(field "$T/out" '^1950,' 4)" $((150 * 1000 + 50)) "cs.s150 1950"

# the same rows a year later, but zz.last 1999 restated at the first
# as_of with another value: a conflict, in the flush's last series
gen "$T/b.csv" 2026-01-01
printf 'zz.last,1999,1,jobs,2025-01-01,s-late\n' >>"$T/b.csv"
run "$GS" -v ingest "$T/b.csv"
expect_rc 65 "a conflict after 20,000 new rows refuses the file"
expect_err "b.csv:20002: conflicts with the stored figure of series 'zz.last'" "naming its line"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 20000 "nothing of it stored"
run "$GS" -v ingest --skip-bad --rejects "$T/rej.csv" "$T/b.csv"
expect_rc 0 "--skip-bad"
expect_out "20000 new, 0 already present, 1 rejected" "20,000 new, the conflict rejected"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 40000 "both vintages stored"
run "$GS" -v ingest "$T/a.csv"
expect_out "0 new, 20000 already present, 0 rejected" "the first file again: all present"
