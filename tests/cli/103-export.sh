# growthstat export: the canonical CSV round-trips (seed data plus
# vintages, qualifiers, awkward notes -> export -> ingest into an empty
# database -> the same show --all-vintages, series and check for every
# series), and --format sdmx-csv against a hand-written expected file.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

# the copy: a second database on the same backend
COPY="$T/copy.db"
if [ "${GS_BACKEND:-sqlite}" = postgres ]; then
	psql -X -q "$GS_PG_URI" -c "CREATE DATABASE ${pg_name}_copy" >/dev/null || exit 1
	COPY="${GROWTHSTAT_DB}_copy"
	trap 'rm -rf "$T"; for d in $pg_name ${pg_name}_copy; do psql -X -q "$GS_PG_URI" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1; done' EXIT
fi

printf '%s\r\n' 'series,period,kind,value,unit,qualifier,base,as_of,source,note,name,description' >"$T/extra.csv"
cat >>"$T/extra.csv" <<'CSV'
x.rev,2024,level,150,billion rubles,,,2025-03-01,report A,"first, ""preliminary""",Revised output,"a description, with a comma"
x.rev,2024,level,154.3,billion rubles,,,2025-10-07,report A,"line one
line two",Revised output,"a description, with a comma"
x.rev,2024,level,154.3,billion rubles,about,,2025-10-07,report B,,Revised output,"a description, with a comma"
x.rev,2020,level,0.0551,trillion rubles,,,2021-05-01,report A,,Revised output,"a description, with a comma"
x.rev,2030,target,"1 234,5",billion rubles,over,,2025-10-07,report B, leading space,Revised output,"a description, with a comma"
x.area,2025-01..2025-08,flow,16.1,thousand square meters,,,2025-09-01,Росстат,январь-август,,
x.area,2024-01..2024-08,flow,0.1,thousand square meters,,,2025-09-01,Росстат,,,
x.area,2025-01..2025-08,percent,-3.5,%,,2024-01..2024-08,2025-09-01,Росстат,,,
x.area,2025-H1,flow,7,hectares,up_to,,2025-09-01,Росстат,,,
CSV
"$GS" init >/dev/null 2>&1
run "$GS" ingest "$GS_TOP"/scripts/seed/*.csv "$T/extra.csv"
expect_rc 0 "seed data and the extra figures ingested"

run "$GS" export -o "$T/all.csv"
expect_rc 0 "export -o"
expect_eq "$(head -1 "$T/all.csv")" "series,period,kind,value,unit,qualifier,base,as_of,source,note,name,description" "the canonical header"
expect_eq "$(grep -c '^x\.rev,2024,level,' "$T/all.csv")" 3 "every vintage and source of a figure"
[ -s "$T/out" ] && notok "stdout unused with -o" || ok "stdout unused with -o"
run "$GS" export -o "$T/all.csv"
expect_rc 73 "an existing output file is never replaced"
run "$GS" export 'no.such.*' -o "$T/none.csv"
expect_rc 65 "a glob that matches nothing"
[ -e "$T/none.csv" ] && notok "nothing written for a refused export" || ok "nothing written for a refused export"

"$GS" --db "$COPY" init >/dev/null 2>&1
run "$GS" --db "$COPY" -v ingest "$T/all.csv"
expect_rc 0 "the export ingests into an empty database"

# --as-of: what was known then, every vintage up to it
run "$GS" export 'x.*' --as-of 2025-06-30
expect_out '^x\.rev,2024,level,150,billion rubles,,,2025-03-01,' "--as-of keeps the earlier vintage"
expect_no_out '2025-10-07' "--as-of leaves out what came later"
expect_out '^x\.rev,2020,level,0\.0551,trillion rubles,' "a value in the unit it was written in"

# every answer the same: series, then show --all-vintages and check of
# each series, table and csv
same() { # DESC CMD...
	"$GS" "$@" >"$T/a" 2>&1; ra=$?
	"$GS" --db "$COPY" "$@" >"$T/b" 2>&1; rb=$?
	if [ $ra -eq $rb ] && cmp -s "$T/a" "$T/b"; then return 0; fi
	notok "differs after the round trip: $* (exit $ra/$rb)"
	diff "$T/a" "$T/b" | head -6 | sed 's/^/#   /'
	return 1
}
bad=0
same series || bad=1
for k in $("$GS" series --format csv | tail -n +2 | cut -d, -f1); do
	same show "$k" --all-vintages || bad=1
	same show "$k" --all-vintages --format csv || bad=1
	same check "$k" --format csv || bad=1
done
same check || bad=1
n=$("$GS" series --format csv | tail -n +2 | wc -l)
[ $bad -eq 0 ] && ok "all $n series: show --all-vintages, series and check identical after export -> ingest"
run "$GS" --db "$COPY" -v ingest "$T/all.csv"
expect_out ": 0 new, [0-9]+ already present" "re-ingesting the export adds nothing"

# SDMX-CSV of a small dataset, against a file written by hand from the
# SDMX-CSV layout and period syntax (rows by series, then period end and
# start, as every read orders them; the multiple and the older vintage
# have no place in it)
cat >"$T/s.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
s.out,2024,level,154,billion rubles,,,2025-10-07,mos.ru
s.out,2024,level,150,billion rubles,,,2025-03-01,mos.ru
s.out,2030,target,230,billion rubles,about,,2025-10-07,mos.ru
s.out,2024,multiple,2.8,times,,2020,2025-10-07,mos.ru
s.pk,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,mos.ru
s.pk,2025-Q2,flow,6.5,million packages,over,,2025-10-07,mos.ru
s.pk,2025-H1,flow,12,million packages,,,2025-10-07,mos.ru
s.pk,2025-07,flow,2,million packages,,,2025-10-07,mos.ru
CSV
cat >"$T/want.csv" <<'CSV'
DATAFLOW,SERIES,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS
GROWTHSTAT:CLUSTER_FIGURES(1.0),s.out,LEVEL,2024,154000000000,RUB,A
GROWTHSTAT:CLUSTER_FIGURES(1.0),s.out,TARGET,2030,230000000000,RUB,F
GROWTHSTAT:CLUSTER_FIGURES(1.0),s.pk,FLOW,2025-S1,12000000,packages,A
GROWTHSTAT:CLUSTER_FIGURES(1.0),s.pk,FLOW,2025-Q2,6500000,packages,E
GROWTHSTAT:CLUSTER_FIGURES(1.0),s.pk,FLOW,2025-07,2000000,packages,A
GROWTHSTAT:CLUSTER_FIGURES(1.0),s.pk,FLOW,2025-01-01/P8M,16100000,packages,A
CSV
"$GS" --db "$T/s.db" init >/dev/null 2>&1
"$GS" --db "$T/s.db" -q ingest "$T/s.csv"
run "$GS" --db "$T/s.db" export 's.*' --format sdmx-csv
expect_rc 0 "export --format sdmx-csv"
if cmp -s "$T/out" "$T/want.csv"; then ok "SDMX-CSV as written by hand"
else notok "SDMX-CSV differs"; diff "$T/want.csv" "$T/out" | sed 's/^/#   /'; fi
run "$GS" export --format xml
expect_rc 2 "an unknown format"
