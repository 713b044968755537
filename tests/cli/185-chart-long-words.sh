# chart labels never leave the image, whatever the words: a title of wide
# letters is cut with "..." where it reaches the edge (it was cut after a
# number of characters of average width, and 90 N's ran 28 px past it),
# and a footnote word longer than a line (a 990-character source, a long
# URL as a source, a 190-character key) is cut between its characters
# over as many lines as it takes, every character kept (such a word had
# a line of its own and ran up to 9,000 px past the edge). Checked by
# tests/chart_layout.py, which lays the labels out from the script alone
# with DejaVu Sans widths. Found by the fourth audit.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

src1=$(python3 -c 'print("S" * 990)')
src2=$(python3 -c 'print("https://example.org/" + "p" * 600)')
name=$(python3 -c 'print("N" * 400)')
key=$(python3 -c 'print("l." + "K" * 190)')
{
	echo "series,period,kind,value,unit,as_of,source,name"
	echo "$key,2020,level,100,jobs,2025-01-01,$src1,$name"
	echo "$key,2024,level,200,jobs,2025-01-01,$src2,"
	echo "$key,2030,target,400,jobs,2025-01-01,s2,"
} >"$T/l.csv"
run "$GS" init
run "$GS" ingest "$T/l.csv"
expect_rc 0 "ingest words longer than a line"
run "$GS" chart "$key" --script-only -o "$T/l.png"
expect_rc 0 "chart of words longer than a line"
if python3 "$GS_TOP/tests/chart_layout.py" --frame "$T/l.gp" >"$T/layout" 2>&1; then
	ok "every label inside the image, none overlapping"
else
	notok "labels leave the image"; cut -c1-160 "$T/layout" | sed 's/^/#   /' | head -5
fi
# the labels as drawn, in order, from the script (text between the
# first pair of double quotes, octal escapes decoded)
python3 - "$T/l.gp" >"$T/labels" <<'PY'
import re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r'set label \d+ "((?:[^"\\]|\\.)*)"', line)
    if m:
        print(re.sub(r"\\0([0-7]{3})", lambda o: chr(int(o.group(1), 8)), m.group(1)))
PY
title=$(head -1 "$T/labels")
case $title in
NNNN*…) ok "the title is cut with an ellipsis (${#title} characters)" ;;
*) notok "the title: '$title'" ;;
esac
# the footnote keeps every character of the sources and the key
foot=$(tr -d '\n' <"$T/labels")
for want in "$src1," "$src2," "$key."; do
	case $foot in
	*"$want"*) ok "footnote keeps all ${#want} characters of ${want%"${want#????????}"}..." ;;
	*) notok "footnote lost characters of ${want%"${want#????????}"}..." ;;
	esac
done
