# backends: sqlite postgres
# one glob language on every backend and every command that takes one:
# `series GLOB` and the all-series scans (project --all GLOB) select
# exactly the keys Python's fnmatch.fnmatchcase selects, for random
# patterns over an alphabet full of the characters the backends used to
# read differently ([!...], [], [z-a], a lone '[', '^', '\').
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init -q || notok "init"
python3 - "$T" <<'PY'
import random, sys
random.seed(24)
keys = set()
alpha = list("ab.x-]![ж^\\")
while len(keys) < 40:
    keys.add('k' + ''.join(random.choice(alpha) for _ in range(random.randint(0, 4))))
with open(sys.argv[1] + '/keys.csv', 'w') as f:
    f.write('series,period,value,unit,as_of,source\n')
    for k in sorted(keys):
        q = '"' + k.replace('"', '""') + '"'
        f.write(f'{q},2020,1,jobs,2025-01-01,s\n{q},2024,2,jobs,2025-01-01,s\n')
with open(sys.argv[1] + '/keys.txt', 'w') as f:
    f.write('\n'.join(sorted(keys)) + '\n')
PY
run "$GS" ingest "$T/keys.csv"
expect_rc 0 "keys with glob characters ingested"

n=${GS_GLOB_ITER:-60}
python3 - "$T" "$n" <<'PY' >"$T/patterns"
import random, sys
random.seed(int(sys.argv[2]))
alpha = list("kab.x*?[]!-^\\ж")
fixed = ['k*', 'k[!x]*', 'k[]*', 'k[!]*', 'k[z-a]*', '*[[:alpha:]]*', 'k[*',
         'k[^x]*', 'k[]]*', 'k?', 'k??', '*ж*', 'k\\*']
pats = fixed + [''.join(random.choice(alpha) for _ in range(random.randint(1, 6)))
                for _ in range(int(sys.argv[2]))]
print('\n'.join(pats))
PY
bad=0
while IFS= read -r pat; do
	"$GS" series --format csv -- "$pat" >"$T/got" 2>"$T/err"
	rc=$?
	python3 -c '
import csv, fnmatch, sys
pat, keyfile, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])
want = sorted(k for k in open(keyfile).read().split("\n") if k and fnmatch.fnmatchcase(k, pat))
got = sorted(r[0] for r in list(csv.reader(open(sys.argv[4])))[1:]) if rc == 0 else []
# a GLOB that matches nothing is 65 (README), one that matches is 0
if rc != (0 if want else 65) or got != want:
    print(f"pattern {pat!r}: exit {rc}, got {got}, want {want}")
    sys.exit(1)
' "$pat" "$T/keys.txt" "$rc" "$T/got" || bad=$((bad + 1))
done <"$T/patterns"
expect_eq "$bad" 0 "series GLOB selects what fnmatchcase selects ($(wc -l <"$T/patterns") patterns)"

# the all-series scan uses the same matcher
run "$GS" project --all 'k[!x]*' --to 2025 --format csv
pyn=$(python3 -c 'import fnmatch,sys; print(sum(1 for k in open(sys.argv[1]).read().split() if fnmatch.fnmatchcase(k, "k[!x]*")))' "$T/keys.txt")
gotn=$(tail -n +2 "$T/out" | cut -d, -f1 | sort -u | grep -c . || true)
expect_eq "$gotn" "$pyn" "project --all 'k[!x]*' covers the same series"
