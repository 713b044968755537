# backends: sqlite postgres
# check, growth, project, implied and chart read a KEY with a glob
# character as `series GLOB` does: every series it matches (a stored key
# that looks like a glob is itself); a glob that matches nothing is 65
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/g.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
kaluga.invest,2020,level,55,billion rubles,,,2025-01-01,s,
kaluga.invest,2024,level,102.3,billion rubles,,,2025-01-01,s,
kaluga.invest,2030,target,200,billion rubles,,,2025-01-01,s,
kaluga.jobs,2020,level,3000,jobs,,,2025-01-01,s,
kaluga.jobs,2024,level,4400,jobs,,,2025-01-01,s,
kaluga.jobs,2030,target,6000,jobs,,,2025-01-01,s,
kaluga.jobs,2024,multiple,1.5,,,2020,2025-01-01,s,
moscow.jobs,2020,level,100,jobs,,,2025-01-01,s,
moscow.jobs,2024,level,150,jobs,,,2025-01-01,s,
moscow.jobs,2030,target,400,jobs,,,2025-01-01,s,
odd[1],2020,level,1,jobs,,,2025-01-01,s,
odd[1],2024,level,2,jobs,,,2025-01-01,s,
odd1,2020,level,1,jobs,,,2025-01-01,s,
odd1,2024,level,4,jobs,,,2025-01-01,s,
CSV
run "$GS" ingest -q "$T/g.csv"
expect_rc 0 "ingested"


run "$GS" check 'kaluga.*' --format csv
expect_rc 0 "check 'kaluga.*'"
expect_eq "$(awk -F, 'NR > 1 && $1 == "target" { print $2 }' "$T/out" | tr '\n' ' ')" \
	"kaluga.invest kaluga.jobs " "check 'kaluga.*' judges the targets of both kaluga series, no other"
run "$GS" check 'nowhere.*'
expect_rc 65 "a glob that matches nothing"
expect_err "no series matches 'nowhere\.\*'" "said so"
run "$GS" check 'kaluga.j*' --at-least '4000 jobs'
expect_rc 0 "a question about a glob of one series: 4,400 is at least 4,000"
run "$GS" check 'kaluga.j*' --at-least '5000 jobs'
expect_rc 1 "... and not at least 5,000"
run "$GS" check '*.jobs' --at-least '5000 jobs'
expect_rc 2 "a question about a glob of two series"
expect_err "'\*\.jobs' matches 2 series" "says how many it matches"

run "$GS" implied '*.jobs' --format csv
expect_rc 0 "implied '*.jobs'"
expect_eq "$(awk -F, 'NR > 1 { print $1 }' "$T/out" | tr '\n' ' ')" "kaluga.jobs " \
	"implied: the one stated multiple among the matches"

# growth of one series through a glob: CAGR (102.3/55)^(1/4) - 1
run "$GS" growth 'kaluga.inv*' --format csv
expect_rc 0 "growth 'kaluga.inv*'"
expect_close "$(field "$T/out" '^cagr_pct,' 2)" "$(calc '((102.3/55)**0.25 - 1) * 100')" \
	"growth through a glob: the CAGR of kaluga.invest"
run "$GS" growth 'kaluga.*'
expect_rc 0 "growth 'kaluga.*' in a table"
expect_eq "$(grep -c '^kaluga\.[a-z]*: 2020 -> 2024' "$T/out")" 2 "one block per matching series"
run "$GS" growth 'kaluga.*' --format csv
expect_rc 2 "growth of a glob of two in csv"
expect_err "matches 2 series, and csv output holds one" "csv holds one series: said"
# a pair, each end a glob of one: moscow.jobs 2020 (100) to kaluga.jobs 2024 (4400)
run "$GS" growth 'kaluga.j*' 'moscow.j*' --from 2020 --to 2024 --format csv
expect_rc 0 "growth with two globs of one series each"
expect_close "$(field "$T/out" '^multiple,' 2)" "$(calc '4400/100')" "the pair's multiple"
run "$GS" growth 'kaluga.*' 'moscow.jobs'
expect_rc 2 "a pair whose end matches two series"

# project 'kaluga.inv*': 102.3 * (102.3/55)^(2/4) at 2026
run "$GS" project 'kaluga.inv*' --to 2026 --format csv
expect_rc 0 "project 'kaluga.inv*'"
expect_close "$(field "$T/out" '^2026,' 3)" "$(calc '102.3e9 * (102.3/55)**0.5')" \
	"project through a glob: kaluga.invest at 2026"
run "$GS" project '*.jobs' --to 2026
expect_rc 0 "project '*.jobs' in a table"
expect_eq "$(grep -Ec '^(kaluga|moscow)\.jobs: cagr from 2020 to 2024' "$T/out")" 2 \
	"one block per matching series"

run "$GS" chart '*.jobs' --script-only -o "$T/jobs.png"
expect_rc 0 "chart '*.jobs'"
grep -q 'kaluga\.jobs' "$T/jobs.gp" && grep -q 'moscow\.jobs' "$T/jobs.gp" &&
	ok "the chart draws both matching series" || notok "chart lacks a series"
run "$GS" chart 'nowhere*' --script-only -o "$T/none.png"
expect_rc 65 "chart of a glob that matches nothing"

# a stored key that looks like a glob is itself: odd[1] is 1 -> 2, odd1 1 -> 4
run "$GS" growth 'odd[1]' --format csv
expect_rc 0 "growth of the stored key 'odd[1]'"
expect_close "$(field "$T/out" '^multiple,' 2)" 2 "odd[1] is the key itself, not the glob matching odd1"
run "$GS" growth 'odd[0-9]' --format csv
expect_close "$(field "$T/out" '^multiple,' 2)" 4 "odd[0-9] is a glob: odd1"
