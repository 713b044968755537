# backends: sqlite postgres
# the storage guarantees, checked the same way on every backend: the
# database refuses UPDATE and DELETE, revisions and --as-of, idempotent
# re-ingest, one transaction per file, the schema version, writers in turn
. "$GS_TOP/tests/cli/lib.sh"
. "$GS_TOP/tests/cli/lib_refused.sh"

run "$GS" -v init
expect_rc 0 "init"
expect_out "schema version 5" "init states the schema version"
run "$GS" -v init
expect_rc 0 "init again is harmless"

cat >"$T/v1.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
m.out,2023,level,140,billion rubles,2025-01-10,stat
m.out,2024,level,150,billion rubles,2025-01-10,stat
m.jobs,2024,level,6300,jobs,2025-01-10,stat
CSV
cat >"$T/v2.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
m.out,2024,level,154,billion rubles,2025-06-01,stat
m.out,2023,level,140,billion rubles,2025-06-01,stat
CSV
run "$GS" -v ingest "$T/v1.csv"
expect_rc 0 "first vintage"
expect_out "3 new, 0 already present" "three rows new"
run "$GS" -v ingest "$T/v2.csv"
expect_rc 0 "a revision"
# the unchanged 2023 figure restated at a later as_of is a row of its own
# (what is stored must not depend on the order files arrive in)
expect_out "2 new, 0 already present" "a restatement at a later as_of is stored"
run "$GS" -v ingest "$T/v1.csv" "$T/v2.csv"
expect_rc 0 "re-ingest both"
expect_out "v1.csv: 0 new, 3 already present" "re-ingest adds nothing (1)"
expect_out "v2.csv: 0 new, 2 already present" "re-ingest adds nothing (2)"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 5 "five rows stored"

for q in "DELETE FROM observations" "UPDATE observations SET value = 1" \
	 "DELETE FROM series" "DELETE FROM sources" "UPDATE sources SET name='x'" \
	 "DELETE FROM batches" "UPDATE series SET key = 'other'"; do
	expect_refused "$q" "append-only|never" "the database"
done
expect_eq "$(sql 'SELECT count(*) FROM observations')" 5 "rows still there"

run "$GS" show m.out --format csv
expect_out '^2024,level,,154000000000,' "latest vintage by default"
expect_no_out '^2024,level,,150000000000,' "superseded vintage hidden"
run "$GS" show m.out --as-of 2025-03-01 --format csv
expect_out '^2024,level,,150000000000,' "--as-of shows what was known then"
expect_no_out '^2024,level,,154000000000,' "--as-of hides the later vintage"
run "$GS" show m.out --all-vintages --format csv
expect_eq "$(grep -c '^2024,level' "$T/out")" 2 "--all-vintages shows both"
run "$GS" growth m.out --format csv
expect_rc 0 "growth on the stored series"

# a conflict at the same as_of refuses the whole file: nothing of it stays
cat >"$T/bad.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
m.new,2024,level,1,jobs,2025-06-01,stat
m.out,2024,level,999,billion rubles,2025-06-01,stat
CSV
run "$GS" ingest "$T/bad.csv"
expect_rc 65 "a conflicting figure refuses the file"
expect_err "conflicts with the stored figure" "says why"
expect_eq "$(sql "SELECT count(*) FROM series WHERE key = 'm.new'")" 0 \
	"one transaction per file: nothing of it stored"
expect_eq "$(sql "SELECT count(*) FROM batches WHERE status = 'refused'")" 1 \
	"the refused attempt is logged"

# writers take turns: parallel ingests of distinct files all land
i=0
while [ $i -lt 4 ]; do
	printf 'series,period,value,unit,as_of\np.s%d,2024,%d,jobs,2025-01-01\n' \
		$i $i >"$T/p$i.csv"
	i=$((i + 1))
done
"$GS" ingest --lock-timeout 30 "$T/p0.csv" "$T/p1.csv" & a=$!
"$GS" ingest --lock-timeout 30 "$T/p2.csv" "$T/p3.csv" & b=$!
wait $a; ra=$?
wait $b; rb=$?
expect_eq "$ra $rb" "0 0" "parallel ingests both succeed"
expect_eq "$(sql "SELECT count(*) FROM series WHERE key LIKE 'p.s%'")" 4 \
	"every file of both landed"
run "$GS" series 'p.s[0-1]' --format csv
expect_eq "$(cut -d, -f1 "$T/out" | grep -c '^p\.s')" 2 "series glob with a class"

case $GROWTHSTAT_DB in
postgres*)
	run "$GS" --db "postgresql://gs:s3cret@127.0.0.1:1/none" series
	expect_rc 75 "an unreachable server is a temporary failure"
	if grep -q s3cret "$T/err"; then notok "password printed"; else
		ok "password masked in messages"; fi
	;;
esac
