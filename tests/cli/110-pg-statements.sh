# PostgreSQL: the statements growthstat sends, read back from
# pg_stat_statements (issue 18). A private cluster with the extension
# preloaded runs a workload of every command that touches the database;
# then
# - a report over all series (project --all, check, report) reads the rows
#   of observations by one statement, whatever the number of series: not a
#   query per series;
# - ingest sends a fixed number of statements per file and flush, not per
#   row, series or change of source;
# - every statement that touches observations filters or joins on its
#   distribution column (series_id) and every one that touches series
#   filters on id, except the statements docs/postgres.md lists as going to
#   every shard (the block between the "fan-out statements" markers):
#   the docs must name exactly those.
# Skipped (TAP SKIP) without PostgreSQL or pg_stat_statements, or GS_PG=0.
. "$GS_TOP/tests/cli/lib.sh"

skip() { echo "ok - # SKIP $*"; exit 0; }
[ "${GS_PG:-1}" != 0 ] || skip "GS_PG=0"
bindir=""
for d in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
	[ -n "$d" ] && [ -x "$d/pg_ctl" ] && bindir=$d
done
[ -n "$bindir" ] || skip "PostgreSQL is not installed"
[ -f "$(dirname "$bindir")/lib/pg_stat_statements.so" ] ||
	[ -f "$("$bindir/pg_config" --pkglibdir 2>/dev/null)/pg_stat_statements.so" ] ||
	skip "pg_stat_statements is not installed"

pgdir="$T/pg"
env=$(sh "$GS_TOP/tests/pg/start.sh" "$pgdir") || skip "cannot start a cluster"
eval "$env"
trap 'sh "$GS_TOP/tests/pg/stop.sh" "$pgdir"; rm -rf "$T"' EXIT
as=""
[ "$(id -u)" -eq 0 ] && as="runuser -u $(stat -c %U "$pgdir") --"
psql -X -q "$GS_PG_URI" -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" &&
	$as "$GS_PG_BIN/pg_ctl" -D "$pgdir/data" -w -m fast restart >/dev/null 2>&1 ||
	skip "cannot restart the cluster with pg_stat_statements"
psql -X -q "$GS_PG_URI" -c "CREATE DATABASE work" -c "CREATE DATABASE wide" >/dev/null
db="${GS_PG_URI%/*}/work"
for d in work wide; do
	psql -X -q "${GS_PG_URI%/*}/$d" -c "CREATE EXTENSION pg_stat_statements" >/dev/null
done
export GROWTHSTAT_DB="$db"

# stats STATEMENT-REGEX: calls of matching statements in database work
calls() {
	psql -X -At "$db" -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
		s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
		AND query ~ '$1'"
}
reset() { psql -X -q -At "$db" -c "SELECT pg_stat_statements_reset()" >/dev/null; }

# A file of N series (3 rows each, 3 sources taking turns), written by
# python; UNIT (default million rubles) may be empty: plain numbers.
gen() { # N FILE AS_OF [UNIT]
	python3 - "$1" "$2" "$3" "${4-million rubles}" <<'PY'
import sys
n, path, as_of, unit = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
with open(path, "w") as f:
    f.write("series,period,kind,value,unit,as_of,source\n")
    for i in range(n):
        for y in (2021, 2022, 2023):
            f.write("st.s%04d,%d,level,%d,%s,%s,src%d\n"
                    % (i, y, 100 + i + y % 10, unit, as_of, (i + y) % 3))
PY
}

# ---- a report over all series: one statement reads observations
run "$GS" init; expect_rc 0 "init"
gen 40 "$T/a40.csv" 2025-01-01
run "$GS" -q ingest "$T/a40.csv"; expect_rc 0 "ingest 40 series"
for cmd in "project --all --to 2030" "check" "implied" "report -o $T/r.html"; do
	reset
	run "$GS" $cmd
	n=$(calls '\mobservations\M')
	if [ "$n" -le 2 ]; then ok "$cmd over 40 series: $n statements read observations"
	else notok "$cmd over 40 series: $n statements read observations, want <= 2"; fi
done

# ---- ingest: statements per file, not per row, series or source
gen 40 "$T/b40.csv" 2025-02-01
gen 400 "$T/b400.csv" 2025-02-01
reset
run "$GS" -q ingest "$T/b40.csv"; expect_rc 0 "ingest a revision of 40 series"
few=$(calls '.')
GROWTHSTAT_DB="${GS_PG_URI%/*}/wide" run "$GS" init
GROWTHSTAT_DB="${GS_PG_URI%/*}/wide" run "$GS" -q ingest "$T/a40.csv"
psql -X -q -At "${GS_PG_URI%/*}/wide" -c "SELECT pg_stat_statements_reset()" >/dev/null
GROWTHSTAT_DB="${GS_PG_URI%/*}/wide" run "$GS" -q ingest "$T/b400.csv"
expect_rc 0 "ingest 400 series (40 stored)"
many=$(psql -X -At "${GS_PG_URI%/*}/wide" -c "SELECT sum(calls) FROM pg_stat_statements
	s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()")
[ "$many" -le $((few + 2)) ] &&
	ok "ingest: $many statements for 400 series (1,200 rows), $few for 40" ||
	notok "ingest: $many statements for 400 series (1,200 rows), $few for 40"
reset
run "$GS" -q ingest "$T/b40.csv"; expect_rc 0 "re-ingest"
n=$(calls '.')
[ "$n" -le "$few" ] && ok "re-ingest: $n statements" ||
	notok "re-ingest: $n statements, more than the first time ($few)"

# ---- series stored without a unit get theirs together, not one by one
for n in 40 400; do
	psql -X -q "$GS_PG_URI" -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS plain" -c "CREATE DATABASE plain"
	psql -X -q "${GS_PG_URI%/*}/plain" -c "CREATE EXTENSION pg_stat_statements" >/dev/null
	gen $n "$T/p$n.csv" 2025-01-01 ""
	gen $n "$T/u$n.csv" 2025-03-01
	GROWTHSTAT_DB="${GS_PG_URI%/*}/plain" run "$GS" init
	GROWTHSTAT_DB="${GS_PG_URI%/*}/plain" run "$GS" -q ingest "$T/p$n.csv"
	psql -X -q "${GS_PG_URI%/*}/plain" -c "SELECT pg_stat_statements_reset()" >/dev/null
	GROWTHSTAT_DB="${GS_PG_URI%/*}/plain" run "$GS" -q ingest "$T/u$n.csv"
	expect_rc 0 "$n plain series take a unit"
	eval "units$n=\$(psql -X -At \"\${GS_PG_URI%/*}/plain\" -c \"SELECT sum(calls)
		FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
		WHERE d.datname = current_database()\")"
	expect_eq "$(psql -X -At "${GS_PG_URI%/*}/plain" -c "SELECT count(*) FROM series
		WHERE dimension = 'currency:RUB'")" $n "$n series have a dimension"
done
[ "$units400" -le "$units40" ] &&
	ok "units for 400 series by $units400 statements, for 40 by $units40" ||
	notok "units for 400 series by $units400 statements, for 40 by $units40"

# ---- the workload: every command, for the distribution check
reset
for f in "$GS_TOP"/scripts/seed/*.csv; do
	run "$GS" -q ingest "$f"; expect_rc 0 "ingest $(basename "$f")"
done
printf 'series,period,kind,value,unit,as_of,source\nst.s0001,2021,level,999,million rubles,2025-01-01,src0\nst.new,2021,level,5,,2025-01-01,src9\n' >"$T/bad.csv"
run "$GS" -q ingest "$T/bad.csv"; expect_rc 65 "a conflicting file is refused"
run "$GS" -q ingest --skip-bad --rejects "$T/rej.csv" "$T/bad.csv"
expect_rc 0 "--skip-bad"
printf 'series,period,kind,value,unit,as_of,source\nst.new,2022,level,6,jobs,2025-01-01,src9\n' >"$T/unit.csv"
run "$GS" -q ingest "$T/unit.csv"; expect_rc 0 "a plain series takes a unit"
GROWTHSTAT_STAGE_ROWS=7 run "$GS" -q ingest "$T/b400.csv"; expect_rc 0 "spilled stage"
key=moscow.pharma.output
for cmd in "series" "series st.*" "sources" "show $key" "show --all-vintages $key" \
	"show --as-of 2025-01-01 $key" "growth $key" "implied $key" \
	"project $key --to 2030" "project --all --to 2030" "check" "check $key" \
	"revisions $key" "export $key" "chart --script-only $key -o $T/c.png" \
	"report -o $T/r2.html" "retract $key 1 --reason wrong" \
	"retract --batch 1 --reason wrong" "retract --list" "show $key"; do
	run "$GS" $cmd
	[ "$rc" -le 1 ] && ok "$cmd" || { notok "$cmd: exit $rc"; sed 's/^/#   /' "$T/err" | head -3; }
done

# ---- every statement against the docs' list of fan-out statements
psql -X -At -R "$(printf '\036')" "$db" -c "SELECT query FROM pg_stat_statements s
	JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()" \
	>"$T/statements"
python3 - "$T/statements" "$GS_TOP/docs/postgres.md" >"$T/classified" <<'PY'
import re, sys
stmts = [" ".join(q.split()) for q in open(sys.argv[1]).read().split("\x1e")]
doc = open(sys.argv[2]).read()
block = doc.split("<!-- fan-out statements")[1].split("<!-- end of fan-out")[0]
listed = [l.strip() for l in block.splitlines()
          if l.strip() and not l.startswith(("```", "-->")) and "tests/cli" not in l]
ddl = re.compile(r"^(CREATE|ALTER|DROP|COMMENT|GRANT|BEGIN|COMMIT|ROLLBACK|SET"
                 r"|SELECT set_config|SELECT pg_|TRUNCATE gs_stage|FETCH|CLOSE)", re.I)
obs = re.compile(r"(?<![\w.])observations\b")
ser = re.compile(r"\b(FROM|JOIN|INTO|UPDATE)\s+series\b")
# on one shard: the distribution column equal to a parameter (or rows
# COPYed or inserted, which Citus routes by their own values)
obs_routed = re.compile(r"(?<![\w.])(\w+\.)?series_id\s*=\s*(\$\d|ANY\(\$)|"
                        r"^(COPY|INSERT INTO) observations\b")
ser_routed = re.compile(r"(?<![\w.])(\w+\.)?id\s*=\s*(\$\d|ANY\(\$)|"
                        r"^INSERT INTO series\b")
# observations and series joined on the distribution column (colocated)
joined = re.compile(r"\w+\.series_id\s*=\s*\w+\.id\b|\w+\.id\s*=\s*\w+\.series_id\b")
seen = set()
for q in stmts:
    if not q or ddl.match(q):
        continue
    o, r = obs.search(q), ser.search(q)
    if o and r and not joined.search(q):
        print("unjoined\t" + q)
        continue
    if (not o or obs_routed.search(q)) and (not r or ser_routed.search(q)):
        print("routed\t" + q)
        continue
    hit = [l for l in listed if q.startswith(l)]
    print(("listed\t" if hit else "unlisted\t") + q)
    seen.update(hit)
for l in listed:
    if l not in seen:
        print("stale\t" + l)
PY
expect_eq "$?" 0 "statements classified"
n=$(grep -c '^routed' "$T/classified")
[ "$n" -ge 10 ] && ok "$n statements route on the distribution column" ||
	notok "only $n statements route on the distribution column"
expect_eq "$(grep -c '^unjoined' "$T/classified")" 0 \
	"observations and series are joined on the distribution column"
grep '^unjoined' "$T/classified" | sed 's/^/#   /' | cut -c1-220
expect_eq "$(grep -c '^unlisted' "$T/classified")" 0 \
	"every other statement is listed in docs/postgres.md as fan-out"
grep '^unlisted' "$T/classified" | sed 's/^/#   /' | cut -c1-300
expect_eq "$(grep -c '^stale' "$T/classified")" 0 \
	"every fan-out statement docs/postgres.md lists is sent"
grep '^stale' "$T/classified" | sed 's/^/#   /'

# ---- the scan under another plan: a hash join sorts rows by series key
# only, in no order within a series; the figures must come out the same
# (pg_scan.c groups each series' figures itself)
for cmd in "project --all --to 2030 --format csv" "check --format csv" \
	"implied --format csv"; do
	"$GS" $cmd >"$T/plan1" 2>&1
	PGOPTIONS="-c enable_nestloop=off -c enable_indexscan=off -c enable_bitmapscan=off" \
		"$GS" $cmd >"$T/plan2" 2>&1
	if cmp -s "$T/plan1" "$T/plan2" && [ -s "$T/plan1" ]; then
		ok "$cmd: the same under a hash-join plan"
	else
		notok "$cmd: differs under a hash-join plan"
		diff "$T/plan1" "$T/plan2" | head -5 | sed 's/^/#   /'
	fi
done
# two vintages of three figures, the later one ingested second, so that in
# the table's own order the rows of a figure are not adjacent: the latest
# vintage is 10, 20, 30 (2021..2023), CAGR sqrt(30/10) - 1, and 2030 is
# 30 * 3^3.5 (the earlier vintage, 1 2 3, would give a tenth of it)
psql -X -q "$GS_PG_URI" -c "CREATE DATABASE plan" >/dev/null
printf 'series,period,kind,value,unit,as_of,source\na.x,2021,level,1,jobs,2025-01-01,s\na.x,2022,level,2,jobs,2025-01-01,s\na.x,2023,level,3,jobs,2025-01-01,s\nb.x,2021,level,1,jobs,2025-01-01,s\n' >"$T/v1.csv"
printf 'series,period,kind,value,unit,as_of,source\na.x,2021,level,10,jobs,2025-02-01,s\na.x,2022,level,20,jobs,2025-02-01,s\na.x,2023,level,30,jobs,2025-02-01,s\n' >"$T/v2.csv"
export GROWTHSTAT_DB="${GS_PG_URI%/*}/plan"
run "$GS" init; run "$GS" -q ingest "$T/v1.csv"; run "$GS" -q ingest "$T/v2.csv"
expect_rc 0 "two vintages"
PGOPTIONS="-c enable_nestloop=off -c enable_indexscan=off -c enable_bitmapscan=off" \
	run "$GS" project --all --to 2030 --format csv
expect_close "$(field "$T/out" '^a\.x,' 6)" "$(calc '30 * 3 ** 3.5')" \
	"hash-join plan: the 2030 projection from the latest vintage"
expect_close "$(field "$T/out" '^a\.x,' 4)" "$(calc '(sqrt(3) - 1) * 100')" \
	"hash-join plan: the growth of the latest vintage"
