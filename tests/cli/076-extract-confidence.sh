# extract's confidence per period reason (issue 16, twelfth round): the
# factors in collector/extract/extract_conf.c were measured on unseen
# text (old_holdout15 and old_holdout16 before tuning), relative to a
# period stated in the sentence: date line 0.8, the text's date 0.75, an
# earlier sentence 0.95, a table column 1, an undated plan at the horizon
# 0.15. Expected confidences are those factors times 0.6 for "no series",
# worked out by hand; --min-confidence keeps what they say.
. "$GS_TOP/tests/cli/lib.sh"

printf 'Kama Park: the year in figures\n\nMarch 3, 2025\n\nIn 2024, members of the Kama cluster produced goods worth 8.2 billion rubles.\nThey employed 1,900 people.\nThe cluster now hosts more than 60 member companies.\nResidents will create 500 new jobs.\n\nIndicator | 2023 | 2024\nOutput, billion rubles | 7.1 | 8.2\n' >"$T/k.txt"

run "$GS" extract "$T/k.txt"
expect_rc 0 "extract"
expect_out '^,2024,level,8\.2,billion rubles,.*"confidence 0\.60 \(no series: name it\): In 2024' \
	"stated in the sentence: 0.6"
expect_out '^,2024,level,1900,people,.*"confidence 0\.57 \(period from an earlier sentence; no series' \
	"an earlier sentence: 0.95 x 0.6 = 0.57"
expect_out '^,2025,level,60,companies,over,.*confidence 0\.48 \(period from the date line; no series' \
	"the date line: 0.8 x 0.6 = 0.48"
expect_out '^,2025,plan,500,jobs,.*confidence 0\.09 \(undated plan: period at the text.s horizon; no series' \
	"the horizon: 0.15 x 0.6 = 0.09"
expect_out '^,2023,flow,7\.1,billion rubles,.*"confidence 0\.60 \(no series: name it; a table row: period from its column\)' \
	"a table column: 1 x 0.6 = 0.60"

printf 'Kama Park, 3 March 2025 - Members employed 1,900 people in 2024.\nThe cluster now hosts more than 60 member companies.\n' >"$T/d.txt"
run "$GS" extract "$T/d.txt"
expect_out '^,2025,level,60,companies,over,.*confidence 0\.45 \(period from the text.s date; no series' \
	"the text's date: 0.75 x 0.6 = 0.45"

# 0.55 keeps the sentence's own period, the earlier sentence's and the
# table's (0.60, 0.57, 0.60, 0.60) and drops the date line's and the
# horizon's (0.48, 0.09).
run "$GS" extract --min-confidence 0.55 "$T/k.txt"
expect_rc 0 "--min-confidence 0.55"
expect_eq "$(grep -c '^,' "$T/out")" 4 "four rows at 0.57 or more"
expect_out '^,2024,level,1900,people,' "the earlier sentence's row is kept"
expect_no_out ',2025,level,60,' "the date line's row is left out"
expect_no_out ',plan,500,' "the horizon's row is left out"
run "$GS" extract --min-confidence 0.05 "$T/k.txt"
expect_eq "$(grep -c '^,' "$T/out")" 6 "0.05 keeps every row, the horizon's too"
