# backends: sqlite postgres
# A negative figure's qualifier bounds its size, as the words do: extract
# writes "fell by more than 10 %" as -10 % over, "decreased by up to
# 35 %" as -35 % up_to, "fell almost 20 %" as -20 % almost. They were read
# as numbers instead: over -10 was [-10, inf), so a claimed fall of more
# than 10 % was consistent with a rise of 20 %; up to -35 was (-inf, -35]
# (a fall of at least 35 %); almost -20 was [-21, -20]. Found by the audit
# (exact semantics; the reference in tests/semantics). Expected verdicts
# and bounds by hand: over -10 is (-inf, -10], up to -35 is [-35, 0],
# almost -20 is [-20, -19], each widened by 1 percentage point.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
# fall KEY END STATED QUALIFIER: 100 in 2023, END in 2024, and the change
# STATED with QUALIFIER in 2024 against 2023
fall() {
	echo "$1,2023,level,100,RUB,,,2025-06-01,s"
	echo "$1,2024,level,$2,RUB,,,2025-06-01,s"
	echo "$1,2024,percent,$3,%,$4,2023,2025-06-01,s"
}
{
	echo "series,period,kind,value,unit,qualifier,base,as_of,source"
	fall f.more.rise 120 -10 over
	fall f.more.small 95 -10 over
	fall f.more.big 85 -10 over
	fall f.upto.small 90 -35 up_to
	fall f.upto.big 60 -35 up_to
	fall f.almost.near 81.5 -20 almost
	fall f.almost.past 77.5 -20 almost
	echo "f.imp,2024,level,90,RUB,,,2025-06-01,s"
	echo "f.imp,2024,percent,-10,%,over,2023,2025-06-01,s"
} >"$T/f.csv"
"$GS" -q ingest "$T/f.csv"

run "$GS" check 'f.*' --format csv
v() { csv_get "$T/out" series "$1" verdict; }
expect_eq "$(v f.more.rise)" inconsistent "a rise of 20 % is no fall of more than 10 %"
expect_eq "$(v f.more.small)" inconsistent "a fall of 5 % is no fall of more than 10 %"
expect_eq "$(v f.more.big)" consistent "a fall of 15 % is a fall of more than 10 %"
expect_eq "$(v f.upto.small)" consistent "a fall of 10 % is a fall of up to 35 %"
expect_eq "$(v f.upto.big)" inconsistent "a fall of 40 % is more than 36 %"
expect_eq "$(v f.almost.near)" consistent "a fall of 18.5 % is almost 20 % (19 %, -1 pp)"
expect_eq "$(v f.almost.past)" inconsistent "a fall of 22.5 % is past almost 20 % (+1 pp)"

# 90 after a fall of more than 10 %: 2023 was 90 / 0.9 = 100 or more
run "$GS" implied f.imp --format csv
expect_rc 0 "implied from a qualified fall"
expect_close "$(csv_get "$T/out" series f.imp implied)" 100 "implied 2023: 90 / (1 - 10 %)"
expect_close "$(csv_get "$T/out" series f.imp low)" 100 "at least 100"
expect_eq "$(csv_get "$T/out" series f.imp high)" inf "no upper bound"
