/*
** md.c: the report page as Markdown (see out.h): GitHub
** tables with numbers right-aligned, failing verdicts in bold, charts left
** to the HTML page (a Markdown viewer would not show a data: image).
*/
#include "out.h"

#include <string.h>

#include "text.h"

/* The title is the first heading, after the mark a later run knows its
 * own page by (out.h; an HTML comment: no Markdown viewer shows it). */
static void begin(FILE *out, const char *title)
{
	(void)title;
	fputs(RPAGE_MD_MARK "\n", out);
}

static void heading(FILE *out, int level, const char *text, const char *key,
		    bool group)
{
	(void)key;
	(void)group;
	fprintf(out, "%s%.*s ", level > 1 ? "\n" : "", level, "###");
	rt_md(out, text);
	fputs("\n", out);
}

static void para(FILE *out, const char *text)
{
	fputc('\n', out);
	rt_md(out, text);
	fputc('\n', out);
}

static void table(FILE *out, const struct ro_table *t)
{
	size_t i;

	if (t->caption) {
		fputs("\n**", out);
		rt_md(out, t->caption);
		fputs("**\n", out);
	}
	fputs("\n|", out);
	for (i = 0; i < t->ncols; i++) {
		fputc(' ', out);
		rt_md(out, t->head[i]);
		fputs(" |", out);
	}
	fputs("\n|", out);
	for (i = 0; i < t->ncols; i++)
		fputs(t->right >> i & 1 ? " ---: |" : " --- |", out);
	fputc('\n', out);
}

static void row(FILE *out, const struct ro_table *t, const char *const *cells,
		size_t obs)
{
	size_t i;

	(void)obs;
	fputc('|', out);
	for (i = 0; i < t->ncols; i++) {
		const char *c = cells[i] ? cells[i] : "";
		bool strong = (t->verdict >> i & 1) &&
			      (strcmp(c, "behind") == 0 ||
			       strcmp(c, "missed") == 0 ||
			       strcmp(c, "inconsistent") == 0);

		fputs(strong ? " **" : " ", out);
		rt_md(out, c);
		fputs(strong ? "** |" : " |", out);
	}
	fputc('\n', out);
}

static void table_end(FILE *out, const struct ro_table *t)
{
	(void)out;
	(void)t;
}

static void chart(FILE *out, const char *alt, const unsigned char *svg,
		  size_t n)
{
	(void)svg;
	(void)n;
	fputs("\n*Chart (in the HTML report): ", out);
	rt_md(out, alt);
	fputs("*\n", out);
}

static void end(FILE *out)
{
	(void)out;
}

const struct ro_ops ro_md = { begin, heading, para, table, row, table_end,
			      chart, end };
