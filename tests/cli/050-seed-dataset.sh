# the curated dataset of the seed texts: transcription check, clean ingest
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

if command -v python3 >/dev/null 2>&1; then
	python3 "$GS_TOP/tests/seed_check.py"
else
	notok "python3 is needed for the transcription check"
fi

run "$GS" ingest "$GS_TOP"/scripts/seed/*.csv
expect_rc 0 "the seed dataset ingests"
expect_eq "$(cat "$T/err")" "" "with no problem reported"
expect_eq "$(sql "SELECT sum(rows_rejected) FROM batches")" 0 "zero rejects"
rows=$(cat "$GS_TOP"/scripts/seed/*.csv | python3 -c 'import csv,sys; print(sum(1 for r in csv.reader(sys.stdin) if r and r[0] != "series"))')
expect_eq "$(sql 'SELECT count(*) FROM observations')" "$rows" "every CSV row is stored"
expect_eq "$(sql "SELECT value FROM v_observations WHERE series='moscow.pharma.output' AND kind='level' AND period_start=20240101")" \
	154000000000.0 "154 billion rubles in 2024"
run "$GS" -v ingest "$GS_TOP"/scripts/seed/*.csv
expect_out "0 new, [0-9]+ already present" "re-ingesting the dataset adds nothing"

# sources are the publishers the texts name (typed from the texts, see
# SOURCES in tests/seed_check.py), not file names
run "$GS" sources --format csv
for name in "Moscow Government (mos.ru)" "TASS via GxP News (gxpnews.net)" \
	"Northern BioPharmCluster (pharmcluster.ru/eng)" \
	"Russian Government (news: Russian Government Establishes Innovation Research and Technology Center PhysTech Valley to Advance Biomedical Technologies)"; do
	if grep -Fq "$name" "$T/out"; then ok "source: $name"; else notok "no source '$name'"; fi
done
expect_no_out '[0-9a-f]{16}\.txt' "no source is a file name"
run "$GS" chart moscow.pharma.output --script-only -o "$T/pharma.png"
expect_rc 0 "a chart of the seed data"
if grep -Fq '"Source: Moscow Government (mos.ru), figures as of 2025-10-07." noenhanced' "$T/pharma.gp"; then
	ok "the chart's footnote names the publisher and the vintage"
else notok "footnote: $(grep -F 'Source' "$T/pharma.gp")"; fi
