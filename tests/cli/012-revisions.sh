# append-only enforced by the database; revisions and --as-of
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/v1.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
m.out,2023,level,120,billion rubles,2024-03-01,report A
m.out,2024,level,150,billion rubles,2025-03-01,report A
CSV
cat >"$T/v2.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
m.out,2024,level,154,billion rubles,2025-10-07,report A
CSV
"$GS" ingest "$T/v1.csv" "$T/v2.csv"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 3 "a revision is a new row"

for q in "DELETE FROM observations" "UPDATE observations SET value = 1" \
	 "DELETE FROM series" "DELETE FROM sources" "UPDATE sources SET name='x'" \
	 "DELETE FROM batches" "UPDATE series SET key = 'other'"; do
	if out=$(sqlite3 "$GROWTHSTAT_DB" "$q" 2>&1); then
		notok "'$q' was allowed"
	else
		case "$out" in
		*"append-only"* | *"never"*) ok "'$q' refused by the database" ;;
		*) notok "'$q' failed for another reason: $out" ;;
		esac
	fi
done
expect_eq "$(sql 'SELECT count(*) FROM observations')" 3 "rows still there"

run "$GS" show m.out --format csv
expect_out '^2024,level,,154000000000,' "latest vintage by default"
expect_no_out '^2024,level,,150000000000,' "superseded vintage hidden"
run "$GS" show m.out --as-of 2025-06-30 --format csv
expect_out '^2024,level,,150000000000,' "--as-of shows what was known then"
expect_out '^2023,level,,120000000000,' "--as-of keeps older figures"
run "$GS" show m.out --as-of 2024-12-31 --format csv
expect_no_out '^2024,' "--as-of before a figure was reported hides it"
run "$GS" show m.out --all-vintages --format csv
expect_eq "$(grep -c '^2024,level' "$T/out")" 2 "--all-vintages shows both vintages"
run "$GS" show m.out --as-of 2025-13-01
expect_rc 2 "bad --as-of date"

# re-stating the old value later is not new information
printf 'series,period,kind,value,unit,as_of,source\nm.out,2024,level,154,billion rubles,2026-01-01,report A\n' >"$T/v3.csv"
run "$GS" -v ingest "$T/v3.csv"
expect_out "0 new, 1 already present" "same value at a later vintage adds nothing"
# the same vintage with another value is a conflict, not an overwrite
printf 'series,period,kind,value,unit,as_of,source\nm.out,2024,level,155,billion rubles,2025-10-07,report A\n' >"$T/v4.csv"
run "$GS" ingest "$T/v4.csv"
expect_rc 65 "a different value at the same vintage is refused"
expect_err "v4\.csv:2:.*conflicts with the stored figure.*a revision needs a later as_of" "conflict explained"
# another source may state another value at the same date
printf 'series,period,kind,value,unit,as_of,source\nm.out,2024,level,155,billion rubles,2025-10-07,report B\n' >"$T/v5.csv"
run "$GS" ingest "$T/v5.csv"
expect_rc 0 "another source at the same vintage is stored"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 4 "four rows"
