# backends: sqlite
# show took --ytd with --frequency or --all-vintages and silently
# dropped the other option (it printed the --ytd view, one vintage),
# while --frequency with --all-vintages was refused. Rule: --ytd and
# --frequency (with --aggregation) each show one vintage, one of them at
# a time; a combination is a usage error (exit 2) naming what to give,
# before anything is printed.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
p.pk,2024-01..2024-07,flow,7000,packages,2026-02-01,s
p.pk,2024-01..2024-08,flow,8000,packages,2026-02-01,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" show p.pk --ytd --frequency annual
expect_rc 2 "--ytd with --frequency"
expect_err "--ytd goes without --frequency" "--ytd with --frequency: says which"
expect_eq "$(wc -c <"$T/out" | tr -d ' ')" 0 "--ytd with --frequency: nothing printed"
run "$GS" show p.pk --ytd --aggregation sum
expect_rc 2 "--ytd with --aggregation"
run "$GS" show p.pk --ytd --all-vintages
expect_rc 2 "--ytd with --all-vintages"
expect_err "--ytd shows one vintage" "--ytd with --all-vintages: says why"
expect_eq "$(wc -c <"$T/out" | tr -d ' ')" 0 "--ytd with --all-vintages: nothing printed"
run "$GS" show p.pk --frequency annual --all-vintages
expect_rc 2 "--frequency with --all-vintages, as before"
run "$GS" show p.pk --ytd
expect_rc 0 "--ytd alone"
expect_out "^2024-08 +1,000 packages" "--ytd alone: August = 8000 - 7000"
