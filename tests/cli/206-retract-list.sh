# backends: sqlite postgres
# README, retractions: each record keeps a reason, a date and the time it
# was recorded, and nothing is deleted; until `retract --list` nothing
# showed the reason (only SQL on the table did). The list gives each
# retracted row as show --all-vintages gives it, the date it is left out
# from, when it was recorded and why, in the order recorded, filtered by
# GLOBs. Expected rows written by hand from the CSV below.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
p.output,2023,flow,150,billion rubles,,,2024-03-01,mos.ru
p.output,2024,flow,1600,billion rubles,about,,2025-03-01,mos.ru
p.jobs,2024,level,6300,jobs,over,,2025-03-01,tass
CSV
"$GS" ingest -q "$T/d.csv"
cat >"$T/e.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
q.area,2022,level,45000,m2,,,2023-01-10,wrong park
CSV
"$GS" ingest -q "$T/e.csv"

run "$GS" retract --list --format csv
expect_rc 0 "no retractions yet"
expect_eq "$(cat "$T/out")" \
	"series,period,kind,qualifier,value,unit,base,as_of,source,retracted,recorded,reason" \
	"the header alone when nothing is retracted"

# p.output #2 is 2024 (numbered by period); then the whole second file
"$GS" -q retract p.output 2 --reason 'unit slip: 1600 is 160, "bn"' --date 2025-07-01
"$GS" -q retract --batch 2 --reason "wrong park" --date 2025-08-02

run "$GS" retract --list --format csv
expect_rc 0 "--list"
expect_eq "$(csv_get "$T/out" series p.output period)" "2024" "p.output: the 2024 row"
expect_eq "$(csv_get "$T/out" series p.output qualifier)" "about" "its qualifier"
expect_eq "$(csv_get "$T/out" series p.output value)" "1600000000000" \
	"its value in base units (1600 bn)"
expect_eq "$(csv_get "$T/out" series p.output as_of)" "2025-03-01" "its vintage"
expect_eq "$(csv_get "$T/out" series p.output source)" "mos.ru" "its source"
expect_eq "$(csv_get "$T/out" series p.output retracted)" "2025-07-01" \
	"left out from --date"
expect_eq "$(csv_get "$T/out" series p.output reason)" \
	'unit slip: 1600 is 160, "bn"' "the reason, comma and quotes intact"
expect_eq "$(csv_get "$T/out" series q.area reason)" "wrong park" "the batch's reason"
expect_eq "$(csv_get "$T/out" series q.area retracted)" "2025-08-02" "the batch's date"
if csv_get "$T/out" series p.output recorded |
	grep -Eq '^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z$'; then
	ok "recorded: a UTC time"
else notok "recorded: $(csv_get "$T/out" series p.output recorded)"; fi
expect_eq "$(sed 1d "$T/out" | cut -d, -f1 | tr '\n' ' ')" "p.output q.area " \
	"two records, in the order recorded; the jobs row not listed"

run "$GS" retract --list 'q.*' --format csv
expect_eq "$(sed 1d "$T/out" | cut -d, -f1 | tr '\n' ' ')" "q.area " "a GLOB filters"
run "$GS" retract --list 'none.*'
expect_rc 0 "a GLOB that matches no retraction"

run "$GS" retract --list
expect_out '^p\.output +2024 +flow +about +1\.6 trn RUB' "the table shows the value with scale words"

run "$GS" retract --list --reason x
expect_rc 2 "--list with --reason"
expect_err 'takes only GLOBs' "says what --list takes"

# listing changes nothing: the view is as before
run "$GS" show p.output --format csv
expect_eq "$(sed 1d "$T/out" | cut -d, -f1 | tr '\n' ' ')" "2023 " "p.output shows only 2023"
