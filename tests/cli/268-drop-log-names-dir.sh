# The drop log's first line read "ingest: start: database DB, drop
# directory" without saying which: a log shared by several crontab lines
# could not tell their runs apart. It names the directory as given, with a
# password in a secret-bearing path masked as the database's is.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
D="$T/drop one"; mkdir "$D"
run "$GS" ingest --dir "$D" --log "$T/log"
expect_rc 0 "an empty drop directory"
if grep -q "ingest: start: database .*, drop directory $D\$" "$T/log"; then
	ok "the start line names the drop directory"
else notok "the start line lacks the directory"; sed 's/^/#   /' "$T/log"; fi

# a directory whose name holds a password by the rules of database names
# ("host=h password=pw"): the start line masks it as the database's
mkdir "$T/cwd"; cd "$T/cwd" || exit 1
mkdir 'host=h password=S3cr3t'
run "$GS" ingest --dir 'host=h password=S3cr3t' --log "$T/log2"
expect_rc 0 "a secret-looking drop directory"
if grep "start:" "$T/log2" | grep -q S3cr3t; then
	notok "the password is in the start line"
else ok "the password is masked in the start line"; fi
if grep -q "start: .*drop directory host=h password=\*\*\*" "$T/log2"; then
	ok "the masked directory is named"
else notok "the masked directory is not named"; sed 's/^/#   /' "$T/log2"; fi
