/*
** extract_head.c: in Russian a count noun's complement follows it in the
** genitive ("Участников кластера стало 23", "число резидентов
** технопарка"), and is the nearer of the two to a number said after
** them; the number counts the head, the first noun. Told by grammar, not
** by a list: two known count nouns in a row, the second no plural
** genitive of its own head (a plural head names what is counted).
*/
#include "../../common.h"

#include <string.h>

#include "extract_head.h"

const struct xunit *xhead_noun(const struct xsent *s, int j,
			       const struct xunit *u)
{
	const struct xunit *h;
	int n;

	if (j < 1 || u == NULL || u->cls != XU_COUNT || !s->t[j].cyr ||
	    s->t[j - 1].type != XT_WORD || !s->t[j - 1].cyr)
		return u;
	h = xw_unit(s, j - 1, &n);
	if (h == NULL || n != 1 ||
	    (h->cls != XU_COUNT && h->cls != XU_PEOPLE))
		return u;
	return h; /* "участников кластера": members, not clusters */
}
