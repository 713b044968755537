#!/bin/sh
# demo.sh: the main job, run by `make demo`. Builds a fresh database from
# the curated figures of the seed texts (scripts/seed/) and writes to out/
# a report (report.html for a browser, report.md for text) with growth
# multiples, CAGRs, implied figures, projections to 2030, target verdicts,
# every published claim that does not match its own figures, and charts.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
gs="${GROWTHSTAT_BIN:-$top/growthstat}"
out="${DEMO_OUT:-$top/out}"
db="$out/demo.db"

rm -rf "$out"
mkdir -p "$out"
export GROWTHSTAT_DB="$db"
"$gs" init
"$gs" ingest "$top"/scripts/seed/*.csv

md="$out/report.md"
html="$out/report.html"

esc() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }

# section TITLE TEXT COMMAND...: a titled block of command output in both files
section() {
	title=$1
	text=$2
	shift 2
	body=$("$@" 2>&1 || true)
	printf '\n## %s\n\n%s\n\n```\n$ growthstat %s\n%s\n```\n' \
		"$title" "$text" "$(echo "$*" | sed "s|^$gs ||")" "$body" >>"$md"
	printf '<h2>%s</h2>\n<p>%s</p>\n<pre>$ growthstat %s\n%s</pre>\n' \
		"$title" "$text" "$(echo "$*" | sed "s|^$gs ||" | esc)" \
		"$(printf '%s\n' "$body" | esc)" >>"$html"
}

chart() { # NAME CAPTION ARGS...
	name=$1
	cap=$2
	shift 2
	if "$gs" chart "$@" -o "$out/$name.png" --script "$out/$name.gp" \
		>/dev/null 2>"$out/$name.err"; then
		printf '\n![%s](%s.png)\n' "$cap" "$name" >>"$md"
		printf '<figure><img src="%s.png" alt="%s"><figcaption>%s</figcaption></figure>\n' \
			"$name" "$cap" "$cap" >>"$html"
		rm -f "$out/$name.err"
	else
		echo "demo: chart $name: $(cat "$out/$name.err")" >&2
	fi
}

cat >"$md" <<'HEAD'
# growthstat demo report: Russian pharmaceutical and innovation clusters

Figures transcribed from the five seed news texts (`scripts/seed/`), each
with its source and the sentence it came from. Times run between period
ends; "about" and "almost" are read as ±5 %; multiples are checked with a 5 %
tolerance, percent changes within 1 percentage point.
HEAD
cat >"$html" <<'HEAD'
<!doctype html><html><head><meta charset="utf-8">
<title>growthstat demo report</title>
<style>body{font-family:sans-serif;max-width:75em;margin:2em auto;padding:0 1em}
pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:85%}
img{max-width:100%;border:1px solid #ddd}</style></head><body>
<h1>growthstat demo report: Russian pharmaceutical and innovation clusters</h1>
<p>Figures transcribed from the five seed news texts (<code>scripts/seed/</code>),
each with its source and the sentence it came from. Times run between period
ends; "about" and "almost" are read as ±5 %; multiples are checked with a 5 %
tolerance, percent changes within 1 percentage point.</p>
HEAD

section "Moscow pharmaceutical output" \
	"154 bn RUB in 2024 after a 2.8-fold rise since 2020: the 2020 level and the CAGR it implies." \
	"$gs" growth moscow.pharma.output --explain
chart pharma_output "Moscow pharmaceutical output, CAGR projection to 2030 and the 230 bn target" \
	moscow.pharma.output --project-to 2030 --method cagr
section "Projection to 2030" \
	"The 2020-2024 CAGR carried forward from 2024." \
	"$gs" project moscow.pharma.output --to 2030
section "Packages, January-August 2025 against the same period of 2024" \
	"Partial-year flows compared with the same months a year earlier." \
	"$gs" growth moscow.pharma.cardiovascular.packages
chart packages "Drug packages made in Moscow, January-August 2025 and the same months of 2024" \
	moscow.pharma.cardiovascular.packages moscow.pharma.vaccines.packages \
	moscow.pharma.gastrointestinal.packages --title "Drug packages made in Moscow, January-August"
section "Figures implied by stated multiples and percent changes" \
	"Each derived figure names the observations (#) it came from." \
	"$gs" implied
section "Targets and published claims" \
	"Targets judged against their trend; claims whose two ends the texts state, checked against them. Verdicts 'behind' and 'inconsistent' fail the check (exit 1)." \
	"$gs" check
section "Claims that do not match their own figures" \
	"The inconsistent claims alone." \
	"$gs" check --failed

printf '</body></html>\n' >>"$html"
echo "report: $html"
echo "        $md"
