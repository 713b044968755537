# backends: sqlite postgres
# Targets whose date has passed are judged by the figures. "300 by 2023"
# with figures for 2021, 2022 and 2024 but none for 2023 was "ahead"
# (already reached) when 2024 reached 300: a target reached only after
# its date is not ahead of it. Rules (check --help, README Targets):
#   - a figure for the date decides (ahead / on track / behind), as 193;
#   - else, once a figure ends after the date: reached by a figure ending
#     by the date: ahead; else first reached after it: "reached late";
#     else "missed" (fails: exit 1, as behind);
#   - no figure after the date, but a release of the series (an as_of)
#     after it: "no figure yet", the trend's verdict in the note (exit 0).
# check, check --format csv and report say the same. Verdicts by hand.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
t.late,2021,level,250,RUB,2025-06-01,s
t.late,2022,level,280,RUB,2025-06-01,s
t.late,2024,level,320,RUB,2025-06-01,s
t.late,2023,target,300,RUB,2020-01-01,s
t.miss,2021,level,250,RUB,2025-06-01,s
t.miss,2022,level,280,RUB,2025-06-01,s
t.miss,2024,level,295,RUB,2025-06-01,s
t.miss,2023,target,300,RUB,2020-01-01,s
t.early,2021,level,310,RUB,2025-06-01,s
t.early,2022,level,280,RUB,2025-06-01,s
t.early,2024,level,290,RUB,2025-06-01,s
t.early,2023,target,300,RUB,2020-01-01,s
t.yet,2021,level,250,RUB,2025-06-01,s
t.yet,2022,level,280,RUB,2025-06-01,s
t.yet,2023,level,290,RUB,2025-06-01,s
t.yet,2024,target,300,RUB,2020-01-01,s
t.open,2021,level,250,RUB,2024-06-01,s
t.open,2022,level,280,RUB,2024-06-01,s
t.open,2023,level,290,RUB,2024-06-01,s
t.open,2024,target,300,RUB,2020-01-01,s
CSV
"$GS" -q ingest "$T/d.csv"

v() { csv_get "$T/out" series "$1" verdict; }
run "$GS" check t.late t.early t.yet t.open --format csv
expect_rc 0 "reached late, reached by its date, no figure yet: none fails"
expect_eq "$(v t.late)" "reached late" "320 in 2024, none for 2023: reached late"
expect_eq "$(v t.early)" ahead "310 in 2021 reached 300 by 2023: ahead"
expect_eq "$(v t.yet)" "no figure yet" \
	"2024 passed at the 2025-06-01 release, no figure for it: no figure yet"
# (250 -> 290 over 2 years, 7.703 % a year, gives 312.34 in 2024: 4.1 %
# over 300, within 5 %)
expect_eq "$(v t.open)" "on track" \
	"released 2024-06-01, before 2024 ended: judged by the trend"
expect_out "reached late: the figure for 2024, none for 2023" "the note says which figure"
expect_out "no figure for 2024 yet; the trend says " "the note gives the trend's verdict"
run "$GS" check t.miss --format csv
expect_rc 1 "missed fails"
expect_eq "$(v t.miss)" missed "295 in 2024, nothing reached 300: missed"
run "$GS" check t.miss
expect_out "missed: no figure for 2023, none since has reached it" "table note"

run "$GS" report 't.*' -o "$T/r.md" --format md
for w in "reached late" "no figure yet"; do
	if grep -q "| $w |" "$T/r.md"; then ok "report: $w"; else notok "report: $w"; fi
done
if grep -q "| \*\*missed\*\* |" "$T/r.md" && grep -q "| targets | \*\*missed\*\* | 1 |" "$T/r.md"
then ok "report: missed fails, counted in the summary"
else notok "report: missed"; grep -i missed "$T/r.md" | sed 's/^/#   /'; fi
