# backends: sqlite postgres
# README, implied figures: 154 bn in 2024 at 2.8-fold since 2020 imply
# 55 bn in 2020. The multiple was stated (as_of 2025-03-01) against the
# 2024 level as it stood then, 154; when that level is later revised to
# 160 (as_of 2025-09-01), the statement still says 2020 was 154 / 2.8 = 55,
# not 160 / 2.8 = 57.14 (the revision of 2024 revises nothing of 2020).
# Every command that uses implied points read the anchor's latest vintage
# instead. Found by the audit (exact semantics of revisions).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
x.out,2024,level,154,billion rubles,,,2025-03-01,s
x.out,2024,multiple,2.8,times,,2020,2025-03-01,s
x.out,2024,level,160,billion rubles,,,2025-09-01,s
y.out,2020,level,50,billion rubles,,,2021-03-01,s
y.out,2024,multiple,3,times,,2020,2025-03-01,s
y.out,2020,level,40,billion rubles,,,2025-09-01,s
z.out,2024,multiple,2,times,,2020,2025-01-01,s
z.out,2024,level,100,billion rubles,,,2025-06-01,s
w.out,2024,level,154,billion rubles,about,,2025-03-01,s
w.out,2024,multiple,2.8,times,,2020,2025-03-01,s
w.out,2024,level,160,billion rubles,,,2025-09-01,s
CSV
"$GS" ingest -q "$T/d.csv"

# col N of the csv row whose first column is $1
col() { grep "^$1," "$T/out" | head -1 | cut -d, -f"$2"; }
imp() { csv_get "$T/out" series "$1" implied; }

run "$GS" implied x.out y.out z.out --format csv
expect_rc 0 "implied"
expect_close "$(imp x.out)" "$(calc '154e9 / 2.8')" "x: 2020 is 154 / 2.8, the anchor as stated then"
expect_close "$(imp y.out)" "$(calc '50e9 * 3')" "y: 2024 is 50 x 3, the base as it stood then"
expect_close "$(imp z.out)" "$(calc '100e9 / 2')" "z: no anchor that early: the current one"
expect_eq "$(csv_get "$T/out" series x.out observations)" "#2 #1@2025-03-01" \
	"x: the observations name the anchor's vintage used (#1 is 160 now)"
run "$GS" implied --format csv
expect_close "$(imp x.out)" "$(calc '154e9 / 2.8')" "implied over every series (scan) alike"

run "$GS" growth x.out --format csv
expect_close "$(col start 2)" "$(calc '154e9 / 2.8')" "growth: start 55 bn"
expect_close "$(col end 2)" "160e9" "growth: end is the revised 160 bn"
expect_close "$(col multiple 2)" "$(calc '160 / (154 / 2.8)')" "growth: 160 / 55, not the stated 2.8"
expect_close "$(col cagr_pct 2)" "$(calc '100 * ((160 / (154 / 2.8)) ** 0.25 - 1)')" "growth: its CAGR"

run "$GS" growth x.out --as-of 2025-06-01 --format csv
expect_close "$(col end 2)" "154e9" "--as-of before the revision: 154"
expect_close "$(col multiple 2)" "2.8" "--as-of before the revision: 2.8x"

# about 154 exactly 2.8x since 2020: 55 +- 5 %; the revised 160 is exact
# and independent of it, so the multiple has 55's bounds only
run "$GS" growth w.out --format csv
expect_close "$(col multiple 2)" "$(calc '160 / (154 / 2.8)')" "w: multiple 160 / 55"
expect_close "$(col multiple 3)" "$(calc '160 / (1.05 * 154 / 2.8)')" "w: low 160 / 57.75"
expect_close "$(col multiple 4)" "$(calc '160 / (0.95 * 154 / 2.8)')" "w: high 160 / 52.25"

run "$GS" project x.out --to 2026 --format csv
expect_close "$(col 2020 3)" "$(calc '154e9 / 2.8')" "project: implied 2020"
expect_close "$(col 2026 3)" "$(calc '160e9 * (160 / 55) ** 0.5')" "project: 2026 at the 2020-2024 CAGR"

run "$GS" check x.out --reach "300 billion rubles" --by 2030 --format csv
expect_close "$(csv_get "$T/out" series x.out value)" "$(calc '160e9 * (160 / 55) ** 1.5')" \
	"check --reach: 2030 projected from 55 and 160"

run "$GS" chart x.out --script-only -o "$T/c.png"
expect_rc 0 "chart"
if grep -q '^2020.5 55$' "$T/c.gp" && ! grep -q '^2020.5 57' "$T/c.gp"; then
	ok "chart: the implied square at 55"
else notok "chart: implied 2020 not 55"; grep '^2020' "$T/c.gp" | sed 's/^/#   /'; fi

run "$GS" report 'x.*' --format md -o "$T/r.md"
expect_rc 0 "report"
if grep -q '2020: 55.0 bn RUB (implied)' "$T/r.md" && grep -q '2.909×' "$T/r.md"; then
	ok "report: 55 implied, 2.909x"
else notok "report: implied 2020 not 55"; grep 'implied' "$T/r.md" | sed 's/^/#   /'; fi

# --first-vs-latest: the latest series implies 2020 from 154 as well
run "$GS" chart x.out --first-vs-latest --script-only -o "$T/fl.png"
expect_rc 0 "chart --first-vs-latest"
if [ "$(grep -c '^2020.5 55$' "$T/fl.gp")" -ge 2 ] && ! grep -q '^2020.5 57' "$T/fl.gp"; then
	ok "first-vs-latest: 2020 implied at 55 in both series"
else notok "first-vs-latest: 2020 not 55"; grep '^2020' "$T/fl.gp" | sed 's/^/#   /'; fi
