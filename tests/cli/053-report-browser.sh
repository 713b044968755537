# growthstat report in a real browser: headless Chromium renders the seed
# data's page at 1280 px; a probe added to a copy of the page (the page
# itself has no script) reports from the rendered DOM that every chart has
# loaded with a non-zero size, that nothing is wider than the viewport and
# that the verdict summary is there. Then the same for a page of words
# longer than a line (a 190-character key, a 400-character name, a
# 990-character source and a long URL as sources: the source column
# pushed the Figures table 6,000 px past the page until the fourth
# audit). Skipped, and said so, where Chromium cannot run (not counted as
# passed).
. "$GS_TOP/tests/cli/lib.sh"

chrome=$(command -v chromium || command -v chromium-browser || true)
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
	--disable-background-networking --disable-component-update --disable-sync
	--disable-dev-shm-usage --user-data-dir=$T/profile"
skip() {
	echo "# SKIP browser test: chromium cannot run here ($1; install the Debian package chromium)"
	exit 0
}
[ -n "$chrome" ] || skip "not installed"

# render PAGE DESC MIN_CHARTS: PAGE in Chromium at 1280 px, with a probe
render() {
	python3 - "$1" "$T/probe.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
probe = """<script>
window.addEventListener('load', function () {
  var doc = document.documentElement, imgs = document.images, bad = [], wide = [];
  for (var i = 0; i < imgs.length; i++) {
    var r = imgs[i].getBoundingClientRect();
    if (!imgs[i].complete || imgs[i].naturalWidth <= 0 || r.width < 100 || r.height < 50)
      bad.push(i + ':' + imgs[i].alt);
  }
  document.querySelectorAll('body *').forEach(function (el) {
    if (el.getBoundingClientRect().right > doc.clientWidth + 0.5 && wide.length < 5)
      wide.push(el.tagName + ' ' + (el.textContent || '').replace(/\s+/g, ' ').slice(0, 60));
  });
  var caps = Array.prototype.filter.call(document.querySelectorAll('caption'),
    function (c) { return c.textContent === 'Verdicts'; });
  var rows = caps.length ? caps[0].parentNode.querySelectorAll('tbody tr').length : 0;
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = 'images=' + imgs.length + '\\nbroken=' + JSON.stringify(bad) +
    '\\nscrollWidth=' + doc.scrollWidth + '\\nclientWidth=' + doc.clientWidth +
    '\\nwide=' + JSON.stringify(wide) + '\\nsummary_rows=' + rows + '\\n';
  document.body.appendChild(out);
});
</script>"""
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", probe + "</body>"))
PY
	# shellcheck disable=SC2086
	if ! timeout 120 "$chrome" $flags --window-size=1280,900 \
		--virtual-time-budget=10000 --dump-dom "file://$T/probe.html" \
		>"$T/dom" 2>"$T/chrome.err" && ! grep -q 'id="probe"' "$T/dom"; then
		# the page or the browser? A blank page tells.
		timeout 60 "$chrome" $flags --dump-dom about:blank >/dev/null 2>&1 ||
			skip "$chrome does not start: $(tail -1 "$T/chrome.err")"
	fi
	python3 - "$T/dom" >"$T/facts" <<'PY'
import html, re, sys
m = re.search(r'<pre id="probe">(.*?)</pre>', open(sys.argv[1], encoding="utf-8").read(), re.S)
print(html.unescape(m.group(1)) if m else "no probe output")
PY
	fact() { sed -n "s/^$1=//p" "$T/facts"; }
	imgs=$(fact images)
	[ -n "$imgs" ] && [ "$imgs" -ge "$3" ] && ok "browser: $2: $imgs charts on the page" || { notok "browser: $2: charts: '$imgs'"; sed 's/^/#   /' "$T/facts" "$T/chrome.err" | head -20; }
	expect_eq "$(fact broken)" "[]" "browser: $2: every chart loaded with a non-zero size"
	sw=$(fact scrollWidth)
	cw=$(fact clientWidth)
	[ -n "$sw" ] && [ "$sw" -le "$cw" ] && [ "$sw" -le 1280 ] && ok "browser: $2: nothing overflows 1280 px (scrollWidth $sw, viewport $cw)" || notok "browser: $2: page $sw px wide in a $cw px viewport: $(fact wide)"
	expect_eq "$(fact wide)" "[]" "browser: $2: no element reaches past the viewport"
	expect_eq "$(fact summary_rows)" 7 "browser: $2: the verdict summary has its 7 rows"
}

run "$GS" init
run "$GS" ingest "$GS_TOP"/scripts/seed/*.csv
run "$GS" report -o "$T/page.html"
expect_rc 0 "report of the seed data"
render "$T/page.html" "seed data" 5

# words longer than a line, where a line may break: nowhere
export GROWTHSTAT_DB="$T/long.db"
python3 - "$T/long.csv" <<'PY'
import csv, sys
key = "l." + "K" * 190
w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"))
w.writerow(["series", "period", "kind", "value", "unit", "as_of", "source", "note", "name"])
w.writerow([key, "2020", "level", "100", "jobs", "2025-01-01", "S" * 990, "n" * 700, "N" * 400])
w.writerow([key, "2024", "level", "200", "jobs", "2025-01-01", "https://example.org/" + "p" * 600, "", ""])
w.writerow([key, "2030", "target", "400", "jobs", "2025-01-01", "s2", "", ""])
PY
run "$GS" init
run "$GS" ingest "$T/long.csv"
expect_rc 0 "ingest words longer than a line"
run "$GS" report -o "$T/long.html"
expect_rc 0 "report of words longer than a line"
render "$T/long.html" "long words" 1
