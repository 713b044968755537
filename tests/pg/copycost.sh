#!/bin/sh
# copycost.sh: what the server's COPY into observations costs, part by part.
#
#   sh tests/pg/copycost.sh URI [ROUNDS]
#
# URI is a database of the throw-away cluster (tests/pg/start.sh: its role
# is a superuser, which server-side COPY and pg_read_file need) that holds
# an ingested file, e.g. 1M rows of tests/bench/gen.py. Its observations
# are written once to a binary COPY file in $TMPDIR, in their stored (key)
# order, then COPYed from that file into scratch tables shaped like
# observations, ROUNDS times (3) in turn, each into an empty table after a
# CHECKPOINT. Printed per COPY: the backend's CPU (utime + stime from
# /proc, in seconds) and the wall time:
#
#   heap        no key, no trigger: the rows themselves
#   key         the primary key
#   key+check   the key and the parents check of schema version 5 (the
#               statement trigger over its transition table)
#   textlast    the key with its text columns (kind, qualifier) last
#   runs        the key and the check, the rows in 31 runs each in key
#               order, each row in a random run: what a COPY started
#               while the file is read would send (a shuffled file's
#               runs each hold rows of every series)
#
# The scratch tables and the file are removed at the end; observations is
# only read.
set -eu
uri=$1
rounds=${2:-3}
dir=$(mktemp -d "${TMPDIR:-/tmp}/gs-copycost.XXXXXX")
chmod 777 "$dir"
bin="$dir/obs.bin"
runs="$dir/runs.bin"
q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$uri" "$@"; }
cleanup() {
	q -c "DROP TABLE IF EXISTS gs_cc_heap, gs_cc_key, gs_cc_check, gs_cc_textlast" \
		>/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM
q -c "COPY observations TO '$bin' (FORMAT binary)" \
	-c "COPY (SELECT * FROM observations ORDER BY floor(random() * 31), series_id, kind, period_start, period_end, base_start, base_end, source_id, qualifier, as_of) TO '$runs' (FORMAT binary)"
q -c "DROP TABLE IF EXISTS gs_cc_heap, gs_cc_key, gs_cc_check, gs_cc_textlast" \
	-c "CREATE TABLE gs_cc_heap (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "CREATE TABLE gs_cc_key (LIKE observations INCLUDING ALL)" \
	-c "CREATE TABLE gs_cc_check (LIKE observations INCLUDING ALL)" \
	-c "CREATE TRIGGER gs_cc_parents AFTER INSERT ON gs_cc_check REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION gs_observations_parents()" \
	-c "CREATE TABLE gs_cc_textlast (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "ALTER TABLE gs_cc_textlast ADD PRIMARY KEY (series_id, period_start, period_end, base_start, base_end, source_id, as_of, kind, qualifier)" \
	>/dev/null
cpu="SELECT round(sum(x::bigint) / current_setting('gs.hz')::numeric, 2) FROM unnest(string_to_array(split_part(split_part(pg_read_file('/proc/' || pg_backend_pid() || '/stat'), ') ', 2), ' ', 12), ' ')) x"
hz=$(getconf CLK_TCK)
one() { # name table [file]
	q -c "TRUNCATE $2" -c "CHECKPOINT" >/dev/null
	out=$(psql -X -At "$uri" -c "SET gs.hz = $hz" -c '\timing on' \
		-c "COPY $2 FROM '${3:-$bin}' (FORMAT binary)" -c "$cpu")
	printf '%-10s cpu %s s  %s\n' "$1" \
		"$(printf '%s\n' "$out" | sed -n '/^[0-9.]*$/p' | tail -1)" \
		"$(printf '%s\n' "$out" | grep -m1 '^Time:')"
}
i=0
while [ "$i" -lt "$rounds" ]; do
	one heap gs_cc_heap
	one key gs_cc_key
	one key+check gs_cc_check
	one textlast gs_cc_textlast
	one runs gs_cc_check "$runs"
	i=$((i + 1))
done
