# A usage error says what is wrong, the command's synopsis and where the
# rest is, as git and curl do; the whole --help (up to 60 lines) after the
# one line that mattered buried it (found by a new user's walk through
# README). --help itself is whole, on stdout, exit 0.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" show --expalin
expect_rc 2 "an unknown option"
expect_eq "$(head -1 "$T/err")" "growthstat: show: unknown option '--expalin'" "the first line says what is wrong"
expect_err "^usage: growthstat show KEY" "then the synopsis"
expect_eq "$(tail -1 "$T/err")" "Try 'growthstat show --help' for more." "then where the rest is"
if grep -q "shows every row, revisions included" "$T/err"; then
	notok "the description is not repeated"
else ok "the description is not repeated"; fi
# message, two synopsis lines, the pointer
expect_eq "$(wc -l <"$T/err" | tr -d ' ')" "4" "four lines in all"

run "$GS" check moscow.pharma.output --reach 5
expect_rc 2 "--reach without --by"
expect_eq "$(head -1 "$T/err")" "growthstat: check: --reach needs --by PERIOD" "says what is missing"
expect_err "growthstat check KEY --reach VALUE --by PERIOD" "every synopsis line of check"
expect_eq "$(tail -1 "$T/err")" "Try 'growthstat check --help' for more." "the pointer"

run "$GS" show --help
expect_rc 0 "--help"
expect_out "shows every row, revisions included" "--help is whole"
[ ! -s "$T/err" ] && ok "--help writes nothing on stderr" || notok "--help wrote on stderr"
