/*
** kindmix.c: which kinds of figures a file gives each series, and the
** warning when levels and flows meet in one series, in the file or
** against its stored rows (kindmix.h). Only the figures a trend is fitted
** to count: a target or a plan is a goal checked against the trend (a
** stock of investment made so far with a plan of more to come is one
** statement, as the seed data has it), and multiples and percent changes
** are relative. The series of a file are kept in
** a hash table; consecutive rows of one series (the usual order) find it
** by the last key alone.
*/
#include "kindmix.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LINES_KEPT 4 /* lines named per family; the rest are counted */
#define BOTH (SERIES_FAM_LEVELS | SERIES_FAM_FLOWS)

struct ent {
	char *key;
	unsigned fam;                 /* SERIES_FAM_* */
	long line[2][LINES_KEPT];     /* [0] levels, [1] flows */
	long n[2];
};

struct kindmix {
	struct ent *v;
	size_t n, cap;
	size_t *slot; /* index + 1 into v, 0 free; nslot a power of two */
	size_t nslot;
	size_t last;  /* index + 1 of the last series met, 0 none */
};

struct kindmix *kindmix_new(void)
{
	return xcalloc(1, sizeof(struct kindmix));
}

void kindmix_free(struct kindmix *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->n; i++)
		free(m->v[i].key);
	free(m->v);
	free(m->slot);
	free(m);
}

static uint64_t hash(const char *s)
{
	return gs_fnv1a(GS_FNV1A_INIT, s, strlen(s));
}

static void rehash(struct kindmix *m)
{
	size_t i, j;

	free(m->slot);
	m->nslot = m->nslot ? 2 * m->nslot : 64;
	m->slot = xcalloc(m->nslot, sizeof(*m->slot));
	for (i = 0; i < m->n; i++) {
		j = hash(m->v[i].key) & (m->nslot - 1);
		while (m->slot[j])
			j = (j + 1) & (m->nslot - 1);
		m->slot[j] = i + 1;
	}
}

/* The entry of key, made when new. */
static struct ent *find(struct kindmix *m, const char *key)
{
	size_t j;

	if (m->last && strcmp(m->v[m->last - 1].key, key) == 0)
		return &m->v[m->last - 1];
	if (2 * (m->n + 1) > m->nslot)
		rehash(m);
	j = hash(key) & (m->nslot - 1);
	while (m->slot[j] && strcmp(m->v[m->slot[j] - 1].key, key) != 0)
		j = (j + 1) & (m->nslot - 1);
	if (m->slot[j] == 0) {
		GS_GROW(m->v, m->n);
		memset(&m->v[m->n], 0, sizeof(m->v[m->n]));
		m->v[m->n].key = xstrdup(key);
		m->slot[j] = ++m->n;
	}
	m->last = m->slot[j];
	return &m->v[m->last - 1];
}

void kindmix_add(struct kindmix *m, const char *key, enum gs_kind kind,
		 long line)
{
	int f;
	struct ent *x;

	/* every series is counted (kindmix_check compares their number
	 * with the series the batch created); only figures (level, flow)
	 * make a trend: targets, plans, multiples have no family here */
	x = find(m, key);
	if (kind == GS_KIND_LEVEL)
		f = 0;
	else if (kind == GS_KIND_FLOW)
		f = 1;
	else
		return;
	x->fam |= f ? SERIES_FAM_FLOWS : SERIES_FAM_LEVELS;
	if (x->n[f] < LINES_KEPT)
		x->line[f][x->n[f]] = line;
	x->n[f]++;
}

static const char *const fam_text[2] = { "levels (kind level)",
					  "flows (kind flow)" };

/* "levels (level, target) at lines 5, 6 (2 rows)" */
static void lines_text(const struct ent *x, int f, struct gs_buf *b)
{
	long i;

	gs_buf_printf(b, "%s at line%s", fam_text[f], x->n[f] > 1 ? "s" : "");
	for (i = 0; i < x->n[f] && i < LINES_KEPT; i++)
		gs_buf_printf(b, "%s %ld", i ? "," : "", x->line[f][i]);
	if (x->n[f] > LINES_KEPT)
		gs_buf_printf(b, ", ... (%ld rows)", x->n[f]);
}

static void say(const struct ent *x, const char *file,
		void (*warn)(void *arg, const struct gs_err *w), void *arg)
{
	struct gs_buf b = { 0 };
	struct gs_err w;
	bool both = x->fam == BOTH;
	/* the family met first; the warning points where the other starts */
	int f = both ? x->line[1][0] < x->line[0][0] :
		x->fam == SERIES_FAM_FLOWS;
	long at = both ? x->line[!f][0] : x->line[f][0];

	gs_err_clear(&w);
	lines_text(x, f, &b);
	if (both) {
		gs_buf_add(&b, " and ");
		lines_text(x, !f, &b);
	} else {
		gs_buf_printf(&b, " while its stored rows are %s",
			      fam_text[!f]);
	}
	gs_errf_at(&w, GS_EX_DATAERR, file, at, 0, "series '%s' "
		   "gets %s; growth and projections read one family at a "
		   "time, so the other's rows are left out of its trend",
		   x->key, b.s);
	warn(arg, &w);
	gs_buf_free(&b);
}

/*
** The stored families of the series the file gives one family (fam[i]
** for the i-th of them). The series the batch created have no rows but its own: when
** it created them all, nothing is asked.
*/
static int stored_families(struct kindmix *m, struct series_db *db,
			   int64_t batch, unsigned *fam, struct gs_err *e)
{
	const char **keys;
	size_t i, k = 0;
	long created;
	int ret;

	if (series_created_in(db, batch, &created, e))
		return -1;
	if (created >= 0 && (size_t)created == m->n) {
		memset(fam, 0, m->n * sizeof(*fam));
		return 0;
	}
	keys = xmalloc((m->n + 1) * sizeof(*keys));
	for (i = 0; i < m->n; i++)
		if (m->v[i].fam != 0 && m->v[i].fam != BOTH)
			keys[k++] = m->v[i].key;
	ret = series_kind_families(db, keys, k, fam, e);
	free(keys);
	return ret;
}

long kindmix_check(struct kindmix *m, struct series_db *db, int64_t batch,
		   const char *file,
		   void (*warn)(void *arg, const struct gs_err *w),
		   void *arg, struct gs_err *e)
{
	unsigned *fam = xmalloc((m->n + 1) * sizeof(*fam));
	size_t i, k;
	long said = 0;

	if (stored_families(m, db, batch, fam, e)) {
		said = -1;
		goto out;
	}
	for (i = 0, k = 0; i < m->n; i++) {
		const struct ent *x = &m->v[i];

		if (x->fam == 0)
			continue; /* multiples, percent changes only */
		if (x->fam != BOTH && (fam[k++] & ~x->fam) == 0)
			continue;
		if (warn)
			say(x, file, warn, arg);
		said++;
	}
out:
	free(fam);
	return said;
}
