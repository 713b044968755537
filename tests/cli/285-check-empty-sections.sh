# backends: sqlite postgres
# check printed a section with nothing under it: `check c.out` on a
# series with claims only printed a "targets" heading and an empty
# targets table above the claims (and the reverse for targets only), and
# `check --failed` with nothing failing two empty tables. Rule: in text,
# a section with no rows is not printed, -q or not; the other keeps its
# heading (without -q), and "N checked, M failed" follows what was
# printed. CSV (one sheet with a section column) and JSON (both keys,
# as documented) are unchanged. With --deflate, a series' title ("x.out,
# in 2022 prices") was printed for every series named, also those with
# no row in the tables: now only for a series with rows shown. Data: 100, 101, 102 cannot reach 200 by
# 2030 (behind); 100 to 150 is not "2-fold" (inconsistent); 100 to 200
# is (consistent): 1 checked in each series.
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
g.out,2024,level,100,RUB,,,2025-03-01,s
g.out,2025,level,200,RUB,,,2025-03-01,s
g.out,2025,multiple,2,times,,2024,2025-03-01,s
i.cpi,2022,level,100,index,,,2025-03-01,s
i.cpi,2023,level,105,index,,,2025-03-01,s
i.cpi,2024,level,110,index,,,2025-03-01,s
i.cpi,2030,level,140,index,,,2025-03-01,s
x.out,2022,level,100,RUB,,,2025-03-01,s
x.out,2023,level,110,RUB,,,2025-03-01,s
x.out,2024,level,120,RUB,,,2025-03-01,s
x.out,2030,target,200,RUB,,,2025-03-01,s
y.out,2022,level,100,RUB,,,2025-03-01,s
y.out,2023,level,110,RUB,,,2025-03-01,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" check c.out
expect_rc 1 "claims only: inconsistent"
expect_eq "$(grep -c '^targets$' "$T/out")" 0 "claims only: no targets heading"
expect_eq "$(grep -c '^series  *target ' "$T/out")" 0 "claims only: no empty targets table"
expect_eq "$(sed -n 1p "$T/out")" "claims" "claims only: the claims heading first"
expect_eq "$(grep -c '^c\.out  *2\.00× ' "$T/out")" 1 "claims only: the claim row"
expect_eq "$(tail -n 2 "$T/out" | tr '\n' '|')" "|1 checked, 1 failed|" \
	"claims only: a blank line, then the count"

run "$GS" check t.out
expect_rc 1 "targets only: behind"
expect_eq "$(grep -c '^claims$' "$T/out")" 0 "targets only: no claims heading"
expect_eq "$(grep -c '^series  *claim ' "$T/out")" 0 "targets only: no empty claims table"
expect_eq "$(sed -n 1p "$T/out")" "targets" "targets only: the targets heading first"
expect_eq "$(wc -l <"$T/out" | tr -d ' ')" 5 \
	"targets only: heading, header, row, blank, count"

run "$GS" check --failed g.out
expect_rc 0 "--failed, nothing fails"
expect_eq "$(cat "$T/out")" "1 checked, 0 failed" "--failed, nothing fails: the count alone"

run "$GS" check --failed
expect_rc 1 "--failed, all: one of each fails"
expect_eq "$(grep -c '^targets$\|^claims$' "$T/out")" 2 "both sections: both headings"
expect_eq "$(grep -c '^g\.out' "$T/out")" 0 "--failed: the consistent claim left out"

run "$GS" -q check --failed g.out
expect_rc 0 "-q --failed, nothing fails"
expect_eq "$(wc -c <"$T/out" | tr -d ' ')" 0 "-q --failed, nothing fails: nothing printed"

run "$GS" check c.out --format json
expect_eq "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["targets"]), len(d["claims"]))' "$T/out")" \
	"0 1" "json: both keys, targets empty"

run "$GS" check --deflate i.cpi x.out y.out
expect_eq "$(grep -c '^x\.out, in 2022 prices' "$T/out")" 1 "--deflate: the title of a series with rows"
expect_eq "$(grep -c '^y\.out,' "$T/out")" 0 "--deflate: no title for a series with nothing shown"
expect_eq "$(grep -c '^claims$' "$T/out")" 0 "--deflate: no empty claims section"
