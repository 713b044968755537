# `chart --all -d charts/` beside a user's own charts/index.md drew every
# chart (PNG and .gp) and only then refused the index with 73: the
# directory was left half-written. A hand-written file at a chart's own
# name stopped the batch the same way, part-way. Every name of the batch
# is now checked before anything is written. The paths it printed joined
# "charts/" and "index.md" as "charts//index.md".
. "$GS_TOP/tests/cli/lib.sh"

command -v gnuplot >/dev/null 2>&1 || { ok "skipped: no gnuplot"; exit 0; }
printf 'series,period,value,as_of,source\na.b,2023,1,2025-01-01,s\na.b,2024,2,2025-01-01,s\nc.d,2023,5,2025-01-01,s\nc.d,2024,7,2025-01-01,s\n' >"$T/x.csv"
"$GS" init && "$GS" ingest "$T/x.csv" >/dev/null || notok "setup"
cd "$T" || exit 1

# what the directory holds, one name a line
list() { ls -A "$1" | tr '\n' ' '; }

mkdir charts
printf '# my notes\n' >charts/index.md
run "$GS" chart --all -d charts/
expect_rc 73 "a hand-written index.md is refused"
expect_eq "$(list charts)" "index.md " "nothing was written beside it"
expect_eq "$(cat charts/index.md)" "# my notes" "the notes keep their text"
grep -q 'charts//' "$T/err" && notok "a double slash: $(cat "$T/err")" ||
	ok "the message joins the path with one slash"
expect_err "charts/index\.md: exists" "the message names the index"

# a user's file at the second chart's script name: the first chart is
# not drawn either
rm charts/index.md
printf 'plot x # mine\n' >charts/c.d.gp
run "$GS" chart --all -d charts
expect_rc 73 "a hand-written script at a chart's name is refused"
expect_eq "$(list charts)" "c.d.gp " "no chart of a.b and no index was written"

rm charts/c.d.gp
run "$GS" chart --all -v -d charts//
expect_rc 0 "the batch with nothing in the way"
expect_eq "$(list charts)" "a.b.gp a.b.png c.d.gp c.d.png index.md " \
	"two charts, their scripts and the index"
expect_out "^charts/index\.md: 2 charts" "the summary names charts/index.md"
grep -q 'charts//' "$T/out" && notok "a double slash: $(cat "$T/out")" ||
	ok "no double slash in what was printed"
