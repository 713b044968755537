# A reader given a name no stored database can be behind (":memory:", "",
# a SQLite "file:" URI) said "no database here; create one with
# 'growthstat init'", and init refuses every one of those names (64): the
# advice led nowhere (found by a new user's walk through README). Now the
# reader says the name is the trouble, with the exit code of a missing
# database (66), and the writer's refusal (64) is unchanged.
. "$GS_TOP/tests/cli/lib.sh"

for name in ":memory:" ""; do
	run "$GS" --db "$name" series
	expect_rc 66 "series --db '$name'"
	expect_err "names no database file" "series --db '$name': the name is the trouble"
	if grep -q "growthstat init" "$T/err"; then
		notok "series --db '$name' sends people to init, which refuses it"
	else ok "series --db '$name' does not send people to init"; fi
	run "$GS" --db "$name" init
	expect_rc 64 "init --db '$name' is refused as before"
done

run "$GS" --db "file:x.db" show a.b
expect_rc 66 "show --db file:x.db"
expect_err "plain file path" "a SQLite URI: give a plain file path"

GROWTHSTAT_DB=":memory:" run "$GS" report -o "$T/r.html"
expect_rc 66 "report with GROWTHSTAT_DB=:memory:"
[ ! -e "$T/r.html" ] && ok "no report written" || notok "a report was written"
