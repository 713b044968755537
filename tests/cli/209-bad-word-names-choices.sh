# A misspelt kind or qualifier is refused naming file:line:column and now
# the words that are accepted (the canonical names README's CSV format
# lists), so the fix is in the message (found by a new user's walk).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series,period,kind,value,unit,qualifier,as_of,source\na.b,2020,levle,1,jobs,,2025-01-01,s\n' >"$T/k.csv"
run "$GS" ingest "$T/k.csv"
expect_rc 65 "a misspelt kind"
expect_err "k\\.csv:2:3: kind 'levle': unknown kind \\(level, flow, multiple, percent, target or plan\\)" "names the kinds"
printf 'series,period,kind,value,unit,qualifier,as_of,source\na.b,2020,level,1,jobs,aprox,2025-01-01,s\n' >"$T/q.csv"
run "$GS" ingest "$T/q.csv"
expect_rc 65 "a misspelt qualifier"
expect_err "q\\.csv:2:6: qualifier 'aprox': unknown qualifier \\(over, at_least, about, up_to, under, almost, or empty for an exact figure\\)" "names the qualifiers"
# each name the message gives is accepted
for k in level flow multiple percent target plan; do
	case $k in multiple|percent) b=2019;; *) b=;; esac
	printf 'series,period,kind,value,unit,base,as_of,source\nk.%s,2020,%s,2,%s,%s,2025-01-01,s\n' \
		"$k" "$k" "$([ $k = multiple ] && echo times || ([ $k = percent ] && echo % || echo jobs))" "$b" >"$T/ok.csv"
	run "$GS" ingest -q "$T/ok.csv"
	expect_rc 0 "kind $k is accepted"
done
for q in over at_least about up_to under almost; do
	printf 'series,period,kind,value,unit,qualifier,as_of,source\nq.%s,2020,level,2,jobs,%s,2025-01-01,s\n' "$q" "$q" >"$T/ok.csv"
	run "$GS" ingest -q "$T/ok.csv"
	expect_rc 0 "qualifier $q is accepted"
done
