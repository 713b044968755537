/*
** chart_load.c: the series of one chart read, checked to share an axis
** and built (see chart_load.h).
*/
#include "chart_load.h"

#include <stdlib.h>
#include <string.h>

#include "chart_releases.h"
#include "../dfseries.h"

void chart_free(struct chart *ch)
{
	size_t i;

	for (i = 0; i < ch->n; i++) {
		pb_free(&ch->pb[i]);
		rp_free(&ch->rs[i]);
	}
	free(ch->rs);
	free(ch->pb);
	memset(ch, 0, sizeof(*ch));
}

/* b against a, the first series: one axis needs one unit. */
static int same_unit(const struct series_info *a, const struct series_info *b,
		     const char *akey, const char *bkey, struct gs_err *e)
{
	if (strcmp(a->dim, b->dim) == 0 && strcmp(a->sym, b->sym) == 0)
		return 0;
	return gs_errf(e, GS_EX_DATAERR, "'%s' (%s) and '%s' (%s) have "
		       "different units and cannot share an axis; chart them "
		       "separately or give --index PERIOD", akey,
		       *a->sym ? a->sym : "no unit", bkey,
		       *b->sym ? b->sym : "no unit");
}

int chart_load(struct series_db *db, const struct chart_load_opts *o,
	       char *const *keys, size_t n, struct chart *ch, struct gs_err *e)
{
	size_t i;

	ch->rs = xcalloc(o->fvl ? 2 : n, sizeof(*ch->rs));
	ch->pb = xcalloc(o->fvl ? 2 : n, sizeof(*ch->pb));
	if (o->fvl) {
		ch->n = n = 2;
		if (chart_releases(db, o->rp, keys[0], ch->rs, e))
			return -1;
		if (chart_releases_same(ch->rs)) {
			/* one line, each label once; the title says why */
			rp_free(&ch->rs[0]);
			ch->rs[0] = ch->rs[1];
			memset(&ch->rs[1], 0, sizeof(ch->rs[1]));
			ch->n = n = 1;
			ch->unrevised = true;
		}
	}
	for (i = 0; i < n; i++) {
		/* with fvl both series are keys[0] */
		const char *key = keys[o->fvl ? 0 : i];

		if (!o->fvl && rp_load(db, key, o->rp, &ch->rs[i], e))
			return -1;
		ch->n = i + 1 > ch->n ? i + 1 : ch->n;
		if (o->prep && o->prep(o->arg, &ch->rs[i], &ch->base, e))
			return -1;
		if (!o->pb->index && same_unit(&ch->rs[0].info,
					       &ch->rs[i].info, keys[0], key,
					       e))
			return -1;
		if (pb_build(&ch->rs[i], o->pb, &ch->pb[i], e))
			return -1;
	}
	return 0;
}

const char *chart_title(const struct chart *ch, const char *title,
			const char *deflate, bool fvl, char *buf, size_t n)
{
	if (title != NULL)
		return title;
	if (deflate)
		return df_title(&ch->rs[0], &ch->base, deflate, buf, n);
	if (fvl)
		return chart_releases_title(&ch->rs[0], ch->unrevised, buf,
					    n);
	return NULL;
}
