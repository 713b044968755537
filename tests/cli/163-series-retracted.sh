# backends: sqlite postgres
# README, retractions: "from that date every read leaves the figure out",
# and export's canonical CSV ingested into an empty database "reproduces
# every answer of the current view (retracted rows are left out)",
# `series` named first. `series` counted retracted rows, spanned their
# periods and listed a series whose every row was retracted, so the round
# trip changed what it printed. Found by the audit (exact semantics of
# retractions).
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cat >"$T/d.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source
r.a,2020,level,10,jobs,,,2025-01-01,s
r.a,2024,level,20,jobs,,,2025-01-01,s
r.a,2024,level,22,jobs,,,2025-02-01,s
r.a,2025,level,30,jobs,,,2025-02-01,s
r.b,2023,level,5,jobs,,,2025-01-01,s
r.c,2020,level,1,jobs,,,2025-01-01,t
r.c,2021,level,2,jobs,,,2025-02-01,t
r.c,2022,level,3,jobs,,,2025-03-01,t
r.d,2022,level,4,jobs,,,2025-03-01,u
CSV
"$GS" ingest -q "$T/d.csv"
# r.a: 22 (the 2024 revision) and the 2025 row wrong; r.b wrong altogether
"$GS" -q retract r.a 2 3 --reason "wrong file" --date 2025-03-01
"$GS" -q retract r.b 1 --reason "wrong series"
"$GS" -q retract r.c 3 --reason "wrong vintage"
"$GS" -q retract r.d 1 --reason "wrong source"

run "$GS" series --format csv
expect_rc 0 "series"
# r.a keeps 2020 = 10 and 2024 = 20: 2 rows, 2020-01-01 to 2024-12-31
expect_eq "$(csv_get "$T/out" series r.a rows)" "2" "r.a: the two rows not retracted"
expect_eq "$(csv_get "$T/out" series r.a to)" "2024-12-31" "r.a: the span ends with 2024, not the retracted 2025"
expect_eq "$(csv_get "$T/out" series r.a from)" "2020-01-01" "r.a: from 2020"
expect_no_out '^r\.b,' "r.b, every row retracted, is not listed"
cp "$T/out" "$T/series.csv"

run "$GS" series 'r.b*'
expect_rc 65 "a GLOB that matches only a retracted series"
# (commands that take --as-of still match r.b by a GLOB: before its
# retraction it had a figure)

# sources counted the retracted rows and their vintages: s gave 5 figures
# from 2025-01-01 to 2025-02-01; 2 remain, both of 2025-01-01 (found by
# the review of the audit's change)
run "$GS" sources --format csv
expect_eq "$(csv_get "$T/out" source s figures)" "2" "sources: the two figures not retracted"
expect_eq "$(csv_get "$T/out" source s last_as_of)" "2025-01-01" \
	"sources: the last vintage not retracted"
# t: vintages 2025-01-01, 02-01 and 03-01, the last retracted: its span
# is 2025-01-01 to 2025-02-01 (each end computed on its own)
expect_eq "$(csv_get "$T/out" source t figures)" "2" "sources: t's two figures not retracted"
expect_eq "$(csv_get "$T/out" source t first_as_of)" "2025-01-01" \
	"sources: t's first vintage"
expect_eq "$(csv_get "$T/out" source t last_as_of)" "2025-02-01" \
	"sources: t's last vintage not retracted"
# u gave one figure, retracted: like a series with nothing left, the
# source is not listed (it was, with 0 figures and no dates)
expect_no_out '^u,' "sources: u, every figure retracted, is not listed"
cp "$T/out" "$T/sources.csv"

run "$GS" export -o "$T/e.csv"
expect_rc 0 "export"
GROWTHSTAT_DB="$T/fresh.db" "$GS" init
GROWTHSTAT_DB="$T/fresh.db" "$GS" ingest -q "$T/e.csv"
GROWTHSTAT_DB="$T/fresh.db" run "$GS" series --format csv
if cmp -s "$T/out" "$T/series.csv"; then ok "series is the same after export and ingest"
else notok "series differs after the round trip"; diff "$T/series.csv" "$T/out" | sed 's/^/#   /'; fi
GROWTHSTAT_DB="$T/fresh.db" run "$GS" sources --format csv
if cmp -s "$T/out" "$T/sources.csv"; then ok "sources is the same after export and ingest"
else notok "sources differs after the round trip"; diff "$T/sources.csv" "$T/out" | sed 's/^/#   /'; fi
