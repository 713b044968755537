# backends: sqlite postgres
# A series' new rows reach PostgreSQL in the primary key's order
# (series/pg/pg_bulk.c, issue 18): a file whose rows are shuffled within
# each series is stored with the same rows and values on both backends,
# and on PostgreSQL the rows lie in the table (ctid order: one
# transaction of appends into a new table) with each series' rows rising
# by the key, where the file had them at random. Expected counts and sums
# are worked out here by python from the file it writes.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"

# 3 series x (30 levels, 10 multiples on a base year) x 2 sources, the
# lines shuffled with a fixed seed, each row's note naming its series,
# source and unit; in2.csv the same under other keys
python3 - "$T" <<'PY'
import random, sys
for name, pre in (("in", "k"), ("in2", "m")):
    rows = []
    for s in ("alpha", "beta", "gamma"):
        for src in ("src.a", "src.b"):
            for y in range(1991, 2021):
                rows.append((pre + "." + s, str(y), "level", "%d" % (y - 1900),
                             "jobs", "", "2025-01-01", src,
                             "%s.%s/%s/jobs" % (pre, s, src)))
            for y in range(2011, 2021):
                rows.append((pre + "." + s, str(y), "multiple", "1.5", "times",
                             "2010", "2025-01-01", src,
                             "%s.%s/%s/times" % (pre, s, src)))
    random.Random(143).shuffle(rows)
    with open("%s/%s.csv" % (sys.argv[1], name), "w") as f:
        f.write("series,period,kind,value,unit,base,as_of,source,note\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    with open("%s/%s.want" % (sys.argv[1], name), "w") as f:
        f.write("%d %s\n" % (len(rows), repr(sum(float(r[3]) for r in rows))))
PY

# the number of rows of the series named PREFIX.*, in ctid order, that
# sort below the row before them in the same series (0 when every
# series' rows went in by the key)
descents() {
	sql "SELECT count(*) FROM (SELECT series_id, (kind, period_start,
		period_end, base_start, base_end, source_id, qualifier, as_of)
		AS k, lag(series_id) OVER w AS ps, lag((kind, period_start,
		period_end, base_start, base_end, source_id, qualifier, as_of))
		OVER w AS pk FROM observations WHERE series_id IN (SELECT id
		FROM series WHERE key LIKE '$1.%') WINDOW w AS (ORDER BY ctid)) t
		WHERE ps = series_id AND k < pk"
}

# PREFIX WANTFILE DESC: the rows and values of PREFIX.* stored
check_stored() {
	read want_n want_sum <"$2"
	expect_eq "$(sql "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key LIKE '$1.%'")" \
		"$want_n" "$3: every row stored"
	expect_close "$(sql "SELECT sum(value) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key LIKE '$1.%'")" \
		"$want_sum" "$3: the values stored"
	expect_eq "$(sql "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id JOIN sources r ON r.id = o.source_id WHERE s.key LIKE '$1.%' AND o.note <> s.key || '/' || r.name || '/' || o.unit")" \
		0 "$3: each row's unit and note its own"
}
is_pg() { [ "${GROWTHSTAT_DB#postgres}" != "$GROWTHSTAT_DB" ]; }

# ---- one stage buffer (no plan): one series' rows at a time
run "$GS" -q ingest "$T/in.csv"
expect_rc 0 "ingest"
check_stored k "$T/in.want" "one buffer"
if is_pg; then
	expect_eq "$(descents k)" 0 "each series' rows stored in the key's order"
fi

# ---- spilled in buffers of 50 rows (a plan over 5 chunks): a series'
# rows are ordered within each chunk, so at most one fall at each of
# the 4 chunk ends
GROWTHSTAT_STAGE_ROWS=50 run "$GS" -q ingest "$T/in2.csv"
expect_rc 0 "ingest in chunks"
check_stored m "$T/in2.want" "chunks"
if is_pg; then
	d=$(descents m)
	if [ "$d" -le 4 ]; then ok "chunks: rows by the key within each chunk ($d falls)"
	else notok "chunks: $d rows below the one before (want at most 4)"; fi
fi
