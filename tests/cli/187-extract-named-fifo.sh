# extract with several texts named (a cron job's `extract -o CANDS
# INBOX/*.txt`): a FIFO among them is refused, not read, so it cannot hang
# the run (it hung for ever before, the texts after it never extracted);
# the other texts are extracted and the exit code says one failed. A link
# named on the command line is still followed (it was named), and one text
# alone may still be a pipe (`extract <(cmd)`). Found by the fourth audit.
. "$GS_TOP/tests/cli/lib.sh"

t='Moscow, May 13, 2025. The park has 57 residents.'
mkdir "$T/in" "$T/cands"
echo "$t" >"$T/in/a.txt"
echo "$t" >"$T/in/c.txt"
mkfifo "$T/in/b.txt"
ln -s a.txt "$T/in/l.txt"
run timeout 20 "$GS" extract -o "$T/cands" "$T/in/a.txt" "$T/in/b.txt" "$T/in/c.txt" "$T/in/l.txt"
[ "$rc" -ne 124 ] && ok "a named FIFO does not hang the run" || notok "the run hung on a named FIFO (killed after 20 s)"
expect_rc 66 "exit 66: one text could not be read"
expect_err "b\.txt.*not a regular file" "the FIFO is named"
expect_eq "$(ls "$T/cands" | tr '\n' ' ')" "a.csv c.csv l.csv " "the other texts extracted, the named link followed"
grep -q '^,2025,level,57,' "$T/cands/c.csv" && ok "the text after the FIFO has its candidate" || notok "c.csv: $(head -2 "$T/cands/c.csv")"

# one text alone: a pipe is read as before
run sh -c "printf '%s\n' '$t' | \"$GS\" extract /dev/stdin"
expect_rc 0 "one text through a pipe"
expect_out '^,2025,level,57,' "its candidate"
