# A reject CSV and a refused drop file's NAME.errors copy the input's text
# (its rows; the errors quote its header and values), yet were created
# with the umask's mode (0644): rows of a file only its owner could read
# (0600), or of a hard link in a drop directory to such a file, became
# readable by every user. Group and others now read them only as far as
# they could read the input; the owner keeps what the umask gives.
. "$GS_TOP/tests/cli/lib.sh"

umask 022
mode() { stat -c %a "$1"; }
"$GS" init || notok "init"
H='series,period,value,as_of,source'

# ingest --skip-bad of a private file: the default reject CSV, and --rejects
printf '%s\na.b,2024,SECRET-1,2025-01-01,s\na.b,2023,1,2025-01-01,s\n' "$H" \
	>"$T/p.csv"
chmod 600 "$T/p.csv"
run "$GS" ingest --skip-bad "$T/p.csv"
expect_rc 0 "ingest --skip-bad of a private file"
expect_eq "$(mode "$T/p.csv.rejects.csv")" "600" \
	"its default reject CSV is as private as the file (umask 022 gave 644)"
run "$GS" ingest --skip-bad --rejects "$T/named.csv" "$T/p.csv"
expect_rc 0 "again with --rejects"
expect_eq "$(mode "$T/named.csv")" "600" "--rejects FILE is as private"

# a group-readable file: group keeps read, others get nothing
printf '%s\na.c,2024,SECRET-2,2025-01-01,s\n' "$H" >"$T/g.csv"
chmod 640 "$T/g.csv"
run "$GS" ingest --skip-bad "$T/g.csv"
expect_eq "$(mode "$T/g.csv.rejects.csv")" "640" "a 640 file's rejects are 640"

# a public file: the umask decides, as before
printf '%s\na.d,2024,bad,2025-01-01,s\n' "$H" >"$T/o.csv"
chmod 644 "$T/o.csv"
run "$GS" ingest --skip-bad "$T/o.csv"
expect_eq "$(mode "$T/o.csv.rejects.csv")" "644" "a 644 file's rejects are 644"

# a drop directory: a hard link to a private file is refused, and the
# .errors that quote its first line are as private as it is
mkdir "$T/drop"
printf 'root:SECRET-HASH:19000:0:99999:7:::\n' >"$T/shadow"
chmod 600 "$T/shadow"
ln "$T/shadow" "$T/drop/h.csv"
printf '%s\na.e,2024,SECRET-3,2025-01-01,s\n' "$H" >"$T/drop/q.csv"
chmod 600 "$T/drop/q.csv"
touch -d '2020-01-01' "$T/drop/h.csv" "$T/drop/q.csv"
run "$GS" ingest --dir "$T/drop"
expect_rc 65 "the drop run refuses both files"
grep -q SECRET-HASH "$T/drop/rejects/h.csv.errors" &&
	ok "h.csv.errors quotes the private line" ||
	notok "h.csv.errors does not quote the line (test premise)"
expect_eq "$(mode "$T/drop/rejects/h.csv.errors")" "600" \
	"h.csv.errors is as private as the file it quotes"
expect_eq "$(mode "$T/drop/rejects/q.csv.errors")" "600" \
	"q.csv.errors is as private as q.csv"
expect_eq "$(cat "$T/shadow")" "root:SECRET-HASH:19000:0:99999:7:::" \
	"the linked file keeps its bytes"

# --skip-bad in a drop directory: the reject CSV beside the moved file
printf '%s\na.f,2024,SECRET-4,2025-01-01,s\na.f,2023,2,2025-01-01,s\n' "$H" \
	>"$T/drop/r.csv"
chmod 600 "$T/drop/r.csv"
touch -d '2020-01-01' "$T/drop/r.csv"
run "$GS" ingest --dir "$T/drop" --skip-bad
expect_rc 0 "a drop run with --skip-bad"
expect_eq "$(mode "$T/drop/rejects/r.csv.rejects.csv")" "600" \
	"the drop file's reject CSV is as private as it"
