# extract refuses a text over 4 MiB (exit 65, the file and the limit
# named, nothing written) and reads one of exactly 4 MiB. Press texts are
# kilobytes; extract keeps each candidate with its sentence in memory
# (some 55 bytes per byte of text, 2.5 s a MiB), so the old limit of 64
# MiB let one dropped file hold a cron run for minutes and gigabytes
# (found by the fourth audit: 4.8 MB of text took 160 s and 393 MB).
. "$GS_TOP/tests/cli/lib.sh"

mkdir "$T/in" "$T/cands"
# 4 MiB exactly: long words without figures, so it runs fast
python3 -c "
import sys
word = 'x' * 1023 + '\n'
sys.stdout.write(word * (4 * 1024 * 1024 // len(word)))" >"$T/in/four.txt"
expect_eq "$(wc -c <"$T/in/four.txt" | tr -d ' ')" 4194304 "the text is 4 MiB"
run "$GS" extract --as-of 2025-01-01 -o "$T/four.csv" "$T/in/four.txt"
expect_rc 0 "4 MiB is read"

{ cat "$T/in/four.txt"; printf 'y'; } >"$T/in/over.txt"
run "$GS" extract --as-of 2025-01-01 -o "$T/cands" "$T/in/over.txt" "$T/in/four.txt"
expect_rc 65 "one byte more is refused"
expect_err 'over\.txt.*too large for extract \(over 4 MiB\)' "the file and the limit are named"
[ ! -e "$T/cands/over.csv" ] && ok "nothing written for it" || notok "over.csv written"
