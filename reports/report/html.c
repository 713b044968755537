/*
** html.c: the report page as one self-contained HTML file (see out.h):
** CSS inline, charts as data: URIs, no script, no link to anything but
** anchors of the page itself. Tables fit a 1280 px screen:
** long words and notes wrap; numbers are right-aligned. Verdicts are words
** with a sign (✓ ✗ ?) on a tinted cell, so they read in grey print too.
*/
#include "out.h"

#include <string.h>

#include "text.h"

static const char css[] =
	"*{box-sizing:border-box}\n"
	"body{font:15px/1.45 \"DejaVu Sans\",Arial,sans-serif;color:#111;"
	"max-width:1220px;margin:0 auto;padding:0 16px 3em;"
	"overflow-wrap:break-word}\n"
	"h1,h2,h3,p,caption,td,figcaption{overflow-wrap:anywhere}\n"
	"h1{font-size:1.7em;margin:.8em 0 .3em}\n"
	"h2{font-size:1.35em;margin:2.2em 0 .4em;border-bottom:2px solid #333}\n"
	"h3{font-size:1.1em;margin:1.6em 0 .3em}\n"
	"table{border-collapse:collapse;width:100%;margin:.4em 0 1em;"
	"font-size:.9em}\n"
	"caption{text-align:left;font-weight:bold;padding:.2em 0}\n"
	"th,td{border:1px solid #aaa;padding:.2em .4em;vertical-align:top;"
	"text-align:left}\n"
	"th{background:#e8e8e8}\n"
	"td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
	"td.w{min-width:16em}\n"
	"td.nw{white-space:nowrap}\n"

	"table.meta{width:auto}\n"
	"table.meta th{text-align:left;font-weight:normal}\n"
	"td.v{font-weight:bold;white-space:nowrap}\n"
	".bad{background:#f2b8b5}\n"
	".good{background:#d3ead3;font-weight:normal}\n"
	".unsure{background:#fbe7a1}\n"
	"figure{margin:1em 0}\n"
	"figure img{display:block;max-width:100%;height:auto;"
	"border:1px solid #ccc}\n"
	"tr:target{outline:3px solid #333}\n"
	"a{color:#0645ad}\n"
	"@media print{h2{break-before:page}figure{break-inside:avoid}}\n";

static void begin(FILE *out, const char *title)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	      "<meta charset=\"utf-8\">\n"
	      RPAGE_HTML_MARK "\n"
	      "<meta name=\"viewport\" content=\"width=device-width, "
	      "initial-scale=1\">\n<title>", out);
	rt_html(out, title);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);
}

static void heading(FILE *out, int level, const char *text, const char *key,
		    bool group)
{
	fprintf(out, "<h%d", level);
	if (key) {
		fputs(group ? " id=\"g-" : " id=\"s-", out);
		rt_id(out, key);
		fputc('"', out);
	}
	fputc('>', out);
	rt_html(out, text);
	fprintf(out, "</h%d>\n", level);
}

static void para(FILE *out, const char *text)
{
	fputs("<p>", out);
	rt_html(out, text);
	fputs("</p>\n", out);
}

static void table(FILE *out, const struct ro_table *t)
{
	size_t i;

	fputs(t->narrow ? "<table class=\"meta\">\n" : "<table>\n", out);
	if (t->caption) {
		fputs("<caption>", out);
		rt_html(out, t->caption);
		fputs("</caption>\n", out);
	}
	fputs("<thead><tr>", out);
	for (i = 0; i < t->ncols; i++) {
		fputs("<th scope=\"col\">", out);
		rt_html(out, t->head[i]);
		fputs("</th>", out);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
}

/* The class and sign of a verdict word. */
static const char *verdict_class(const char *v, const char **sign)
{
	static const char *const bad[] = { "behind", "missed", "inconsistent" };
	static const char *const good[] = { "ahead", "on track",
					    "consistent" };
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(bad); i++)
		if (strcmp(v, bad[i]) == 0)
			return *sign = "\u2717 ", "bad";
	for (i = 0; i < GS_ARRAY_LEN(good); i++)
		if (strcmp(v, good[i]) == 0)
			return *sign = "\u2713 ", "good";
	*sign = strcmp(v, "uncertain") == 0 ? "? " : "";
	return **sign ? "unsure" : "";
}

/* "#1 #3" as links to those rows of the series' figures. */
static void refs(FILE *out, const char *key, const char *s)
{
	while (*s) {
		size_t n = strspn(s + (*s == '#'), "0123456789");

		if (*s == '#' && n > 0 && key) {
			fputs("<a href=\"#o-", out);
			rt_id(out, key);
			fprintf(out, "-%.*s\">#%.*s</a>", (int)n, s + 1, (int)n,
				s + 1);
			s += n + 1;
		} else {
			fputs(*s == ' ' ? " " : "", out);
			if (*s != ' ') {
				char one[2] = { *s, '\0' };

				rt_html(out, one);
			}
			s++;
		}
	}
}

/* A key with a line break allowed after each dot and underscore. */
static void key_text(FILE *out, const char *key)
{
	char one[2] = { 0, 0 };

	for (; *key; key++) {
		one[0] = *key;
		rt_html(out, one);
		if (*key == '.' || *key == '_')
			fputs("<wbr>", out);
	}
}

/* Short cells (numbers, dates, periods) are kept on one line; long ones
 * wrap, so no table is wider than the page. */
enum { SHORT_CELL = 24 };

static void cell(FILE *out, const struct ro_table *t, size_t i,
		 const char *c)
{
	unsigned long bit = 1UL << i;
	bool nw = strlen(c) <= SHORT_CELL && !(t->wide & bit);
	const char *sign = "";

	if (t->verdict & bit) {
		fprintf(out, "<td class=\"v %s\">", verdict_class(c, &sign));
		fputs(sign, out);
		rt_html(out, c);
	} else if (t->series & bit) {
		fputs("<td class=\"k\"><a href=\"#s-", out);
		rt_id(out, c);
		fputs("\">", out);
		key_text(out, c);
		fputs("</a>", out);
	} else if (t->keys & bit) {
		fputs("<td class=\"k\">", out);
		key_text(out, c);
	} else {
		fprintf(out, "<td class=\"%s%s\">", t->right & bit ? "n" :
			t->wide & bit ? "w" : "", nw ? " nw" : "");
		if (t->refs & bit)
			refs(out, t->key, c);
		else
			rt_html(out, c);
	}
	fputs("</td>", out);
}

static void row(FILE *out, const struct ro_table *t, const char *const *cells,
		size_t obs)
{
	size_t i;

	if (obs && t->key) {
		fputs("<tr id=\"o-", out);
		rt_id(out, t->key);
		fprintf(out, "-%zu\">", obs);
	} else {
		fputs("<tr>", out);
	}
	for (i = 0; i < t->ncols; i++)
		cell(out, t, i, cells[i] ? cells[i] : "");
	fputs("</tr>\n", out);
}

static void table_end(FILE *out, const struct ro_table *t)
{
	(void)t;
	fputs("</tbody>\n</table>\n", out);
}

static void chart(FILE *out, const char *alt, const unsigned char *svg,
		  size_t n)
{
	fputs("<figure><img alt=\"", out);
	rt_html(out, alt);
	fputs("\" src=\"data:image/svg+xml;base64,", out);
	rt_base64(out, svg, n);
	fputs("\"></figure>\n", out);
}

static void end(FILE *out)
{
	fputs("</body>\n</html>\n", out);
}

const struct ro_ops ro_html = { begin, heading, para, table, row, table_end,
				chart, end };
