# RFC 4180 details, Russian formats, malformed files
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
# BOM, CRLF, quoted comma, doubled quotes, embedded newline, Cyrillic
printf '\357\273\277%s\r\n' "$H" >"$T/e.csv"
printf 'ru.pharma.output,2024,level,"1 234,5",млрд руб.,около,,2025-10-07,"ТАСС, Москва","он сказал ""да""\r\nи ушёл"\r\n' >>"$T/e.csv"
printf 'ru.pharma.area,2024,level,"172\302\240000",кв. м,более,,2025-10-07,src,"a\r\n' >>"$T/e.csv"
printf 'b"\r\n' >>"$T/e.csv"
printf 'ru.pharma.pkgs,2024,level,353.5,тыс. упаковок,,,2025-10-07,src,x,\r\n' >>"$T/e.csv"
run "$GS" ingest "$T/e.csv"
# the last row has 11 fields: refused, and the line is right after two
# multi-line records (lines 2-3 and 4-5, so the bad record starts on 6)
expect_rc 65 "an extra field is refused"
expect_err "e\.csv:6:11: 11 fields" "line numbers count embedded newlines"
sed -i '$d' "$T/e.csv"
run "$GS" ingest "$T/e.csv"
expect_rc 0 "BOM, CRLF, quotes, embedded newlines, Cyrillic"
expect_eq "$(sql "SELECT value, qualifier, source FROM v_observations WHERE series='ru.pharma.output'")" \
	"1234500000000.0|about|ТАСС, Москва" "Russian number, scale and qualifier; quoted comma"
expect_eq "$(sql "SELECT note FROM v_observations WHERE series='ru.pharma.output'")" \
	"$(printf 'он сказал "да"\r\nи ушёл')" "doubled quotes and embedded CRLF kept exactly"
expect_eq "$(sql "SELECT value, qualifier FROM v_observations WHERE series='ru.pharma.area'")" \
	"172000.0|over" "no-break space thousands separator, более"
expect_eq "$(sql "SELECT dimension FROM series WHERE key='ru.pharma.area'")" "area" "кв. м is an area"

printf '%s\nq.a,2024,level,1"0,rubles,,,2025-01-01,s,x\n' "$H" >"$T/q.csv"
run "$GS" ingest "$T/q.csv"
expect_rc 65 "stray quote refused"
expect_err "q\.csv:2:.*malformed CSV" "stray quote located"
printf '%s\nq.a,2024,level,10,rubles,,,2025-01-01,s,"never closed\nmore\n' "$H" >"$T/u.csv"
run "$GS" ingest "$T/u.csv"
expect_rc 65 "unterminated quote refused"
expect_err "u\.csv:2: input ends inside a quoted field" "unterminated quote located at its start"
printf '%s\nq.a,2024,level,10,rubles,,,2025-01-01,s,nul\000here\n' "$H" >"$T/n.csv"
run "$GS" ingest "$T/n.csv"
expect_rc 65 "NUL byte refused"
expect_err "n\.csv:2:10: NUL byte" "NUL byte located"
printf '%s\nq.a,2024,level,10,rubles,,,2025-01-01,s,bad\377utf8\n' "$H" >"$T/i.csv"
run "$GS" ingest "$T/i.csv"
expect_rc 65 "invalid UTF-8 refused"
expect_err "i\.csv:2:10: invalid UTF-8" "invalid UTF-8 located"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 2 "malformed files stored nothing"

# blank lines are skipped, LF-only and no final newline
printf '%s\n\nq.b,2024,level,10,rubles,,,2025-01-01,s,x\n\nq.b,2025,level,11,rubles,,,2025-01-01,s,x' "$H" >"$T/b.csv"
run "$GS" ingest "$T/b.csv"
expect_rc 0 "blank lines and no final newline"
expect_eq "$(sql "SELECT count(*) FROM v_observations WHERE series='q.b'")" 2 "both rows"
printf '%s\n\nq.c,2024,level,zz,rubles,,,2025-01-01,s,x\n' "$H" >"$T/b2.csv"
run "$GS" ingest "$T/b2.csv"
expect_err "b2\.csv:3:4:" "line numbers count blank lines"

# metacharacters round-trip exactly
printf '%s\n"x'"'"'; DROP TABLE observations; --",2024,level,1,rubles,,,2025-01-01,"$(rm -rf /)`id`","<b>&amp;</b>"\n' "$H" >"$T/m.csv"
run "$GS" ingest "$T/m.csv"
expect_rc 0 "SQL and shell metacharacters are just text"
expect_eq "$(sql "SELECT source FROM v_observations WHERE note='<b>&amp;</b>'")" '$(rm -rf /)`id`' "source round-trips"
run "$GS" show "x'; DROP TABLE observations; --" --format csv
expect_rc 0 "show a key full of SQL"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 5 "observations intact"
