# export -o - writes to standard output, as export without -o and report
# -o - do; it created a file named "-" (and a second run was refused as
# "a file of that name exists"). Found by the report refactor's review.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series,period,kind,value,unit,as_of,source\na.b,2020,level,1,jobs,2025-01-01,s\n' >"$T/d.csv"
"$GS" ingest -q "$T/d.csv"
cd "$T" || exit 1
run "$GS" export -o -
expect_rc 0 "export -o -"
expect_out "^a\\.b,2020,level,1,jobs,,,2025-01-01,s," "the CSV on stdout"
[ ! -e "$T/-" ] && ok "no file named -" || notok "a file named - was created"
"$GS" export >"$T/plain.csv"
if cmp -s "$T/out" "$T/plain.csv"; then ok "the same as export without -o"; else notok "differs from export without -o"; fi
run "$GS" export -o -
expect_rc 0 "again: nothing in the way"
