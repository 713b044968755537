# --lock-timeout 0x10 was read by strtod as 16 seconds (and 1e1 as 10,
# " 5" as 5, "inf" refused only by its size): a typo or a hex habit set a
# wait nobody meant. Only decimal seconds are taken now; anything else is
# a usage error naming the option and the value, before anything runs.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init || notok "init"
printf 'series,period,value,as_of,source\na.b,2024,1,2025-01-01,s\n' >"$T/a.csv"
for v in 0x10 1e1 " 5" 5s 0x0 . -1; do
	run "$GS" ingest --lock-timeout "$v" "$T/a.csv"
	expect_rc 2 "--lock-timeout '$v' is refused"
	expect_err "lock-timeout" "the error names --lock-timeout for '$v'"
done
run "$GS" ingest --min-age 0x10 "$T/a.csv"
expect_rc 2 "--min-age 0x10 is refused too"
expect_eq "$(sql "SELECT count(*) FROM observations")" 0 \
	"nothing ingested by the refused runs"
for v in 0 30 2.5 .5; do
	run "$GS" ingest --lock-timeout "$v" "$T/a.csv"
	expect_rc 0 "--lock-timeout $v is taken"
done
