/*
** extract_refs.c: numbers that refer to something rather than state a
** figure: where ("at our two sites", "into its two sites", "на трёх его
** площадках") and how long ("In the ten years since then", "Over five
** years we have localised ..."). extract_num.c drops them. Also the
** whole a part is said of: "62 hectares out of 95", "12 из 40"; and
** more of the same: "six plants ... and two more", "ещё два"; and who
** "them" are when the sentence before named them without a figure.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool one_of(const struct xsent *s, int i, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (is_w(s, i, *ws))
			return true;
	return false;
}

bool xref_where(const struct xsent *s, int t0)
{
	static const char *const prep[] = { "at", "into", "across", "among",
		"between", "on", "в", "на", "по", NULL };
	static const char *const own[] = { "its", "our", "their", "его",
		"их", "наших", "своих", NULL };

	/* "at our two sites": a place the text already knows of */
	return one_of(s, t0 - 1, own) && one_of(s, t0 - 2, prep);
}

/* Does the sentence open at token i (only punctuation before it)? */
static bool opens(const struct xsent *s, int i)
{
	int k;

	for (k = 0; k < i; k++)
		if (s->t[k].type != XT_PUNCT)
			return false;
	return true;
}

bool xref_since(const struct xsent *s, int t0, int e, enum gs_qual q)
{
	static const char *const span[] = { "in", "over", "during", NULL };

	if (is_w(s, e, "since") || (is_w(s, e, "с") && is_w(s, e + 1, "тех")))
		return true; /* "the ten years since then" */
	if (is_w(s, t0 - 1, "the") && one_of(s, t0 - 2, span))
		return true; /* "in the ten years" */
	return q == GS_QUAL_OVER && opens(s, t0); /* "Over five years we" */
}

bool xref_out_of(const struct xsent *s, int i)
{
	return (is_w(s, i - 1, "of") && is_w(s, i - 2, "out")) ||
	       is_w(s, i - 1, "из"); /* "62 hectares out of 95" */
}

bool xref_more(const struct xsent *s, int i, int e)
{
	/* "six plants ... and two more were under construction", "ещё два" */
	return (is_w(s, e, "more") && !is_w(s, e + 1, "than")) ||
	       is_w(s, i - 1, "еще");
}

const struct xunit *xref_them(const struct xdoc *d, const struct xsent *s)
{
	const struct xunit *u;
	const struct xsent *p;
	int k, n;

	if (s <= d->s || s >= d->s + d->ns)
		return NULL;
	p = s - 1; /* "Our pharmaceutical companies shipped products ...
		    * There are 19 of them": the subject, said first */
	for (k = 0; k < p->nt; k++)
		if (p->t[k].type == XT_WORD &&
		    (u = xw_unit(p, k, &n)) != NULL && u->cls == XU_COUNT)
			return u;
	return NULL;
}
