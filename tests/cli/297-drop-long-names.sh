# A drop file with a long name (up to the 255 bytes a name may have) that
# was refused could never be set aside: NAME.errors and the temporary name
# it is written under are longer than a file name may be, so the run said
# "no free name" (exit 73) and left the file to be refused again by every
# run, a mail each time. A loaded one archived across file systems failed
# the same way (the copy's temporary ".NAME.hhhhhh"). The rejects now take
# the name with its stem cut (the extension kept, a number when taken),
# and a temporary name is cut to fit.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init || notok "init"
D="$T/drop"
mkdir "$D"
H='series,period,value,as_of,source'
long() { python3 -c "print('$1' * $2 + '$3')"; }
n1=$(long x 250 .csv)       # 254 bytes
n2=$(long x 250 a.csv)      # 255 bytes: the same first 250
printf '%s\na.z,2024,BAD-1,2025-01-01,s\n' "$H" >"$D/$n1"
printf '%s\na.z,2024,BAD-2,2025-01-01,s\n' "$H" >"$D/$n2"
touch -d '2020-01-01' "$D/$n1" "$D/$n2"

run "$GS" ingest --dir "$D"
expect_rc 65 "two refused files with 254- and 255-byte names: exit 65"
expect_eq "$(ls "$D" | grep -c '^x')" "0" "neither is left in the drop directory"
expect_eq "$(ls "$D/rejects" | grep -c '\.csv$')" "2" \
	"both are in the rejects, under names of their own"
expect_eq "$(ls "$D/rejects" | grep -c '\.csv\.errors$')" "2" \
	"each has its .errors"
expect_eq "$(cat "$D/rejects"/*.csv | grep -c BAD-)" "2" \
	"the two files keep their bytes"
own=0
for f in "$D/rejects"/*.csv; do
	[ -f "$f" ] && grep -q "$(sed -n 2p "$f" | cut -d, -f3)" "$f.errors" 2>/dev/null &&
		own=$((own + 1))
done
expect_eq "$own" "2" "each .errors names its own file's value"
run "$GS" ingest --dir "$D"
expect_rc 0 "the next run has nothing to do"

# a loaded file with a 254-byte name archived onto another file system
A=/dev/shm/gs-archive-$$
if mkdir "$A" 2>/dev/null &&
	[ "$(stat -c %d "$A")" != "$(stat -c %d "$D")" ]; then
	printf '%s\na.y,2024,7,2025-01-01,s\n' "$H" >"$D/$n1"
	touch -d '2020-01-01' "$D/$n1"
	run "$GS" ingest --dir "$D" --archive "$A"
	expect_rc 0 "a long-named file archived across file systems"
	[ -f "$A/$n1" ] && cmp -s "$A/$n1" - <<EOT && ok "its copy is whole" || notok "no whole copy in the archive"
$H
a.y,2024,7,2025-01-01,s
EOT
	[ -e "$D/$n1" ] && notok "the file was left in the drop directory" ||
		ok "the file left the drop directory"
	expect_eq "$(ls -A "$A" | grep -c '^\.')" "0" "no temporary left in the archive"
else
	ok "skipped: no second file system at /dev/shm"
fi
rm -rf "$A"
