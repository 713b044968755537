/*
** extract_bare.c: a count said alone because the noun was said before
** it, in an earlier clause or the sentence before: "Residents were
** expected to create 650 jobs; 287 were created", "Of the five
** applications received, three were approved", "The TOR has 5
** residents; one was added in July", "11 residents now; target 20 by
** 2028", "— 7, фактически — 5", "2 новых резидента, теперь нас 18".
** Told by where the number stands, not by words around it: a whole
** number ending its clause, or before a verb ("were", "будет") or a
** date ("by 2028"), that no preposition, name or quotation opens. The
** number then counts what the figure it leans on counted; the first
** number of a sentence, what the sentence before counted last.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_bare.h"

/* Is token i one of the words ws? */
static bool word_in(const struct xsent *s, int i, const char *const *ws)
{
	if (i < 0 || i >= s->nt)
		return false;
	for (; *ws != NULL; ws++)
		if (strcmp(s->t[i].w, *ws) == 0)
			return true;
	return false;
}

static bool tok_is(const struct xsent *s, int i, const char *w)
{
	const char *ws[] = { w, NULL };

	return word_in(s, i, ws);
}

/* Does the number's clause end at e, or go on with a verb or a date? */
static bool ends_clause(const struct xsent *s, int e)
{
	static const char *const verbs[] = { "were", "was", "are", "is",
		"have", "has", "had", "будет", "было", "были", "был", "стало",
		"станет", NULL };
	static const char *const by[] = { "by", "in", "until", "к", "в",
		"до", NULL };

	if (e >= s->nt || (tok_is(s, e, "in") && tok_is(s, e + 1, "total")))
		return true; /* "-> 17 in total" */
	if (s->t[e].type == XT_PUNCT)
		return tok_is(s, e, ",") || tok_is(s, e, ";") || tok_is(s, e, ".") ||
		       tok_is(s, e, "!") ||
		       (tok_is(s, e, "(") && e + 2 < s->nt &&
			s->t[e + 1].type == XT_NUM && tok_is(s, e + 2, "%"));
		/* "создано 212 (60,6%)": its share of the plan after it */
	return word_in(s, e, verbs) ||
	       (word_in(s, e, by) && e + 1 < s->nt &&
		(s->t[e + 1].flags & XF_TIME));
}

/* Does the token before the number (k) open a name, a date, a place or
 * a quotation rather than a count, or say part of the number: "Slide
 * 5", "No. 4", "phase 2", "in 3", "\"for\" 7", "twenty twenty-eight"? */
static bool opens_other(const struct xsent *s, int k)
{
	static const char *const preps[] = { "in", "at", "of", "on", "for",
		"from", "per", "under", "no", "в", "на", "из", "за", "с",
		"со", "от", "по", "№", NULL };
	const struct xtok *t;
	const char *out;
	double v;
	int n;

	if (k < 0)
		return false;
	t = &s->t[k];
	if (xw_spelled(s, k, &v) > 0 || xw_scale(s, k, &n, &out) > 0)
		return true; /* "twenty twenty-eight", "миллиард семьсот" */
	if (t->type == XT_PUNCT)
		return !(tok_is(s, k, "—") || tok_is(s, k, "–") ||
			 tok_is(s, k, ",") || tok_is(s, k, ";") ||
			 (tok_is(s, k, ">") && tok_is(s, k - 1, "-")));
	if (t->type != XT_WORD)
		return true;
	return word_in(s, k, preps) || xw_month(t) != 0 ||
	       xw_in(XL_NAMEPFX, t->w) || (t->cap && k > 0) || t->acro;
}

bool xbare_take(const struct xsent *s, const struct xdoc *d, int i, int e,
		struct xfig *f, const struct xfig *prev)
{
	int k = f->t0 < i ? f->t0 - 1 : i - 1; /* before "около 2 500" */

	if (prev == NULL)
		return xbare_next(s, d, i, e, f, prev);
	if (!(prev->cls == XU_COUNT || prev->cls == XU_AREA ||
	      prev->cls == XU_PEOPLE || prev->cls == XU_OTHER))
		return false; /* "Of the forty hectares, only twelve are ready" */
	if ((s->t[i].flags & XF_TIME) || f->v <= 0 || f->v != floor(f->v) ||
	    prev->t1 > k || k < 0 || !ends_clause(s, e) || opens_other(s, k))
		return false;
	/* "the director, 45, said": between commas only before a verb */
	if (tok_is(s, k, ",") && (e >= s->nt || s->t[e].type == XT_PUNCT))
		return false;
	xu_set(f, prev->unit, prev->cls);
	return true;
}

/* Only a date, commas and opening words ("In fact", "As of", "So far",
 * "Фактически", "На 1 января") before token i, which opens its clause. */
static bool opens_sentence(const struct xsent *s, int i)
{
	static const char *const open[] = { "in", "fact", "as", "of", "so",
		"far", "actually", "by", "now", "but", "фактически",
		"на", "по", "состоянию", "к", "however", "а", NULL };
	int k;

	if (i > 8)
		return false;
	for (k = 0; k < i; k++)
		if (!(s->t[k].flags & XF_TIME) && !tok_is(s, k, ",") &&
		    !word_in(s, k, open))
			return false;
	return true;
}

/* A short sentence that the number ends, its subject a pronoun that
 * stands for what the sentence before counted: "We wanted 500.", "Three
 * years ago it was fewer than 200." (f from its qualifier to e); not
 * "In 2021 revenue was 32.", whose subject is another thing. */
static bool ends_short(const struct xsent *s, const struct xfig *f, int e)
{
	static const char *const pron[] = { "we", "it", "they", "there",
		"мы", "их", "его", "они", "это", NULL };
	int k;

	if (!(e >= s->nt || (tok_is(s, e, ".") && e + 1 >= s->nt)) ||
	    s->nt > 14 || f->t0 < 2 || s->t[f->t0 - 1].type != XT_WORD ||
	    opens_other(s, f->t0 - 1))
		return false;
	for (k = 0; k < f->t0; k++)
		if (word_in(s, k, pron))
			return true;
	return false;
}

bool xbare_next(const struct xsent *s, const struct xdoc *d, int i, int e,
		struct xfig *f, const struct xfig *prev)
{
	static const char *const verbs[] = { "were", "was", "had", "have",
		"has", "are", "is", "было", "были", NULL };
	char w[64];

	if (prev != NULL || d->them[0] == '\0' ||
	    (s->t[i].flags & XF_TIME) || f->v <= 0 || f->v != floor(f->v) ||
	    !((f->t0 >= i && word_in(s, e, verbs) && opens_sentence(s, i)) ||
	      ends_short(s, f, e)))
		return false;
	gs_snprintf(w, sizeof(w), "%s", d->them);
	xu_set(f, w, (enum xucls)d->them_cls);
	return true;
}
