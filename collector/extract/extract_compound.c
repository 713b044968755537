/*
** extract_compound.c: Russian report forms of a figure. A number said in
** parts, as official statistics write it: "6 тыс. 300 человек" is 6,300
** people, "1 млн 200 тыс. рублей" 1,200 thousand rubles, "2 млрд 500 млн
** рублей" 2,500 million; the part after the scale is smaller than the
** scale and has its unit or a smaller scale after it ("6 тыс. 300" alone
** stays two numbers). And a count named before a dash: "построено судов
** — 11", or by a fact sheet's label: "Hotel rooms: 1,050", "Lifts in
** operation: 7".
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_int.h"

#include "extract_compound.h"

#include "extract_ends.h"

/* The rest of an amount in words after its scale at j - 1:
 * "миллиард двести миллионов рублей" (1,200 million), "два миллиарда
 * триста миллионов", "one billion four hundred million", and in speech the next scale left unsaid, "миллиард
 * семьсот" (1.7 billion). The tokens taken, or 0. */
static int spelled_rest(const struct xsent *s, int j, double factor,
			struct xfig *f)
{
	const char *out;
	double x, small;
	int k, n;

	if (factor < 1e9 || f->v != floor(f->v) ||
	    (k = xw_spelled(s, j, &x)) == 0 || x < 1 || x >= 1000 ||
	    x != floor(x))
		return 0;
	if ((small = xw_scale(s, j + k, &n, &out)) == 1e6 ||
	    (small == 1e9 && factor == 1e12)) {
		f->v = f->v * (factor / small) + x;
		gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
		return k + n;
	}
	if (small > 0 || x < 100 || !(j + k >= s->nt ||
				      s->t[j + k].type == XT_PUNCT))
		return 0;
	f->v += x / 1000; /* "миллиард семьсот." */
	return k;
}

int xcompound_rest(const struct xsent *s, int j, double factor,
		   struct xfig *f)
{
	const struct xtok *t;
	const char *out;
	double small;
	int n;

	t = j < s->nt ? &s->t[j] : NULL;
	if (t != NULL && t->type == XT_WORD)
		return spelled_rest(s, j, factor, f); /* "one billion four
						      * hundred million" too */
	if (t == NULL || t->type != XT_NUM || (t->flags & XF_TIME) ||
	    !t->plain || t->v <= 0 || t->v >= factor ||
	    f->v != floor(f->v) || t->v != floor(t->v) ||
	    !(s->t[j - 1].cyr || (j >= 2 && s->t[j - 2].cyr)))
		return 0; /* Russian only: "тыс. 300", "млн 200" */
	if ((small = xw_scale(s, j + 1, &n, &out)) > 0) {
		if (small >= factor || t->v * small >= factor)
			return 0;
		f->v = f->v * (factor / small) + t->v; /* "1 млн 200 тыс." */
		gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
		return 1 + n;
	}
	if (xw_unit(s, j + 1, &n) == NULL)
		return 0;
	f->v = f->v * factor + t->v; /* "6 тыс. 300 человек" */
	f->scale[0] = '\0';
	return 1;
}

/* Does the Cyrillic word w end as a genitive plural ("судов", "верфей")? */
static bool gen_plural(const char *w)
{
	static const char *const ends[] = { "ов", "ев", "ей", NULL };

	return xends_in(w, ends, 3);
}

bool xcompound_dash_noun(const struct xsent *s, int i, struct xfig *f)
{
	const struct xunit *u;
	const struct xtok *t;
	const char *out;
	int n, k;

	if (i < 2 || !(strcmp(s->t[i - 1].w, "—") == 0 ||
		       strcmp(s->t[i - 1].w, "–") == 0))
		return false;
	t = &s->t[i - 2];
	if (t->type != XT_WORD || !t->cyr || (t->flags & XF_TIME) ||
	    xw_in(XL_STOP, t->w) || !gen_plural(t->w))
		return false;
	/* set here, not through xu_set: extract_unitof.c calls this file */
	if ((u = xw_unit(s, i - 2, &n)) != NULL && n == 1) {
		gs_snprintf(f->unit, sizeof(f->unit), "%s", u->out);
		f->cls = u->cls; /* "резидентов — 45" */
		for (k = i - 3; u->cls == XU_CUR && !f->scale[0] &&
		     k >= i - 4 && k >= 0; k--) /* "млн рублей — 2 140" */
			if (xw_scale(s, k, &n, &out) > 0 &&
			    (k + n == i - 2 || (k + n == i - 3 &&
						strcmp(s->t[i - 3].w, ".") == 0)))
				gs_snprintf(f->scale, sizeof(f->scale), "%s",
					    out); /* the label's scale */
	} else {
		gs_snprintf(f->unit, sizeof(f->unit), "%.*s", t->len,
			    s->text + t->off);
		f->cls = XU_COUNT;
	}
	f->left_unit = true;
	return true;
}

/* A plural English noun ("rooms", "lifts"), not "ss" ("business"). */
static bool en_plural(const struct xtok *t)
{
	size_t n = strlen(t->w);

	return !t->cyr && n >= 4 && t->w[n - 1] == 's' && t->w[n - 2] != 's';
}

/* Does token j open a line of the text (a fact sheet's lines run
 * together into one sentence when they end without a period)? */
static bool line_start(const struct xsent *s, int j)
{
	const char *p = s->text + s->t[j].off;

	while (p > s->text && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	return p == s->text || p[-1] == '\n';
}

/* A bullet opening its line: "•", "-", "–", "*". */
static bool bullet(const struct xsent *s, int j)
{
	static const char *const bs[] = { "•", "-", "–", "—", "*", NULL };
	int k;

	for (k = 0; bs[k] != NULL; k++)
		if (strcmp(s->t[j].w, bs[k]) == 0)
			return strcmp(bs[k], "•") == 0 || line_start(s, j);
	return false;
}

/* The colon of the label line the number at i stands in: right before
 * it ("Beds: 2,400"), or a few tokens back on the same line with no unit
 * of their own between ("Beds: 2,400 now, target 5,000"); or -1. */
static int label_colon(const struct xsent *s, int i)
{
	int k;

	for (k = i - 1; k >= 0 && k >= i - 8; k--) {
		if (strcmp(s->t[k].w, ":") == 0)
			return k;
		if (line_start(s, k + 1) && k + 1 <= i - 1)
			return -1; /* another line */
		if (strchr(".;()", s->t[k].w[0]) != NULL &&
		    s->t[k].type == XT_PUNCT)
			return -1;
	}
	return -1;
}

bool xcompound_label_noun(const struct xsent *s, int i, struct xfig *f)
{
	int c, j, k, noun = -1;

	if (i < 2 || (c = label_colon(s, i)) < 1)
		return false;
	/* the label's words, a period word at its end ("Skier visits
	 * 1Q24:") aside */
	for (j = c; j > 0 && (s->t[j - 1].type == XT_WORD ||
			      (s->t[j - 1].flags & XF_TIME)); j--)
		;
	if (c - j > 4 || (j > 0 && !bullet(s, j - 1) &&
			  strcmp(s->t[j - 1].w, ";") != 0 &&
			  !line_start(s, j)))
		return false; /* the label opens its line or list item */
	for (k = j; k < c && !xw_in(XL_STOP, s->t[k].w); k++)
		if (en_plural(&s->t[k]) && !(s->t[k].flags & XF_TIME))
			noun = k;
	if (noun < 0)
		return false;
	gs_snprintf(f->unit, sizeof(f->unit), "%s", s->t[noun].w);
	f->cls = XU_COUNT;
	f->left_unit = true;
	return true;
}

/* A known count noun at k, no possessive ("Residents' staff"): its
 * unit, or NULL. */
static const struct xunit *count_at(const struct xsent *s, int k, int *n)
{
	const struct xunit *u = xw_unit(s, k, n);
	size_t len = strlen(s->t[k].w);

	if (u == NULL || (u->cls != XU_COUNT && u->cls != XU_PEOPLE) ||
	    (len > 0 && s->t[k].w[len - 1] == '\'') ||
	    (k + 1 < s->nt && s->t[k + 1].w[0] == '\''))
		return NULL;
	return u;
}

bool xcompound_label_first(const struct xsent *s, int i, struct xfig *f)
{
	const struct xunit *u, *v = NULL;
	int c, j, k, n;

	if (i < 3 || (c = label_colon(s, i)) < 2)
		return false;
	/* back to the line's start or its bullet, over words only */
	for (j = c; j > 0 && j > c - 9 && !line_start(s, j) &&
		    !bullet(s, j - 1) && s->t[j - 1].type != XT_NUM; j--)
		;
	if (!line_start(s, j) && !(j > 0 && bullet(s, j - 1)))
		return false; /* the label opens its line or list item */
	if ((u = count_at(s, j, &n)) == NULL ||
	    (!s->t[j].cyr && !en_plural(&s->t[j + n - 1])))
		return false; /* "Cluster firms: 62" counts firms */
	for (k = j + n; k < c && v == NULL; k++)
		if (s->t[k].type == XT_WORD)
			v = count_at(s, k, &n);
	if (v == NULL)
		return false; /* one count: the walk back finds it */
	gs_snprintf(f->unit, sizeof(f->unit), "%s", u->out);
	f->cls = u->cls;
	f->left_unit = true;
	return true;
}
