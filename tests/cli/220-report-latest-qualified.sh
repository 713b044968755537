# backends: sqlite postgres
# The report's targets table gave the latest figure without its
# qualifier ("2025: 173,000 m²") where check gives it as stated ("over
# 173,000 m²"), and report --help promises check's verdicts (found by a
# new user's walk). Both now write the cell one way (report_point).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source
p.area,2025,level,173000,m2,over,2025-10-07,mos.ru
p.area,2030,target,300000,m2,about,2025-10-07,mos.ru
p.jobs,2025,level,4600,jobs,about,2025-10-07,mos.ru
p.jobs,2030,target,5500,jobs,,2025-10-07,mos.ru
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" check p.area p.jobs
expect_out "over 173,000 m²" "check: the latest area as stated"
expect_out "about 4,600 jobs" "check: the latest jobs as stated"
run "$GS" report -o "$T/r.md" --format md
expect_rc 0 "report"
if grep -q "| 2025: over 173,000 m² |" "$T/r.md"; then ok "report: the latest area as stated"
else notok "report: the latest area lacks its qualifier"; grep "300,000" "$T/r.md" | sed 's/^/#   /'; fi
if grep -q "| 2025: about 4,600 jobs |" "$T/r.md"; then ok "report: the latest jobs as stated"
else notok "report: the latest jobs lack their qualifier"; fi
run "$GS" report -o "$T/r.html"
if grep -q "2025: over 173,000 m²" "$T/r.html"; then ok "HTML: the latest area as stated"
else notok "HTML: the latest area lacks its qualifier"; fi
