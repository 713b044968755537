# ingest --dir and every file the collector writes, against a hostile
# backends: sqlite postgres
# drop directory: links and FIFOs are refused by name and never opened;
# outputs are created exclusively, never through a planted link; outputs
# that would destroy an input are refused; rejects never replace earlier
# rejects; names cannot forge log lines; passwords are never shown.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
D="$T/drop"
mkdir "$D"
"$GS" init
old() { touch -h -d '2020-01-01 00:00:00' "$@"; }
row() { printf '%s,%s,level,%s,rubles,,,2025-01-01,src,\n' "$1" "$2" "$3"; }
# unchanged FILE DESC: the victim FILE still holds exactly "victim"
unchanged() { expect_eq "$(cat "$1")" "victim" "$2"; }

# ---- links, FIFOs: refused by name, never opened ----
{ echo "$H"; row s.x 2024 SECRET-7f3a; } >"$T/secret"   # a file outside the drop directory
chmod 600 "$T/secret"; old "$T/secret"
ln -s "$T/secret" "$D/a-link.csv"
mkfifo "$D/b-fifo.csv"
mkdir "$T/elsewhere"
ln -s "$T/elsewhere" "$D/c-dirlink"
{ echo "$H"; row h.ok 2024 1; } >"$D/d-good.csv"
old "$D"/*
run timeout 20 "$GS" ingest --dir "$D" --log "$T/log"
expect_rc 65 "a link and a FIFO in the drop directory: exit 65, and no hang"
expect_err "a-link\.csv: a symbolic link: refused, never opened" "the link is refused by name"
expect_err "b-fifo\.csv: a FIFO: refused, never opened" "the FIFO is refused by name"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series = 'h.ok'")" 1 "the regular file after them is loaded"
leak=$( { cat "$T/out" "$T/err" "$T/log"; find "$D" -type f -name '*.errors' -exec cat {} +; sql 'SELECT message FROM batches'; } | grep -c SECRET-7f3a)
expect_eq "$leak" 0 "the link target's content is nowhere: stdout, stderr, log, .errors, batches.message"
[ -L "$D/a-link.csv" ] && [ -p "$D/b-fifo.csv" ] && [ -L "$D/c-dirlink" ] && ok "the link and the FIFO are left where they are" || notok "a link or FIFO was moved"
expect_eq "$(grep -c 'c-dirlink' "$T/err")" 0 "a link to a directory is passed over in silence"
rm -f "$D/a-link.csv" "$D/b-fifo.csv" "$D/c-dirlink"

# ---- planted links at every predictable name the collector writes ----
for v in v1 v2 v3 v4 v5; do echo victim >"$T/$v"; done
mkdir -p "$D/rejects"
ln -s "$T/v1" "$D/rejects/x.csv.errors.tmp"
ln -s "$T/v2" "$D/rejects/s.csv.rejects.csv.tmp"
{ echo "$H"; row x.a 2024 1x; } >"$D/x.csv"
{ echo "$H"; row s.a 2024 1; row s.a 2025 bad; } >"$D/s.csv"
old "$D/x.csv" "$D/s.csv"
run "$GS" ingest --dir "$D"
expect_rc 65 "x.csv and s.csv refused"
[ -f "$D/rejects/x.csv.errors" ] && [ ! -L "$D/rejects/x.csv.errors" ] && ok "the .errors is a file of its own" || notok "no .errors"
mv "$D/rejects/s.csv" "$D/s.csv"; rm -f "$D/rejects/s.csv.errors"; old "$D/s.csv"
run "$GS" ingest --dir "$D" --skip-bad
unchanged "$T/v1" "a link at rejects/NAME.errors.tmp: its target is untouched"
unchanged "$T/v2" "a link at rejects/NAME.rejects.csv.tmp: its target is untouched"
[ -f "$D/rejects/s.csv.rejects.csv" ] && [ ! -L "$D/rejects/s.csv.rejects.csv" ] && ok "the reject CSV is a file of its own" || notok "no reject CSV"
{ echo "$H"; row f.a 2024 1; row f.a 2025 bad; } >"$T/f.csv"
ln -s "$T/v3" "$T/frej.csv.tmp"
run "$GS" ingest --skip-bad --rejects "$T/frej.csv" "$T/f.csv"
expect_rc 0 "--skip-bad with a planted link at REJECTS.tmp"
unchanged "$T/v3" "a link at --rejects PATH.tmp: its target is untouched"
printf 'In 2024 output grew by 5%% to 10 billion rubles.\n' >"$T/doc.txt"
ln -s "$T/v4" "$T/cand.csv"
run "$GS" extract --as-of 2025-01-01 -o "$T/cand.csv" "$T/doc.txt"
expect_rc 73 "extract -o onto a link: refused (an existing name is never replaced)"
unchanged "$T/v4" "extract -o: the link's target is untouched"
[ -L "$T/cand.csv" ] && ok "extract -o left the link as it was" || notok "extract -o replaced the link"
ln -s "$T/v5" "$T/link.log"
run "$GS" ingest --dir "$D" --log "$T/link.log"
expect_rc 73 "--log that is a symbolic link: refused"
unchanged "$T/v5" "--log: the link's target is untouched"
if [ "${GS_BACKEND:-sqlite}" = sqlite ]; then
	echo victim >"$T/v6"
	rm -f "$GROWTHSTAT_DB.lock"
	ln -s "$T/v6" "$GROWTHSTAT_DB.lock"
	run "$GS" ingest "$T/f.csv"
	expect_rc 73 "a DB.lock that is a symbolic link: refused"
	unchanged "$T/v6" "DB.lock: the link's target is untouched"
	rm -f "$GROWTHSTAT_DB.lock"
fi

# ---- a later refused file never replaces an earlier one's rejects ----
R="$T/rej"
{ echo "$H"; row m.a 2024 1; row m.a 2025 bad1; } >"$D/m.csv"; old "$D/m.csv"
run "$GS" ingest --dir "$D" --skip-bad --rejects "$R"
{ echo "$H"; row m.b 2024 1; row m.b 2025 bad2; } >"$D/m.csv"; old "$D/m.csv"
run "$GS" ingest --dir "$D" --skip-bad --rejects "$R"
{ echo "$H"; row m.c 2024 bad3; } >"$D/m.csv"; old "$D/m.csv"
run "$GS" ingest --dir "$D" --rejects "$R"
expect_eq "$(ls "$R" | tr '\n' ' ')" "m.1.csv.rejects.csv m.2.csv m.2.csv.errors m.csv.rejects.csv " \
	"Monday's, Tuesday's and Wednesday's rejects each keep their own number"
grep -q bad1 "$R/m.csv.rejects.csv" && grep -q bad2 "$R/m.1.csv.rejects.csv" && grep -q bad3 "$R/m.2.csv.errors" \
	&& ok "each holds its own day's rows" || notok "a reject file was replaced"

# ---- control characters in a file name cannot forge lines ----
bad=$(printf 'a\nFORGED line\033[31m.csv')
{ echo "$H"; row e.a 2024 1x; } >"$D/$bad"
{ echo "$H"; row e.a 2024 1x; } >"$T/plain.csv"
mkdir "$T/d2"; cp "$T/plain.csv" "$T/d2/plain.csv"
old "$D/$bad" "$T/d2/plain.csv"
run "$GS" ingest --dir "$T/d2" --log "$T/log2" -v
want=$(wc -l <"$T/log2" | tr -d ' ')
wanterr=$(wc -l <"$T/err" | tr -d ' ')
run "$GS" ingest --dir "$D" --log "$T/log3" -v
expect_eq "$(wc -l <"$T/log3" | tr -d ' ')" "$want" "a name with a newline adds no line to the log (as many as for plain.csv)"
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" "$wanterr" "nor to stderr"
expect_eq "$(cat "$T/log3" "$T/err" "$T/out" "$R"/*.errors | tr -cd '\033' | wc -c | tr -d ' ')" 0 "no ESC byte in the log, stderr, stdout or .errors"
grep -q '^FORGED' "$T/log3" "$T/err" && notok "a forged line starts with FORGED" || ok "no line starts with the forged text"
grep -q 'a\\nFORGED line\\e\[31m\.csv' "$T/err" && ok "the name is shown escaped" || notok "the escaped name is missing"

# ---- the password of a URI is never shown ----
{ echo "$H"; row p.a 2024 1; } >"$D/p.csv"; old "$D/p.csv"
run "$GS" --db 'postgresql://user:secret@127.0.0.1:1/db' ingest --dir "$D" --log "$T/log4" --lock-timeout 0
[ "$rc" -ne 0 ] && ok "an unreachable server fails (exit $rc)" || notok "an unreachable server: exit 0"
expect_eq "$(cat "$T/out" "$T/err" "$T/log4" | grep -c secret)" 0 "the password is nowhere in stdout, stderr or the log"
grep -q 'start: database postgresql://user:\*\*\*@127\.0\.0\.1:1/db' "$T/log4" && ok "the log names the database, masked" || notok "the log start line lacks the masked database"

# ---- outputs that would destroy inputs ----
n=$(sql 'SELECT count(*) FROM observations')
if [ "${GS_BACKEND:-sqlite}" = sqlite ]; then
	run "$GS" extract --as-of 2025-01-01 -o "$GROWTHSTAT_DB" "$T/doc.txt"
	expect_rc 2 "extract -o DB"
	expect_err "is the database" "extract -o DB: said why"
	run "$GS" extract --as-of 2025-01-01 -o "$T/./test.db-wal" "$T/doc.txt"
	expect_rc 2 "extract -o DB-wal (not there now), spelt otherwise"
	[ ! -e "$GROWTHSTAT_DB-wal" ] && ok "no DB-wal was made" || notok "extract made a DB-wal"
	run "$GS" ingest --skip-bad --rejects "$GROWTHSTAT_DB" "$T/f.csv"
	expect_rc 2 "--rejects DB"
	expect_eq "$(sql 'SELECT count(*) FROM observations')" "$n" "the database is intact"
	expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"
fi
run "$GS" extract --as-of 2025-01-01 -o "$T/doc.txt" "$T/doc.txt"
expect_rc 2 "extract -o INPUT"
grep -q 'output grew' "$T/doc.txt" && ok "the input text is intact" || notok "extract overwrote its input"
run "$GS" ingest --skip-bad --rejects "$T/f.csv" "$T/f.csv"
expect_rc 2 "--rejects INPUT"
{ echo "$H"; row z.a 2024 1; } >"$D/z.csv"; old "$D/z.csv"
run "$GS" ingest --dir "$D" --archive "$D/."
expect_rc 2 "--archive that is the drop directory"
expect_err "is the drop directory" "said why"
run "$GS" ingest --dir "$D" --rejects "$T/drop/../drop"
expect_rc 2 "--rejects that is the drop directory"
[ -f "$D/z.csv" ] && ok "the file is still in the drop directory" || notok "z.csv was deleted"
rm -f "$D/z.csv"
