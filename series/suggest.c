/*
** suggest.c: what to say after "unknown series 'KEY'". A key one or two
** typing slips away from a stored one gets "did you mean", and a GLOB
** where one KEY is read gets told so: both only on the failure path, so
** the list of keys is read only then.
*/
#include "db_internal.h"
#include "glob.h"

#include <stdlib.h>
#include <string.h>

/* Edit distance (insert, delete, substitute, swap two neighbours) of a
 * and b; cap+1 at once when their lengths alone differ by more than cap
 * (the whole table otherwise: keys are short, and this runs only after
 * a failure). */
static size_t distance(const char *a, const char *b, size_t cap)
{
	size_t n = strlen(a), m = strlen(b), i, j, best;
	size_t *d, w = m + 1;

	if ((n > m ? n - m : m - n) > cap)
		return cap + 1;
	d = xcalloc((n + 1) * w, sizeof(*d));
	for (j = 0; j <= m; j++)
		d[j] = j;
	for (i = 1; i <= n; i++) {
		d[i * w] = i;
		for (j = 1; j <= m; j++) {
			size_t c = d[(i - 1) * w + j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = d[(i - 1) * w + j] + 1;
			size_t ins = d[i * w + j - 1] + 1;

			c = del < c ? del : c;
			c = ins < c ? ins : c;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[(i - 2) * w + j - 2] + 1 < c)
				c = d[(i - 2) * w + j - 2] + 1;
			d[i * w + j] = c;
		}
	}
	best = d[n * w + m];
	free(d);
	return best;
}

void series_hint_unknown(struct series_db *db, const char *key,
			 struct gs_err *e)
{
	struct series_list l;
	struct gs_err ignored;
	const char *best = NULL;
	size_t i, len = strlen(e->msg);
	size_t cap = strlen(key) / 8 + 1; /* 1 slip in 8 characters */
	size_t d, best_d = cap + 1;

	if (e->code != GS_EX_DATAERR || strncmp(e->msg, "unknown series", 14))
		return;
	if (glob_has_magic(key)) {
		gs_snprintf(e->msg + len, sizeof(e->msg) - len, " (a GLOB "
			    "where one KEY is read: list the keys it matches "
			    "with 'growthstat series GLOB')");
		return;
	}
	gs_err_clear(&ignored);
	if (db->ops->list(db, NULL, &l, &ignored))
		return;
	for (i = 0; i < l.n; i++)
		if ((d = distance(key, l.v[i].key, cap)) < best_d) {
			best_d = d;
			best = l.v[i].key;
		}
	if (best)
		gs_snprintf(e->msg + len, sizeof(e->msg) - len,
			    "; did you mean '%s'?", best);
	series_list_free(&l);
}
