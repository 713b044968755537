# check: target verdicts, claims, threshold questions and their exit codes
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/c.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
pharma.output,2024,level,154,billion rubles,,,2025-10-07,s,
pharma.output,2024,multiple,2.8,times,,2020,2025-10-07,s,
pharma.output,2030,target,230,billion rubles,,,2025-10-07,s,
pharma.output,2030,multiple,1.5,times,,2024,2025-10-07,s,
slow,2020,level,100,rubles,,,2025-01-01,s,
slow,2024,level,104,rubles,,,2025-01-01,s,
slow,2030,target,200,rubles,,,2025-01-01,s,
area,2025,level,173,thousand square meters,over,,2025-10-07,s,
area,2030,target,300,thousand square meters,about,,2025-10-07,s,
area,2030,multiple,2,times,,2025,2025-10-07,s,
CSV
"$GS" ingest "$T/c.csv" || notok "ingest fixture"

run "$GS" check pharma.output --format csv
expect_rc 0 "an on-track (ahead) target exits 0"
expect_close "$(field "$T/out" '^pharma\.output,230' 5)" "$(calc '100*((230/154)**(1/6)-1)')" "required CAGR 6.914 %"
expect_close "$(field "$T/out" '^pharma\.output,230' 7)" "$(calc '154e9*2.8**1.5')" "projected at the target date"
expect_eq "$(field "$T/out" '^pharma\.output,230' 10)" ahead "verdict ahead"
expect_eq "$(field "$T/out" '^pharma\.output,1\.5' 10)" consistent "1.5x to 230 from 154 (1.494x) is consistent"
run "$GS" check pharma.output
expect_out "6\.914 %" "table shows 6.914 %"

run "$GS" check slow --format csv
expect_rc 1 "a behind-target series exits 1"
expect_eq "$(field "$T/out" '^slow,' 10)" behind "verdict behind"
expect_close "$(field "$T/out" '^slow,' 7)" "$(calc '104*1.04**(6/4)')" "projection of the slow series"

run "$GS" check area --format csv
expect_rc 1 "an inconsistent claim exits 1"
expect_eq "$(field "$T/out" '^area,2' 10)" inconsistent "'double to about 300,000 from 173,000' is inconsistent"
expect_close "$(field "$T/out" '^area,2' 7)" "$(calc '300/173')" "actual multiple 1.734"
run "$GS" check area --tolerance 0.2 --format csv
expect_eq "$(field "$T/out" '^area,2' 10)" consistent "a 20 % tolerance accepts it"

run "$GS" check --format json
expect_rc 1 "all series: one failure fails the run"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert set(d)=={"targets","claims"}' "$T/out" \
	&& ok "json holds targets and claims" || notok "json output"

# threshold questions for scripts
run "$GS" check pharma.output --reach "230 billion rubles" --by 2030
expect_rc 0 "reach 230 bn by 2030: yes"
expect_out "^pharma\.output: yes" "says yes"
run "$GS" check pharma.output --reach 800e9 --by 2030
expect_rc 1 "reach 800 bn by 2030: no"
run "$GS" check pharma.output --at-least "150 bn RUB"
expect_rc 0 "latest at least 150 bn"
run "$GS" check pharma.output --at-least 155000000000
expect_rc 1 "latest not at least 155 bn"
run "$GS" check pharma.output --at-least "150 jobs"
expect_rc 65 "threshold in another dimension"
run "$GS" check pharma.output --reach 1
expect_rc 2 "--reach without --by"
# a percent or a multiple is a change, not a level in rubles: it was read
# as "at least 10 RUB" and answered yes
for v in '10 %' '10%' '1.5 times'; do
	run "$GS" check pharma.output --reach "$v" --by 2030
	expect_rc 65 "--reach '$v' on a rubles series is refused"
	expect_err "is a change, not a level of pharma\.output" "says why ('$v')"
done
run "$GS" check pharma.output --at-least '10 %'
expect_rc 65 "--at-least '10 %' on a rubles series is refused"
run "$GS" check nope
expect_rc 65 "unknown series"
