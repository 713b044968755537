# `ingest --skip-bad --rejects a.csv b.csv` (meant: ingest both files) put
# b.csv's rejected rows in place of the data in a.csv, without a word:
# --rejects FILE replaced whatever was there. It now replaces only an
# earlier reject file (its header ends in the reason column), an empty
# file or a link (never followed); anything else is refused with 73, the
# file kept and nothing of the batch stored.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init || notok "init"
H='series,period,value,as_of,source'
printf '%s\na.a,2024,1,2025-01-01,s\na.a,2023,2,2025-01-01,s\n' "$H" >"$T/a.csv"
printf '%s\nb.b,2024,BAD,2025-01-01,s\nb.b,2023,3,2025-01-01,s\n' "$H" >"$T/b.csv"
cp "$T/a.csv" "$T/a.keep"

run "$GS" ingest --skip-bad --rejects "$T/a.csv" "$T/b.csv"
expect_rc 73 "--rejects naming a data file"
expect_err "a\.csv: exists and is not a reject file" "the message names it and why"
cmp -s "$T/a.csv" "$T/a.keep" && ok "the data file keeps its bytes" ||
	notok "the data file was replaced: $(head -1 "$T/a.csv")"
expect_eq "$(sql "SELECT count(*) FROM observations")" "0" "nothing of b.csv was stored"
expect_eq "$(ls -A "$T" | grep -c '^\.a\.csv\.')" "0" "no temporary left beside it"

# an earlier reject file is replaced, as before
run "$GS" ingest --skip-bad --rejects "$T/r.csv" "$T/b.csv"
expect_rc 0 "a first run writes r.csv"
expect_eq "$(head -1 "$T/r.csv")" '"series","period","value","as_of","source","reason"' \
	"its header ends in the reason column"
printf '%s\nb.b,2022,WORSE,2025-01-01,s\n' "$H" >"$T/c.csv"
run "$GS" ingest --skip-bad --rejects "$T/r.csv" "$T/c.csv"
expect_rc 0 "a second run replaces its own reject file"
expect_eq "$(grep -c WORSE "$T/r.csv")" "1" "r.csv holds the second run's rows"
expect_eq "$(grep -c ',"BAD",' "$T/r.csv")" "0" "and no longer the first's"

# a reject file written with another separator and CRLF lines
printf '"series";"period";"reason"\r\n"x";"y";"z"\r\n' >"$T/semi.csv"
run "$GS" ingest --skip-bad --rejects "$T/semi.csv" "$T/c.csv"
expect_rc 0 "a ';' reject file with CRLF lines is replaced"
: >"$T/empty.csv"
run "$GS" ingest --skip-bad --rejects "$T/empty.csv" "$T/c.csv"
expect_rc 0 "an empty file is replaced"
expect_eq "$(grep -c WORSE "$T/empty.csv")" "1" "it holds the rejected row"

# a file whose header merely mentions reason elsewhere is no reject file
printf 'reason,series\nx,y\n' >"$T/notes.csv"
run "$GS" ingest --skip-bad --rejects "$T/notes.csv" "$T/c.csv"
expect_rc 73 "a file with 'reason' first in its header"
expect_eq "$(head -1 "$T/notes.csv")" "reason,series" "it keeps its text"
