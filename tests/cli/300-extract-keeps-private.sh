# extract's candidates quote the text they come from (each row's note
# holds its sentence), yet were created with the umask's mode: a 0600
# press text in the inbox gave a 0644 cands/NAME.csv that every user could
# read. Like a reject CSV (294), a candidates file is now readable by
# group and others only as far as its text was; the owner keeps what the
# umask gives.
. "$GS_TOP/tests/cli/lib.sh"

umask 022
mode() { stat -c %a "$1"; }
mkdir "$T/inbox" "$T/cands"
text='On 3 March 2025 the cluster said its output grew to 120 billion rubles in 2024 (SECRET).'
printf '%s\n' "$text" >"$T/inbox/s.txt"
printf '%s\n' "$text" >"$T/inbox/g.txt"
printf '%s\n' "$text" >"$T/inbox/o.txt"
chmod 600 "$T/inbox/s.txt"
chmod 640 "$T/inbox/g.txt"
chmod 644 "$T/inbox/o.txt"
run "$GS" extract "$T/inbox" -o "$T/cands"
expect_rc 0 "extract an inbox"
grep -q SECRET "$T/cands/s.csv" && ok "s.csv quotes the private text" ||
	notok "s.csv does not quote the text (test premise)"
expect_eq "$(mode "$T/cands/s.csv")" 600 \
	"a 0600 text's candidates are 0600 (umask 022 gave 644)"
expect_eq "$(mode "$T/cands/g.csv")" 640 "a 0640 text's candidates are 0640"
expect_eq "$(mode "$T/cands/o.csv")" 644 "a 0644 text's: the umask decides"

# one text and -o FILE: the same rule
run "$GS" extract "$T/inbox/s.txt" -o "$T/one.csv"
expect_rc 0 "extract one private text to -o FILE"
expect_eq "$(mode "$T/one.csv")" 600 "-o FILE of a 0600 text is 0600"
