# backends: sqlite postgres
# README: a GLOB of series, report, chart --all and project --all "that
# matches nothing exits 65", as for check, growth and export. These four
# printed an empty list, wrote an empty page or an empty index.md and
# exited 0: a slip in a cron job's pattern went unnoticed.
# Found by the audit.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series,period,value,unit,as_of\nkaluga.jobs,2020,100,jobs,2025-01-01\nkaluga.jobs,2024,150,jobs,2025-01-01\n' >"$T/k.csv"
"$GS" ingest -q "$T/k.csv"

run "$GS" series 'kaluga.x*'
expect_rc 65 "series GLOB that matches nothing"
expect_err "no series matches 'kaluga\.x\*'" "series says so"
run "$GS" series 'nowhere'
expect_rc 65 "series with a key that is not stored"
run "$GS" report 'kaluga.x*' -o "$T/r.html"
expect_rc 65 "report GLOB that matches nothing"
expect_err "no series matches 'kaluga\.x\*'" "report says so"
expect_eq "$(ls "$T" | grep -c '^r\.html')" 0 "no page is written"
run "$GS" report 'kaluga.*' 'moscow.*' -o "$T/r.md"
expect_rc 65 "report: one of two GLOBs matches nothing"
expect_err "no series matches 'moscow\.\*'" "the one named"
run "$GS" project --all 'kaluga.x*' --to 2030
expect_rc 65 "project --all GLOB that matches nothing"
expect_no_out "series" "no empty table"
run "$GS" chart --all 'kaluga.x*' -d "$T/charts"
expect_rc 65 "chart --all GLOB that matches nothing"
expect_eq "$(ls -d "$T/charts" 2>/dev/null)" "" "no chart directory made"

# what matches still works, and no GLOB on an empty match is still 0
run "$GS" series 'kaluga.*' --format csv
expect_rc 0 "series GLOB that matches"
expect_out "^kaluga\.jobs," "lists it"
run "$GS" project --all 'kaluga.*' --to 2028 --format csv
expect_rc 0 "project --all GLOB that matches"
got=$(grep '^kaluga\.jobs,' "$T/out" | cut -d, -f6)
expect_close "$got" "$(calc '150 * 1.5 ** (4 / 4)')" "2028 is 150 x 1.5^(4/4)"
run "$GS" report 'kaluga.*' --format md -o "$T/k.md"
expect_rc 0 "report GLOB that matches"
