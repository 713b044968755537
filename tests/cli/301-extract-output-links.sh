# extract -o OUTDIR wrote through a symbolic link named as OUTDIR (the
# candidates landed wherever the link pointed), and a directory standing
# at a text's candidates name (cands/n.csv) was taken for an earlier run's
# file: the text was skipped with exit 0 and no word. Both are refused
# with 73 naming the path, as other outputs are (README "Files growthstat
# writes"); nothing is written through the link.
. "$GS_TOP/tests/cli/lib.sh"

mkdir "$T/inbox" "$T/cands" "$T/elsewhere"
printf 'On 3 March 2025 the cluster said its output grew to 120 billion rubles in 2024.\n' >"$T/inbox/n.txt"
ln -s "$T/elsewhere" "$T/link"

for o in "$T/link" "$T/link/"; do
	run "$GS" extract -o "$o" "$T/inbox"
	expect_rc 73 "-o $(basename "$o")$(case $o in */) echo /;; esac) (a link to a directory) is refused"
	expect_err "link" "the error says it is a link"
	expect_eq "$(ls -A "$T/elsewhere" | wc -l | tr -d ' ')" 0 \
		"nothing written through the link"
done

# a directory in the way of cands/n.csv
mkdir "$T/cands/n.csv"
run "$GS" extract -o "$T/cands" "$T/inbox"
expect_rc 73 "a directory at cands/n.csv: exit 73, not a silent skip"
expect_err "cands/n\.csv" "the error names cands/n.csv"
expect_eq "$(ls -A "$T/cands/n.csv" | wc -l | tr -d ' ')" 0 \
	"the directory is left as it was"

# the control: an earlier run's candidates file is still "done" (exit 0)
rmdir "$T/cands/n.csv"
run "$GS" extract -o "$T/cands" "$T/inbox"
expect_rc 0 "a first run writes cands/n.csv"
run "$GS" extract -o "$T/cands" "$T/inbox"
expect_rc 0 "a second run leaves it be"
