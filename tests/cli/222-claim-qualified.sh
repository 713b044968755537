# backends: sqlite postgres
# A claim checked against data reads as stated. check's claims table gave
# "over 2.00×" as "2.00×" and a "from" level stated as "over 6,300 jobs"
# as "6,300 jobs"; the report's claims table wrote the qualifier's
# storage name ("up_to 1.50×"). Rule: the claim, from and to cells show
# each figure with the words of its qualifier, as the targets table
# shows the latest figure (report_point); an end that is a target shows
# the target as stated. Expected cells written by hand from the rows.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
q.jobs,2020,level,6300,jobs,over,,2025-06-01,s
q.jobs,2024,level,12600,jobs,,,2025-06-01,s
q.jobs,2024,multiple,2,times,over,2020,2025-06-01,s
q.out,2020,level,100,RUB,,,2025-06-01,s
q.out,2030,target,150,RUB,about,,2025-06-01,s
q.out,2030,multiple,1.5,times,up to,2020,2025-06-01,s
CSV
"$GS" ingest -q "$T/d.csv"

run "$GS" check q.jobs q.out
expect_rc 0 "both claims consistent"
expect_out "q\.jobs +over 2\.00× +2020 +2024 +over 6,300 jobs +12,600 jobs" \
	"check: claim and from as stated"
expect_out "q\.out +up to 1\.50× +2020 +2030 +100 RUB +about 150 RUB" \
	"check: an up-to claim and a target end as stated"
run "$GS" check q.jobs q.out --format csv
expect_eq "$(csv_get "$T/out" series q.jobs qualifier)" over \
	"check csv: the qualifier column stays"

run "$GS" report 'q.*' -o "$T/r.md" --format md
expect_rc 0 "report"
if grep -q "| over 2\.00× | 2020 | 2024 | over 6,300 jobs | 12,600 jobs |" "$T/r.md"
then ok "report md: claim and from as stated"
else notok "report md: claim row"; grep "2020 | 2024" "$T/r.md" | sed 's/^/#   /'; fi
if grep -q "| up to 1\.50× | 2020 | 2030 | 100 RUB | about 150 RUB |" "$T/r.md"
then ok "report md: up to in words, the target end as stated"
else notok "report md: up-to claim row"; grep "2020 | 2030" "$T/r.md" | sed 's/^/#   /'; fi
