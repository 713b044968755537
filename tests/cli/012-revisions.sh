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

# re-stating the value later is a vintage of its own (skipping it would make
# what is stored depend on the order files arrive in); the same row again
# adds nothing
printf 'series,period,kind,value,unit,as_of,source\nm.out,2024,level,154,billion rubles,2026-01-01,report A\n' >"$T/v3.csv"
run "$GS" -v ingest "$T/v3.csv"
expect_out "1 new, 0 already present" "same value at a later vintage is stored"
run "$GS" -v ingest "$T/v3.csv"
expect_out "0 new, 1 already present" "the same row again adds nothing"
# the same vintage with another value is a conflict, not an overwrite
printf 'series,period,kind,value,unit,as_of,source\nm.out,2024,level,155,billion rubles,2025-10-07,report A\n' >"$T/v4.csv"
run "$GS" ingest "$T/v4.csv"
expect_rc 65 "a different value at the same vintage is refused"
expect_err "v4\.csv:2:.*conflicts with the stored figure.*a revision needs a later as_of" "conflict explained"
# another source may state another value at the same date
printf 'series,period,kind,value,unit,as_of,source\nm.out,2024,level,155,billion rubles,2025-10-07,report B\n' >"$T/v5.csv"
run "$GS" ingest "$T/v5.csv"
expect_rc 0 "another source at the same vintage is stored"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 5 "five rows"

# vintages do not depend on arrival order (issue 13 item 3): A = 150 as of
# 2025-01-01, B = 150 as of 2025-06-01, C = 160 as of 2025-03-01. As of
# 2025-07-01 the latest statement is B's: 150, whether C came before or
# after B.
for order in "A B C" "A C B" "C B A"; do
	db="$T/order-$(echo "$order" | tr -d ' ').db"
	"$GS" --db "$db" init >/dev/null 2>&1
	for f in $order; do
		case $f in
		A) row="o.x,2024,level,150,jobs,2025-01-01,s" ;;
		B) row="o.x,2024,level,150,jobs,2025-06-01,s" ;;
		C) row="o.x,2024,level,160,jobs,2025-03-01,s" ;;
		esac
		printf 'series,period,kind,value,unit,as_of,source\n%s\n' "$row" >"$T/$f.csv"
		"$GS" --db "$db" -q ingest "$T/$f.csv" || notok "ingest $f ($order)"
	done
	run "$GS" --db "$db" show o.x --as-of 2025-07-01 --format csv
	expect_out '^2024,level,,150,' "order $order: as of 2025-07-01 the figure is 150"
	run "$GS" --db "$db" show o.x --as-of 2025-04-01 --format csv
	expect_out '^2024,level,,160,' "order $order: as of 2025-04-01 it is 160"
	run "$GS" --db "$db" show o.x --all-vintages --format csv
	expect_eq "$(grep -c '^2024,level' "$T/out")" 3 "order $order: three vintages"
done

# the rule holds within a file (issue 20 item 5): a statement out of as_of
# order does not hide a later one, and re-ingesting adds nothing
cat >"$T/within.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
r.x,2024,level,100,jobs,2025-01-01,s
r.x,2024,level,100,jobs,2025-03-01,s
r.x,2024,level,200,jobs,2025-02-01,s
CSV
run "$GS" -v ingest "$T/within.csv"
expect_out "3 new, 0 already present" "every vintage of the file stored"
run "$GS" show r.x --as-of 2025-03-15 --format csv
expect_out '^2024,level,,100,' "as of 2025-03-15 the source said 100"
run "$GS" show r.x --as-of 2025-02-15 --format csv
expect_out '^2024,level,,200,' "as of 2025-02-15 it said 200"
run "$GS" -v ingest "$T/within.csv"
expect_out "0 new, 3 already present" "re-ingesting the file adds nothing"

# two sources state one figure at one as_of: every read orders them by
# source name, so project --all and project KEY agree (issue 20 item 1).
# By the CAGR formula from 100 (2020) to 300 (2024), 2030 is
# 100 * 3^(10/4).
cat >"$T/tie.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
t.x,2020,level,100,jobs,,,2025-01-01,z,
t.x,2024,level,200,jobs,,,2025-01-01,z,
t.x,2024,level,300,jobs,,,2025-01-01,a,
CSV
"$GS" --db "$T/tie.db" init >/dev/null 2>&1
"$GS" --db "$T/tie.db" -q ingest "$T/tie.csv"
want=$(calc "100 * 3 ** (10 / 4)")
run "$GS" --db "$T/tie.db" project --all --to 2030 --format csv
expect_close "$(field "$T/out" '^t\.x,' 6)" "$want" "project --all: 2030 from the tie ordered by source name"
run "$GS" --db "$T/tie.db" project t.x --to 2030 --format csv
expect_close "$(field "$T/out" '^2030,' 3)" "$want" "project t.x: the same"
