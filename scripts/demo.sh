#!/bin/sh
# demo.sh: the main job, run by `make demo`. Builds a fresh database from
# the curated figures of the seed texts (scripts/seed/) and writes the
# analyst's page with `growthstat report`: out/report.html (one
# self-contained file: charts, figures, growth, projections, target
# verdicts and the published claims that do not match their own figures),
# and the same as text in out/report.md.
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

title="Russian pharmaceutical and innovation clusters: figures from the seed news texts"
"$gs" report -o "$out/report.html" --title "$title"
"$gs" report -o "$out/report.md" --title "$title"
echo "report: $out/report.html"
echo "        $out/report.md"
