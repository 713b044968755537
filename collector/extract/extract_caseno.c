/*
** extract_caseno.c: periods (round fourteen, issue 16): a court case or
** a document is numbered with its year after a slash ("Решение по делу
** № А33-18452/2024" above a decision of 3 March 2025, oh20 sharypovo;
** "Дело № А06-7315/2025", dev14a liman; oh19 karabash). That year names
** the case; it is no date of the claims told under it, which were dated
** 2024 "from an earlier sentence". A case number ends in many digits,
** a fiscal year ("FY2024/25") or a season ("2024/2025") in four.
*/
#include "../../common.h"

#include <string.h>

#include "extract_caseno.h"

/* The digits that end token t's text. */
static int trailing_digits(const struct xtok *t)
{
	int n = 0, k = (int)strlen(t->w);

	while (k > 0 && xdigit((unsigned char)t->w[k - 1])) {
		k--;
		n++;
	}
	return n;
}

bool xcaseno_year(const struct xsent *s, int i)
{
	const struct xtok *t = &s->t[i];

	return i >= 2 && t->type == XT_NUM && t->ndig == 4 && !t->sp &&
	       xt_w(s, i - 1, "/") && !s->t[i - 1].sp &&
	       trailing_digits(&s->t[i - 2]) >= 5;
}
