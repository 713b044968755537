# backends: sqlite postgres
# A claim's end revised since the claim was made is shown as it stood at
# the claim's vintage, with the qualifier it had then (reports/celltext.c
# claim_end_then). On 2026-11-03 a source stated 2025 as "about 162" and
# "+62 % from 100" (2024 -> 2025); on 2026-11-18 it restated 2025 as
# 162.4 exactly. The claim was judged against "about 162" (README: a
# claim is judged at its vintage), so its end cell reads "about 162.0 bn
# RUB"; before this change it read "162.0 bn RUB", the value then with
# today's (exact) qualifier. Expected texts by hand.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
a.idx,2024,level,100,billion rubles,,,2026-11-03,s
a.idx,2025,level,162,billion rubles,about,,2026-11-03,s
a.idx,2025,percent,62,percent,,2024,2026-11-03,s
a.idx,2025,level,162.4,billion rubles,,,2026-11-18,s
CSV
run "$GS" ingest -q "$T/d.csv"
expect_rc 0 "ingest"

run "$GS" check a.idx
expect_rc 0 "check: consistent at its vintage"
expect_out "a\.idx +62 % +2024 +2025 +100\.0 bn RUB +about 162\.0 bn RUB " \
	"check: the end as it stood, about 162"
expect_out "end figure revised since: 162\.4 bn RUB from 2026-11-18" \
	"check: the note names today's figure"
run "$GS" check a.idx --as-of 2026-11-10
expect_out "a\.idx +62 % +2024 +2025 +100\.0 bn RUB +about 162\.0 bn RUB " \
	"check before the revision: the same text"

run "$GS" report 'a.idx' --format md -o "$T/r.md"
expect_rc 0 "report"
if grep -q "| 62 % | 2024 | 2025 | 100\.0 bn RUB | about 162\.0 bn RUB |" "$T/r.md"
then ok "report: the end as it stood, about 162"
else notok "report: claim row"; grep "2024 | 2025" "$T/r.md" | sed 's/^/#   /'; fi
# nothing fails: the page says which verdicts would (reports/report/page.c)
if grep -q "Nothing fails: no claim is inconsistent with its figures and no target is behind or missed\." "$T/r.md"
then ok "report: nothing fails, no target behind or missed"
else notok "report: the nothing-fails line"; grep "Nothing fails" "$T/r.md" | sed 's/^/#   /'; fi
