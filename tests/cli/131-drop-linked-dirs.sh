# backends: sqlite postgres
# ingest --dir never moves, writes or deletes through a link planted at the
# archive or rejects directory. Whoever may drop files may also replace
# DROP/archive or DROP/rejects by a symbolic link to any directory (a
# cron.d, a profile.d, another application's data); a cron ingest running
# as another user would then have moved the dropped files, or a refused
# "file" named evil.sh, into it, and swept its dot files. Found by the
# audit: "archive -> /etc" put two dropped CSV files into /etc.
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,value,unit,as_of'
D="$T/drop"
mkdir "$D" "$T/elsewhere" "$T/other"
"$GS" init
printf '%s\nl.a,2024,1,jobs,2025-01-01\n' "$H" >"$D/good.csv"
printf '%s\nl.b,2024,x,jobs,2025-01-01\n' "$H" >"$D/evil.sh"
# a file of another application named like an unfinished output
echo theirs >"$T/elsewhere/.good.csv.a1b2c3"
echo theirs >"$T/other/.evil.sh.a1b2c3"
ln -s "$T/elsewhere" "$D/archive"
ln -s "$T/other" "$D/rejects"

run "$GS" ingest --dir "$D" --min-age 0
expect_rc 73 "an archive directory that is a link stops the run"
expect_err 'archive: a symbolic link' "the message names the link"
expect_eq "$(ls -A "$T/elsewhere" | tr '\n' ' ')" ".good.csv.a1b2c3 " \
	"nothing was moved into, or removed from, the link's target"
expect_eq "$(ls -A "$T/other" | tr '\n' ' ')" ".evil.sh.a1b2c3 " \
	"nothing was moved into, or removed from, the rejects link's target"
[ -f "$D/good.csv" ] && [ -f "$D/evil.sh" ] && ok "both files stay for the next run" ||
	notok "a dropped file went somewhere"
expect_eq "$(sql "SELECT count(*) FROM v_observations")" 0 \
	"nothing was loaded whose file could not be archived"

# a real archive, rejects still a link: the bad file is not moved through it
rm "$D/archive"
run "$GS" ingest --dir "$D" --min-age 0
expect_eq "$(ls -A "$T/other" | tr '\n' ' ')" ".evil.sh.a1b2c3 " \
	"a refused file is never moved through a rejects link"
[ -f "$D/evil.sh" ] && ok "the refused file stays in the drop directory" ||
	notok "the refused file went somewhere"
[ -f "$D/archive/good.csv" ] && ok "the good file is archived in the real directory" ||
	notok "the good file was not archived"
expect_err 'rejects: a symbolic link' "the rejects link is named"

# --archive given explicitly as a link is refused the same way
printf '%s\nl.c,2024,3,jobs,2025-01-01\n' "$H" >"$D/more.csv"
ln -s "$T/elsewhere" "$T/arch-link"
run "$GS" ingest --dir "$D" --min-age 0 --archive "$T/arch-link"
expect_rc 73 "an --archive that is a link is refused"
expect_eq "$(ls -A "$T/elsewhere" | tr '\n' ' ')" ".good.csv.a1b2c3 " \
	"still nothing in the link's target"
