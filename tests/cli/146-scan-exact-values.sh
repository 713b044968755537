# backends: sqlite postgres
# Values exact through a report over every series (issue 18). On
# PostgreSQL the scan reads a float8 as COPY's shortest decimal text, a
# figures-only scan sends fewer columns (a figure's base as one), and
# more than 64 series are read through two COPYs on one snapshot, dealt
# out in blocks of 64 in key order (series/pg/pg_scan.c). SQLite reads
# its doubles from its file. 155 series of two equal points (2020, 2021)
# each: awkward doubles (0.1, 0.30000000000000004, 1e308, DBL_MAX, the
# smallest normal, 2^53 + 1, 1e22, 1e23, negatives, 0, random values
# from 1e-300 to 1e300) by ingest, and subnormals and -0 (which ingest
# refuses or makes 0) written by SQL as another program could. A linear
# fit of two equal points projects the value itself (the slope is 0, the
# mean of x and x is x), so `project --all --method linear` must print
# every value back to the bit (python's float of the printed text against
# the value written; -0 reads as 0 on both backends), but where x + x
# overflows (no fit: its line is empty) and there cagr (x / x = 1)
# projects it. On PostgreSQL the same report read through one COPY
# (GROWTHSTAT_PG_SCAN_STREAMS=1) must be byte for byte the same, and so
# must a report page (every column: the other statement) and a glob,
# and as a role the server lets connect only once (no second COPY).
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"

python3 - "$T" <<'PY'
import random, sys
t = sys.argv[1]
rnd = random.Random(146)
vals = [0.1, 0.30000000000000004, 1e308, 1.7976931348623157e308,
        2.2250738585072014e-308, 1 / 3, 2 / 3, 123456789.12345679,
        9007199254740993.0, 4.35, 1e-300, 1e22, 1e23, -1.5, -0.1, 0.0,
        -2.2250738585072014e-308]
while len(vals) < 150:
    vals.append(rnd.uniform(1, 10) * 10 ** rnd.choice(
        [rnd.uniform(-300, 300), rnd.uniform(-20, 20)]) * rnd.choice([1, -1]))
sub = [5e-324, 1e-310, 2.225073858507201e-308, -5e-324, -0.0]
with open(t + "/v.csv", "w") as f:
    f.write("series,period,value,unit,as_of,source\n")
    for i, x in enumerate(vals):
        for y in (2020, 2021):
            f.write("x.n%03d,%d,%r,jobs,2025-01-01,s1\n" % (i, y, x))
    for i in range(len(sub)):  # the series, by a point the window leaves out
        f.write("x.z%d,2019,1,jobs,2025-01-01,s1\n" % i)
rows = ", ".join("('x.z%d', %r)" % (i, x) for i, x in enumerate(sub))
with open(t + "/ins.sql", "w") as f:
    f.write("INSERT INTO observations(series_id, kind, period_start,"
            " period_end, source_id, as_of, period_prec, value, unit,"
            " batch_id) SELECT s.id, 'level', y.column1 * 10000 + 101,"
            " y.column1 * 10000 + 1231, 1, 20250101, 'year', v.column2,"
            " 'jobs', 1 FROM series s JOIN (VALUES %s) v ON s.key ="
            " v.column1 CROSS JOIN (VALUES (2020), (2021)) y" % rows)
with open(t + "/want", "w") as f:
    for k, x in [("x.n%03d" % i, x) for i, x in enumerate(vals)] + \
            [("x.z%d" % i, x) for i, x in enumerate(sub)]:
        f.write("%s %s\n" % (k, (x + 0.0).hex()))
PY

run "$GS" -q ingest --decimal . "$T/v.csv"
expect_rc 0 "300 values ingested"
sql "$(cat "$T/ins.sql")" >/dev/null
expect_eq "$(sql "SELECT count(*) FROM observations")" 315 \
	"10 subnormal and -0 rows written by SQL"

# every projection read back as a double: the linear one, else cagr's
project_bits() {
	"$GS" project --all --from 2020 --to 2030 --method linear \
		--format csv >"$T/lin.csv" &&
	"$GS" project --all --from 2020 --to 2030 --method cagr \
		--format csv >"$T/cagr.csv" &&
	python3 - "$T/lin.csv" "$T/cagr.csv" <<'PY'
import csv, sys
lin = {r["series"]: r["projected"] for r in csv.DictReader(open(sys.argv[1]))}
cagr = {r["series"]: r["projected"] for r in csv.DictReader(open(sys.argv[2]))}
for k in sorted(lin):
    v = lin[k] or cagr[k]
    print(k, float(v).hex() if v else "none")
PY
}
project_bits >"$T/got"
if cmp -s "$T/got" "$T/want"; then
	ok "every value of 155 series projected back to the bit"
else
	notok "every value projected back to the bit: $(diff "$T/want" "$T/got" | head -6 | tr '\n' ' ')"
fi

case $GROWTHSTAT_DB in
postgres*)
	cp "$T/lin.csv" "$T/lin2.csv"
	GROWTHSTAT_PG_SCAN_STREAMS=1 project_bits >"$T/got1"
	if cmp -s "$T/got1" "$T/want" && cmp -s "$T/lin.csv" "$T/lin2.csv"; then
		ok "one COPY gives the same lines as two"
	else
		notok "one COPY gives the same lines as two"
	fi
	export SOURCE_DATE_EPOCH=1700000000
	"$GS" report -o "$T/r2.md" --format md 2>/dev/null
	GROWTHSTAT_PG_SCAN_STREAMS=1 "$GS" report -o "$T/r1.md" --format md 2>/dev/null
	if [ -s "$T/r1.md" ] && cmp -s "$T/r1.md" "$T/r2.md"; then
		ok "a report page read through two COPYs is the same"
	else
		notok "a report page read through two COPYs is the same"
	fi
	"$GS" project --all 'x.n*' --from 2020 --to 2030 --method linear \
		--format csv >"$T/g2.csv"
	grep -E '^(series|x\.n)' "$T/lin.csv" >"$T/g1.csv"
	if cmp -s "$T/g1.csv" "$T/g2.csv" && [ "$(wc -l <"$T/g2.csv")" -eq 151 ]; then
		ok "a glob of 150 series through two COPYs: their lines"
	else
		notok "a glob of 150 series through two COPYs: their lines"
	fi
	# a role the server lets connect once: no second connection, and the
	# report goes on through one COPY
	role="gs_one_$$"
	sql "CREATE ROLE $role LOGIN CONNECTION LIMIT 1" >/dev/null
	sql "GRANT SELECT ON ALL TABLES IN SCHEMA public TO $role" >/dev/null
	GROWTHSTAT_DB=$(echo "$GROWTHSTAT_DB" | sed "s|//gs@|//$role@|") \
		run "$GS" project --all --from 2020 --to 2030 --method linear \
		--format csv
	expect_rc 0 "one connection allowed: the report runs"
	if cmp -s "$T/out" "$T/lin2.csv"; then
		ok "one connection allowed: the same lines through one COPY"
	else
		notok "one connection allowed: the same lines through one COPY"
	fi
	sql "DROP OWNED BY $role" >/dev/null
	sql "DROP ROLE $role" >/dev/null ;;
esac
