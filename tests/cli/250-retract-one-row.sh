# backends: sqlite postgres
# retract --file/--batch counts its rows in words that agree with the
# count: "1 row retracted", "2 rows retracted" (a new user read "batch 2:
# 1 rows retracted" off a month of cron work).
. "$GS_TOP/tests/cli/lib.sh"

cd "$T" || exit 1
cat >one.csv <<'CSV'
series,period,kind,value,unit,as_of,source
o.out,2024,level,853,billion rubles,2025-01-10,stat
CSV
cat >two.csv <<'CSV'
series,period,kind,value,unit,as_of,source
o.out,2023,level,80,billion rubles,2025-01-10,stat2
o.out,2022,level,70,billion rubles,2025-01-10,stat2
CSV
run "$GS" init
run "$GS" ingest one.csv two.csv
expect_rc 0 "two batches ingested"
run "$GS" retract --file one.csv --reason "typo: 853 for 85.3" --date 2025-02-01
expect_rc 0 "one row retracted"
expect_out "^batch 1: 1 row retracted from 2025-02-01, 0 already retracted$" "one row, in the singular"
run "$GS" retract --batch 2 --reason "wrong table" --date 2025-02-01
expect_out "^batch 2: 2 rows retracted from 2025-02-01, 0 already retracted$" "two rows, in the plural"
run "$GS" retract --batch 1 --reason "again" --date 2025-02-02
expect_out "^batch 1: 0 rows retracted from 2025-02-02, 1 already retracted$" "none new, one already"
