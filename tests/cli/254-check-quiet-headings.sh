# backends: sqlite postgres
# check --failed -q, the mail of a cron job, printed a failing target and
# a failing claim as two bare tables, one under the other, with nothing
# saying which is which. Rule: in text format each table has its heading
# ("targets", "claims") whenever both are printed, -q or not; -q with a
# single table prints it alone, as before; CSV/JSON are unchanged (one
# sheet, a section column). Data: 100, 101, 102 cannot reach 200 by 2030
# (behind); 100 to 150 is not "2-fold" (inconsistent).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
t.out,2022,level,100,RUB,,,2025-03-01,s
t.out,2023,level,101,RUB,,,2025-03-01,s
t.out,2024,level,102,RUB,,,2025-03-01,s
t.out,2030,target,200,RUB,,,2025-03-01,s
c.out,2024,level,100,RUB,,,2025-03-01,s
c.out,2025,level,150,RUB,,,2025-03-01,s
c.out,2025,multiple,2,times,,2024,2025-03-01,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" -q check --failed
expect_rc 1 "a target behind, a claim inconsistent"
expect_eq "$(sed -n 1p "$T/out")" "targets" "-q: the first line is the targets heading"
expect_eq "$(sed -n 2p "$T/out" | cut -c1-6)" "series" "-q: then the targets table"
expect_eq "$(grep -c '^claims$' "$T/out")" 1 "-q: a claims heading"
expect_eq "$(grep -B1 '^claims$' "$T/out" | head -1)" "" "-q: after a blank line"
expect_eq "$(grep -A1 '^claims$' "$T/out" | sed -n 2p | cut -c1-6)" "series" \
	"-q: then the claims table"
expect_eq "$(grep -c 'behind' "$T/out")" 1 "-q: the target row"
expect_eq "$(grep -c 'inconsistent' "$T/out")" 1 "-q: the claim row"

run "$GS" -q check --failed c.out
expect_rc 1 "only the claim"
expect_eq "$(sed -n 1p "$T/out" | cut -c1-6)" "series" "-q, one table: no heading"
expect_eq "$(grep -c '^claims$\|^targets$' "$T/out")" 0 "-q, one table: none at all"

run "$GS" -q check --failed --format csv
expect_eq "$(grep -c '^targets$\|^claims$' "$T/out")" 0 "csv: no headings"
expect_eq "$(sed -n 1p "$T/out" | cut -d, -f1)" "section" "csv: one sheet with a section column"
