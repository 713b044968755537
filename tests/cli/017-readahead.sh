# a regular file is read ahead on a second thread (collector/csvq.c); stdin
# is read on the caller's: both give the same rows, lines, errors and hash
. "$GS_TOP/tests/cli/lib.sh"

# 20,000 rows: the reader's ring of 4 blocks of 4,096 records wraps; quoted
# fields with commas and newlines; a 600 KB note, larger than a block
awk 'BEGIN {
	print "series,period,value,unit,as_of,source,note"
	big = "x"; while (length(big) < 600000) big = big big; big = substr(big, 1, 600000)
	for (i = 0; i < 20000; i++) {
		note = (i % 7 == 0) ? "\"line one,\nline two\"" : "ряд " i
		if (i == 12345) note = big
		printf "s%02d,%d-%02d,%d.25,rubles,2025-01-01,src,%s\n", i % 50, 1000 + int(i / 50 / 12), int(i / 50) % 12 + 1, i, note
	}
}' >"$T/big.csv"
lines=$(wc -l <"$T/big.csv")

dump='SELECT series, period_start, value, note FROM v_observations ORDER BY 1, 2'
run "$GS" -v ingest "$T/big.csv"
expect_rc 0 "a file read ahead"
expect_out "20000 new" "every row"
sql "$dump" >"$T/from-file"
file_hash=$(sql 'SELECT hash FROM batches')

export GROWTHSTAT_DB="$T/stdin.db"
"$GS" -v ingest - <"$T/big.csv" >"$T/out" 2>&1
expect_eq "$?" 0 "the same file from stdin"
sql "$dump" >"$T/from-stdin"
expect_eq "$(cmp "$T/from-file" "$T/from-stdin" && echo same)" same "the same rows either way"
expect_eq "$(sql 'SELECT hash FROM batches')" "$file_hash" "the same content hash"
expect_eq "$(sql "SELECT length(note) FROM v_observations WHERE value = 12345.25")" 600000 "the long note whole"

# bad rows far apart and a stray quote at the very end: the same problems,
# with the same lines, from the file and from stdin
{ cat "$T/big.csv"; echo 's01,2000-01,abc,rubles,2025-01-01,src,bad'; echo 's02,2000-02,1,rubles,2025-01-01,src,"open'; } >"$T/bad.csv"
sed -i '15001s/,[0-9]*\.25,rubles,/,xyz,rubles,/' "$T/bad.csv"
export GROWTHSTAT_DB="$T/bad1.db"
run "$GS" ingest "$T/bad.csv"
expect_rc 65 "the bad file is refused"
grep -o ':[0-9]*:.*' "$T/err" >"$T/err-file"
export GROWTHSTAT_DB="$T/bad2.db"
"$GS" ingest - <"$T/bad.csv" >/dev/null 2>"$T/stderr2"
expect_eq "$?" 65 "refused from stdin too"
grep -o ':[0-9]*:.*' "$T/stderr2" >"$T/err-stdin"
expect_eq "$(cmp "$T/err-file" "$T/err-stdin" && echo same)" same "the same problems at the same places"
expect_eq "$(grep -c '' "$T/err-file")" 3 "three problems"
expect_eq "$(grep -c "^:15001:" "$T/err-file")" 1 "the bad value on line 15001"
expect_eq "$(grep -c "^:$((lines + 1)):" "$T/err-file")" 1 "the bad value after the long rows"
expect_eq "$(grep -c "^:$((lines + 2)):" "$T/err-file")" 1 "the stray quote on the last line"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 0 "nothing stored"

# content hashes: FNV-1a 64 of the file's bytes, computed here by python3;
# a file refused at its header (the reader may be blocks ahead) gets the
# hash of the whole file on every run
fnv() { python3 -c '
import sys
h = 0xcbf29ce484222325
for b in open(sys.argv[1], "rb").read():
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
print("%016x" % h)' "$1"; }
expect_eq "$file_hash" "$(fnv "$T/big.csv")" "the hash of a loaded file is its bytes' FNV-1a"
{ echo "foo,bar"; tail -n +2 "$T/big.csv"; } >"$T/badhead.csv"
export GROWTHSTAT_DB="$T/hash.db"
for i in 1 2 3; do "$GS" ingest "$T/badhead.csv" 2>/dev/null; done
expect_eq "$(sql "SELECT count(*), count(DISTINCT hash) FROM batches WHERE status = 'refused'")" "3|1" "three refusals, one hash"
expect_eq "$(sql "SELECT DISTINCT hash FROM batches")" "$(fnv "$T/badhead.csv")" "the whole file's hash"
