# lib_refused.sh: expect_refused, for tests that check what the database
# refuses. Source it after lib.sh.

# expect_refused STATEMENT PATTERN DESC: the statement (run by sql_try as
# the user of GROWTHSTAT_DB) fails, and its error matches PATTERN (grep -E)
expect_refused() {
	sql_try "$1"
	if [ $rc -eq 0 ]; then
		notok "$3: '$1' was allowed"
	elif grep -Eq "$2" "$T/sqlout"; then
		ok "$3: '$1' refused"
	else
		notok "$3: '$1' failed for another reason: $(head -1 "$T/sqlout")"
	fi
}
