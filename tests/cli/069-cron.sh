# scripts/cron-ingest.sh: quiet when all is well, one line per problem,
# a timestamped log, exit codes that mean something
. "$GS_TOP/tests/cli/lib.sh"

cron="$GS_TOP/scripts/cron-ingest.sh"
export GROWTHSTAT="$GS"
H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
D="$T/drop"
mkdir "$D"
{ echo "$H"; echo 'cr.a,2024,level,1,rubles,,,2025-01-01,s,'; } >"$D/a.csv"
{ echo "$H"; echo 'cr.b,2024,level,2,rubles,,,2025-01-01,s,'; } >"$D/b.csv"
touch -d 2020-01-01 "$D"/*.csv

run sh "$cron" -l "$T/log" "$D"
expect_rc 0 "all is well: exit 0"
expect_eq "$(cat "$T/out" "$T/err")" "" "all is well: not a word (cron sends no mail)"
expect_eq "$(ls "$D/archive" | tr '\n' ' ')" "a.csv b.csv " "both files archived"
grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{4} growthstat\[[0-9]+\]: ingest: .*a\.csv: 1 new' "$T/log" && ok "the log has a timestamped line per file" || notok "log lacks timestamped lines"

run sh "$cron" "$D"
expect_rc 0 "nothing to do: exit 0"
expect_eq "$(cat "$T/out" "$T/err")" "" "nothing to do: not a word"

{ echo "$H"; echo 'cr.c,2024,level,1x,rubles,,,2025-01-01,s,'; echo 'cr.c,2025,levle,1,rubles,,,2025-01-01,s,'; } >"$D/c.csv"
{ echo "$H"; echo 'cr.d,2024,level,4,rubles,,,2025-01-01,s,'; } >"$D/d.csv"
touch -d 2020-01-01 "$D"/*.csv
run sh "$cron" -l "$T/log" "$D"
expect_rc 65 "a refused file: exit 65"
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" 1 "one line for the one refused file, however many problems it has"
expect_err "c\.csv: refused \(2 problems\); moved to .*rejects/c\.csv, see .*c\.csv\.errors" "the line says where the file and its errors are"
[ -f "$D/archive/d.csv" ] && ok "the good file beside it was loaded" || notok "good file not loaded"
grep -q 'c\.csv:3:3: kind' "$T/log" && ok "the log has every problem" || notok "log lacks the problems"

run sh "$cron" "$T/nonesuch"
expect_rc 66 "a missing drop directory: exit 66"
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" 1 "one line"

( flock 9; touch "$T/held"; while [ ! -e "$T/release" ]; do sleep 0.05; done ) 9>"$GROWTHSTAT_DB.lock" &
holder=$!
n=0; while [ ! -e "$T/held" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
run sh "$cron" -w 0 "$D"
expect_rc 75 "another ingest running: exit 75"
expect_err "another ingest is running" "said in one line"
run sh "$cron" -w 0 -b "$D"
expect_rc 0 "-b: another ingest running is not a problem"
expect_eq "$(cat "$T/err")" "" "-b: not a word"
touch "$T/release"
wait $holder

run sh "$cron" "$D" extra
expect_rc 2 "a usage error: exit 2"
run env -u GROWTHSTAT_DB sh "$cron" "$D"
expect_rc 2 "no database named: exit 2"
expect_err "no database: give -d DB" "said"
{ echo "$H"; echo 'cr.e,2024,level,5,rubles,,,2025-01-01,s,'; } >"$D/e.csv"
{ echo "$H"; echo 'cr.f,2024,level,x,rubles,,,2025-01-01,s,'; } >"$D/f.csv"
run sh "$cron" -d "$T/other.db" -a "$T/arch" -r "$T/rej" -m 0 "$D"
expect_rc 65 "-d, -a, -r and -m are passed on"
expect_eq "$(ls "$T/arch" "$T/rej" | tr '\n' ' ')" "$T/arch: e.csv  $T/rej: f.csv f.csv.errors " "-a and -r name the folders, -m 0 takes new files"
expect_eq "$(sqlite3 "$T/other.db" 'SELECT count(*) FROM observations')" 1 "-d names the database"

# -F and -D pass the field separator and the decimal mark on: a Russian
# export (1.234,5 = 1234.5) loads without a word
printf 'series;period;value;unit;as_of;source\ncr.ru;2024;1.234,5;jobs;2025-01-01;s\n' >"$D/ru.csv"
printf 'series;period;value;unit;as_of;source\ncr.rv;2024;1,234;jobs;2025-01-01;s\n' >"$D/rv.csv"
touch -d 2020-01-01 "$D/ru.csv" "$D/rv.csv"
run sh "$cron" -F ';' -D , "$D"
expect_rc 0 "-F ';' -D ,"
expect_eq "$(cat "$T/out" "$T/err")" "" "-F and -D: not a word"
expect_eq "$(sqlite3 "$GROWTHSTAT_DB" "SELECT value FROM v_observations WHERE series = 'cr.ru'")" \
	1234.5 "1.234,5 with a decimal comma is 1234.5"
expect_eq "$(sqlite3 "$GROWTHSTAT_DB" "SELECT value FROM v_observations WHERE series = 'cr.rv'")" \
	1.234 "1,234 with a decimal comma is 1.234"
