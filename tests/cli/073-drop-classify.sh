# ingest --dir: a file the database refuses for a reason of its own is set
# backends: sqlite postgres
# aside with its .errors and never stops the files after it; only a
# failure of the database itself stops the run.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
D="$T/drop"
mkdir "$D"
"$GS" init
old() { touch -d '2020-01-01 00:00:00' "$@"; }
row() { printf '%s,%s,level,%s,rubles,,,2025-01-01,src,\n' "$1" "$2" "$3"; }

# A rule of this site, in the database: the collector accepts the rows of
# 2-big.csv, only the database refuses them. On PostgreSQL a CHECK
# constraint (SQLSTATE 23514, class 23) on values of a million or more:
# the old code stopped the run there. On SQLite a trigger refusing the new
# series c.b (a constraint error on the row). (A trigger on observations
# gives exit 70 on SQLite: series/insert.c takes a refused waiting row for
# an internal error, which stops the run.)
case $GROWTHSTAT_DB in
postgres*) sql_try "ALTER TABLE observations ADD CONSTRAINT site_small CHECK (value < 1000000)" ;;
*) sql_try "CREATE TRIGGER site_small BEFORE INSERT ON series WHEN NEW.key = 'c.b'
	BEGIN SELECT RAISE(ABORT, 'site_small: series c.b is not allowed here'); END" ;;
esac
expect_eq "$rc" 0 "the site rule is in place"
{ echo "$H"; row c.a 2024 1; } >"$D/1-before.csv"
{ echo "$H"; row c.b 2024 1; row c.b 2025 5000000; } >"$D/2-big.csv"
{ echo "$H"; row c.c 2024 3; } >"$D/3-after.csv"
old "$D"/*.csv
run "$GS" ingest --dir "$D" --log "$T/log"
expect_rc 65 "a file the database refuses: exit 65"
expect_eq "$(sql "SELECT series FROM v_observations ORDER BY series" | tr '\n' ' ')" "c.a c.c " \
	"the files before and after it are loaded; nothing of it is"
expect_eq "$(ls "$D/archive" | tr '\n' ' ')" "1-before.csv 3-after.csv " "both are archived"
expect_eq "$(ls "$D/rejects" | tr '\n' ' ')" "2-big.csv 2-big.csv.errors " "the refused file is set aside with its .errors"
grep -q "site_small" "$D/rejects/2-big.csv.errors" && ok ".errors says what the database said" || notok ".errors lacks the database's reason"
expect_err "2-big\.csv: refused" "stderr names the refused file"
