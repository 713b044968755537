# chart: the script and the PNG (real gnuplot), its size and signature,
# reproduction by gnuplot alone, layers present only when asked, units,
# several series, batch mode, gnuplot missing or failing, output paths
. "$GS_TOP/tests/cli/lib.sh"

if command -v gnuplot >/dev/null 2>&1; then gp=true; else gp=false; fi
# skip DESC: a TAP skip (counted as passed) when gnuplot is not installed
skip() { echo "ok - # SKIP $* (gnuplot not installed)"; }
png_sig() { od -An -tx1 -N8 "$1" | tr -d ' \n'; }
png_size() { od -An -tu1 -j16 -N8 "$1" |
	awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }
# has FILE PATTERN DESC / lacks FILE PATTERN DESC  (grep -E on a file)
has() { if grep -Eq -- "$2" "$1"; then ok "$3"; else notok "$3: $1 lacks /$2/"; fi; }
lacks() { if grep -Eq -- "$2" "$1"; then notok "$3: $1 has /$2/"; else ok "$3"; fi; }

cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note,name
moscow.pharma.output,2024,level,154,billion rubles,,,2025-10-07,seed4,,Moscow pharmaceutical industry: output
moscow.pharma.output,2024,multiple,2.8,times,,2020,2025-10-07,seed4,,Moscow pharmaceutical industry: output
moscow.pharma.output,2030,target,230,billion rubles,,,2025-10-07,seed4,,Moscow pharmaceutical industry: output
moscow.pharma.jobs,2039,target,"6,300",jobs,over,,2025-10-07,seed4,,Pharma jobs
moscow.pharma.packages,2025-01..2025-08,flow,16.1,million packages,,,2025-10-07,seed4,,Packages
moscow.pharma.packages,2025-01..2025-08,multiple,2.3,times,,2024-01..2024-08,2025-10-07,seed4,,Packages
moscow.pharma.companies,2024,level,280,companies,about,,2025-10-07,seed4,,Pharma companies
moscow.pharma.companies,2025,level,300,companies,over,,2025-10-07,seed4,,Pharma companies
moscow.industry.output,2025,multiple,2.8,times,,2010,2025-10-07,seed4,,Industry output
cl.rev,2019,level,72.3,billion rubles,,,2025-03-01,Rosstat,,Cluster revenue
cl.rev,2020,level,77.3,billion rubles,,,2025-03-01,Rosstat,,Cluster revenue
cl.rev,2021,level,85.9,billion rubles,,,2025-03-01,Rosstat,,Cluster revenue
cl.rev,2022,level,94.1,billion rubles,,,2025-03-01,Rosstat,,Cluster revenue
cl.rev,2023,level,101.4,billion rubles,,,2025-03-01,Rosstat,,Cluster revenue
CSV
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest the chart data"
mkdir "$T/c"

# ---- the main chart: Moscow pharma output, 2030 target, projection ----
run "$GS" chart moscow.pharma.output --project-to 2030 -o "$T/c/pharma.png"
s="$T/c/pharma.gp"
if $gp; then
	expect_rc 0 "chart with a projection"
	expect_eq "$(png_sig "$T/c/pharma.png")" 89504e470d0a1a0a "the PNG has the PNG signature"
	expect_eq "$(png_size "$T/c/pharma.png")" 1280x720 "the PNG is 1280x720 by default"
else
	expect_rc 69 "chart without gnuplot"; skip "PNG signature"; skip "PNG size"
fi
has "$s" '^\$s1_line << EOD$' "script: the reported line"
has "$s" '^\$s1_imp << EOD$' "script: the 2020 level implied by the 2.8-fold multiple"
has "$s" '^\$s1_proj << EOD$' "script: the projection layer when asked"
has "$s" '^\$s1_target << EOD$' "script: the target layer"
has "$s" "^2030\.5 230$" "script: the target inline, in bn"
has "$s" "^2024\.5 154$" "script: the 2024 level inline, in bn"
has "$s" "\"bn RUB\" noenhanced" "y axis labelled with scale and unit"
has "$s" "\"2030 target: 230 bn RUB\" noenhanced" "target labelled with value and date"
has "$s" "\"2030 projection: 721.5 bn RUB \(uncertain\)\" noenhanced" "projection end labelled (154 x 2.8^1.5), uncertain (2 points)"
has "$s" "\"projection: CAGR 2020.2024, \+29\.4 % a year \(trend from 2 points, 1 implied: uncertain\)\"" "key names the projection method and what it rests on"
has "$s" "\"Source: seed4, figures as of 2025-10-07\.\" noenhanced" "footnote names the source and its vintage"
has "$s" "^set xtics nomirror out scale 0,0.6 \('2020' 2020\.5, '2021' 2021\.5" "year labels in the middle of their years"
lacks "$s" "^set ytics.*[0-9]e[+-]?[0-9]" "no scientific notation on the y axis"
has "$s" "^set ytics .*'1,000' 1000" "y ticks with thousands separators"
has "$s" "^if \(!exists\(\"outfile\"\)\) outfile = \"pharma\.png\"$" "the image named beside the script"
lacks "$s" "^(EOD|end)[^\n]" "no data line begins with the end marker"

# the footnote gives each source's latest vintage used: Rosstat reported
# 2019-2022 on 2025-03-01 and 2023 on 2025-06-15; a revision of 2022 on
# 2025-06-15 is the latest too. (";" is written \0073 in the script.)
cat >"$T/v.csv" <<'CSV'
series,period,kind,value,unit,as_of,source,name
v.rev,2019,level,72.3,billion rubles,2024-03-01,Rosstat (rosstat.gov.ru),Revenue
v.rev,2020,level,77.3,billion rubles,2025-03-01,Rosstat (rosstat.gov.ru),Revenue
v.rev,2021,level,85.9,billion rubles,2025-03-01,Rosstat (rosstat.gov.ru),Revenue
v.rev,2022,level,94.1,billion rubles,2025-06-15,Rosstat (rosstat.gov.ru),Revenue
v.rev,2023,level,101.4,billion rubles,2025-04-30,Moscow Government (mos.ru),Revenue
CSV
run "$GS" ingest "$T/v.csv"
run "$GS" chart v.rev --script-only -o "$T/c/vint.png"
has "$T/c/vint.gp" "\"Sources: Rosstat \(rosstat.gov.ru\), figures as of 2025-06-15\\\\0073 Moscow Government \(mos.ru\), figures as of 2025-04-30\.\" noenhanced" "footnote: source names with the latest vintage of each"
run "$GS" chart v.rev --as-of 2025-05-01 --script-only -o "$T/c/vint2.png"
has "$T/c/vint2.gp" "Rosstat \(rosstat.gov.ru\), figures as of 2025-03-01\\\\0073 Moscow" "footnote: the latest vintage known --as-of"

# reproduced by gnuplot alone, elsewhere, without the database
if $gp; then
	mkdir "$T/elsewhere"
	cp "$s" "$T/elsewhere/"
	mv "$GROWTHSTAT_DB" "$T/db.moved"
	(cd "$T/elsewhere" && gnuplot pharma.gp) >"$T/gp.out" 2>&1
	expect_eq "$?" 0 "gnuplot alone runs the script"
	if cmp -s "$T/c/pharma.png" "$T/elsewhere/pharma.png"; then
		ok "the re-run reproduces the PNG byte for byte"
	else notok "the re-run PNG differs"; fi
	mv "$T/db.moved" "$GROWTHSTAT_DB"
else skip "gnuplot alone"; skip "reproduction"; fi

# layers only when asked
run "$GS" chart moscow.pharma.output --script-only -o "$T/c/plain.png"
expect_rc 0 "--script-only"
if [ -e "$T/c/plain.png" ]; then notok "--script-only wrote an image"; else ok "--script-only writes no image"; fi
lacks "$T/c/plain.gp" '\$s1_proj' "no projection layer unless asked"
lacks "$T/c/plain.gp" '\$s1_band' "no interval band unless asked"
run "$GS" chart moscow.pharma.output --to 2024 --script-only -o "$T/c/to.png"
lacks "$T/c/to.gp" '\$s1_target' "no target layer when --to ends before it"
run "$GS" chart cl.rev --project-to 2026 --method linear --script-only -o "$T/c/lin.png"
expect_rc 0 "linear projection"
has "$T/c/lin.gp" '^\$s1_band << EOD$' "linear fit of 5 points: prediction band"
has "$T/c/lin.gp" "\"95 % prediction interval\"" "band explained in the key"
has "$T/c/lin.gp" "linear trend 2019.2023, \+7\.[0-9]+ bn RUB a year" "key gives the slope"

# flows, bounds, qualifiers
run "$GS" chart moscow.pharma.packages --script-only -o "$T/c/pk.png"
has "$T/c/pk.gp" '^\$s1_bar << EOD$' "a flow is a bar"
has "$T/c/pk.gp" '^2025\.3333+[0-9]* 16\.1 2025 2025\.6666+[0-9]* 0 16\.1$' "the bar spans Jan-Aug 2025"
has "$T/c/pk.gp" "\"mn packages\" noenhanced" "flow axis in mn"
run "$GS" chart moscow.pharma.companies --script-only -o "$T/c/co.png"
has "$T/c/co.gp" '^\$s1_range << EOD$' "about: an open marker"
has "$T/c/co.gp" '^\$s1_err << EOD$' "about: an error bar over its range"
has "$T/c/co.gp" '^\$s1_lower << EOD$' "over: a lower-bound marker"
has "$T/c/co.gp" '^\$s1_arrow << EOD$' "over: an arrow up"
has "$T/c/co.gp" "\"lower bound \(over, at least\)" "bounds explained in the key"
has "$T/c/co.gp" "\"over 300\" noenhanced" "the label says over"
run "$GS" chart moscow.pharma.jobs --script-only -o "$T/c/jobs.png"
has "$T/c/jobs.gp" '^\$s1_otarget << EOD$' "a target stated as a bound: open diamond"
has "$T/c/jobs.gp" "\"2039 target: over 6,300 jobs\" noenhanced" "bounded target label"

# sizes and SVG
if $gp; then
	run "$GS" chart moscow.pharma.output --size 800x450 -o "$T/c/small.png"
	expect_rc 0 "--size 800x450"
	expect_eq "$(png_size "$T/c/small.png")" 800x450 "the PNG has the requested size"
	run "$GS" chart moscow.pharma.output --svg -o "$T/c/v.svg"
	expect_rc 0 "--svg"
	has "$T/c/v.svg" '<svg' "an SVG file"
else skip "--size"; skip "PNG size"; skip "--svg"; skip "SVG"; fi
run "$GS" chart moscow.pharma.output --size 12x9
expect_rc 2 "a tiny --size is refused"

# several series: one axis for one unit; else --index
run "$GS" chart moscow.pharma.output moscow.pharma.companies --script-only -o "$T/c/mix.png"
expect_rc 65 "different units refused"
expect_err "'moscow.pharma.output' \(RUB\) and 'moscow.pharma.companies' \(companies\) have different units.*--index" "the refusal says why and what to do"
run "$GS" chart moscow.pharma.output moscow.pharma.companies --index 2024 --script-only -o "$T/c/idx.png"
expect_rc 0 "different units with --index"
has "$T/c/idx.gp" "\"index, 2024 = 100\" noenhanced" "index axis label"
has "$T/c/idx.gp" '^2024\.5 100$' "each series is 100 at the base period"
run "$GS" chart moscow.pharma.output cl.rev --script-only -o "$T/c/two.png"
expect_rc 0 "two series in one unit"
has "$T/c/two.gp" '^\$s2_line << EOD$' "the second series"
has "$T/c/two.gp" "title \"Cluster revenue\" noenhanced" "each series in the key"

# gnuplot missing or failing: the script is still written, exit 69
rm -f "$T/c/pharma.gp" "$T/c/pharma.png"
GROWTHSTAT_GNUPLOT="$T/no-such-gnuplot" run "$GS" chart moscow.pharma.output -o "$T/c/pharma.png"
expect_rc 69 "gnuplot missing"
expect_err "gnuplot not found" "says gnuplot was not found"
if [ -s "$T/c/pharma.gp" ]; then ok "the script is written anyway"; else notok "no script without gnuplot"; fi
printf '#!/bin/sh\necho "line 3: boom" >&2\nexit 1\n' >"$T/fail-gp"
chmod +x "$T/fail-gp"
GROWTHSTAT_GNUPLOT="$T/fail-gp" run "$GS" chart moscow.pharma.output -o "$T/c/pharma.png"
expect_rc 69 "gnuplot failing"
expect_err "gnuplot failed on .*pharma\.gp \(exit 1\)" "says gnuplot failed"
expect_err "gnuplot: line 3: boom" "quotes gnuplot's error"
# no shell: gnuplot gets the files growthstat created as descriptors (the
# image as 3, the script as 4), whatever their names, in the script's
# directory (it writes a few bytes as its image: an empty one is refused)
printf '#!/bin/sh\necho "$#|$1|$2|$3|$(pwd)|$(head -c 23 /dev/fd/4)" >"%s/args"\necho image >&3\n' "$T" >"$T/echo-gp"
chmod +x "$T/echo-gp"
GROWTHSTAT_GNUPLOT="$T/echo-gp" run "$GS" chart moscow.pharma.output -o "$T/c/-e \$(x).png"
expect_rc 0 "a fake gnuplot"
expect_eq "$(cat "$T/args")" "3|-e|outfile = \"/dev/fd/3\"|/dev/fd/4|$(cd "$T/c" && pwd)|# A chart by growthstat" "gnuplot runs without a shell: -e outfile, the script by descriptor, in the script's directory"
if [ -f "$T/c/-e \$(x).gp" ]; then ok "the script is in place"; else notok "no script"; fi

# output paths
sum=$(cksum <"$GROWTHSTAT_DB")
run "$GS" chart moscow.pharma.output -o "$GROWTHSTAT_DB"
expect_rc 2 "-o the database refused"
expect_err "is the database; refusing to write over it" "says why"
run "$GS" chart moscow.pharma.output --script "$GROWTHSTAT_DB"
expect_rc 2 "--script the database refused"
run "$GS" chart moscow.pharma.output --script "$GROWTHSTAT_DB-wal"
expect_rc 2 "--script the database's WAL refused"
(cd "$T" && "$GS" chart moscow.pharma.output --script ./test.db) >/dev/null 2>&1
expect_eq "$?" 2 "the database by another name refused"
expect_eq "$(cksum <"$GROWTHSTAT_DB")" "$sum" "the database is untouched"
run "$GS" chart moscow.pharma.output -o "|touch $T/piped.png"
expect_rc 2 "an output piped to a command refused"
if [ -e "$T/piped.png" ]; then notok "a pipe ran"; else ok "no pipe ran"; fi
run "$GS" chart moscow.pharma.output -o "$T/no/such/dir/x.png"
expect_rc 73 "an output in a missing directory"
run "$GS" chart moscow.pharma.output -o "$T/c/same.png" --script "$T/c/same.png"
expect_rc 2 "script and image the same file"

# batch mode
run "$GS" chart --all -d "$T/all" --project-to 2030
if $gp; then expect_rc 0 "--all"; else expect_rc 69 "--all without gnuplot"; fi
has "$T/all/index.md" '^## Moscow pharmaceutical industry: output$' "index: a section per chart"
has "$T/all/index.md" '^!\[Moscow pharmaceutical industry: output\]\(moscow\.pharma\.output\.png\)$' "index: the image"
has "$T/all/index.md" '\[gnuplot script\]\(moscow\.pharma\.output\.gp\)' "index: the script"
has "$T/all/index.md" '^- `moscow\.industry\.output`: nothing to draw' "index: series not charted, with the reason"
has "$T/all/index.md" 'no projection: too few points' "index: why a projection is missing"
if $gp; then
	n=$(ls "$T/all"/*.png | wc -l)
	expect_eq "$n" 6 "one PNG per chartable series (5 and v.rev)"
else skip "PNG per series"; fi
run "$GS" chart --all
expect_rc 2 "--all needs -d"
run "$GS" chart
expect_rc 2 "no series"
run "$GS" chart no.such.series --script-only
expect_rc 65 "unknown series"
run "$GS" chart moscow.industry.output --script-only
expect_rc 65 "nothing to draw"
expect_err "nothing to draw" "says there is nothing to draw"
