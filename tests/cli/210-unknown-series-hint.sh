# backends: sqlite postgres
# "unknown series" now says which stored key was meant when one is a
# typing slip or two away (one slip per 8 characters: swapped, missing,
# extra or wrong), and that a GLOB is not read where one KEY is; before,
# it said only "unknown series" (found by a new user's walk). Expected
# keys chosen by hand below.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
moscow.pharma.output,2024,level,154,billion rubles,2025-10-07,mos.ru
moscow.pharma.jobs,2024,level,6300,jobs,2025-10-07,mos.ru
a.b,2024,level,1,jobs,2025-10-07,mos.ru
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" show moscow.pharma.outptu
expect_rc 65 "a swapped pair"
expect_err "unknown series 'moscow\\.pharma\\.outptu'; did you mean 'moscow\\.pharma\\.output'\\?" "suggests the key meant"
run "$GS" growth moscow.pharm.output
expect_err "did you mean 'moscow\\.pharma\\.output'" "a missing letter (growth)"
run "$GS" show moscow.pharma.jobz
expect_err "did you mean 'moscow\\.pharma\\.jobs'" "a wrong letter"
run "$GS" show moscow.pharma.revenue
expect_rc 65 "another word"
expect_no_out . "nothing printed"
if grep -q "did you mean" "$T/err"; then notok "no suggestion for another word"; else ok "no suggestion for another word"; fi
run "$GS" show x.y
if grep -q "did you mean" "$T/err"; then notok "x.y is not a.b mistyped"; else ok "x.y is not a.b mistyped (2 slips in 3 characters)"; fi
run "$GS" show 'moscow.pharma.*'
expect_rc 65 "a GLOB given to show"
expect_err "a GLOB where one KEY is read: list the keys it matches with 'growthstat series GLOB'" "says a GLOB is not a KEY here"
