/*
** plot_index.c: the Markdown index of a batch of charts (see plot_index.h).
*/
#include "plot_index.h"

#include <stdlib.h>
#include <string.h>

#include "plot.h"

/* s with control characters as visible escapes (gs_escape: \n, \e,
 * \x01, \u0085); a new string. */
static char *visible(const char *s)
{
	size_t n = 4 * strlen(s ? s : "") + 1;
	char *v = xmalloc(n);

	gs_escape(v, n, s ? s : "");
	return v;
}

void plot_md_escape(FILE *out, const char *s)
{
	char *v = visible(s);
	const unsigned char *p = (const unsigned char *)v;

	for (; *p; p++) {
		if (*p == '<')
			fputs("&lt;", out);
		else if (*p == '>')
			fputs("&gt;", out);
		else if (*p == '&')
			fputs("&amp;", out);
		else if (*p < 0x80 && strchr("\\`*_[]#|~", *p))
			fprintf(out, "\\%c", *p);
		else
			fputc(*p, out);
	}
	free(v);
}

void plot_md_code(FILE *out, const char *s)
{
	char *v = visible(s);
	const unsigned char *p = (const unsigned char *)v;
	size_t run = 0, longest = 0, i;
	bool pad;

	for (; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		longest = run > longest ? run : longest;
	}
	/* A space inside the fence only where a backquote would touch it. */
	pad = *v == '\0' || *v == '`' || v[strlen(v) - 1] == '`';
	for (i = 0; i <= longest; i++)
		fputc('`', out);
	if (pad)
		fputc(' ', out);
	fputs(v, out);
	if (pad)
		fputc(' ', out);
	for (i = 0; i <= longest; i++)
		fputc('`', out);
	free(v);
}

/* File names are ours ([A-Za-z0-9._-]); link them as they are. */
static void entry(FILE *out, const struct plot_index_entry *x)
{
	const char *title = x->name && *x->name ? x->name : x->key;

	fputs("## ", out);
	plot_md_escape(out, title);
	fputs("\n\n", out);
	plot_md_code(out, x->key);
	if (x->unit && *x->unit) {
		fputs(" \xC2\xB7 ", out);
		plot_md_escape(out, x->unit);
	}
	if (x->script)
		fprintf(out, " \xC2\xB7 [gnuplot script](%s)", x->script);
	fputs("\n\n", out);
	if (x->note && *x->note) {
		fputs("Note: ", out);
		plot_md_escape(out, x->note);
		fputs("\n\n", out);
	}
	fputs("![", out);
	plot_md_escape(out, title);
	fprintf(out, "](%s)\n\n", x->image);
}

int plot_index_write(FILE *out, const struct plot_index_entry *v, size_t n,
		     struct gs_err *e)
{
	size_t i, charted = 0;

	for (i = 0; i < n; i++)
		charted += v[i].image != NULL;
	fprintf(out, "# Charts\n\n%zu chart%s by growthstat %s; each image has "
		"its gnuplot script beside it\n(`gnuplot FILE.gp` redraws it "
		"without the database).\n\n", charted, charted == 1 ? "" : "s",
		GS_VERSION);
	for (i = 0; i < n; i++)
		if (v[i].image)
			entry(out, &v[i]);
	if (charted < n) {
		fputs("## Not charted\n\n", out);
		for (i = 0; i < n; i++) {
			if (v[i].image)
				continue;
			fputs("- ", out);
			plot_md_code(out, v[i].key);
			fputs(": ", out);
			plot_md_escape(out, v[i].note ? v[i].note : "");
			fputs("\n", out);
		}
	}
	if (fflush(out) != 0 || ferror(out))
		return gs_errf(e, GS_EX_IOERR, "writing the index failed");
	return 0;
}

char *plot_index_name(char *const *used, size_t n, const char *key)
{
	char base[160], name[176];
	size_t i;
	int k = 1;

	plot_safe_name(key, base, sizeof(base));
	gs_snprintf(name, sizeof(name), "%s", base);
	for (i = 0; i < n; i++)
		if (used[i] && strcmp(used[i], name) == 0) {
			gs_snprintf(name, sizeof(name), "%s-%d", base, ++k);
			i = (size_t)-1;
		}
	return xstrdup(name);
}
