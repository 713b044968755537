# Concurrent `init`s on a new SQLite database (found by the seventh
# session's audit). Each migration step runs in its own BEGIN IMMEDIATE; a
# slower init that read the version before another committed used to apply
# an old step again and write the old version number back (user_version 2
# over the tables of version 5: every command then asks for init, and init
# fails for ever on "trigger series_unit_fixed already exists"), or to read
# the version and the tables in two snapshots and call the file "not a
# growthstat database". Six inits at once, ten rounds: every init exits 0
# (or 75, busy), one more init after the round succeeds, and the file ends
# at the current version, usable.
. "$GS_TOP/tests/cli/lib.sh"

GROWTHSTAT_DB="$T/ref.db" "$GS" init >/dev/null 2>&1
want=$(sqlite3 "$T/ref.db" 'PRAGMA user_version')
bad_exit=0 bad_version=0 unusable=0 busy=0
for round in 1 2 3 4 5 6 7 8 9 10; do
	db="$T/c$round.db"
	for i in 1 2 3 4 5 6; do
		(GROWTHSTAT_DB="$db" "$GS" init >"$T/o$round.$i" 2>&1; echo $? >"$T/rc$round.$i") &
	done
	wait
	for i in 1 2 3 4 5 6; do
		# 75 ("busy, try again later") is an honest answer under heavy
		# load (seen once in 60 on a loaded 2-core machine); any other
		# failure, or a file left broken, is the defect.
		case $(cat "$T/rc$round.$i") in
		0) ;;
		75) busy=$((busy + 1)) ;;
		*) bad_exit=$((bad_exit + 1)); [ "$bad_exit" -gt 3 ] || sed 's/^/#   /' "$T/o$round.$i" | head -2 ;;
		esac
	done
	GROWTHSTAT_DB="$db" "$GS" init >/dev/null 2>&1 || bad_exit=$((bad_exit + 1))
	[ "$(sqlite3 "$db" 'PRAGMA user_version')" = "$want" ] || bad_version=$((bad_version + 1))
	GROWTHSTAT_DB="$db" "$GS" series >/dev/null 2>&1 || unusable=$((unusable + 1))
done
[ "$bad_exit" = 0 ] && ok "60 concurrent inits exit 0 (or 75, busy: $busy), and an init after each round succeeds" || notok "concurrent inits: $bad_exit failed with other than busy"
[ "$bad_version" = 0 ] && ok "every database ends at user_version $want" || notok "concurrent inits: $bad_version of 10 databases not at version $want"
[ "$unusable" = 0 ] && ok "every database is usable afterwards" || notok "concurrent inits: $unusable of 10 databases refuse 'series'"
