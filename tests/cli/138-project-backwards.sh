# backends: sqlite postgres
# project --to a period that ends before the last figure is refused, as
# chart --project-to is: it used to print a backcast labelled as the
# projection ("2000 cagr 319.57 mn RUB" for a series reported 2020-2024).
# With --all such a series gets the reason in its note instead of a value.
# Found by the audit.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series,period,value,unit,as_of\np.a,2020,100,jobs,2025-01-01\np.a,2024,200,jobs,2025-01-01\np.b,2020,100,jobs,2025-01-01\np.b,2021,110,jobs,2025-01-01\n' >"$T/p.csv"
"$GS" ingest "$T/p.csv"

run "$GS" project p.a --to 2000
expect_rc 2 "a --to before the data is refused"
expect_err "--to 2000 ends before the last figure \(2024\)" "the message says why"
expect_no_out "cagr" "no backcast is printed"
run "$GS" project p.a --to 2024-06
expect_rc 2 "a --to inside the last figure's period is refused too"

# the ones that project: the value at 2026 is 200 * 2^(2/4), by hand
run "$GS" project p.a --to 2026 --format csv
expect_rc 0 "a --to after the data projects"
got=$(grep '^2026,cagr,' "$T/out" | cut -d, -f3)
expect_close "$got" "$(calc '200 * 2 ** 0.5')" "2026 is 200 x 2^(1/2) (CAGR of 2x over 4 years, 2 years on)"

run "$GS" project --all 'p.*' --to 2022 --format csv
expect_rc 0 "--all still lists every series"
expect_out '^p\.a,cagr,,,,,,,.*ends before the last figure' "p.a: no value, the reason in its note"
got=$(grep '^p.b,' "$T/out" | cut -d, -f6)
expect_close "$got" "$(calc '110 * 1.1')" "p.b to 2022 is 110 x 1.1"
