# backends: sqlite postgres
# What the figures give a claim, when an end is qualified, is an
# interval, and every place that says it says the interval: check's
# claims table, the report's claims table and its "What fails". The
# report said "2.00× from 2025 to 2030; the figures give 1.734×" when
# "over 173,000 m²" and "about 300,000 m²" give anything up to
# 315,000 / 173,000 = 1.821×. Rule: exact ends give one value; an
# interval reads "at most HI" when it reaches down to 0× (-100 %),
# "at least LO" when it has no upper end, else "LO to HI". Expected
# values by hand (python3): 315/173 = 1.8208, 150/105 = 1.4286,
# 150/95 = 1.5789, 150/100 - 1 = +50 %.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
sp.area,2025,level,173,thousand square meters,over,,2025-10-07,s
sp.area,2030,target,300,thousand square meters,about,,2025-10-07,s
sp.area,2030,multiple,2,times,,2025,2025-10-07,s
lo.out,2024,level,100,RUB,up to,,2025-10-07,s
lo.out,2025,level,150,RUB,,,2025-10-07,s
lo.out,2025,percent,20,percent,,2024,2025-10-07,s
ab.out,2024,level,100,RUB,about,,2025-10-07,s
ab.out,2025,level,150,RUB,,,2025-10-07,s
ab.out,2025,multiple,2,times,,2024,2025-10-07,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" check sp.area lo.out ab.out
expect_rc 1 "three inconsistent claims"
expect_out "sp\.area +2\.00× +2025 +2030 +over 173,000 m² +about 300,000 m² +at most 1\.821× " \
	"check: at most 1.821x"
expect_out "lo\.out +20 % +2024 +2025 +up to 100 RUB +150 RUB +at least 50 % " \
	"check: at least +50 %"
expect_out "ab\.out +2\.00× +2024 +2025 +about 100 RUB +150 RUB +1\.429× to 1\.579× " \
	"check: an interval of two ends"
run "$GS" check sp.area --format csv
expect_close "$(csv_get "$T/out" section claim high)" "$(calc '315 / 173')" "csv: high unchanged"
expect_close "$(csv_get "$T/out" section claim actual)" "$(calc '300 / 173')" "csv: actual unchanged"

run "$GS" report '*' --format md -o "$T/r.md"
expect_rc 0 "report"
for want in "sp\.area | claim | \*\*inconsistent\*\* | 2\.00× from 2025 to 2030; the figures give at most 1\.821× |" \
	"lo\.out | claim | \*\*inconsistent\*\* | 20 % from 2024 to 2025; the figures give at least 50 % |" \
	"ab\.out | claim | \*\*inconsistent\*\* | 2\.00× from 2024 to 2025; the figures give 1\.429× to 1\.579× |" \
	"| 2\.00× | 2025 | 2030 | over 173,000 m² | about 300,000 m² | at most 1\.821× |"; do
	if grep -q "$want" "$T/r.md"; then ok "report: $want"
	else notok "report lacks: $want"; grep "claim\|2025 |" "$T/r.md" | sed 's/^/#   /'; fi
done
