# backends: sqlite postgres
# A claim is judged against the figures as they stood at its own vintage
# (its as_of), the rule implied figures follow for their anchor (README,
# implied figures). On 2026-11-03 a source stated "+12.3 % from 162.4 to
# 182.4" (2024 -> 2025); on 2026-11-18 it revised 2025 to 185.1. The
# claim was right when made: 182.4 / 162.4 - 1 = 12.315 %, within 1 pp of
# 12.3 %. Before this change check judged it against 185.1 (13.978 %,
# 1.68 pp off: inconsistent) from 2026-11-18 on, and check --failed -q
# reported a failure every week. The note says the end was revised since.
# A claim restated at the later vintage is judged against the revised
# figure. Expected values from the formula (python3), by hand for texts.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
c.idx,2024,level,162.4,billion rubles,,,2026-11-03,s
c.idx,2025,level,182.4,billion rubles,,,2026-11-03,s
c.idx,2025,percent,12.3,percent,,2024,2026-11-03,s
c.idx,2025,level,185.1,billion rubles,,,2026-11-18,s
r.idx,2024,level,162.4,billion rubles,,,2026-11-03,s
r.idx,2025,level,182.4,billion rubles,,,2026-11-03,s
r.idx,2025,level,185.1,billion rubles,,,2026-11-18,s
r.idx,2025,percent,12.3,percent,,2024,2026-11-18,s
b.idx,2024,level,100,billion rubles,,,2026-11-03,s
b.idx,2025,level,120,billion rubles,,,2026-11-03,s
b.idx,2025,multiple,1.2,times,,2024,2026-11-03,s
b.idx,2024,level,110,billion rubles,,,2026-11-20,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" check c.idx --as-of 2026-11-17
expect_rc 0 "before the revision: consistent"
run "$GS" check c.idx
expect_rc 0 "after the revision: still consistent (judged at its vintage)"
expect_out "c\.idx +12\.3 % +2024 +2025 +162\.4 bn RUB +182\.4 bn RUB .*consistent" \
	"check: the ends as they stood at the claim's vintage"
expect_no_out "inconsistent" "check: not inconsistent"
expect_out "end figure revised since: 185\.1 bn RUB from 2026-11-18" \
	"check: the note names the revision"
run "$GS" check c.idx --format csv
expect_close "$(csv_get "$T/out" section claim actual)" "$(calc '100 * (182.4 / 162.4 - 1)')" \
	"check csv: actual 12.315 %"
expect_close "$(csv_get "$T/out" section claim to)" "182.4e9" "check csv: to as it stood"
expect_eq "$(csv_get "$T/out" section claim note)" \
	"end figure revised since: 185.1 bn RUB from 2026-11-18" "check csv: the note"

run "$GS" -q check --failed c.idx b.idx
expect_rc 0 "check --failed -q: no failure"
expect_eq "$(wc -c <"$T/out" | tr -d ' ')" 0 "check --failed -q: prints nothing"

# restated on the day of the revision: judged against 185.1
run "$GS" check r.idx --format csv
expect_rc 1 "a claim made after the revision: inconsistent"
expect_close "$(csv_get "$T/out" section claim actual)" "$(calc '100 * (185.1 / 162.4 - 1)')" \
	"restated claim: actual 13.978 %"

# the base revised: 120 / 100 = 1.2 as stated; 120 / 110 = 1.091 now
run "$GS" check b.idx --format csv
expect_rc 0 "base revised after the claim: consistent"
expect_close "$(csv_get "$T/out" section claim actual)" "1.2" "b: 120 / 100"
expect_eq "$(csv_get "$T/out" section claim note)" \
	"start figure revised since: 110.0 bn RUB from 2026-11-20" "b: the note"

run "$GS" report '*.idx' --format md -o "$T/r.md"
expect_rc 0 "report"
if grep -q "| 12\.3 % | 2024 | 2025 | 162\.4 bn RUB | 182\.4 bn RUB | 12\.315 % |" "$T/r.md" &&
	! grep -q "c\.idx | claim | inconsistent" "$T/r.md"; then
	ok "report: the claim at its vintage, not in What fails"
else notok "report: claim row"; grep "2024 | 2025\|c\.idx" "$T/r.md" | sed 's/^/#   /'; fi
if grep -q "end figure revised since: 185\.1 bn RUB from 2026-11-18" "$T/r.md"
then ok "report: the note"; else notok "report: no revision note"; fi

# implied agrees: a claim whose two ends are reported implies nothing
run "$GS" implied c.idx
expect_out "both ends reported: a claim, for check" "implied: a claim, for check"
