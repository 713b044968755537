# backends: sqlite postgres
# revisions: a release is a date. Two sources stating one figure on the
# same day (or one text with two qualifiers) are one release, not a
# revision of each other; every statement of the last date is latest; a
# revision is measured from the statement the reports take of the
# release before it (exact over qualified, then the source name that
# sorts first: README, same-vintage conflicts). revisions called B's
# same-day 110 "revision 1" of A's 100, measured the later 120 from 110
# (+10, 9.09 %) although growth and show take 100 (+20, 20 %), and marked
# as latest only the statement the reports leave aside. Found by the
# audit (revisions against the raw rows).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
v.a,2022,level,100,billion rubles,,,2025-03-01,A
v.a,2022,level,110,billion rubles,,,2025-03-01,B
v.a,2022,level,120,billion rubles,,,2025-06-01,A
v.a,2023,level,141,billion rubles,,,2025-03-01,B
v.a,2023,level,140,billion rubles,,,2025-03-01,A
v.a,2023,level,150,billion rubles,about,,2025-03-01,0first
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" revisions v.a --format csv
expect_rc 0 "revisions"
# row: period,source -> fields release (4), revision (9), revision_pct (10),
# since_first (11), latest (13)
row() { python3 -c '
import csv, sys
for r in csv.DictReader(open(sys.argv[1])):
    if r["period"] == sys.argv[2] and r["source"] == sys.argv[3] and r["as_of"] == sys.argv[4]:
        print(",".join(r[c] for c in ("release", "revision", "revision_pct", "since_first", "latest")))
' "$T/out" "$@"; }
expect_eq "$(row 2022 A 2025-03-01)" "first,,,," "2022 A on 2025-03-01: first release"
expect_eq "$(row 2022 B 2025-03-01)" "first,,,," "2022 B the same day: the same first release"
r=$(row 2022 A 2025-06-01)
expect_eq "$(echo "$r" | cut -d, -f1,5)" "revision 1,latest" "2022 on 2025-06-01: revision 1, latest"
expect_close "$(echo "$r" | cut -d, -f2)" "$(calc '120e9 - 100e9')" "revision 1 from A's 100 (what reports take), not B's 110"
expect_close "$(echo "$r" | cut -d, -f3)" "$(calc '100 * 20 / 100')" "revision 1: 20 %"
expect_close "$(echo "$r" | cut -d, -f4)" "$(calc '120e9 - 100e9')" "since first: from 100"
# three statements the same day: one release, all latest
for s in A B 0first; do
	expect_eq "$(row 2023 $s 2025-03-01)" "first,,,,latest" "2023 $s: first and latest"
done
