/*
** extract_hyph.c: an amount said as one hyphenated adjective before a
** noun ("a 300-million-rouble repair base", "a 2.5-billion-rouble
** plant", "a RUB 1-bn ... " aside): English joins number, scale and
** currency into one word; its scale and currency are read as if written
** apart ("300 million roubles"), by the tables every amount uses.
*/
#include "../../common.h"

#include <string.h>

#include "extract_hyph.h"

/* One word of the token w as a sentence of its own. */
static void one_word(struct xsent *one, struct xtok *tok, const char *w)
{
	memset(one, 0, sizeof(*one));
	memset(tok, 0, sizeof(*tok));
	tok->type = XT_WORD;
	gs_snprintf(tok->w, sizeof(tok->w), "%s", w);
	one->t = tok;
	one->nt = 1;
}

int xhyph_amount(const struct xsent *s, int j, struct xfig *f,
		 const struct xunit **u)
{
	const char *out;
	struct xsent one;
	struct xtok tok;
	char w[48], *h;
	int n;

	if (j < 0 || j >= s->nt || s->t[j].type != XT_WORD ||
	    (h = strchr(s->t[j].w, '-')) == NULL)
		return 0;
	gs_snprintf(w, sizeof(w), "%s", s->t[j].w);
	h = w + (h - s->t[j].w);
	*h = '\0';
	one_word(&one, &tok, w);
	if (xw_scale(&one, 0, &n, &out) <= 0)
		return 0;
	gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
	one_word(&one, &tok, h + 1);
	if ((*u = xw_unit(&one, 0, &n)) == NULL || (*u)->cls != XU_CUR) {
		f->scale[0] = '\0';
		return 0;
	}
	return 1;
}
