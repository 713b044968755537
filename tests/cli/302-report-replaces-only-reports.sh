# report -o FILE replaced whatever stood at FILE: `printf x > mine.html`
# then `report -o mine.html` took the person's file without a word. As a
# chart does (298), report now replaces only a page it wrote (its mark:
# the HTML head's generator meta, the Markdown page's first-line
# comment; or an HTML page from before the mark), an empty file or a link
# (replaced, never written through); anything else is refused with 73
# before anything is written. Re-running over its own page (the weekly
# cron run) goes on working.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init || notok "init"
printf 'series,period,value,as_of,source\na.b,2023,100,2024-01-01,s\na.b,2024,110,2025-01-01,s\n' \
	>"$T/a.csv"
"$GS" -q ingest "$T/a.csv" || notok "ingest"

# a person's files are refused, left byte for byte
printf x >"$T/mine.html"
printf '# notes\n\nmy own\n' >"$T/mine.md"
printf '<!DOCTYPE html>\n<html><body>hand-made</body></html>\n' >"$T/hand.html"
for f in mine.html mine.md hand.html; do
	cp "$T/$f" "$T/$f.orig"
	run "$GS" report -o "$T/$f"
	expect_rc 73 "report -o $f (a file it did not write) is refused"
	expect_err "$f" "the error names $f"
	cmp -s "$T/$f" "$T/$f.orig" && ok "$f is left as it was" ||
		notok "$f was replaced"
done
[ -z "$(find "$T" -name '.mine*' -o -name '.hand*')" ] &&
	ok "no temporary left beside them" || notok "a temporary was left"

# the weekly run over its own page, HTML and Markdown: replaced (exit 0)
run "$GS" report -o "$T/week.html"
expect_rc 0 "a first page"
grep -q '<meta name="generator" content="growthstat report">' "$T/week.html" &&
	ok "the page carries its mark" || notok "no mark in the page"
run "$GS" report -o "$T/week.html" --title "Week 2"
expect_rc 0 "the next week's run replaces its own page"
grep -q "Week 2" "$T/week.html" && ok "the page is the new one" ||
	notok "the page was not replaced"
run "$GS" report -o "$T/week.md"
expect_rc 0 "a first Markdown page"
run "$GS" report -o "$T/week.md" --title "Week 2"
expect_rc 0 "the next run replaces its own Markdown page"
grep -q "Week 2" "$T/week.md" && ok "the Markdown page is the new one" ||
	notok "the Markdown page was not replaced"

# a page from before the mark: the head and style sheet it opened with
sed '/<meta name="generator"/d' "$T/week.html" >"$T/old.html"
run "$GS" report -o "$T/old.html"
expect_rc 0 "a page written before the mark is replaced"

# an empty file and a link are replaced; the link's target is untouched
: >"$T/empty.html"
run "$GS" report -o "$T/empty.html"
expect_rc 0 "an empty file is replaced"
printf 'target\n' >"$T/target"
ln -s "$T/target" "$T/link.html"
run "$GS" report -o "$T/link.html"
expect_rc 0 "a link is replaced"
expect_eq "$(cat "$T/target")" target "the link's target is untouched"
[ -f "$T/link.html" ] && [ ! -L "$T/link.html" ] &&
	ok "the link became the page" || notok "link.html is not the page"

# a Markdown page from before the mark (its opening as growthstat wrote it
# then: the title, an empty line, the report table) is replaced, so the
# weekly run goes on after an upgrade; a note of a person's is not
printf '# Weekly figures\n\n| report |  |\n| --- | --- |\n| generated | 2026-11-28 06:00 UTC |\n' >"$T/old.md"
run "$GS" report --format md -o "$T/old.md"
expect_rc 0 "a Markdown page from before the mark is replaced"
printf '# Weekly figures\n\nmy notes\n' >"$T/notes.md"
run "$GS" report --format md -o "$T/notes.md"
expect_rc 73 "a Markdown note of a person's is not"
