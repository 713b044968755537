# backends: sqlite postgres
# Values read back exactly (issue 18): PostgreSQL sends a float8 as the
# shortest decimal that reads back as the same double, and the backend
# reads it by its own exact fast path (pg_strtod, series/pg/pg_conn.c)
# where it called strtod; a re-ingest reads its series' stored rows as
# such text. A value read back one unit in the last place off would make
# a re-ingest refuse its own file as conflicts, and export print another
# number. 400 values of up to 17 significant digits (python's repr, the
# oracle: its own shortest round trip), positive and negative, from 1e-4
# to 1e15: export gives each value back exactly, a re-ingest finds all
# present by either lookup, and the same rows one double up (math.nextafter)
# are all conflicts, each refused under --skip-bad. SQLite, which keeps
# the doubles in its own file, answers the same.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"

python3 - "$T" <<'PY'
import math, random, sys
t = sys.argv[1]
rnd = random.Random(144)
vals = []
while len(vals) < 400:
    mag = 10 ** rnd.uniform(-4, 15)
    x = mag * rnd.uniform(1, 10) * rnd.choice([1, -1])
    if rnd.random() < 0.5:  # a short decimal, as most files hold
        x = round(x, rnd.randrange(0, 4))
    if 1e-4 <= abs(x) < 1e15 and "e" not in repr(x):
        vals.append(x)
head = "series,period,value,unit,as_of,source\n"
rows = [("f.s%02d" % (i % 20), 1900 + i // 20) for i in range(len(vals))]
with open(t + "/a.csv", "w") as f:
    f.write(head)
    for (s, y), x in zip(rows, vals):
        f.write("%s,%d,%s,jobs,2025-01-01,s1\n" % (s, y, repr(x)))
with open(t + "/b.csv", "w") as f:
    f.write(head)
    for (s, y), x in zip(rows, vals):
        f.write("%s,%d,%s,jobs,2025-01-01,s1\n" % (s, y, repr(math.nextafter(x, math.inf))))
with open(t + "/want", "w") as f:
    for (s, y), x in sorted(zip(rows, vals)):
        f.write("%s %d %s\n" % (s, y, x.hex()))
PY

run "$GS" -v ingest --decimal . "$T/a.csv"
expect_out "400 new, 0 already present, 0 rejected" "400 values stored"

run "$GS" export
python3 - "$T/out" >"$T/got" <<'PY'
import csv, sys
rows = [(r["series"], int(r["period"]), float(r["value"]).hex())
        for r in csv.DictReader(open(sys.argv[1]))]
for r in sorted(rows):
    print("%s %d %s" % r)
PY
if cmp -s "$T/got" "$T/want"; then
	ok "export gives every value back exactly"
else
	notok "export gives every value back exactly: $(diff "$T/want" "$T/got" | head -4 | tr '\n' ' ')"
fi

for way in series probe; do
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest --decimal . "$T/a.csv"
	expect_out "0 new, 400 already present, 0 rejected" \
		"$way: a re-ingest finds every value present"
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest --decimal . "$T/b.csv"
	expect_rc 65 "$way: values one double up are conflicts"
	GROWTHSTAT_PG_LOOKUP=$way run "$GS" -v ingest --decimal . --skip-bad \
		--rejects "$T/rej-$way.csv" "$T/b.csv"
	expect_out "0 new, 0 already present, 400 rejected" \
		"$way: --skip-bad refuses every one of them"
	expect_eq "$(reject_lines "$T/rej-$way.csv")" \
		"$(python3 -c 'print("".join("%d " % n for n in range(2, 402)))')" \
		"$way: the reject file holds lines 2-401"
done
