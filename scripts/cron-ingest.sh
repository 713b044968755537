#!/bin/sh
# cron-ingest.sh: the cron job of growthstat. Loads every finished file of
# a drop directory, one transaction each; moves each loaded file to the
# archive and each refused one, with NAME.errors beside it, to the rejects.
#
#   cron-ingest.sh [-d DB] [-a ARCHIVE] [-r REJECTS] [-l LOG] [-w SECONDS]
#                  [-m SECONDS] [-F SEP] [-D MARK] [-b] DROP_DIR
#
#   -d DB        the database (default $GROWTHSTAT_DB; one of them is needed;
#                a PostgreSQL password belongs in ~/.pgpass or PGPASSWORD,
#                not in a URI on a command line other users can read)
#   -a ARCHIVE   where loaded files go (default DROP_DIR/archive)
#   -r REJECTS   where refused files go (default DROP_DIR/rejects)
#   -l LOG       append a timestamped line for every step to LOG
#   -w SECONDS   wait up to SECONDS for another ingest to finish (default 30)
#   -m SECONDS   leave files modified less than SECONDS ago (default 60);
#                writers should write NAME.part and rename it when done
#   -F SEP       the field separator of the files: , ; | or tab
#   -D MARK      their decimal mark, . or , (without it a value that could
#                be read either way, "1,234", is loaded with a warning)
#   -b           another ingest still running is not a problem: exit 0
#                quietly (it, or the next run, loads the files); any
#                other exit 75 (a server unreachable) is still said
#
# Cron mails what a job prints: this prints nothing when all is well and
# one line per problem otherwise. The exit status is growthstat's:
#   0   every ready file loaded, or nothing to do
#   65  a file was refused: it is in REJECTS with NAME.errors
#   66  the drop directory cannot be read
#   73  a file cannot be moved, or the log cannot be opened
#   74  database or disk error (full, read-only): the file stays for next run
#   75  another ingest is still running (after waiting -w seconds)
#   130, 143  interrupted (SIGINT, SIGTERM): the file in progress rolled back
#   2   bad usage of this script
# $GROWTHSTAT names the binary. Default: growthstat on PATH; `make install`
# puts this script in PREFIX/share/growthstat/ with PREFIX/bin/growthstat
# as its default, since cron's PATH is short.
set -u
PATH="$PATH:/usr/local/bin:/usr/bin:/bin"
gs=${GROWTHSTAT:-growthstat}
db=${GROWTHSTAT_DB:-}
archive="" rejects="" log="" wait=30 min_age=60 busy_ok=0 sep="" mark="" db_arg=0

usage() {
	sed -n '6,7p' "$0" | sed 's/^# *//' | sed 's/^/usage: /;2s/^usage: /       /' >&2
	exit 2
}
while getopts d:a:r:l:w:m:F:D:bh opt; do
	case $opt in
	d) db=$OPTARG db_arg=1 ;;
	a) archive=$OPTARG ;;
	r) rejects=$OPTARG ;;
	l) log=$OPTARG ;;
	w) wait=$OPTARG ;;
	m) min_age=$OPTARG ;;
	F) sep=$OPTARG ;;
	D) mark=$OPTARG ;;
	b) busy_ok=1 ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage
drop=$1
if [ -z "$db" ]; then
	echo "cron-ingest: no database: give -d DB or set GROWTHSTAT_DB" >&2
	exit 2
fi

# The database goes to growthstat in its environment, not its command
# line: a PostgreSQL URI may hold a password, and every user of the
# machine can read a command line (ps). Better still, keep the password
# out of the URI: libpq reads PGPASSWORD and ~/.pgpass.
GROWTHSTAT_DB=$db
export GROWTHSTAT_DB
# This script's own command line too: with -b it stays running beside
# growthstat, so -d DB is taken off it by starting it again without.
if [ "$db_arg" -eq 1 ]; then
	set -- -w "$wait" -m "$min_age"
	for o in a:"$archive" r:"$rejects" l:"$log" F:"$sep" D:"$mark"; do
		[ -n "${o#?:}" ] && set -- "$@" "-${o%%:*}" "${o#?:}"
	done
	[ "$busy_ok" -eq 1 ] && set -- "$@" -b
	exec /bin/sh "$0" "$@" -- "$drop"
fi
set -- -q ingest --dir "$drop" --lock-timeout "$wait" --min-age "$min_age"
[ -n "$archive" ] && set -- "$@" --archive "$archive"
[ -n "$rejects" ] && set -- "$@" --rejects "$rejects"
[ -n "$log" ] && set -- "$@" --log "$log"
[ -n "$sep" ] && set -- "$@" --delimiter "$sep"
[ -n "$mark" ] && set -- "$@" --decimal "$mark"
[ "$busy_ok" -eq 1 ] || exec "$gs" "$@"

# -b: hold back the "another ingest is running" line, and only that one:
# exit 75 also means a server that cannot be reached or refuses the
# password, which must not go unmailed run after run
err=$("$gs" "$@" 2>&1 >/dev/null)
rc=$?
if [ $rc -eq 75 ]; then
	case $err in
	*"another ingest is running"* | *"another writer is running"*) exit 0 ;;
	esac
fi
[ -n "$err" ] && printf '%s\n' "$err" >&2
exit $rc
