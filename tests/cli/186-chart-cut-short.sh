# an image gnuplot leaves cut short is never put in place: gnuplot (and
# cairo) do not report a failed write, so on a full disk a PNG stopped at
# 16 KB of 44 and `growthstat chart` renamed it into place and exited 0.
# Now chart exits 74 and leaves no image (the script is still written),
# and the report says "Chart not drawn" instead of inlining half an SVG.
# A stand-in gnuplot writes the first bytes of each format and exits 0,
# as gnuplot does on a full disk. Found by the fourth audit (a 32 KB
# tmpfs).
. "$GS_TOP/tests/cli/lib.sh"

cat >"$T/gnuplot" <<'SH'
#!/bin/sh
# writes what a full disk leaves of an image to outfile (/dev/fd/3)
case $FAKE_KIND in
png) printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\005\000' >&3 ;;
svg) printf '<?xml version="1.0" encoding="utf-8"  standalone="no"?>\n<svg width="1120" height="560"\n<g>\n' >&3 ;;
pdf) printf '%%PDF-1.5\n%%\265\355\256\373\n4 0 obj\n' >&3 ;;
esac
exit 0
SH
chmod +x "$T/gnuplot"
printf 'series,period,value,unit,as_of\nc.s,2020,1,jobs,2025-01-01\nc.s,2024,2,jobs,2025-01-01\n' >"$T/a.csv"
run "$GS" init
run "$GS" ingest "$T/a.csv"
for kind in png svg pdf; do
	mkdir "$T/$kind"
	run env GROWTHSTAT_GNUPLOT="$T/gnuplot" FAKE_KIND=$kind "$GS" chart c.s -o "$T/$kind/c.$kind"
	expect_rc 74 "$kind cut short: exit 74"
	expect_err "cut short" "$kind: said"
	expect_eq "$(ls -A "$T/$kind" | tr '\n' ' ')" "c.gp " "$kind: no image put in place, the script kept, no temporary left"
done
# chart --all: the same for each chart
mkdir "$T/all"
run env GROWTHSTAT_GNUPLOT="$T/gnuplot" FAKE_KIND=png "$GS" chart --all -d "$T/all"
[ "$rc" -ne 0 ] && ok "chart --all: a chart cut short fails the run (exit $rc)" || notok "chart --all: exit 0"
ls "$T/all" | grep -q '\.png$' && notok "chart --all: an image was put in place" || ok "chart --all: no image put in place"

# the report inlines no half chart
run env GROWTHSTAT_GNUPLOT="$T/gnuplot" FAKE_KIND=svg "$GS" report -o "$T/r.html"
expect_rc 69 "report with a chart cut short: exit 69, as for other chart failures"
grep -q 'data:image/svg' "$T/r.html" && notok "the report inlined a half chart" || ok "the report inlined no chart"
grep -q 'Chart not drawn' "$T/r.html" && ok "the page says the chart was not drawn" || notok "the page does not say so"

# a whole image is put in place as before (real gnuplot)
if command -v gnuplot >/dev/null 2>&1; then
	for kind in png svg pdf; do
		run "$GS" chart c.s -o "$T/whole.$kind"
		expect_rc 0 "real gnuplot, $kind: exit 0"
		[ -s "$T/whole.$kind" ] && ok "real gnuplot, $kind: the image is there" || notok "real gnuplot, $kind: no image"
	done
fi
