# The Markdown report wrote URLs (sources, notes) through the same
# backslash escapes as other text: "https://mos.ru/item/123\_456/" links
# only up to the escape in a viewer that makes links of bare URLs, and a
# sentence's closing ")" or "." joined the link. Rule: a URL (http:// or
# https:// not inside a word, up to a space, < or >) is written as the
# autolink <URL>, its '|' as %7C (a table cell must not end inside it),
# the sentence's closing . , : ; ! ? and an unbalanced ')' left outside.
# The HTML page is unchanged: compared byte for byte with the binary's
# own page before the change is not possible here, so it is checked to
# hold each URL as one escaped text run, as before.
# Expected lines written by hand from the rows.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,as_of,source,note
u.a,2023,level,100,RUB,2025-06-01,https://mos.ru/news/item/123_456/?a=1|b=2,see https://x.ru/a_b_c (page 2).
u.a,2024,level,110,RUB,2025-06-01,Moscow Government (https://mos.ru/a_b),xhttps://a_b is no link; HTTPS://Y.RU/Q_1: upper case
CSV
"$GS" ingest -q "$T/d.csv"
export SOURCE_DATE_EPOCH=1750000000
run "$GS" report 'u.*' -o "$T/r.md" --format md
expect_rc 0 "report md"
has() {
	if grep -qF -- "$1" "$T/r.md"; then ok "$2"
	else notok "$2: no '$1'"; grep "| 202[34] |" "$T/r.md" | sed 's/^/#   /'; fi
}
has "| <https://mos.ru/news/item/123_456/?a=1%7Cb=2> |" "a source URL whole, its | encoded"
has "| see <https://x.ru/a_b_c> (page 2). |" "a note's URL without the sentence's ) and ."
has "| Moscow Government (<https://mos.ru/a_b>) |" "a URL in parentheses, the ) outside"
has "xhttps://a\_b is no link; <HTTPS://Y.RU/Q_1>: upper case" \
	"inside a word no link; the scheme in any case; the : outside"
if grep -q '\\_' "$T/r.md" && ! grep -q '<[^>]*\\' "$T/r.md"; then
	ok "escapes outside URLs only"
else notok "escapes inside a URL"; fi

run "$GS" report 'u.*' -o "$T/r.html"
expect_rc 0 "report html"
if grep -qF "https://mos.ru/news/item/123_456/?a=1|b=2" "$T/r.html" &&
   grep -qF "see https://x.ru/a_b_c (page 2)." "$T/r.html" &&
   ! grep -q "&lt;https" "$T/r.html"; then
	ok "html: URLs as text, as before"
else notok "html: URLs changed"; fi
