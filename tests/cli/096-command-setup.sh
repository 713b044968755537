# backends: sqlite postgres
# The setup every command shares (issue 17): --db before or after the
# command, usage errors before any database error, operands counted,
# --as-of declared once: one help text and one meaning for every command
# that reads, the vintage of undated rows for ingest.
. "$GS_TOP/tests/cli/lib.sh"

# Usage errors come first, before a missing database is noticed.
missing="$T/none.db"
for line in "growth a b --transform pch" "project a" "chart --all" \
	    "report" "show a b" "check a --reach 5" "growth"; do
	# shellcheck disable=SC2086
	run "$GS" --db "$missing" $line
	expect_rc 2 "'$line' is a usage error, even without a database"
done
run "$GS" --db "$missing" show a b
expect_err "give one series KEY" "show names what it takes"
[ ! -e "$missing" ] && ok "no database was created" || notok "a database appeared"

cat > "$T/a.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
t.a,2020,level,100,jobs,2021-01-01,s
t.a,2024,level,200,jobs,2025-01-01,s
t.a,2024,level,210,jobs,2025-06-01,s
CSV
cat > "$T/b.csv" <<'CSV'
series,period,kind,value,unit,source
t.b,2020,level,7,jobs,s
CSV
run "$GS" init
expect_rc 0 "init"
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"
# ingest: --as-of is the vintage of rows that give none
run "$GS" ingest --as-of 2023-05-05 "$T/b.csv"
expect_rc 0 "ingest --as-of"
run "$GS" show t.b --format csv
expect_out '^2020,level,,7,jobs,,2023-05-05,s,,t.b$' "ingest --as-of is the vintage"

# --db before the command, after it, and as --db=PATH give one answer
db=$GROWTHSTAT_DB
unset GROWTHSTAT_DB
run "$GS" --db "$db" show t.a --format csv
cp "$T/out" "$T/before"
run "$GS" show t.a --format csv --db "$db"
cmp -s "$T/out" "$T/before" && ok "--db after the command" || notok "--db after the command differs"
run "$GS" show "--db=$db" t.a --format csv
cmp -s "$T/out" "$T/before" && ok "--db=PATH" || notok "--db=PATH differs"
export GROWTHSTAT_DB="$db"

# --as-of: what was known then, for every command that reads
run "$GS" show t.a --as-of 2025-03-01 --format csv
expect_out '^2024,level,,200,' "show --as-of: the vintage of January"
run "$GS" growth t.a --as-of 2025-03-01 --format csv
expect_out '^multiple,2,' "growth --as-of: 200 / 100"
run "$GS" growth t.a --format csv
expect_out '^multiple,2\.1,' "growth: 210 / 100 now"
run "$GS" project t.a --to 2025 --as-of 2025-03-01 --format csv
# cagr: 200 * 2^(1/4) one year on
want=$(calc "200 * 2 ** 0.25")
got=$(grep '^2025,' "$T/out" | cut -d, -f3)
expect_close "$got" "$want" "project --as-of: from 200"
run "$GS" implied t.a --as-of 2020-01-01 --format csv
expect_rc 0 "implied --as-of"
run "$GS" check t.a --at-least 205 --as-of 2025-03-01
expect_rc 1 "check --as-of: 200 is under 205"
run "$GS" check t.a --at-least 205
expect_rc 0 "check: 210 now"
run "$GS" show t.a --as-of 2025-13-01
expect_rc 2 "a bad --as-of"
expect_err "--as-of: bad date '2025-13-01'" "a bad --as-of is named"

# One help text for --as-of in every command that reads
for c in growth implied project check chart report; do
	run "$GS" "$c" --help
	expect_out '^ +--as-of DATE +what was known at DATE \(default: now\)$' \
		"$c --help: the one --as-of help"
done
