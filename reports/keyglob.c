/*
** keyglob.c: globs among the KEY arguments of report commands (keyglob.h).
**
** The stored keys are listed once, and only when some argument has a glob
** character; each such argument is then matched in C with glob_match, the
** one matcher behind `series GLOB` on every backend.
*/
#include "keyglob.h"

#include <stdlib.h>
#include <string.h>

#include "../series/glob.h"

static bool listed(const struct key_args *k, const char *key)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (strcmp(k->v[i], key) == 0)
			return true;
	return false;
}

static void push(struct key_args *k, const char *key)
{
	GS_GROW(k->v, k->n);
	k->v[k->n++] = xstrdup(key);
}

static bool stored(const struct series_list *all, const char *key)
{
	size_t i;

	for (i = 0; i < all->n; i++)
		if (strcmp(all->v[i].key, key) == 0)
			return true;
	return false;
}

/* The stored keys glob matches, appended; -1 when there are none. */
static int expand(const struct series_list *all, const char *glob,
		  struct key_args *out, struct gs_err *e)
{
	size_t i, found = 0;

	for (i = 0; i < all->n; i++) {
		if (!glob_match(glob, all->v[i].key))
			continue;
		found++;
		if (!listed(out, all->v[i].key))
			push(out, all->v[i].key);
	}
	if (found == 0)
		return gs_errf(e, GS_EX_DATAERR, "no series matches '%s'", glob);
	out->globs++;
	return 0;
}

int keys_expand(struct series_db *db, size_t n, char *const *args,
		struct key_args *out, struct gs_err *e)
{
	struct series_list all = { 0 };
	bool any = false;
	size_t i;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < n; i++)
		any = any || glob_has_magic(args[i]);
	if (any && series_list(db, NULL, &all, e))
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		if (!glob_has_magic(args[i]) || stored(&all, args[i]))
			push(out, args[i]);
		else
			rc = expand(&all, args[i], out, e);
	}
	series_list_free(&all);
	return rc;
}

void key_args_free(struct key_args *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		free(k->v[i]);
	free(k->v);
	memset(k, 0, sizeof(*k));
}

int keys_require(struct series_db *db, const char *const *globs, size_t n,
		 struct gs_err *e)
{
	struct series_list l;
	size_t i, found;

	for (i = 0; i < n; i++) {
		if (series_list(db, globs[i], &l, e))
			return -1;
		found = l.n;
		series_list_free(&l);
		if (found == 0)
			return gs_errf(e, GS_EX_DATAERR, "no series matches "
				       "'%s'", globs[i]);
	}
	return 0;
}
