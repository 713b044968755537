# The quick paths of a bulk ingest give what the slow ones gave. The CSV
# reader finds line ends with memchr and passes a record that is plain
# ASCII with no NUL, seen a word at a time, without checking each field:
# a NUL or bad UTF-8 past the first word of a field must still be found
# and named by its field; a lone CR still ends a line, and a CR LF split
# across the reader's 64 KiB blocks is one line end. The 64-row INSERT
# binds a column only when its value changed since the statement last
# held it there: rows whose source, qualifier, as_of, kind and base change
# from row to row must each be stored with their own. Expected values are
# written into each row's note by the generator, and compared in SQL.
# backends: sqlite
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
"$GS" init

# a NUL in field 10 after 16 plain bytes; bad UTF-8 (a surrogate, then an
# overlong form) in field 1 and 9, after a word of ASCII
printf '%s\nq.a,2024,level,10,rubles,,,2025-01-01,s,sixteen bytes ok\000x\n' \
	"$H" >"$T/n.csv"
run "$GS" ingest "$T/n.csv"
expect_rc 65 "a NUL past a field's first word is refused"
expect_err "n\.csv:2:10: NUL byte" "the NUL is named by line and field"
printf '%s\nq.abcdefghij\355\240\200,2024,level,10,rubles,,,2025-01-01,s,x\n' \
	"$H" >"$T/s.csv"
run "$GS" ingest "$T/s.csv"
expect_rc 65 "a UTF-16 surrogate in a long key is refused"
expect_err "s\.csv:2:1: invalid UTF-8" "the surrogate is named by field 1"
printf '%s\nq.a,2024,level,10,rubles,,,2025-01-01,source-name-\300\257,x\n' \
	"$H" >"$T/o.csv"
run "$GS" ingest "$T/o.csv"
expect_rc 65 "an overlong form is refused"
expect_err "o\.csv:2:9: invalid UTF-8" "the overlong form is named by field 9"

# lone CR line ends; the error on the third record is on line 4
printf '%s\rq.cr,2024,level,1,rubles,,,2025-01-01,s,x\rq.cr,2025,level,2,rubles,,,2025-01-01,s,x\rq.cr,2026,level,zz,rubles,,,2025-01-01,s,x\r' \
	"$H" >"$T/cr.csv"
run "$GS" ingest "$T/cr.csv"
expect_err "cr\.csv:4:4:" "a lone CR ends a line"

# a CR at byte 65,535 and its LF at 65,536 (the first block's end): one
# line end, so the bad record after it is on line 3, not 4
{ printf '%s\r\n' "$H"
  pad=$((65536 - ${#H} - 2 - 1))
  head=$(printf 'q.blk,2024,level,1,rubles,,,2025-01-01,s,')
  printf '%s' "$head"
  awk -v n=$((pad - ${#head})) 'BEGIN { while (n-- > 0) printf "y" }'
  printf '\r\n'
  printf 'q.blk,2025,level,zz,rubles,,,2025-01-01,s,x\r\n'; } >"$T/blk.csv"
expect_eq "$(od -An -c -j 65535 -N 2 "$T/blk.csv" | tr -d ' ')" '\r\n' \
	"the file puts CR LF across the block boundary"
run "$GS" ingest "$T/blk.csv"
expect_err "blk\.csv:3:4:" "a CR LF across two blocks is one line end"

# 900 rows in 3 series, each row's own source, qualifier, as_of, kind and
# base; the note says which (the generator's own record of each row)
awk 'BEGIN {
	print "series,period,kind,value,unit,qualifier,base,as_of,source,note"
	split("over,about,,up_to,at_least", q, ",")
	for (i = 0; i < 900; i++) {
		s = i % 3; m = int(i / 3)
		y = 1990 + int(m / 12); mo = m % 12 + 1
		per = sprintf("%d-%02d", y, mo)
		src = "src" (i % 4); ql = q[i % 5 + 1]
		asof = sprintf("2025-%02d-01", i % 7 + 1)
		if (i % 11 == 5 && y > 1990) {
			kind = "multiple"; unit = "times"
			base = sprintf("%d-%02d", y - 1, mo); val = "1.5"
		} else {
			kind = "level"; unit = "rubles"; base = ""; val = i + 1
		}
		note = kind "/" src "/" ql "/" asof "/" base
		printf "kb.s%d,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", s, per, kind,
			val, unit, ql, base, asof, src, note
	}
}' >"$T/k.csv"
run "$GS" ingest "$T/k.csv"
expect_rc 0 "900 varied rows are loaded"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'kb.%'")" 900 \
	"every row stored"
expect_eq "$(sql "SELECT count(*) FROM observations WHERE kind = 'multiple'")" \
	"$(awk 'BEGIN { for (i = 0; i < 900; i++) if (i % 11 == 5 && int(i / 36) > 0) n++; print n }')" \
	"the multiples counted as the generator made them"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'kb.%' AND note <> kind || '/' || source || '/' || qualifier || '/' || substr(CAST(as_of AS TEXT), 1, 4) || '-' || substr(CAST(as_of AS TEXT), 5, 2) || '-' || substr(CAST(as_of AS TEXT), 7, 2) || '/' || CASE WHEN base_start = 0 THEN '' ELSE substr(CAST(base_start AS TEXT), 1, 4) || '-' || substr(CAST(base_start AS TEXT), 5, 2) END")" 0 \
	"each row has its own kind, source, qualifier, as_of and base"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series LIKE 'kb.%' AND kind = 'level' AND value <> CAST(substr(period_start, 1, 4) - 1990 AS INTEGER) * 36 + (CAST(substr(period_start, 5, 2) AS INTEGER) - 1) * 3 + CAST(substr(series, 5) AS INTEGER) + 1")" 0 \
	"each level has its own value"

# a row the database refuses inside a 64-row INSERT (here a trigger's,
# standing for a full disk) ends the batch, and none of its rows stay:
# the statement runs OR FAIL, which leaves its earlier rows to the batch's
# rollback
sql "CREATE TRIGGER t277 BEFORE INSERT ON observations WHEN NEW.note = 'boom' BEGIN SELECT RAISE(ABORT, 'refused by t277'); END"
awk 'BEGIN { print "series,period,kind,value,unit,qualifier,base,as_of,source,note"
	for (i = 0; i < 200; i++)
		printf "kf.a,%d-%02d,level,%d,rubles,,,2025-01-01,s,%s\n",
			2000 + int(i / 12), i % 12 + 1, i + 1, i == 100 ? "boom" : "ok" }' >"$T/f.csv"
run "$GS" ingest "$T/f.csv"
expect_err "refused by t277" "the refusal is reported"
if [ "$rc" -ne 0 ]; then ok "the ingest fails (exit $rc)"; else notok "the ingest succeeded"; fi
expect_eq "$(sql "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key = 'kf.a'")" 0 \
	"no row of the refused batch is stored"
expect_eq "$(sql "SELECT count(*) FROM batches WHERE status = 'committed' AND file LIKE '%f.csv'")" 0 \
	"the batch is not committed"
