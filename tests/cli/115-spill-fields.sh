# a large ingest's sorted runs keep every field of every row: a file spilled
# in many small runs stores exactly what one in-memory stage stores
# backends: sqlite
. "$GS_TOP/tests/cli/lib.sh"

# 4,001 rows over 40 series, shuffled: three sources, unit texts of one
# dimension per series, empty, quoted, Cyrillic and long notes, qualifiers,
# multiples with a base, negative values, vintages; neighbours in a run
# share some fields and not others.
python3 - "$T/in.csv" <<'PY'
import random, sys
rnd = random.Random(115)
units = [["rubles", "million rubles", "billion rubles"], ["jobs", "thousand jobs"]]
notes = ["", "plain", "\"a, quoted; note\"", "\"выпуск, млн руб.\"", "x" * 300]
rows = []
for s in range(40):
    for i in range(100):
        y, m = 2000 + i // 12, i % 12 + 1
        kind, base, unit = "level", "", rnd.choice(units[s % 2])
        value = "%.3f" % rnd.uniform(-500, 500)
        if i >= 12 and rnd.random() < 0.1:
            kind, base, unit, value = "multiple", "%d-%02d" % (y - 1, m), "times", "%.4f" % rnd.uniform(0.5, 2)
        q = rnd.choice(["", "", "over", "about", "up_to"])
        rows.append("s%02d.m,%d-%02d,%s,%s,%s,%s,%s,2025-%02d-01,src%d,%s\n" % (
            s, y, m, kind, value, unit, q, base, rnd.randrange(1, 13), rnd.randrange(3), rnd.choice(notes)))
rows.append("s00.m,2030,target,1000,million rubles,,,2025-01-01,src0,goal\n")
rnd.shuffle(rows)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("series,period,kind,value,unit,qualifier,base,as_of,source,note\n")
    f.writelines(rows)
PY

dump() {
	sqlite3 "$1" "SELECT s.key, o.kind, o.period_start, o.period_end, o.base_start,
		o.base_end, src.name, o.as_of, o.qualifier, o.period_prec, o.base_prec,
		quote(o.value), o.unit, o.note FROM observations o
		JOIN series s ON s.id = o.series_id JOIN sources src ON src.id = o.source_id
		ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9"
	sqlite3 "$1" "SELECT key, dimension, unit FROM series ORDER BY key"
}

run "$GS" --db "$T/one.db" -v ingest --decimal . "$T/in.csv"
expect_rc 0 "one stage"
expect_out "4001 new" "every row new in one stage"
GROWTHSTAT_STAGE_ROWS=37 run "$GS" --db "$T/runs.db" -v ingest --decimal . "$T/in.csv"
expect_rc 0 "109 runs of 37 rows"
expect_out "4001 new" "every row new through the runs"
dump "$T/one.db" >"$T/one.txt"
dump "$T/runs.db" >"$T/runs.txt"
expect_eq "$(wc -l <"$T/runs.txt" | tr -d ' ')" 4041 "4,001 figures and 40 series"
if cmp -s "$T/one.txt" "$T/runs.txt"; then ok "the runs store what one stage stores"; else
	notok "the runs store other rows"; diff "$T/one.txt" "$T/runs.txt" | head -5 | sed 's/^/#   /'; fi
expect_eq "$(grep -c 'xxxxxxxxxx' "$T/runs.txt")" "$(grep -c 'xxxxxxxxxx' "$T/in.csv")" "every long note kept"
expect_eq "$(grep -c 'выпуск, млн руб.' "$T/runs.txt")" "$(grep -c 'выпуск, млн руб.' "$T/in.csv")" "every Cyrillic note kept"
