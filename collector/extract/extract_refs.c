/*
** extract_refs.c: numbers that refer to something rather than state a
** figure: where ("at our two sites", "into its two sites", "на трёх его
** площадках", "у трёх из них") and how long ("In the ten years since then", "Over five
** years we have localised ..."). extract_num.c drops them. Also the
** whole a part is said of: "62 hectares out of 95", "12 из 40"; and
** more of the same: "six plants ... and two more", "ещё два"; and who
** "them" are when the sentence before named them without a figure, and
** the unit a number takes from its context (an interview's question,
** "of them", "их было восемь", a figure said again for another date:
** "40 residents in 2021 and 52 in 2022").
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_r15b.h"
#include "extract_answer.h"
#include "extract_was.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool one_word(const char *w, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (strcmp(w, *ws) == 0)
			return true;
	return false;
}

static bool one_of(const struct xsent *s, int i, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (is_w(s, i, *ws))
			return true;
	return false;
}

/* A verb of spending a few words before the "on" at j: "spent RUB 6 bn
 * on", "направил 2 млрд на". */
static bool spent_on(const struct xsent *s, int j)
{
	static const char *const stems[] = { "spent", "spend", "invest",
		"allocat", "потрат", "направ", "выдел", "вложи", "израсход",
		NULL };
	int k, n;

	for (k = j - 1; k >= 0 && k >= j - 8; k--)
		for (n = 0; stems[n] != NULL; n++)
			if (strncmp(s->t[k].w, stems[n], strlen(stems[n])) == 0)
				return true;
	return false;
}

bool xref_where(const struct xsent *s, int t0)
{
	static const char *const prep[] = { "at", "into", "across", "among",
		"between", "on", "в", "на", "по", NULL };
	static const char *const own[] = { "its", "our", "their", "его",
		"их", "наших", "своих", NULL };

	static const char *const at[] = { "у", "в", "на", "at", "in", NULL };

	if (one_of(s, t0 - 1, at) &&
	    ((is_w(s, t0 + 1, "из") && is_w(s, t0 + 2, "них")) ||
	     (is_w(s, t0 + 1, "of") && is_w(s, t0 + 2, "them"))))
		return true; /* "у трёх из них — почти 100%", "in two of them" */
	/* "at our two sites": a place the text already knows of; but what
	 * money was spent on is counted ("spent RUB 6 bn on its 12
	 * industrial parks") */
	return one_of(s, t0 - 1, own) && one_of(s, t0 - 2, prep) &&
	       !((is_w(s, t0 - 2, "on") || is_w(s, t0 - 2, "на")) &&
		 spent_on(s, t0 - 2));
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

/* "займёт 2–3 года", "in 2-3 years": how long, before t0 (past the low
 * end of a range). */
static bool takes(const struct xsent *s, int t0)
{
	static const char *const ws[] = { "in", "within", "через", "займет",
		"займут", "потребуется", "потребуются", NULL };

	if (t0 >= 2 && (is_w(s, t0 - 1, "-") || is_w(s, t0 - 1, "–") ||
			is_w(s, t0 - 1, "—")) && s->t[t0 - 2].type == XT_NUM)
		t0 -= 2; /* the high end of "2-3 years" */
	return one_of(s, t0 - 1, ws);
}

bool xref_since(const struct xsent *s, int t0, int e, enum gs_qual q)
{
	static const char *const span[] = { "in", "over", "during", NULL };

	if (takes(s, t0))
		return true;
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

/* The first count noun of s before token end, or NULL. */
static const struct xunit *first_count(const struct xsent *s, int end)
{
	const struct xunit *u;
	int k, n;

	for (k = 0; k < end && k < s->nt; k++)
		if (s->t[k].type == XT_WORD &&
		    (u = xw_unit(s, k, &n)) != NULL && u->cls == XU_COUNT)
			return u;
	return NULL;
}

const struct xunit *xref_them(const struct xdoc *d, const struct xsent *s,
			      int i)
{
	const struct xunit *u;

	if ((u = first_count(s, i)) != NULL)
		return u; /* "Residents of the zone (there are 80 of them)" */
	if (s <= d->s || s >= d->s + d->ns)
		return NULL;
	/* "Our pharmaceutical companies shipped products ... There are 19
	 * of them": the subject, said first */
	return first_count(s - 1, (s - 1)->nt);
}

/* A number said of "them": "их было восемь", "1,100 of them", "из них
 * 40", "including 850", "в том числе 40", "of which 9", "из которых 9",
 * or alone after "there were", "было" ("In 2021 there were 241."), or
 * of "their number", "их число", "the number" without "of". */
static bool of_them(const struct xsent *s, int i, int e)
{
	bool alone = e >= s->nt || s->t[e].type == XT_PUNCT ||
		     (s->t[e].flags & XF_TIME) || (e + 1 < s->nt &&
		     (s->t[e + 1].flags & XF_TIME)); /* "were 119 in 2021." */
	int j;

	for (j = i - 1; j >= 1 && j >= i - 5; j--)
		if ((is_w(s, j, "число") && is_w(s, j - 1, "их")) ||
		    (is_w(s, j, "number") && !is_w(s, j + 1, "of") &&
		     (is_w(s, j - 1, "the") || is_w(s, j - 1, "their"))))
			return true;

	if (alone && ((is_w(s, i - 1, "were") && is_w(s, i - 2, "there")) ||
		      is_w(s, i - 1, "было") || is_w(s, i - 1, "были")))
		return true;
	if (is_w(s, i - 1, "including") ||
	    (is_w(s, i - 1, "числе") && is_w(s, i - 2, "том")) ||
	    ((is_w(s, i - 1, "which") || is_w(s, i - 1, "которых")) &&
	     (is_w(s, i - 2, "of") || is_w(s, i - 2, "из"))))
		return true; /* "6,300 people, including 850 hired in 2023" */
	return (is_w(s, e, "of") && (is_w(s, e + 1, "them") ||
				     is_w(s, e + 1, "which") ||
				     is_w(s, e + 1, "whom"))) ||
	       (is_w(s, e, "из") && is_w(s, e + 1, "них")) ||
	       is_w(s, i - 1, "их") || is_w(s, i - 2, "их") ||
	       (is_w(s, i - 2, "из") && is_w(s, i - 1, "них"));
}

/* "их общее число достигло 18", "their number rose to 18", "their total
 * reached 18": the number counts what was named before. */
static bool their_number(const struct xsent *s, int i)
{
	static const char *const nouns[] = { "число", "количество",
		"number", "total", "count", NULL };
	int j, k;

	for (j = i - 1; j >= 1 && j >= i - 5; j--) {
		if (s->t[j].type != XT_WORD)
			return false;
		if (!one_of(s, j, nouns))
			continue;
		k = is_w(s, j - 1, "общее") || is_w(s, j - 1, "total") ? j - 2 :
									  j - 1;
		return is_w(s, k, "их") || is_w(s, k, "their");
	}
	return false;
}

/* "another 1,500 are to be added", "room for up to 15 more", "ещё 8",
 * "к ним прибавились восемь": more of what was counted last, said
 * without its noun. */
static bool more_alone(const struct xsent *s, int i, int e)
{
	static const char *const added[] = { "прибавились", "добавились",
		"присоединились", "прибавилось", "добавилось", NULL };

	return is_w(s, i - 1, "another") || is_w(s, i - 1, "еще") ||
	       one_of(s, i - 1, added) || /* "к ним прибавились восемь" */
	       (is_w(s, e, "more") && !is_w(s, e + 1, "than") &&
		(e + 1 >= s->nt || s->t[e + 1].type == XT_PUNCT));
}

/* "At the start of 2022 we had 58.", "In 2021 there were 50.", "В 2021
 * году у нас было 44.": a dated count said alone, as the sentence
 * before counted. */
static bool we_had(const struct xsent *s, int i, int e)
{
	static const char *const who[] = { "we", "they", "it", "there",
		"нас", "них", "него", NULL };
	static const char *const had[] = { "had", "were", "was", "было",
		"были", "насчитывалось", NULL };
	int k;

	if (i < 2 || !(e >= s->nt || (s->t[e].type == XT_PUNCT &&
				      !is_w(s, e, "("))) ||
	    !one_of(s, i - 1, had) || !one_of(s, i - 2, who))
		return false;
	for (k = 0; k < i - 2; k++)
		if (s->t[k].flags & XF_TIME)
			return true;
	return false;
}

/* "Today we have nine.", "Now there are 12.", "so we are 15 now": a
 * count said alone in the present with "now" or "today", as the
 * sentence before counted. */
static bool we_have_now(const struct xsent *s, int i, int e)
{
	static const char *const who[] = { "we", "they", "it", "there",
		NULL };
	static const char *const have[] = { "have", "has", "are", "is",
		NULL };
	static const char *const now[] = { "now", "today", "currently",
		NULL };
	int k;

	if (i < 2 || !one_of(s, i - 1, have) || !one_of(s, i - 2, who) ||
	    !(e >= s->nt || (s->t[e].type == XT_PUNCT && !is_w(s, e, "(")) ||
	      one_of(s, e, now)))
		return false;
	for (k = 0; k < s->nt; k++)
		if (one_of(s, k, now))
			return true;
	return false;
}

bool xref_context_unit(const struct xsent *s, const struct xdoc *d, int i,
		       int e, const struct xfig *prev, struct xfig *f)
{
	const struct xunit *u;
	struct xfig g = *f;

	if (f->unit[0] == '\0' && d->asked != NULL &&
	    !xr15b_own_count(s, i, prev)) {
		xu_set(f, d->asked->out, d->asked->cls);
		return true; /* "How many ...? About 1,400" */
	}
	if (f->unit[0] == '\0' && f->scale[0] == '\0' &&
	    !xr15b_own_count(s, i, prev) &&
	    (u = xanswer_unit(d, s, e)) != NULL) {
		xu_set(f, u->out, u->cls);
		return true; /* "— Семь. Три года назад было всего два." */
	}
	if (f->unit[0] == '\0' && f->scale[0] == '\0' &&
	    xr15b_pct_first(s, i, f))
		return true; /* "процентов на десять больше": about 10% */
	if (f->unit[0] == '\0' && f->scale[0] == '\0' &&
	    (xwas_noun(s, i, f) || xwas_item(s, i, e, f)))
		return true; /* "резидентов было пять", "; jobs 640." */
	if (f->unit[0] == '\0' && f->scale[0] == '\0' &&
	    xu_number_of(s, i, &g) && g.cls != XU_OTHER) {
		xu_set(f, g.unit, g.cls); /* "85%; число резидентов — не
					   * меньше 350": a known count,
					   * not the figure before's unit */
		f->left_unit = true;
		return false;
	}
	if (f->unit[0] != '\0' || f->scale[0] != '\0' ||
	    !(of_them(s, i, e) || xref_dated_line(s, i, e) ||
	      their_number(s, i) || more_alone(s, i, e) || we_had(s, i, e) ||
	      we_have_now(s, i, e)))
		return false;
	/* "48 residents, 12 of them foreign", else the sentence before's
	 * count, else what it named */
	if (prev != NULL && (prev->cls == XU_COUNT || prev->cls == XU_PEOPLE ||
			     prev->cls == XU_OTHER || /* "parks" */
			     prev->cls == XU_AREA)) /* "40 hectares ...
						     * another 25" */
		xu_set(f, prev->unit, prev->cls);
	else if (prev != NULL && prev->cls == XU_CUR && f->v <= prev->v) {
		/* "18 млрд рублей, из них 11 — внебюджетные": a part of a
		 * sum in its scale and currency */
		gs_snprintf(f->scale, sizeof(f->scale), "%s", prev->scale);
		xu_set(f, prev->unit, prev->cls);
	}
	else if (d->them[0] != '\0')
		xu_set(f, d->them, (enum xucls)d->them_cls);
	else if ((u = xref_them(d, s, i)) != NULL)
		xu_set(f, u->out, u->cls);
	return false;
}

/* Is token k a date, or a preposition before one ("in 2022", "в 2022-м")? */
static bool date_at(const struct xsent *s, int k)
{
	static const char *const prep[] = { "in", "by", "at", "on", "в", "на",
		"к", NULL };

	if (k < 0 || k >= s->nt)
		return false;
	return (s->t[k].flags & XF_TIME) ||
	       (one_of(s, k, prep) && k + 1 < s->nt &&
		(s->t[k + 1].flags & XF_TIME));
}

/* A date between the figure before (ending at t1) and i: "52
 * residents; in 2021 it had 40." */
static bool date_between(const struct xsent *s, int t1, int i)
{
	int k;

	for (k = t1; k < i; k++)
		if (k >= 0 && (s->t[k].flags & XF_TIME))
			return true;
	return false;
}

static bool dash_at(const struct xsent *s, int k)
{
	return is_w(s, k, "—") || is_w(s, k, "–") || is_w(s, k, "-");
}

bool xref_dated_again(const struct xsent *s, int i, int e,
		      const struct xfig *prev)
{
	static const char *const join[] = { "and", "to", ",", ";", "и", "а",
		"до", NULL };

	if (prev == NULL || prev->cls == XU_TIMES || prev->cls == XU_YEARS ||
	    prev->cls == XU_NONE)
		return false;
	if (date_at(s, e) && one_of(s, i - 1, join))
		return true; /* "40 residents in 2021 and 52 in 2022" */
	if ((e >= s->nt || s->t[e].type == XT_PUNCT) && !is_w(s, e, "(") &&
	    !is_w(s, e, "%") && date_between(s, prev->t1, i))
		return true; /* "52 residents; in 2021 it had 40." */
	return i >= 2 && dash_at(s, i - 1) &&
	       (s->t[i - 2].flags & XF_TIME); /* "в 2022-м — 52" */
}

bool xref_dated_line(const struct xsent *s, int i, int e)
{
	int k;

	if (!(e >= s->nt || s->t[e].type == XT_PUNCT) || i < 2 ||
	    !dash_at(s, i - 1))
		return false;
	for (k = 0; k < i - 1; k++) /* "В 2021 году — 40." after a count */
		if (!(s->t[k].flags & XF_TIME) && s->t[k].type != XT_PUNCT &&
		    !is_w(s, k, "в") && !is_w(s, k, "in"))
			return false;
	return true;
}

bool xref_version(const struct xsent *s, int i)
{
	const struct xtok *t;
	int n;

	if (i < 1 || i >= s->nt || s->t[i].type != XT_NUM)
		return false;
	t = &s->t[i]; /* "Industry 4.0", "Web 3.0": a name, not 4 */
	if (t->len < 3 || strncmp(s->text + t->off + t->len - 2, ".0", 2) != 0)
		return false;
	t = &s->t[i - 1]; /* not "RUB 12.0 bn" */
	return t->type == XT_WORD && t->cap && !t->acro &&
	       !xw_in(XL_STOP, t->w) && xw_currency_sign(t) == NULL &&
	       xw_month(t) == 0 && xw_unit(s, i - 1, &n) == NULL;
}

void xref_scale_alone(const struct xdoc *d, struct xfig *f)
{
	static const char *const small[] = { "thousand", "тыс.", "million",
		"млн", NULL };

	/* "Around 14 thousand people work in the zone. By 2027 we want to
	 * reach 20 thousand." */
	if (f->unit[0] == '\0' && d->them[0] != '\0' &&
	    one_word(f->scale, small))
		xu_set(f, d->them, (enum xucls)d->them_cls);
}
