# --deflate on project, check and chart, and --frequency/--aggregation on
# chart and project --all. Every expected number is computed by hand:
# output 100 (2020) and 144 bn (2022) nominal, CPI 100, 120, 125 (2020,
# 2022, 2024): 2022 in 2020 prices is 144 * 100/120 = 120, the real CAGR
# sqrt(1.2) - 1 = 9.5445 %, projected to 2024 120 * 1.2 = 144; the 2024
# target of 187.5 bn nominal is 187.5 * 100/125 = 150 real, requiring
# sqrt(150/120) - 1 = 11.8034 % a year, and the trend falls 144/150 - 1 =
# -4 % short. Monthly levels of 100 (2023) and 110 (2024) average to 100
# and 110 a year: CAGR 10 %, 121 in 2025; monthly flows 1..6 sum to 6
# and 15 a quarter.
. "$GS_TOP/tests/cli/lib.sh"

cd "$T" || exit 1
cat >a.csv <<'CSV'
series,period,kind,value,unit,base,as_of,source
d.out,2020,level,100,billion rubles,,2025-01-10,stat
d.out,2022,level,144,billion rubles,,2025-01-10,stat
d.out,2024,target,187.5,billion rubles,,2025-01-10,stat
d.out,2030,target,300,billion rubles,,2025-01-10,stat
d.out,2022,multiple,1.44,times,2020,2025-01-10,stat
d.cpi,2020,level,100,index,,2025-01-10,stat
d.cpi,2022,level,120,index,,2025-01-10,stat
d.cpi,2024,level,125,index,,2025-01-10,stat
CSV
python3 - <<'PY'
rows = ["series,period,kind,value,unit,as_of,source"]
for y, v in ((2023, 100), (2024, 110)):
    rows += ["m.lev,%d-%02d,level,%d,beds,2025-01-10,stat" % (y, m, v)
             for m in range(1, 13)]
rows += ["m.flow,2024-%02d,flow,%d,beds,2025-01-10,stat" % (m, m)
         for m in range(1, 7)]
open("m.csv", "w").write("\n".join(rows) + "\n")
PY
run "$GS" init
run "$GS" ingest a.csv m.csv
expect_rc 0 "ingest"

# ---- project --deflate ----
run "$GS" project d.out --to 2024 --deflate d.cpi --format csv
expect_rc 0 "project --deflate"
expect_out '^2022,actual,120000000000,' "2022 in 2020 prices: 120 bn"
expect_out '^2024,cagr,14399999999|^2024,cagr,144000000000' "2024 projected: 144 bn in 2020 prices"
expect_err "target 2030 is left out in real terms" "the target the index does not cover is named"
run "$GS" project d.out --to 2024 --deflate d.cpi
expect_out "growth 9\.545 % a year, in 2020 prices \(deflated by d\.cpi\)" "the table says real growth 9.545 % and in which prices"
run "$GS" project --all 'd.o*' --to 2024 --deflate d.cpi --format csv
expect_out '^d\.out,cagr,2,9\.5445.*,14399999999|^d\.out,cagr,2,9\.5445.*,144000000000' "project --all --deflate: 9.545 %, 144 bn"
run "$GS" project d.cpi --to 2024 --deflate d.cpi
expect_rc 65 "an index is not money"
expect_err "not a currency series" "and says so"
run "$GS" project d.out --to 2024 --deflate d.none
expect_rc 65 "an unknown index"

# ---- check --deflate ----
run "$GS" check d.out --deflate d.cpi --format csv
expect_out '^target,d\.out,RUB,150000000000,.*,2024,,,120000000000,2022,,,11\.8033' "check: target 150 bn real, from 120, requires 11.803 %"
expect_out ',-4\.0000' "and the trend falls 4 % short"
expect_no_out '^claim' "the nominal multiple is not checked in real terms"
expect_no_out ',2030,' "nor the target the index does not cover"
run "$GS" check d.out --deflate d.cpi
expect_out "^d\.out, in 2020 prices \(deflated by d\.cpi\)" "the table says so"
run "$GS" check d.out --reach 200 --by 2024 --deflate d.cpi
expect_rc 2 "--deflate with a question is refused"

# ---- chart --deflate: the script carries the real values ----
run "$GS" chart d.out --deflate d.cpi --script-only -o "$T/d.png"
expect_rc 0 "chart --deflate"
grep -q '^2022.5 120$' "$T/d.gp" && ok "2022 drawn at 120" || notok "2022 not drawn at 120"
expect_eq "$(grep -c '^2022.5 144$' "$T/d.gp")" 0 "not at the nominal 144"
grep -q 'in 2020 prices (deflated by d.cpi)' "$T/d.gp" && ok "the title says the prices" || notok "title lacks the prices"

# ---- --frequency on chart and project --all ----
run "$GS" chart m.flow --frequency quarterly --script-only -o "$T/f.png"
expect_rc 0 "chart --frequency quarterly"
expect_eq "$(grep -c '^2024.125 6 ' "$T/f.gp")" 1 "Q1 2024 is 1+2+3 = 6"
expect_eq "$(grep -c '^2024.375 15 ' "$T/f.gp")" 1 "Q2 2024 is 4+5+6 = 15"
run "$GS" chart m.lev --frequency annual --aggregation eop --script-only -o "$T/l.png"
expect_eq "$(grep -c '^2024.5 110$' "$T/l.gp")" 2 "chart --aggregation eop: 2024 at 110"
run "$GS" chart m.lev --aggregation eop --script-only -o "$T/x.png"
expect_rc 2 "--aggregation without --frequency"
run "$GS" project --all 'm.*' --to 2025 --frequency annual --format csv
expect_out '^m\.lev,cagr,2,10\.0000.*,121\.0000' "project --all --frequency annual: 10 %, 121 in 2025"
expect_out '^m\.flow,cagr,,.*too few points' "a half-year of flows: no complete year"
expect_err "m\.flow: 2024 is incomplete \(6 of 12 figures\)" "and the incomplete year is named"
