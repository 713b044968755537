# ingest --dir: drop directories: order, archive, rejects with .errors,
# backends: sqlite postgres
# files still being written, name clashes, exit codes, --log, quiet runs
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
D="$T/drop"
mkdir "$D"
old() { touch -d '2020-01-01 00:00:00' "$@"; }
row() { printf '%s,%s,level,%s,rubles,,,2025-01-01,src,%s\n' "$1" "$2" "$3" "${4:-}"; }

{ echo "$H"; row d.b 2024 20; row d.b 2025 21; } >"$D/20250102-b.csv"
{ echo "$H"; row d.a 2024 10; } >"$D/20250101-a.csv"
{ echo "$H"; row d.c 2024 1x0; row d.c 2025 5; echo 'd.c,2026,levl,1,rubles,,,2025-01-01,src,'; } >"$D/20250103-c.csv"
{ echo "$H"; row d.e 2024 30; } >"$D/20250104-e.csv.part"
{ echo "$H"; row d.e 2024 30; } >"$D/20250104-e.csv.tmp"
{ echo "$H"; row d.e 2024 30; } >"$D/.20250104-e.csv.XYZ"
{ echo "$H"; row d.e 2024 30; } >"$D/20250104-e.csv~"
mkdir "$D/subdir"
old "$D"/* "$D"/.2025*
{ echo "$H"; row d.f 2024 40; } >"$D/20250105-f.csv"   # modified just now

run "$GS" ingest --dir "$D" --log "$T/log"
expect_rc 65 "a refused file makes the run exit 65"
expect_eq "$(cat "$T/out")" "" "nothing on stdout when stdout is not a terminal"
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" 1 "one line on stderr for the one refused file"
expect_err "20250103-c\.csv: refused \(2 problems\); moved to .*/rejects/20250103-c\.csv, see .*20250103-c\.csv\.errors" "the line names the file, its problems and where it went"
expect_eq "$(sql 'SELECT file FROM batches ORDER BY id' | sed 's|.*/||' | tr '\n' ' ')" \
	"20250101-a.csv 20250102-b.csv 20250103-c.csv " "files are loaded in name order"
expect_eq "$(sql 'SELECT status FROM batches ORDER BY id' | tr '\n' ' ')" "committed committed refused " "two batches committed, one refused"
expect_eq "$(ls "$D/archive" | tr '\n' ' ')" "20250101-a.csv 20250102-b.csv " "loaded files are in DROP/archive"
expect_eq "$(ls "$D/rejects" | tr '\n' ' ')" "20250103-c.csv 20250103-c.csv.errors " "the refused file and its .errors are in DROP/rejects"
expect_eq "$(sed -n 1p "$D/rejects/20250103-c.csv.errors" | sed 's|.*/||')" "20250103-c.csv:2:4: value '1x0': trailing text after number" ".errors lists the first problem with its location"
expect_eq "$(sed -n 2p "$D/rejects/20250103-c.csv.errors" | sed 's|.*/||')" "20250103-c.csv:4:3: kind 'levl': unknown kind (level, flow, multiple, percent, target or plan)" ".errors lists the second problem"
grep -q 'refused: 2 problems; nothing was stored' "$D/rejects/20250103-c.csv.errors" && ok ".errors ends with the verdict" || notok ".errors verdict missing"
expect_eq "$(ls -A "$D" | tr '\n' ' ')" ".20250104-e.csv.XYZ 20250104-e.csv.part 20250104-e.csv.tmp 20250104-e.csv~ 20250105-f.csv archive rejects subdir " \
	"temporary names, a file modified just now and subdirectories stay"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series IN ('d.e','d.f')")" 0 "nothing of the waiting files was read"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 3 "three rows stored"
stamp='^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4} growthstat\[[0-9]+\]: ingest: '
if grep -Evq "$stamp" "$T/log"; then notok "a log line without a timestamp"; grep -Ev "$stamp" "$T/log" | sed 's/^/#   /'; else ok "every log line starts with a timestamp and the pid"; fi
grep -Eq "20250101-a\.csv: 1 new, 0 already present, 0 rejected \(batch 1\); archived as .*archive/20250101-a\.csv" "$T/log" && ok "the log says what was loaded and where it went" || notok "log lacks the loaded file"
grep -Eq "20250103-c\.csv:2:4: value" "$T/log" && ok "the log has each problem" || notok "log lacks the problems"
grep -Eq "ingest: exit 65$" "$T/log" && ok "the log ends with the exit code" || notok "log lacks the exit code"

# a second run: only the file that became old enough
old "$D/20250105-f.csv"
run "$GS" ingest --dir "$D"
expect_rc 0 "all is well: exit 0"
expect_eq "$(cat "$T/out" "$T/err")" "" "all is well: nothing said"
expect_eq "$(ls "$D/archive" | wc -l | tr -d ' ')" 3 "the settled file was archived"
run "$GS" ingest --dir "$D" --min-age 0 -v
expect_rc 0 "nothing left to do: exit 0"
expect_out "4 files too new or still being written" "-v says what was left"

# same name again: identical bytes are dropped, other bytes get a number
cp "$D/archive/20250101-a.csv" "$D/20250101-a.csv"
{ echo "$H"; row d.a 2025 11; } >"$D/20250102-b.csv"
{ echo "$H"; row d.c 2024 zz; } >"$D/20250103-c.csv"
{ echo "$H"; row d.g 2024 1; } >"$D/noext"
{ echo "$H"; row d.g 2025 2; } >"$D/archive/noext"
old "$D"/20250101-a.csv "$D"/20250102-b.csv "$D"/20250103-c.csv "$D/noext"
run "$GS" ingest --dir "$D"
expect_rc 65 "the refused file again"
expect_eq "$(ls "$D/archive" | tr '\n' ' ')" "20250101-a.csv 20250102-b.1.csv 20250102-b.csv 20250105-f.csv noext noext.1 " \
	"a clash gets a number before the extension; an identical copy is not kept twice"
expect_eq "$(ls "$D/rejects" | tr '\n' ' ')" "20250103-c.1.csv 20250103-c.1.csv.errors 20250103-c.csv 20250103-c.csv.errors " \
	"a second refused file of a name is kept beside the first"
expect_eq "$(sql "SELECT rows_new, rows_present FROM batches WHERE file LIKE '%20250101-a.csv' ORDER BY id DESC LIMIT 1")" "0|1" "the identical file added nothing"

# --skip-bad: the good rows load, the bad ones go to REJECTS/NAME.rejects.csv
{ echo "$H"; row d.h 2024 1; row d.h 2025 bad; } >"$D/skip.csv"
old "$D/skip.csv"
run "$GS" ingest --dir "$D" --skip-bad --archive "$T/arch" --rejects "$T/rej" -q
expect_rc 0 "--skip-bad in a drop directory"
expect_eq "$(ls "$T/arch" "$T/rej" | tr '\n' ' ')" "$T/arch: skip.csv  $T/rej: skip.csv.rejects.csv " "--archive and --rejects choose the folders"
expect_eq "$(cat "$T/err")" "" "-q: nothing said about skipped rows"
expect_eq "$(reject_lines "$T/rej/skip.csv.rejects.csv")" "3 " "the reject CSV names the line"

# exit codes
run "$GS" ingest --dir "$T/nonesuch"
expect_rc 66 "a missing drop directory"
expect_err "nonesuch: cannot read the drop directory" "the missing drop directory is named"
: >"$T/afile"
{ echo "$H"; row d.i 2024 1; } >"$D/i.csv"; old "$D/i.csv"
run "$GS" ingest --dir "$D" --archive "$T/afile/x"
expect_rc 73 "an archive that cannot be created"
expect_err "afile/x: cannot create the directory" "the archive problem is named"
[ -f "$D/i.csv" ] && ok "the file stays in the drop directory" || notok "file moved"
run "$GS" ingest --dir "$D" "$T/afile"
expect_rc 2 "--dir and files together is a usage error"
run "$GS" ingest --archive "$T/arch" "$T/afile"
expect_rc 2 "--archive without --dir is a usage error"
run "$GS" ingest --dir "$D" --min-age soon
expect_rc 2 "a bad --min-age"
run "$GS" ingest --dir "$D" --log "$T/afile/log"
expect_rc 73 "a log that cannot be opened"
[ -f "$D/i.csv" ] && ok "nothing done when the log cannot be opened" || notok "ran without its log"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "database passes integrity_check"

# --help names every suffix README says is left waiting (it lacked .partial)
run "$GS" ingest --help
expect_out "names ending \.part, \.tmp, \.partial" "ingest --help names .partial among the names left"
