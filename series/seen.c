/*
** seen.c: the figures of the series being written, by line (see seen.h).
**
** A figmem table (figmem.h) keyed like the backends' figures, with the
** source as its index in a short list of the series' source names (the
** stage has names, not ids), and the row's line as the tag.
*/
#include "seen.h"
#include "figmem.h"

#include <stdlib.h>
#include <string.h>

struct seen {
	struct figmem *figs;
	char *key;                   /* the series, or NULL */
	char *src[SEEN_SOURCES];     /* its sources so far */
	size_t nsrc;
	bool full;                   /* stopped remembering this series */
};

struct seen *seen_new(void)
{
	struct seen *s = xcalloc(1, sizeof(*s));

	s->figs = figmem_new();
	return s;
}

static void forget(struct seen *s)
{
	size_t i;

	for (i = 0; i < s->nsrc; i++)
		free(s->src[i]);
	s->nsrc = 0;
	free(s->key);
	s->key = NULL;
	s->full = false;
	figmem_reset(s->figs);
}

void seen_reset(struct seen *s)
{
	forget(s);
}

void seen_free(struct seen *s)
{
	if (s == NULL)
		return;
	forget(s);
	figmem_free(s->figs);
	free(s);
}

/* Index of name among the series' sources; -1 when not there and, with
 * add, no room left. */
static long source_index(struct seen *s, const char *name, bool add)
{
	size_t i;

	for (i = 0; i < s->nsrc; i++)
		if (strcmp(s->src[i], name) == 0)
			return (long)i;
	if (!add || s->nsrc == SEEN_SOURCES)
		return -1;
	s->src[s->nsrc] = xstrdup(name);
	return (long)s->nsrc++;
}

/* r's figure as a key; false when its source is not (to be) known. */
static bool key_of(struct seen *s, const struct srow *r, bool add,
		   struct fig_key *k)
{
	const struct gs_obs *o = &r->o;
	long src;

	if (s->key == NULL || strcmp(s->key, o->series) != 0) {
		forget(s);
		s->key = xstrdup(o->series);
	}
	if (s->full || (src = source_index(s, o->source ? o->source : "",
					   add)) < 0)
		return false;
	fig_key_of_obs(k, src, o);
	return true;
}

int seen_check(struct seen *s, const struct srow *r, struct gs_err *e)
{
	struct fig_key k;
	double v;
	long line;

	if (!key_of(s, r, false, &k) ||
	    !figmem_find(s->figs, &k, r->o.as_of, &v, &line))
		return 0;
	if (v == r->o.value)
		return 1;
	return gs_errf(e, GS_EX_DATAERR,
		       "conflicts with line %ld of this file: the same figure"
		       " of series '%s' (period, qualifier, source and as_of)"
		       " with value %.17g there; a revision needs a later"
		       " as_of", line, r->o.series, v);
}

void seen_add(struct seen *s, const struct srow *r)
{
	struct fig_key k;

	if (key_of(s, r, true, &k) &&
	    figmem_add(s->figs, &k, r->o.as_of, r->o.value, r->tag))
		s->full = true;
}
