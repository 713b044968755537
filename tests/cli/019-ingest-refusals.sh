# figures that define nothing are refused at ingest with file:line:column:
# a multiple or percent change whose base does not end before its period
# starts, a percent change of -100 % or less, a multiple of 0 or less
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
expect_no_err() { if grep -Eq -- "$1" "$T/err"; then notok "$2: stderr has /$1/"; else ok "$2"; fi; }
stored() { sql "SELECT count(*) FROM observations"; }

# The base column is column 7, value column 4. Each bad row's expected
# message is written out by hand: the base's last day and the period's
# first day in ISO form.
H=series,period,kind,value,unit,qualifier,base,as_of,source
cat >"$T/base.csv" <<CSV
$H
b.inside,2020..2024,multiple,2.8,times,,2020,2025-01-01,s
b.after,2024,multiple,3,times,,2025,2025-01-01,s
b.same,2024,percent,10,%,,2024,2025-01-01,s
b.overlap,2024-01..2024-08,percent,5.7,%,,2023-07..2024-02,2025-01-01,s
b.quarter,2024-07..2024-12,multiple,1.5,times,,2024-Q3,2025-01-01,s
b.day,2024-03-01,multiple,1.1,times,,2024-03-01,2025-01-01,s
CSV
run "$GS" ingest "$T/base.csv"
expect_rc 65 "a base inside, overlapping or after its period refuses the file"
expect_err "base\.csv:2:7: base '2020': the base period must end before the period '2020\.\.2024' starts \(it ends 2020-12-31, the period starts 2020-01-01\)" \
	"2020..2024 against 2020: line 2, the base column"
expect_err "base\.csv:3:7: base '2025': the base period must end before the period '2024' starts \(it ends 2025-12-31, the period starts 2024-01-01\)" \
	"2024 against 2025 (base after the period): line 3"
expect_err "base\.csv:4:7: base '2024': the base period must end before the period '2024' starts" \
	"a percent change against its own period: line 4"
expect_err "base\.csv:5:7: base '2023-07\.\.2024-02': the base period must end before the period '2024-01\.\.2024-08' starts \(it ends 2024-02-29, the period starts 2024-01-01\)" \
	"overlapping ranges: line 5 (2024-02 ends on the 29th)"
expect_err "base\.csv:6:7: base '2024-Q3': .* \(it ends 2024-09-30, the period starts 2024-07-01\)" \
	"a quarter inside a half-year: line 6"
expect_err "base\.csv:7:7: base '2024-03-01': .* \(it ends 2024-03-01, the period starts 2024-03-01\)" \
	"the same day: line 7"
expect_err "base\.csv: refused: 6 problems; nothing was stored" "six problems, nothing stored"
expect_eq "$(stored)" 0 "no observation stored"

# A base that ends the day before its period starts is fine, at every
# precision; so are the README's forms (2020 -> 2024, Jan-Aug a year back).
cat >"$T/base-ok.csv" <<CSV
$H
k.year,2024,multiple,2.8,times,,2020,2025-01-01,s
k.range,2020..2024,multiple,2,times,,2015..2019,2025-01-01,s
k.months,2025-01..2025-08,percent,10.5,%,,2024-01..2024-08,2025-10-01,s
k.half,2024-07..2024-12,multiple,1.5,times,,2024-H1,2025-01-01,s
k.month,2024-03,percent,2,%,,2024-02,2025-01-01,s
k.day,2024-03-01,multiple,1.1,times,,2024-02-29,2025-01-01,s
CSV
run "$GS" ingest "$T/base-ok.csv"
expect_rc 0 "bases that end before their period starts are accepted"
expect_eq "$(stored)" 6 "the six figures stored"

# Percent changes: -100 % means a level of zero, below it a negative one.
cat >"$T/pct.csv" <<CSV
$H
p.minus100,2024,percent,-100,%,,2023,2025-01-01,s
p.sign,2024,percent,-100%,,,2023,2025-01-01,s
p.below,2024,percent,-150.5,%,,2023,2025-01-01,s
p.about,2024,percent,-100,%,about,2023,2025-01-01,s
p.ok,2024,percent,-99.5,%,,2023,2025-01-01,s
p.up,2024,percent,250,%,,2023,2025-01-01,s
CSV
run "$GS" ingest "$T/pct.csv"
expect_rc 65 "a percent change of -100 % or less refuses the file"
pmsg="a percent change must be above -100 % \(a level cannot fall by 100 % or more and stay positive\)"
expect_err "pct\.csv:2:4: value '-100': $pmsg" "-100 % refused at line 2, the value column"
expect_err "pct\.csv:3:4: value '-100%': $pmsg" "-100% written with its sign: line 3"
expect_err "pct\.csv:4:4: value '-150\.5': $pmsg" "-150.5 %: line 4"
expect_err "pct\.csv:5:4: value '-100': $pmsg" "about -100 %: line 5"
expect_no_err "pct\.csv:[67]:" "-99.5 % and +250 % are fine"
expect_err "pct\.csv: refused: 4 problems" "four problems"
expect_eq "$(stored)" 6 "nothing of pct.csv stored"
run "$GS" ingest --skip-bad --rejects "$T/pct-rej.csv" "$T/pct.csv"
expect_rc 0 "--skip-bad loads the two good percent changes"
expect_eq "$(sql "SELECT series, value FROM v_observations WHERE series LIKE 'p.%' ORDER BY series")" \
	"$(printf 'p.ok|-99.5\np.up|250.0')" "-99.5 and 250 stored as written"
expect_eq "$(reject_lines "$T/pct-rej.csv")" "2 3 4 5 " "the rejects are lines 2 to 5"

# A multiple of 0 or less: refused, as it always was (a regression guard).
cat >"$T/mult.csv" <<CSV
$H
m.zero,2024,multiple,0,times,,2023,2025-01-01,s
m.neg,2024,multiple,-1.5,times,,2023,2025-01-01,s
CSV
run "$GS" ingest "$T/mult.csv"
expect_rc 65 "a multiple of 0 or less refuses the file"
expect_err "mult\.csv:2:4: value '0': a multiple must be positive" "a multiple of 0: line 2"
expect_err "mult\.csv:3:4: value '-1\.5': a multiple must be positive" "a multiple of -1.5: line 3"

# The base from --set has no column: file:line only; with --columns the
# column is the mapped header's.
printf 'series,period,kind,value\nset.a,2020..2024,multiple,2\n' >"$T/set.csv"
run "$GS" ingest --set "base=2020,unit=times,as_of=2025-01-01,source=s" "$T/set.csv"
expect_rc 65 "a --set base inside the period"
expect_err "set\.csv:2: base '2020': the base period must end before the period '2020\.\.2024' starts" \
	"named by file and line (the base is no column)"
printf 'Key,Since,Period,Times\nmap.a,2024,2023..2024,2\n' >"$T/map.csv"
run "$GS" ingest --columns "series=Key,base=Since,period=Period,value=Times" \
	--set "kind=multiple,unit=times,as_of=2025-01-01,source=s" "$T/map.csv"
expect_rc 65 "a mapped base inside the period"
expect_err "map\.csv:2:2: base '2024': the base period must end before the period '2023\.\.2024' starts" \
	"column 2, where the mapped Since column is"
expect_eq "$(stored)" 8 "nothing of the refused files stored"

# In a drop directory such a file is set aside with the reason in .errors.
mkdir -p "$T/drop"
cp "$T/base.csv" "$T/drop/a.csv"
run "$GS" ingest --dir "$T/drop" --min-age 0
expect_rc 65 "drop directory: the file is refused"
grep -q "a\.csv:2:7: base '2020': the base period must end before" "$T/drop/rejects/a.csv.errors" &&
	ok ".errors names line 2, column 7" || notok ".errors lacks the base problem"
