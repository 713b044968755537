# hostile input: a 100 MB field, 10,000 columns, CSV bombs, year 0, and
# backends: sqlite postgres
# names with SQL and shell metacharacters; clear errors, bounded memory.
# (NUL bytes, invalid UTF-8, an unterminated quote, overflow and
# 2025-02-30 are in 011-bad-input.sh and 014-csv-edge.sh.)
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
"$GS" init
# Peak memory (MB) of a run: rss OUT ERR CMD... sets rc and mb.
rss() {
	set -- "$(python3 -c '
import resource, subprocess, sys
with open(sys.argv[1], "wb") as o, open(sys.argv[2], "wb") as e:
    rc = subprocess.call(sys.argv[3:], stdout=o, stderr=e)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
' "$@")"
	rc=${1% *}
	mb=${1#* }
}
limit=64
san=0
case "$GS" in */san/* | */tsan/*) san=1 ;; esac
bounded() { # DESC
	if [ "$mb" -le "$limit" ]; then ok "$1: bounded memory (${mb} MB)"; else notok "$1: ${mb} MB > $limit MB"; fi
}

# ---- a 100 MB field (made here, removed at exit) ----
{ echo "$H"; printf 'big.f,2024,level,1,rubles,,,2025-01-01,src,"'
  head -c 100000000 /dev/zero | tr '\0' x; printf '"\n'; } >"$T/f100.csv"
rss "$T/out" "$T/err" "$GS" ingest "$T/f100.csv"
expect_rc 65 "a 100 MB field is refused"
expect_err "f100\.csv:2:10: field longer than 1048576 bytes" "the field is located (line 2, column 10) and the limit said"
bounded "a 100 MB field"
rm -f "$T/f100.csv"
{ printf 'series,period,value,'; head -c 100000000 /dev/zero | tr '\0' y; echo; } >"$T/h100.csv"
rss "$T/out" "$T/err" "$GS" ingest "$T/h100.csv"
expect_rc 65 "a 100 MB header field is refused"
expect_err "h100\.csv:1:4: field longer than" "located in the header"
bounded "a 100 MB header field"
rm -f "$T/h100.csv"

# ---- 10,000 columns ----
awk -v H="$H" 'BEGIN { printf "%s", H; for (i = 1; i <= 9990; i++) printf ",x%d", i; print ""
	printf "c.a,2024,level,1,rubles,,,2025-01-01,s,"; for (i = 1; i <= 9990; i++) printf ",%d", i; print "" }' >"$T/long10k.csv"
run "$GS" ingest "$T/long10k.csv"
expect_rc 65 "10,000 columns in the long layout: refused"
expect_err "long10k\.csv:1:11: unknown column 'x1'" "the first unknown column is named"
run "$GS" ingest --columns series=series "$T/long10k.csv"
expect_rc 0 "10,000 columns with --columns: the extra ones are ignored (documented)"
awk 'BEGIN { printf "Period"; for (i = 1; i <= 10000; i++) printf ",w.s%d", i; print ""
	for (y = 2023; y <= 2024; y++) { printf "%d", y; for (i = 1; i <= 10000; i++) printf ",%d", i + y; print "" } }' >"$T/wide10k.csv"
# (the layout grows its column arrays one element at a time: ASan keeps
# each old copy, in quarantine and in its size-class caches; a small
# quarantine and a larger bound for the sanitizer build)
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16 \
rss "$T/out" "$T/err" "$GS" ingest --layout wide --set unit=rubles,as_of=2025-01-01 "$T/wide10k.csv"
[ $san = 1 ] && limit=400
expect_rc 0 "a 10,000-column wide header is accepted: one series a column (documented)"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'w.s%'")" 20000 "20,000 figures stored"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series = 'w.s10000' AND period_start = 20240101")" "12024.0" "the last column is read right"
bounded "a 10,000-column header"
limit=64
awk 'BEGIN { printf "a"; for (i = 1; i <= 100000; i++) printf ",a"; print "" }' >"$T/wide100k.csv"
run "$GS" ingest --layout wide "$T/wide100k.csv"
expect_rc 65 "more than 100,000 fields: refused"
expect_err "wide100k\.csv:1: more than 100000 fields in a record" "the field limit is said"

# ---- CSV bombs ----
{ echo "$H"; head -c 5000000 /dev/zero | tr '\0' '\n'; echo 'bomb.a,2024,level,1x,rubles,,,2025-01-01,s,'; } >"$T/bomb1.csv"
rss "$T/out" "$T/err" "$GS" ingest "$T/bomb1.csv"
expect_rc 65 "5 million empty lines, then a bad row"
expect_err "bomb1\.csv:5000002:4: value '1x'" "the bad row's line counts every empty line"
bounded "5 million empty lines"
sed -i '$s/1x/1/' "$T/bomb1.csv"
run "$GS" ingest "$T/bomb1.csv"
expect_rc 0 "empty lines are skipped (documented): the row is loaded"
{ echo "$H"; yes ',,,,,,,,,' | head -n 1000000; } >"$T/bomb2.csv"
rss "$T/out" "$T/err" "$GS" ingest "$T/bomb2.csv"
expect_rc 65 "a million rows of empty fields: refused"
# every bad field of a row is a problem: series, period and value, 3 a
# row; the first 50 are rows 1-16 whole and two of row 17's
expect_eq "$(grep -c 'bomb2\.csv:[0-9]*:[124]: ' "$T/err")" 50 "the first 50 problems are listed"
expect_eq "$(grep -c 'series: missing' "$T/err")" 17 "... of 17 rows"
expect_err "bomb2\.csv: \.\.\. and 2999950 more problems" "the rest are counted"
expect_err "refused: 3000000 problems; nothing was stored" "the refusal is summarised"
bounded "a million bad rows"
rm -f "$T/bomb1.csv" "$T/bomb2.csv"

# ---- year 0 ----
cat >"$T/y0.csv" <<CSV
$H
y.a,0000,level,1,rubles,,,2025-01-01,s,
y.a,2024,level,1,rubles,,,0000-06-30,s,
y.a,0000-01..2024,level,1,rubles,,,2025-01-01,s,
y.a,2024,multiple,2,,,0000,2025-01-01,s,
y.a,2024,level,1,rubles,,,00000101,s,
y.a,0000-Q1,level,1,rubles,,,2025-01-01,s,
CSV
run "$GS" ingest "$T/y0.csv"
expect_rc 65 "year 0 is refused"
expect_err "y0\.csv:2:2: period '0000': year out of range" "period 0000"
expect_err "y0\.csv:3:8: as_of '0000-06-30': year out of range" "as_of 0000-06-30"
expect_err "y0\.csv:4:2: period '0000-01\.\.2024': year out of range" "a range from year 0"
expect_err "y0\.csv:5:7: base '0000': year out of range" "base year 0"
expect_err "y0\.csv:6:8: as_of '00000101': year out of range" "as_of 00000101"
expect_err "y0\.csv:7:2: period '0000-Q1': year out of range" "0000-Q1"

# ---- SQL and shell metacharacters round-trip exactly ----
python3 - "$T" <<'PY'
import csv, sys
T = sys.argv[1]
keys = ["x'; DROP TABLE observations; --", "$(touch " + T + "/pwned)", "`touch " + T + "/pwned2`",
        'a"b,c', "%s%n%x%%", "*?[a-z]{}", "\\back\\slash", "in  side", "; rm -rf / #",
        "<b>&amp;</b>", "Robert'); DROP TABLE series;--", "ключ—№1 ✓", "|pipe|&&||>out<in", "-dash"]
srcs = ["src ' \" ; -- $(id) `id` | & > < * ? \\ %s", "O'Reilly, \"Media\"", "a  b", "ТАСС; DROP"]
notes = ["line1\nline2", "crlf\r\nend", "tab\there", "'quoted' \"double\" ,comma", "$(id)`id`${HOME}", "\\n literally", ""]
with open(T + "/meta.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow("series,period,kind,value,unit,qualifier,base,as_of,source,note".split(","))
    rows = []
    for i, k in enumerate(keys):
        s, n = srcs[i % len(srcs)], notes[i % len(notes)]
        w.writerow([k, "2024", "level", str(i + 1), "rubles", "", "", "2025-01-01", s, n])
        rows.append((k, s, n, i + 1))
with open(T + "/meta.expect", "w", newline="") as f:
    csv.writer(f).writerows(rows)
PY
run "$GS" ingest "$T/meta.csv"
expect_rc 0 "names full of metacharacters are just text"
python3 - "$T" "$GS" <<'PY' >"$T/meta.result"
import csv, subprocess, sys
T, GS = sys.argv[1], sys.argv[2]
bad = 0
for k, s, n, v in csv.reader(open(T + "/meta.expect", newline="")):
    out = subprocess.run([GS, "show", "--format", "csv", "--", k], capture_output=True).stdout.decode()
    rows = list(csv.reader(out.splitlines(keepends=True)))
    want = ["2024", "level", "", v, "RUB", "", "2025-01-01", s, n, k]
    if rows[1:] != [want]:
        bad += 1
        print("# mismatch for %r: %r" % (k, rows[1:]))
out = subprocess.run([GS, "series", "--format", "csv"], capture_output=True).stdout.decode()
listed = [r[0] for r in csv.reader(out.splitlines(keepends=True))][1:]
want = [k for k, s, n, v in csv.reader(open(T + "/meta.expect", newline=""))]
for k in want:
    if k not in listed:
        bad += 1
        print("# series lacks %r" % k)
out = subprocess.run([GS, "sources", "--format", "csv"], capture_output=True).stdout.decode()
srcs = set(r[0] for r in csv.reader(out.splitlines(keepends=True)))
for k, s, n, v in csv.reader(open(T + "/meta.expect", newline="")):
    if s not in srcs:
        bad += 1
        print("# sources lacks %r" % s)
print("bad=%d" % bad)
PY
grep '^#' "$T/meta.result"
expect_eq "$(tail -1 "$T/meta.result")" "bad=0" "series, sources and notes round-trip exactly through show, series and sources --format csv"
[ ! -e "$T/pwned" ] && [ ! -e "$T/pwned2" ] && ok "no shell ran the names" || notok "a name was run by a shell"
expect_eq "$(sql 'SELECT count(*) FROM observations')" "$(sql "SELECT count(*) FROM observations")" "tables intact"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"
