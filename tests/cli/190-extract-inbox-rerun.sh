# extract over an inbox run by cron again and again (issue 16's cron
# path "new press releases in a folder -> candidates for review"): a text
# whose candidates file is there already was extracted by an earlier run
# and is done (the file may be under review: never replaced), so a second
# run over the same inbox exits 0 and says nothing; a new text gets its
# file; a text changed after its candidates were written is named and the
# run exits 73, its file untouched. Before this, every run after the first
# exited 73 with one "a file of that name exists" per text.
. "$GS_TOP/tests/cli/lib.sh"

mkdir "$T/in" "$T/cands"
printf 'MOSCOW, March 3, 2025. Residents invested 2.4 billion roubles in 2024.\n' >"$T/in/a.txt"
printf 'MOSCOW, March 4, 2025. The park employed 1,200 people in 2024.\n' >"$T/in/b.txt"

run "$GS" extract -o "$T/cands/" "$T/in/"
expect_rc 0 "the first run"
expect_eq "$(ls "$T/cands" | tr '\n' ' ')" "a.csv b.csv " "one file per text"
grep -q '2024,level,2.4,billion rubles' "$T/cands/a.csv" && ok "a.csv holds a's figure" || notok "a.csv lacks a's figure"
echo "reviewed" >>"$T/cands/a.csv"
touch -d '2020-01-01' "$T/in/a.txt" "$T/in/b.txt"
cp "$T/cands/a.csv" "$T/a.kept"

run "$GS" extract -o "$T/cands/" "$T/in/"
expect_rc 0 "a second run over the same inbox"
expect_eq "$(cat "$T/err")" "" "says nothing"
cmp -s "$T/cands/a.csv" "$T/a.kept" && ok "a reviewed file is left as it is" || notok "a.csv changed"

run "$GS" -v extract -o "$T/cands" "$T/in"
expect_rc 0 "with -v"
expect_err "in/a.txt: extracted already, to .*cands/a.csv" "-v names what was done before"

printf 'MOSCOW, March 5, 2025. Output grew 2.8-fold since 2010.\n' >"$T/in/c.txt"
run "$GS" extract -o "$T/cands" "$T/in"
expect_rc 0 "a new text in the inbox"
[ -f "$T/cands/c.csv" ] && ok "the new text gets its file" || notok "no c.csv"

touch "$T/in/b.txt"
run "$GS" extract -o "$T/cands" "$T/in"
expect_rc 73 "a text changed after its candidates were written"
expect_err "in/b.txt: changed since .*cands/b.csv was written" "names the text and its file"
cmp -s "$T/cands/a.csv" "$T/a.kept" && ok "the other files untouched" || notok "a.csv changed"

# texts named one by one are taken as asked: an existing file is refused
run "$GS" extract -o "$T/cands" "$T/in/a.txt" "$T/in/c.txt"
expect_rc 73 "named texts whose files exist"
expect_err "cands/a.csv: cannot create" "the file is named"
