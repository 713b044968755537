/*
** extract_gridpair.c: a programme's table whose columns each give the
** plan and the fact of a year, said once in the head and then in every
** cell (oh19; the same "план / факт" pairs stand after labels in five
** folders, "Рабочие места (план / факт): 1 150 / 672", which the label
** rules read):
**
**     Показатель | 2022 план / факт | 2023 план / факт
**     Количество резидентов, ед. | 3 / 2 | 5 / 4
**
** Each cell gives two figures of its column's year, the plan first, the
** fact second, in the order the head states them.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_gridpair.h"

bool xgridpair_heads(const struct xsent *h)
{
	static const char *const plan[] = { "план", "plan", "target", NULL };
	static const char *const fact[] = { "факт", "fact", "actual", NULL };
	int k, marks = 0;

	for (k = 0; k + 2 < h->nt; k++)
		if (xtw_isa(h, k, plan) && xtw_is(h, k + 1, "/") &&
		    xtw_isa(h, k + 2, fact))
			marks++;
	return marks >= 2;
}

static bool value_at(const struct xsent *s, int j)
{
	return j >= 0 && j < s->nt && s->t[j].type == XT_NUM &&
	       !(s->t[j].flags & (XF_USED | XF_TIME));
}

int xgridpair_values(const struct xsent *s, const char *w, int n,
		     double *p, double *f)
{
	int j = s->nt - 1, k;

	if (xtw_is(s, j, w))
		j--;
	for (k = n - 1; k >= 0; k--, j -= 4) {
		if (!value_at(s, j) || !xtw_is(s, j - 1, "/") ||
		    !value_at(s, j - 2) || !xtw_is(s, j - 3, w))
			return -1;
		f[k] = s->t[j].v;
		p[k] = s->t[j - 2].v;
	}
	j++; /* the separator before the first cell */
	return j >= 1 && s->t[j - 1].type != XT_NUM ? j : -1;
}
