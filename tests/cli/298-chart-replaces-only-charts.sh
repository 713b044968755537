# `growthstat chart KEY -o sales.png` replaced whatever was at sales.gp
# (its default script name), a hand-written gnuplot script included, and
# `-o data.csv` replaced a data file with a PNG: both lost without a word.
# A chart now replaces only what a chart writes (its script, an image,
# its index.md), an empty file or a link (never followed); anything else
# at the name is refused with 73 before anything is written.
. "$GS_TOP/tests/cli/lib.sh"

command -v gnuplot >/dev/null 2>&1 || { ok "skipped: no gnuplot"; exit 0; }
printf 'series,period,value,as_of,source\na.b,2023,1,2025-01-01,s\na.b,2024,2,2025-01-01,s\n' >"$T/x.csv"
"$GS" init && "$GS" ingest "$T/x.csv" || notok "setup"
mkdir "$T/c"
cd "$T/c" || exit 1
# same FILE TEXT DESC: FILE holds exactly TEXT (not shown when it does not:
# it may be an image now)
same() { [ "$(cat "$1")" = "$2" ] && ok "$3" || notok "$3: $1 was replaced"; }

printf 'set terminal png\nplot sin(x)  # mine\n' >sales.gp
run "$GS" chart a.b -o sales.png
expect_rc 73 "-o sales.png beside a hand-written sales.gp"
expect_err "sales\.gp: exists and is not a chart script" "the message names the script"
same sales.gp "$(printf 'set terminal png\nplot sin(x)  # mine')" \
	"the hand-written script keeps its text"
[ -e sales.png ] && notok "an image was put in place" || ok "no image was put in place"

printf 'series,period\nk,2024\n' >data.csv
run "$GS" chart a.b -o data.csv --script d.gp
expect_rc 73 "-o naming a data file"
same data.csv "$(printf 'series,period\nk,2024')" "the data file keeps its text"
[ -e d.gp ] && notok "the script was written" || ok "nothing was written"
expect_eq "$(ls -A | grep -c '^\.')" "0" "no temporary left behind"

# what a chart wrote is replaced, as before
run "$GS" chart a.b -o mine.png
expect_rc 0 "a first chart"
run "$GS" chart a.b -o mine.png --title again
expect_rc 0 "the same chart again replaces its own files"
grep -q again mine.gp && ok "the script is the new one" || notok "the script is the old one"
run "$GS" chart a.b -o mine.svg --script mine.gp
expect_rc 0 "an SVG over the PNG's script"
run "$GS" chart a.b -o mine.svg
expect_rc 0 "an SVG over an SVG"
: >empty.png
run "$GS" chart a.b -o empty.png
expect_rc 0 "an empty file is replaced"

# chart --all: a hand-written index.md is kept
mkdir all
printf '# my notes\n' >all/index.md
run "$GS" chart --all -d all
expect_rc 73 "--all beside a hand-written index.md"
same all/index.md "# my notes" "the notes keep their text"
rm all/index.md
run "$GS" chart --all -d all
expect_rc 0 "--all with no index.md"
run "$GS" chart --all -d all
expect_rc 0 "--all again replaces its own index.md"
