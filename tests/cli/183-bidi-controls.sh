# bidirectional controls in data text (U+202A..U+202E embeddings and
# overrides, U+2066..U+2069 isolates) reach neither the report page (HTML,
# its charts, Markdown), nor a chart script, nor the terminal: they are
# invisible and reorder everything after them up to the end of the line,
# the tool's own words and numbers included (a source named "s<RLO>" made
# the chart's footnote read "10-10-5202 fo sa serugif"). The page and the
# charts show them as a space, as other control characters; tables and
# messages as \u202e. Found by the fourth audit; before, all went through.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

python3 - "$T/b.csv" <<'PY'
import csv, sys
rlo, lri, pdi = '\u202e', '\u2066', '\u2069'
key = 'bd.' + rlo + 'key'
with open(sys.argv[1], 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['series', 'period', 'kind', 'value', 'unit', 'as_of',
                'source', 'note', 'name'])
    w.writerow([key, '2020', 'level', '100', 'jobs', '2025-01-01',
                'src' + rlo, 'n' + lri + 'x' + pdi + '\u202a\u202b\u202c\u202d\u2067\u2068',
                'Name ' + rlo + 'reversed'])
    w.writerow([key, '2024', 'level', '200', 'jobs', '2025-01-01', 's2', '', ''])
PY
run "$GS" init
run "$GS" ingest "$T/b.csv"
expect_rc 0 "ingest text with bidirectional controls"

# no_bidi FILE DESC: ok when FILE (and any chart inlined in it) holds none
# of the nine; a missing or unreadable file is no pass
no_bidi() {
	if has_bidi "$1" >"$T/hit" 2>&1; then
		notok "$2: holds a bidi control: $(head -c 200 "$T/hit")"
	elif [ $? -eq 1 ]; then
		ok "$2: no bidi control"
	else
		notok "$2: cannot be read: $(head -c 200 "$T/hit")"
	fi
}
# has_bidi FILE: exit 0 when it holds one, 1 when not, 2 when unreadable
has_bidi() {
	python3 - "$@" <<'PY'
import base64, re, sys
bad = re.compile('[\u202a-\u202e\u2066-\u2069]')
hit = False
for name in sys.argv[1:]:
    try:
        text = open(name, encoding='utf-8').read()
    except OSError as e:
        print(e)
        sys.exit(2)
    parts = [text] + [base64.b64decode(b).decode('utf-8') for b in
             re.findall(r'data:image/svg\+xml;base64,([A-Za-z0-9+/=]*)', text)]
    for p in parts:
        if bad.search(p):
            print(name, repr(bad.search(p).group()))
            hit = True
sys.exit(0 if hit else 1)
PY
}

# shows FILE PATTERN DESC: FILE has a line matching PATTERN (grep -E)
shows() {
	if grep -Eq -- "$2" "$1"; then ok "$3"; else notok "$3: no /$2/ in $1"; fi
}
for fmt in html md; do
	run "$GS" report --format $fmt -o "$T/r.$fmt"
	expect_rc 0 "$fmt report"
	no_bidi "$T/r.$fmt" "$fmt page (and its charts)"
done
shows "$T/r.html" 'Name  *reversed' "HTML: the name's override shown as a space"
shows "$T/r.html" '>src *<' "HTML: the source shown as src and a space"
shows "$T/r.md" '\| n x  *\|$' "Markdown: a run of controls in a note is one space"

key=$(printf 'bd.\342\200\256key')
run "$GS" chart "$key" --script-only -o "$T/c.png"
expect_rc 0 "chart script"
no_bidi "$T/c.gp" "chart script"

run "$GS" show "$key"
expect_rc 0 "show"
no_bidi "$T/out" "show's table"
expect_out 'bd\.\\u202ekey|src\\u202e' "the terminal sees \\u202e"
run "$GS" show 'nosuch.\342\200\256'
expect_rc 65 "an unknown key with a bidi control"
no_bidi "$T/err" "the message naming it"

# CSV keeps the text exact: it is data, read back by programs
run "$GS" export
has_bidi "$T/out" >/dev/null && ok "export keeps the text exact" || notok "export lost the controls"
