# growthstat revisions: first release, each revision with date and source,
# revision sizes (hand-computed below), latest; --as-of; csv and json.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

# 2024: 100 (A, 2025-01-10) -> 104 (A, 2025-04-10): +4, +4 %;
#       -> 101.4 (B, 2025-09-10): -2.6, -2.6/104 = -2.5 %; +1.4, +1.4 % since
#       the first. 2024-Q1 flow: 25 -> 26: +1, +4 %. 2023: one release.
cat >"$T/r.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
r.x,2023,level,90,million rubles,2024-02-01,A
r.x,2024,level,100,million rubles,2025-01-10,A
r.x,2024,level,104,million rubles,2025-04-10,A
r.x,2024,level,101.4,million rubles,2025-09-10,B
r.x,2024-Q1,flow,25,million rubles,2024-04-20,A
r.x,2024-Q1,flow,26,million rubles,2024-07-20,A
CSV
"$GS" init >/dev/null 2>&1
run "$GS" ingest "$T/r.csv"
expect_rc 0 "six releases ingested"

run "$GS" revisions r.x --format csv
expect_rc 0 "revisions"
expect_out '^period,kind,base,release,as_of,source,qualifier,value,revision,revision_pct,since_first,since_first_pct,latest,series,unit$' "csv header"
expect_out '^2023,level,,first,2024-02-01,A,,90000000,,,,,latest,r\.x,RUB$' "a figure released once is first and latest"
expect_out '^2024,level,,first,2025-01-10,A,,100000000,,,,,,r\.x,RUB$' "first release of 2024"
expect_out '^2024,level,,revision 1,2025-04-10,A,,104000000,4000000,4,4000000,4,,r\.x,RUB$' "revision 1: +4 m, +4 %"
line=$(grep '^2024,level,,revision 2,' "$T/out")
expect_eq "$(echo "$line" | cut -d, -f5,6)" "2025-09-10,B" "revision 2 with its date and source"
expect_close "$(echo "$line" | cut -d, -f9)" "$(calc '101.4e6 - 104e6')" "revision 2: -2.6 m"
expect_close "$(echo "$line" | cut -d, -f10)" "$(calc '100 * (101.4 - 104) / 104')" "revision 2: -2.5 %"
expect_close "$(echo "$line" | cut -d, -f11)" "$(calc '101.4e6 - 100e6')" "since first: +1.4 m"
expect_close "$(echo "$line" | cut -d, -f12)" "$(calc '100 * (101.4 - 100) / 100')" "since first: +1.4 %"
expect_eq "$(echo "$line" | cut -d, -f13)" latest "the last release is the latest"
expect_out '^2024-Q1,flow,,revision 1,2024-07-20,A,,26000000,1000000,4,1000000,4,latest,' "a flow revised: +1 m, +4 %"

# what was known on 2025-05-01: 104 was then the latest
run "$GS" revisions r.x --as-of 2025-05-01 --format csv
expect_out '^2024,level,,revision 1,2025-04-10,A,,104000000,.*,latest,' "--as-of: the revision known then is the latest"
expect_no_out '2025-09-10' "--as-of hides the later revision"

# table for people, json for scripts
run "$GS" revisions r.x
expect_out '^2024 +level +revision 2 +2025-09-10 +B +101\.4 mn RUB +-2\.6 mn RUB +-2\.5 %' "table with scale words"
run "$GS" revisions r.x --format json
if python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
r = [x for x in rows if x["period"] == "2024" and x["release"] == "revision 1"][0]
assert r["revision"] == 4000000 and r["revision_pct"] == 4, r
assert [x for x in rows if x["release"] == "first"][0]["revision"] is None
' "$T/out" 2>"$T/err"; then ok "json: numbers are numbers, a first release has null revision"
else notok "json: $(tail -1 "$T/err")"; fi

run "$GS" revisions no.such
expect_rc 65 "unknown series"
run "$GS" revisions
expect_rc 2 "no KEY"
