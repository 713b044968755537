# chart: text from the database (series keys, names, units, sources) and
# backends: sqlite postgres
# from the command line (titles, paths) never executes in gnuplot: series
# named with backquotes, $(...), system("..."), quotes, newlines, '< cmd'
# and !cmd make charts, and no command runs (no pwn* file appears)
. "$GS_TOP/tests/cli/lib.sh"

if command -v gnuplot >/dev/null 2>&1; then gp=true; else gp=false; fi
png_sig() { od -An -tx1 -N8 "$1" | tr -d ' \n'; }
P="$T/pwn"
mkdir "$T/c"

# @P@ is the path prefix of the files a command would create
sed "s|@P@|$P|g" >"$T/evil.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note,name
evil`touch @P@1`,2020,level,10,billion rubles,,,2025-01-01,src`touch @P@2`,n,Name `touch @P@3` $(touch @P@4)
evil`touch @P@1`,2024,level,20,billion rubles,over,,2025-01-01,'< touch @P@5',n,Name `touch @P@3` $(touch @P@4)
evil`touch @P@1`,2030,target,40,billion rubles,,,2025-01-01,"system(""touch @P@6"")",n,Name `touch @P@3` $(touch @P@4)
evil$(touch @P@7),2023,level,4,d'oh things,,,2025-01-01,"x'; system(""touch @P@8""); print '",n,"multi
line'; system(""touch @P@9"") #"
evil$(touch @P@7),2024,level,5,d'oh things,,,2025-01-01,"x'; system(""touch @P@8""); print '",n,"multi
line'; system(""touch @P@9"") #"
"evil system(""touch @P@10"") ' quote",2024,level,5,jobs,,,2025-01-01,!touch @P@11,n,'< touch @P@12'
'< touch @P@13',2024,level,7,jobs,,,2025-01-01,"'.system(""touch @P@14"").'",n,"'.system(""touch @P@15"").'"
''',2024,flow,8,jobs,about,,2025-01-01,@x `touch @P@16`,n,"<script>alert(1)</script> | # [x](y)"
CSV
run "$GS" ingest "$T/evil.csv"
expect_rc 0 "ingest the hostile rows"
expect_eq "$(sql 'SELECT count(*) FROM series')" 5 "five hostile series stored"

# nopwn DESC: no pwn* file in the scratch, chart or current directories
nopwn() {
	found=$(ls "$T" "$T/c" "$T/all" . 2>/dev/null | grep '^pwn' | tr '\n' ' ')
	if [ -n "$found" ]; then notok "$1: a command ran: $found"; else
		ok "$1: no command ran"; fi
}

i=0
sql 'SELECT key FROM series ORDER BY key' >"$T/keys"
while IFS= read -r key; do
	i=$((i + 1))
	run "$GS" chart "$key" --project-to 2030 -o "$T/c/s$i.png"
	if [ "$rc" -eq 65 ] && grep -q 'too few points to project' "$T/err"; then
		run "$GS" chart "$key" -o "$T/c/s$i.png"
	fi
	if $gp; then
		expect_rc 0 "chart series $i"
		expect_eq "$(png_sig "$T/c/s$i.png")" 89504e470d0a1a0a "series $i: a PNG"
	else
		expect_rc 69 "chart series $i (no gnuplot)"
	fi
	nopwn "series $i"
	# the key is in the footnote exactly, whatever its quotes
	if grep -Fq "Series " "$T/c/s$i.gp"; then ok "series $i: key in the footnote"; else
		notok "series $i: no footnote"; fi
done <"$T/keys"
expect_eq "$i" 5 "every hostile series charted"

# gnuplot alone on the scripts: still nothing runs
if $gp; then
	for f in "$T"/c/s*.gp; do
		(cd "$T/c" && gnuplot "./$(basename "$f")") >/dev/null 2>&1 ||
			notok "gnuplot alone on $(basename "$f")"
	done
	nopwn "gnuplot alone on every script"
fi

# a hostile title and hostile paths from the command line
title=$(printf 'T\nsystem("touch %s20")\r`touch %s21` %s'"'"'< touch %s22'"'" "$P" "$P" "" "$P")
# (commands in the file name run in gnuplot's directory, $T/c)
img="$T/c/it's \`touch pwn23\` \$(touch pwn24) '< touch pwn25'.png"
run "$GS" chart 'evil`touch '"$P"'1`' --title "$title" -o "$img"
if $gp; then
	expect_rc 0 "hostile title and path"
	if [ -s "$img" ]; then
		ok "the image has exactly the name asked for"
	else notok "image name mangled: $(ls "$T/c")"; fi
else expect_rc 69 "hostile title and path (no gnuplot)"; fi
nopwn "hostile title and path"
if grep -Fq "set label 1 \"T system(\\0042touch $P""20\\0042) " "${img%.png}.gp"; then
	ok "the title is one line: its newline and CR became spaces"
else notok "the title line"; fi

# SVG too
run "$GS" chart "'< touch $P""13'" --svg -o "$T/c/v.svg"
if $gp; then expect_rc 0 "hostile SVG"; else expect_rc 69 "hostile SVG (no gnuplot)"; fi
nopwn "hostile SVG"

# the batch index: names escaped for Markdown and HTML
run "$GS" chart --all -d "$T/all"
if $gp; then expect_rc 0 "--all over hostile series"; else expect_rc 69 "--all (no gnuplot)"; fi
nopwn "--all"
if grep -q '<script>' "$T/all/index.md"; then notok "index.md has raw HTML"; else
	ok "index.md escapes HTML"; fi
if grep -q '&lt;script&gt;alert(1)&lt;/script&gt; \\| \\# \\\[x\\\](y)' "$T/all/index.md"; then
	ok "index.md escapes Markdown"; else notok "index.md Markdown escaping"; fi
if ls "$T/all" | grep -q '[^A-Za-z0-9._-]'; then
	notok "batch file names: $(ls "$T/all" | tr '\n' ' ')"
else ok "batch file names are plain"; fi
nopwn "at the end"
