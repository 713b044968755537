#!/bin/sh
# readcost.sh: what the server's reads of a re-ingest cost, part by part.
#
#   sh tests/pg/readcost.sh URI [ROUNDS]
#
# URI is a database of the throw-away cluster (tests/pg/start.sh: its role
# is a superuser, which pg_read_file needs) that holds an ingested file,
# e.g. 1M rows of tests/bench/gen.py. A re-ingest reads every stored row
# of its chunks' series (series/pg/pg_figs.c, by_series_sql: an index
# range per series, 10 columns as text); here the same query runs once
# over every series, as COPY ... TO '/dev/null' (the server's work without
# the socket), and so do variants that leave parts out. Printed per
# variant, ROUNDS (3) times in turn: the backend's CPU (utime + stime
# from /proc) for that statement:
#
#   now       the query as sent (series_id, the key's eight columns, value)
#   count     count(*) of the same rows: finding and reading them only
#   one       a constant per row: reading them and COPY's row overhead
#   idval     series_id and value only
#   novalue   every column but the value (float8out's share)
#   nobase    every column but base_start and base_end
#
# observations is only read.
set -eu
uri=$1
rounds=${2:-3}
cpu="SELECT sum(x::bigint) FROM unnest(string_to_array(split_part(split_part(pg_read_file('/proc/' || pg_backend_pid() || '/stat'), ') ', 2), ' ', 12), ' ')) x"
hz=$(getconf CLK_TCK)
ids="ARRAY(SELECT id FROM series)"
from="FROM observations WHERE series_id = ANY($ids) ORDER BY series_id"
key="kind, period_start, period_end, base_start, base_end, source_id, qualifier, as_of"
one() { # name query
	t=$(psql -X -At "$uri" -c "SET jit = off" -c "$cpu" \
		-c "COPY ($2) TO '/dev/null'" -c "$cpu" | grep '^[0-9]*$')
	printf '%-8s cpu %s s\n' "$1" "$(printf '%s\n' "$t" |
		awk -v hz="$hz" 'NR == 1 { a = $1 } NR == 2 { printf "%.2f", ($1 - a) / hz }')"
}
i=0
while [ "$i" -lt "$rounds" ]; do
	one now "SELECT series_id, $key, value $from"
	one count "SELECT count(*) FROM (SELECT 1 $from) x"
	one one "SELECT 1 $from"
	one idval "SELECT series_id, value $from"
	one novalue "SELECT series_id, $key $from"
	one nobase "SELECT series_id, kind, period_start, period_end, source_id, qualifier, as_of, value $from"
	i=$((i + 1))
done
