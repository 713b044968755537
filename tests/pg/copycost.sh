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
#   key         the database's primary key
#   key+check   the key and the parents check as the database has them
#               (the statement trigger over its transition table)
#   v5          schema version 5's: the key kind-major (series_id, kind,
#               period_start, ...) and the check in three passes over the
#               transition table, the rows in that key's order
#   textlast    the key with its text columns (kind, qualifier) last
#   onepass     version 5's key, the check in one pass (GROUPING SETS)
#   permajor    the key ordered (series_id, period_start, period_end,
#               base_start, base_end, kind, source_id, qualifier, as_of):
#               a figure's rows stay together, the text columns come after
#               the fixed-width ones; the rows in that key's order;
#               version 5's check
#   permajor1   permajor and onepass together: schema version 6's
#   runs        v5, the rows in 31 runs each in that key's
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
pmaj="$dir/permajor.bin"
kmaj="$dir/kindmajor.bin"
tables="gs_cc_heap, gs_cc_key, gs_cc_check, gs_cc_v5, gs_cc_textlast, gs_cc_one, gs_cc_pmaj, gs_cc_pmaj1"
pkpmaj="series_id, period_start, period_end, base_start, base_end, kind, source_id, qualifier, as_of"
pkkmaj="series_id, kind, period_start, period_end, base_start, base_end, source_id, qualifier, as_of"
q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$uri" "$@"; }
cleanup() {
	q -c "DROP TABLE IF EXISTS $tables" \
		-c "DROP FUNCTION IF EXISTS gs_cc_parents1()" \
		-c "DROP FUNCTION IF EXISTS gs_cc_parents3()" >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM
q -c "COPY observations TO '$bin' (FORMAT binary)" \
	-c "COPY (SELECT * FROM observations ORDER BY floor(random() * 31), $pkkmaj) TO '$runs' (FORMAT binary)" \
	-c "COPY (SELECT * FROM observations ORDER BY $pkpmaj) TO '$pmaj' (FORMAT binary)" \
	-c "COPY (SELECT * FROM observations ORDER BY $pkkmaj) TO '$kmaj' (FORMAT binary)"
# the parents check in one pass: each parent's distinct ids from one hash
# aggregation over the statement's rows; and version 5's, three passes
q >/dev/null <<'SQL'
CREATE OR REPLACE FUNCTION gs_cc_parents3() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE col text; tab text; bad bigint;
BEGIN FOR col, tab IN VALUES ('series_id', 'series'), ('source_id', 'sources'),
  ('batch_id', 'batches') LOOP
 EXECUTE format('SELECT min(d.v) FROM (SELECT DISTINCT n.%1$I AS v FROM n) d
   WHERE NOT EXISTS (SELECT 1 FROM %2$I.%3$I p WHERE p.id = d.v)', col,
   TG_TABLE_SCHEMA, tab) INTO bad;
 IF bad IS NOT NULL THEN RAISE EXCEPTION '% % names no row of %', col, bad, tab
  USING ERRCODE = 'foreign_key_violation'; END IF;
 END LOOP; RETURN NULL; END $f$;
CREATE OR REPLACE FUNCTION gs_cc_parents1() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE col int; bad bigint;
BEGIN
 EXECUTE format('WITH d AS MATERIALIZED (SELECT series_id, source_id, batch_id FROM n
   GROUP BY GROUPING SETS ((series_id), (source_id), (batch_id)))
  (SELECT 1, d.series_id FROM d WHERE d.series_id IS NOT NULL AND NOT EXISTS
   (SELECT 1 FROM %1$I.series p WHERE p.id = d.series_id) ORDER BY 2 LIMIT 1)
  UNION ALL (SELECT 2, d.source_id FROM d WHERE d.source_id IS NOT NULL AND NOT EXISTS
   (SELECT 1 FROM %1$I.sources p WHERE p.id = d.source_id) ORDER BY 2 LIMIT 1)
  UNION ALL (SELECT 3, d.batch_id FROM d WHERE d.batch_id IS NOT NULL AND NOT EXISTS
   (SELECT 1 FROM %1$I.batches p WHERE p.id = d.batch_id) ORDER BY 2 LIMIT 1)
  ORDER BY 1 LIMIT 1', TG_TABLE_SCHEMA) INTO col, bad;
 IF bad IS NOT NULL THEN RAISE EXCEPTION 'column % names no parent %', col, bad
  USING ERRCODE = 'foreign_key_violation'; END IF;
 RETURN NULL; END $f$;
SQL
q -c "DROP TABLE IF EXISTS $tables" \
	-c "CREATE TABLE gs_cc_heap (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "CREATE TABLE gs_cc_key (LIKE observations INCLUDING ALL)" \
	-c "CREATE TABLE gs_cc_check (LIKE observations INCLUDING ALL)" \
	-c "CREATE TRIGGER gs_cc_parents AFTER INSERT ON gs_cc_check REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION gs_observations_parents()" \
	-c "CREATE TABLE gs_cc_textlast (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "ALTER TABLE gs_cc_textlast ADD PRIMARY KEY (series_id, period_start, period_end, base_start, base_end, source_id, as_of, kind, qualifier)" \
	-c "CREATE TABLE gs_cc_v5 (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "ALTER TABLE gs_cc_v5 ADD PRIMARY KEY ($pkkmaj)" \
	-c "CREATE TRIGGER gs_cc_parents AFTER INSERT ON gs_cc_v5 REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION gs_cc_parents3()" \
	-c "CREATE TABLE gs_cc_one (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "ALTER TABLE gs_cc_one ADD PRIMARY KEY ($pkkmaj)" \
	-c "CREATE TRIGGER gs_cc_parents AFTER INSERT ON gs_cc_one REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION gs_cc_parents1()" \
	-c "CREATE TABLE gs_cc_pmaj (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "ALTER TABLE gs_cc_pmaj ADD PRIMARY KEY ($pkpmaj)" \
	-c "CREATE TRIGGER gs_cc_parents AFTER INSERT ON gs_cc_pmaj REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION gs_cc_parents3()" \
	-c "CREATE TABLE gs_cc_pmaj1 (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
	-c "ALTER TABLE gs_cc_pmaj1 ADD PRIMARY KEY ($pkpmaj)" \
	-c "CREATE TRIGGER gs_cc_parents AFTER INSERT ON gs_cc_pmaj1 REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION gs_cc_parents1()" \
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
	one v5 gs_cc_v5 "$kmaj"
	one textlast gs_cc_textlast "$kmaj"
	one onepass gs_cc_one "$kmaj"
	one permajor gs_cc_pmaj "$pmaj"
	one permajor1 gs_cc_pmaj1 "$pmaj"
	one runs gs_cc_v5 "$runs"
	i=$((i + 1))
done
