# backends: sqlite postgres
# extract writes each candidate's note as "confidence 0.53 (reasons):
# sentence" for the review; after a person named the series and ingested
# the rows, the stored note still began with the confidence and reasons
# ("no series: name it", false once named). Rule (README, extract): ingest
# stores the sentence, without the "confidence D.DD (...): " or
# "confidence D.DD: " prefix extract writes; any other note is kept as
# it is. Expected notes are the sentences of the text itself.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/news.txt" <<'TXT'
Kazan, May 13, 2025

The Innopolis technopark now hosts 120 resident companies, the park said. Its production area grew to 45,000 square meters in 2024.
TXT
run "$GS" extract --source park.ru "$T/news.txt" -o "$T/cand.csv"
expect_rc 0 "extract"
expect_eq "$(grep -c '"confidence 0\.[0-9][0-9] (' "$T/cand.csv")" 2 \
	"the candidates' notes carry the confidence and reasons"
# the review: name the series extract left empty
sed 's/^,2025,level,120,/innopolis.residents,2025,level,120,/' "$T/cand.csv" >"$T/reviewed.csv"
run "$GS" ingest "$T/reviewed.csv"
expect_rc 0 "ingest the reviewed rows"

s1=$(sed -n 3p "$T/news.txt" | sed 's/\. Its.*/./')
s2=$(sed -n 3p "$T/news.txt" | sed 's/.*said\. //')
run "$GS" show innopolis.residents --format csv
expect_eq "$(csv_get "$T/out" period 2025 note)" "$s1" "stored note: the sentence alone"
run "$GS" show innopolis.area --format csv
expect_eq "$(csv_get "$T/out" period 2024 note)" "$s2" "stored note: the sentence alone (named subject)"

run "$GS" -v ingest "$T/reviewed.csv"
expect_out ": 0 new, 2 already present, 0 rejected" "ingesting the reviewed file again adds nothing"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 2 "two figures stored"

# notes of people, and extract's form without reasons
cat >"$T/own.csv" <<'CSV'
series,period,kind,value,unit,as_of,source,note
own.a,2024,level,1,companies,2025-05-13,s,confidence in the park is high: 3 plants
own.b,2024,level,2,companies,2025-05-13,s,"confidence 0.5: not extract's form"
own.c,2024,level,3,companies,2025-05-13,s,confidence 1.00: Said plainly.
own.d,2024,level,4,companies,2025-05-13,s,"confidence 0.70 (unbalanced: kept"
CSV
run "$GS" ingest "$T/own.csv"
expect_rc 0 "ingest notes of people"
note() { "$GS" show "$1" --format csv >"$T/out"; csv_get "$T/out" period 2024 note; }
expect_eq "$(note own.a)" "confidence in the park is high: 3 plants" "a person's note kept"
expect_eq "$(note own.b)" "confidence 0.5: not extract's form" "not extract's form: kept"
expect_eq "$(note own.c)" "Said plainly." "extract's form without reasons: the sentence"
expect_eq "$(note own.d)" "confidence 0.70 (unbalanced: kept" "an unclosed reason: kept"
