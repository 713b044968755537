/*
** chart_name.c: the names of a chart's files and of the files of
** `chart --all` (see chart_name.h).
*/
#include "chart_name.h"

#include <stdlib.h>
#include <string.h>

#include "plot.h"
#include "plot_path.h"

int chart_paths(const char *output, const char *script, const char *key,
		bool svg, const char *db, struct chart_paths *p,
		struct gs_err *e)
{
	size_t k;

	p->pdf = output && plot_path_ends(output, ".pdf");
	if (p->pdf && svg)
		return gs_errf(e, GS_EX_USAGE, "--svg and a .pdf output: "
			       "choose one");
	p->svg = svg || (output && plot_path_ends(output, ".svg"));
	if (output == NULL) {
		char name[200];

		plot_safe_name(key, name, sizeof(name));
		gs_snprintf(p->out, sizeof(p->out), "%s.%s", name,
			    p->svg ? "svg" : "png");
	} else {
		gs_snprintf(p->out, sizeof(p->out), "%s", output);
	}
	if (script != NULL) {
		gs_snprintf(p->script, sizeof(p->script), "%s", script);
	} else {
		k = strlen(p->out);
		if (plot_path_ends(p->out, ".png") ||
		    plot_path_ends(p->out, ".svg") ||
		    plot_path_ends(p->out, ".pdf"))
			k -= 4;
		gs_snprintf(p->script, sizeof(p->script), "%.*s.gp", (int)k,
			    p->out);
	}
	if (plot_path_check("--output", p->out, db, e) ||
	    plot_path_check("--script", p->script, db, e))
		return -1;
	return 0;
}

static char *keepf(const char *fmt, const char *a, const char *b)
{
	struct gs_buf s = { 0 };

	gs_buf_printf(&s, fmt, a, b);
	return s.s;
}

void chart_batch_init(struct chart_batch *b, const char *dir, bool svg)
{
	size_t n = strlen(dir);

	while (n > 0 && dir[n - 1] == '/') /* "/" becomes "": "/x.png" */
		n--;
	memset(b, 0, sizeof(*b));
	b->dir = xstrndup(dir, n);
	b->svg = svg;
}

size_t chart_batch_add(struct chart_batch *b, const struct series_info *si)
{
	struct plot_index_entry *x;
	struct chart_item *it;

	GS_GROW(b->ix, b->n);
	GS_GROW(b->it, b->n);
	GS_GROW(b->names, b->n);
	x = &b->ix[b->n];
	it = &b->it[b->n];
	memset(x, 0, sizeof(*x));
	b->names[b->n] = NULL;
	it->base = b->names[b->n] = plot_index_name(b->names, b->n, si->key);
	it->out = keepf(b->svg ? "%s/%s.svg" : "%s/%s.png", b->dir, it->base);
	it->script = keepf("%s/%s.gp", b->dir, it->base);
	x->key = xstrdup(si->key);
	x->name = xstrdup(si->name ? si->name : "");
	x->unit = xstrdup(si->sym ? si->sym : "");
	return b->n++;
}

void chart_batch_drawn(struct chart_batch *b, size_t i, const char *proj_note)
{
	struct plot_index_entry *x = &b->ix[i];
	const char *base = b->it[i].base;

	x->image = keepf("%s.%s", base, b->svg ? "svg" : "png");
	x->script = keepf("%s%s.gp", base, "");
	if (proj_note)
		x->note = keepf("no projection: %s%s",
				gs_msg_unkeyed(x->key, proj_note), "");
}

void chart_batch_failed(struct chart_batch *b, size_t i, const char *msg)
{
	b->ix[i].note = xstrdup(gs_msg_unkeyed(b->ix[i].key, msg));
}

void chart_batch_refused(struct chart_batch *b, size_t i, const char *msg)
{
	b->ix[i].note = xstrdup(msg);
}

int chart_batch_check(const struct chart_batch *b, size_t i, const char *db,
		      struct gs_err *e)
{
	if (plot_path_check("--dir", b->it[i].out, db, e) ||
	    plot_path_check("--dir", b->it[i].script, db, e))
		return -1;
	return 0;
}

char *chart_batch_index(const struct chart_batch *b)
{
	return keepf("%s/%s", b->dir, "index.md");
}

size_t chart_batch_charted(const struct chart_batch *b)
{
	size_t i, charted = 0;

	for (i = 0; i < b->n; i++)
		charted += b->ix[i].image != NULL;
	return charted;
}

void chart_batch_free(struct chart_batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		free((char *)b->ix[i].key);
		free((char *)b->ix[i].name);
		free((char *)b->ix[i].unit);
		free((char *)b->ix[i].image);
		free((char *)b->ix[i].script);
		free((char *)b->ix[i].note);
		free(b->it[i].base);
		free(b->it[i].out);
		free(b->it[i].script);
	}
	free(b->ix);
	free(b->it);
	free(b->names);
	free(b->dir);
	memset(b, 0, sizeof(*b));
}
