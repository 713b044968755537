# backends: sqlite postgres
# project's csv and json name the series and the unit on every row, as
# the README promises for every command ("every CSV/JSON row names its
# series and unit"): a script reading 282.84... must know it is jobs of
# p.a. They did not (period,point,value,low,high,observations), and
# project --all named no unit. Found by the audit comparing every
# command's csv header against the promise.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series,period,value,unit,as_of\np.a,2020,100,jobs,2025-01-01\np.a,2024,200,jobs,2025-01-01\np.m,2020,1,billion rubles,2025-01-01\np.m,2021,2,billion rubles,2025-01-01\n' >"$T/p.csv"
"$GS" ingest "$T/p.csv"

run "$GS" project p.a --to 2026 --format csv
expect_rc 0 "project csv"
expect_eq "$(head -1 "$T/out")" "period,point,value,low,high,observations,series,unit" "the header names series and unit last"
expect_eq "$(grep -c ',p\.a,jobs$' "$T/out")" 4 "every row (2 figures, 2 projected) names p.a and jobs"

run "$GS" project p.m --to 2022 --format json
python3 - "$T/out" <<'PY' && ok "json rows carry series and unit (RUB, the base unit of the raw values)" || notok "json rows lack series or unit"
import json, sys
rows = json.load(open(sys.argv[1]))
assert rows and all(r["series"] == "p.m" and r["unit"] == "RUB" for r in rows), rows
# 2022 at the CAGR of 1 -> 2 bn over a year: 4e9 RUB, by hand
assert abs(rows[-1]["value"] - 4e9) < 1e-3, rows[-1]
PY

run "$GS" project --all 'p.*' --to 2026 --format csv
expect_eq "$(head -1 "$T/out" | awk -F, '{print $NF}')" "unit" "project --all csv names the unit"
expect_out '^p\.m,.*,RUB$' "p.m's row is in RUB"

run "$GS" project p.a --to 2026
expect_eq "$(sed -n 2p "$T/out" | awk '{print NF}')" 6 "the table keeps its six columns"
