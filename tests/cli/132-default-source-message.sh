# a file whose name holds a control character, loaded without a source
# column or --source, is refused with a message that names the default
# source it came from (the file name, escaped) and what to do; it used to
# say "source '': control characters", an empty field the file does not
# have. Found by the audit with a drop file named "x<newline>y.csv".
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
f="$T/x
y.csv"
printf 'series,period,value,unit,as_of\nn.a,2024,1,jobs,2025-01-01\n' >"$f"
run "$GS" ingest "$f"
expect_rc 65 "refused"
expect_err "x\\\\ny\.csv:2: source '[^']*x\\\\ny\.csv' \(the default" "the message shows the default source, escaped"
expect_err "give a source column or --source" "and says what to do"
expect_eq "$(grep -c "source ''" "$T/err")" 0 "no empty source is named"
run "$GS" ingest --source "press office" "$f"
expect_rc 0 "with --source the same file loads"
