# backends: sqlite postgres
# Notes through a report over every series (issue 18): on PostgreSQL the
# scan reads its rows as COPY's text rows and splits them itself
# (series/pg/pg_scan.c), where COPY writes a tab as \t, a newline as \n,
# a backslash as \\ and NULL as \N. A note holding each of them (and the
# two characters \N, which is not NULL) must reach the report as stored:
# the markdown page shows a tab and a newline as a space and a backslash
# doubled (worked out by hand below); SQLite reads the same rows from its
# file and must give the same lines.
. "$GS_TOP/tests/cli/lib.sh"

run "$GS" init
expect_rc 0 "init"
printf '%s\n' 'series,period,value,unit,as_of,source,note' \
	'esc.a,2020,1.5,jobs,2025-01-01,s1,"tab	here"' \
	'esc.a,2021,1.6,jobs,2025-01-01,s1,"one\back"' \
	'esc.a,2022,1.7,jobs,2025-01-01,s1,"\N"' \
	'esc.a,2023,1.8,jobs,2025-01-01,s1,"line1' 'line2"' \
	'esc.a,2024,1.9,jobs,2025-01-01,s1,"x\ty\\nz"' \
	'esc.b,2020,2,jobs,2025-01-01,s1,' >"$T/e.csv"
run "$GS" -q ingest --decimal . "$T/e.csv"
expect_rc 0 "notes with tabs, newlines and backslashes stored"
run "$GS" report -o "$T/r.md" --format md
expect_rc 0 "report over every series"
for want in '| \#1 | 2020 | level | 1.5 jobs |  | 2025-01-01 | s1 | tab here |' \
	'| \#2 | 2021 | level | 1.6 jobs |  | 2025-01-01 | s1 | one\\back |' \
	'| \#3 | 2022 | level | 1.7 jobs |  | 2025-01-01 | s1 | \\N |' \
	'| \#4 | 2023 | level | 1.8 jobs |  | 2025-01-01 | s1 | line1 line2 |' \
	'| \#5 | 2024 | level | 1.9 jobs |  | 2025-01-01 | s1 | x\\ty\\\\nz |'; do
	if grep -qxF -- "$want" "$T/r.md"; then ok "report line: $want"
	else notok "report line: $want; got: $(grep -F "$(echo "$want" | cut -c1-20)" "$T/r.md" | head -2 | tr '\n' ' ')"; fi
done
