# make diff-test failed at seeds 1001 and 1011 on both backends: for a
# series that cannot be projected and has a same-vintage conflict,
# `project KEY` says the conflict's warning and then the error, and the
# check "fast-path answers equal the per-series reads" (tests/diff)
# compared all of that with `project --all`'s note, which holds the error
# only. The warning belongs to both (README: "Every report warns on
# stderr"), and both give it; the check now compares the note with KEY's
# error and looks for KEY's warnings on --all's stderr. This test holds
# the program to that (the warning on both paths, the note word for word)
# and runs the differential check itself on this small database: it fails
# with the tests/diff/diff.py of before.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init || notok "init"
# the seed's case: one level of k.jobs, stated by s1 and z at one vintage
# with values that cannot both be true; k.two projects
printf '%s\n' 'series,period,value,unit,as_of,source' \
	'k.jobs,2017,15000000000,RUB,2025-10-17,s1' \
	'k.jobs,2017,16500000000,RUB,2025-10-17,z' \
	'k.two,2020,100,RUB,2025-01-01,s1' \
	'k.two,2023,130,RUB,2025-01-01,s1' >"$T/a.csv"
"$GS" -q ingest "$T/a.csv" || notok "ingest"

warn='growthstat: warning: k.jobs 2017 level: 15000000000 RUB (#1, source s1) and 16500000000 RUB (#2, source z) disagree at vintage 2025-10-17; using #1 (exact over qualified, then the source name that sorts first)'
why='k.jobs: too few points to project (1 level in the window; cagr needs 2)'
run "$GS" project k.jobs --to 2030 --format csv
expect_rc 65 "project k.jobs cannot project one level"
expect_eq "$(grep -cxF "$warn" "$T/err")" 1 "project KEY warns of the conflict"
expect_eq "$(grep -cxF "growthstat: $why" "$T/err")" 1 "and says why"
run "$GS" project --all --to 2030 --format csv
expect_rc 0 "project --all"
expect_eq "$(grep -cxF "$warn" "$T/err")" 1 "project --all warns of it too"
expect_eq "$(grep -c '^k\.jobs,' "$T/out")" 1 "project --all has a k.jobs row"
grep -qxF "k.jobs,cagr,,,,,,,$why,RUB" "$T/out" &&
	ok "its note is KEY's error, word for word" ||
	notok "k.jobs note: $(grep '^k\.jobs,' "$T/out")"

# the differential check of make diff-test, on this database
cat >"$T/fp.py" <<'PY'
import os, sys
sys.path.insert(0, os.path.join(os.environ["GS_TOP"], "tests", "diff"))
import diff
b = diff.Backend("here", os.environ["GROWTHSTAT_DB"], sys.argv[1],
                 os.environ["GS"])
fails = []
diff.fast_paths(b, {"keys": ["k.jobs", "k.two"], "dates": []}, fails)
for f in fails:
    print("#   " + f)
print("ok - fast-path answers equal the per-series reads" if not fails
      else "not ok - fast-path answers differ from the per-series reads")
PY
GS_TOP="$GS_TOP" GS="$GS" python3 "$T/fp.py" "$T"
