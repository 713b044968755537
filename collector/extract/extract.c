/*
** extract.c: the extract driver: a checked text in, candidate figures out.
**
** The text is cut into paragraphs, sentences and tokens; the acronyms it
** defines are collected; its as-of date and horizon are found; then each
** sentence's figures are spotted and given kind, period, base and a
** proposed series. A sentence's paragraph lends it the date of its first
** sentence, and a list item the date and tense of the line that
** introduces the list ("from January to August of this year, Moscow
** companies produced the following medications:").
*/
#include "../../common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "extract_near.h"
#include "extract_cmpdate.h"
#include "extract_r12.h"
#include "extract_r12b.h"
#include "extract_yago.h"
#include "extract_grid.h"
#include "extract_gridchg.h"
#include "extract_plan.h"
#include "extract_r15.h"
#include "extract_rows.h"
#include "extract_tender.h"

#define MAX_FIGS 64

void xresult_free(struct xresult *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].series);
		free(r->v[i].note);
	}
	free(r->v);
	r->v = NULL;
	r->n = r->cap = 0;
}

static struct xcand *new_cand(struct xresult *r)
{
	struct xcand *c;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	c = &r->v[r->n++];
	memset(c, 0, sizeof(*c));
	return c;
}

/* "Technology Center (IRTC)": IRTC is a kind of center. */
static void find_acronyms(struct xdoc *d)
{
	int i, k;

	for (i = 0; i < d->ns; i++) {
		const struct xsent *s = &d->s[i];

		for (k = 1; k + 2 < s->nt && d->nacro < (int)GS_ARRAY_LEN(d->acro);
		     k++) {
			const struct xtok *a = &s->t[k + 1];
			struct xacro *x;
			size_t n;

			if (strcmp(s->t[k].w, "(") != 0 || !a->acro ||
			    strcmp(s->t[k + 2].w, ")") != 0 ||
			    s->t[k - 1].type != XT_WORD || s->t[k - 1].acro)
				continue;
			x = &d->acro[d->nacro++];
			gs_snprintf(x->acr, sizeof(x->acr), "%s", a->w);
			n = strlen(x->acr);
			if (n > 2 && s->text[a->off + a->len - 1] == 's')
				x->acr[n - 1] = '\0';
			gs_snprintf(x->head, sizeof(x->head), "%s", s->t[k - 1].w);
		}
	}
}

/* "по 40 млн руб. ежегодно в 2025–2026 годах", "RUB 2 bn a year in
 * 2024-2026": a sum for each year of the span, one figure per year (as
 * the keys write it), not one over the span. The candidate just added
 * for f becomes the first year's; copies follow for the others. */
static void each_year(struct xresult *r, const struct xsent *s,
		      const struct xfig *f)
{
	struct xcand *x = &r->v[r->n - 1], c;
	int y, y0 = x->period.y0, y1 = x->period.y1;

	if (y1 <= y0 || y1 - y0 > 5 || x->period.m0 != 0 ||
	    !xplan_yearly(s, f))
		return;
	c = *x;
	x->period.y1 = y0;
	for (y = y0 + 1; y <= y1; y++) {
		x = new_cand(r);
		*x = c;
		x->period.y0 = x->period.y1 = y;
		x->series = c.series ? xstrdup(c.series) : NULL;
		x->note = xstrdup(c.note);
	}
}

/* The base ("vs 2020") of the sentence whose date para is, or NULL. */
static const struct xtime *lead_base(const struct xdoc *d,
				     const struct xtime *para)
{
	int i, k, j;

	for (i = 0; i < d->ns; i++)
		for (k = 0; k < d->s[i].ntm; k++)
			if (&d->s[i].tm[k] == para)
				for (j = 0; j < d->s[i].ntm; j++)
					if (d->s[i].tm[j].role == XR_BASE)
						return &d->s[i].tm[j];
	return NULL;
}

/* "Key numbers, 2021 vs 2020:" then "Residents: 74 (62)": the value in
 * brackets right after another is the compared year's, the base the
 * list's lead states. x is f's candidate; para the lead's date. */
static void earlier_in_brackets(const struct xdoc *d, const struct xsent *s,
				const struct xfig *f,
				const struct xtime *para, struct xcand *x)
{
	const struct xtime *b;

	if (para == NULL || !s->item || f->t0 < 2 ||
	    strcmp(s->t[f->t0 - 1].w, "(") != 0 || f->t1 >= s->nt ||
	    strcmp(s->t[f->t1].w, ")") != 0 ||
	    (s->t[f->t0 - 2].type != XT_NUM &&
	     strcmp(s->t[f->t0 - 2].w, "%") != 0))
		return;
	if ((b = lead_base(d, para)) != NULL)
		x->period = b->p;
}

/* The date a paragraph's first sentence states, if just one, or the
 * latest of its years ("rose to 34% in 2023 from 30% in 2022"); a
 * sentence about the future lends its date only to the list it
 * introduces ("The park's plans for 2025 include:"). */
static const struct xtime *para_date(const struct xsent *s, bool lead)
{
	const struct xtime *m = NULL, *late = NULL;
	int k, n = 0, points = 0;

	if (!lead && xcue_future(s))
		return NULL;
	for (k = 0; k < s->ntm; k++) {
		enum xrole r = s->tm[k].role;

		if (s->tm[k].prev || (xsent_datelead(s, &s->tm[k]) &&
				      !xsent_dateline(s)) ||
		    xsaid_date(s, &s->tm[k]) || xcmp_date(s, &s->tm[k]))
			continue; /* "compared with 61% a year earlier" dates
				   * the earlier figure, not what follows; a
				   * date line's date is the text's, and so
				   * is "said on 17 October 2023" */
		if (r == XR_POINT || r == XR_RANGE || r == XR_NOW ||
		    (lead && r == XR_BY)) {
			m = &s->tm[k];
			n++;
		}
		if (r == XR_POINT && s->tm[k].p.m0 == 0 &&
		    (late == NULL || s->tm[k].p.y1 > late->p.y1))
			late = &s->tm[k];
		points += r == XR_POINT && s->tm[k].p.m0 == 0;
	}
	if (n == 1)
		return m;
	return n > 1 && points == n ? late : NULL;
}

/* Does s, before its first number, name someone its paragraph's first
 * sentence does not ("Технопарк «Обнинск» площадью 12 га")? Then that
 * sentence's date is not its. */
static bool new_names(const struct xsent *first, const struct xsent *s)
{
	int i, k, n;

	for (i = 1; i < s->nt && s->t[i].type != XT_NUM; i++) {
		const struct xtok *t = &s->t[i];
		bool seen = false;

		if (t->type != XT_WORD || !t->cap || xw_month(t) > 0 ||
		    xw_unit(s, i, &n) != NULL)
			continue; /* "RUB" is no name */
		for (k = 0; k < first->nt && !seen; k++)
			seen = strcmp(first->t[k].w, t->w) == 0;
		if (!seen)
			return true;
	}
	return false;
}

/* A noun s shares with first: "In 2015 MIPT launched a new building. The
 * total area of the building is around 11,000 sq.m." */
static bool shares_noun(const struct xsent *first, const struct xsent *s)
{
	const char *out;
	int i, k, n;

	for (i = 0; i < s->nt; i++) {
		const struct xtok *t = &s->t[i];

		if (t->type != XT_WORD || t->cap ||
		    strlen(t->w) < (t->cyr ? 10u : 6u) || xw_in(XL_STOP, t->w) ||
		    xw_unit(s, i, &n) != NULL || xw_scale(s, i, &n, &out) > 0)
			continue;
		for (k = 0; k < first->nt; k++)
			if (strcmp(first->t[k].w, t->w) == 0)
				return true;
	}
	return false;
}

/* The context of sentence i: its paragraph's date, or for a list item the
 * date and tense of the paragraph that introduces the list. */
struct walk {
	int first;      /* first sentence of the current paragraph */
	int lead0, lead1; /* sentences of the paragraph before a list, or -1 */
	int question;   /* the last question of an interview, or -1 */
	int dated;      /* the paragraph's last sentence stating a date, or -1 */
};

/* The sentence whose date an undated one in the past tense takes: the
 * nearest before it in the paragraph that states one date ("Revenue was
 * 14 billion rubles in 2022. Exports reached 3 billion."), not a date
 * line that opens the paragraph; else the paragraph's first. A sentence
 * in the present tense only takes the first's ("The plant's capacity
 * allows ..." is not dated by "In 2022, the company launched ...").
 * The walk keeps it as it goes (note_dated): searching back from every
 * sentence made a text without paragraph breaks cost its square. */
static int dated_before(const struct walk *w)
{
	return w->dated >= w->first ? w->dated : w->first;
}

static const struct xtime *note_dated(struct walk *w, const struct xsent *s,
				      int i)
{
	const struct xtime *own = para_date(s, false);

	if (own != NULL && !xsent_dateline(s))
		w->dated = i;
	return own;
}

/* A question ("Как участники закончили прошлый год?", "Q: ..."): what
 * follows answers it, dated as it is. */
static bool question(const struct xsent *s)
{
	return s->len > 0 && s->text[s->len - 1] == '?';
}

/* "Годом ранее рост составлял 11%": a date counted back in a sentence
 * that states none to count from counts from the date of the sentence
 * before it in the paragraph, when that states one point or range. */
static void count_back(struct xdoc *d, const struct walk *w, int i)
{
	const struct xtime *b;
	struct xsent *s = &d->s[i];
	int k, j = dated_before(w);

	if (j == i || (b = para_date(&d->s[j], false)) == NULL ||
	    b->a1 > 0 || (b->role != XR_POINT && b->role != XR_RANGE))
		return;
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].prev)
			s->tm[k].p = xper_shift(b->p, -s->tm[k].n);
}

/* A list item "member companies: 33 (32 a year earlier)" counts back
 * from the date of the paragraph that introduces the list ("Results for
 * 2021:"), when the item states none of its own. */
static void count_back_item(struct xsent *s, const struct xtime *lead)
{
	int k;

	if (!s->item || lead == NULL || lead->a1 > 0 ||
	    (lead->role != XR_POINT && lead->role != XR_RANGE))
		return;
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].prev)
			s->tm[k].p = xper_shift(lead->p, -s->tm[k].n);
}

static void context(const struct xdoc *d, int i, struct walk *w,
		    struct xctx *c)
{
	const struct xsent *s = &d->s[i];
	int k;

	memset(c, 0, sizeof(*c));
	if (s->para_first) {
		w->first = i;
		if (!s->item)
			w->lead0 = w->lead1 = -1;
	}
	if (!s->item && s->lead) {
		w->lead0 = w->first;
		w->lead1 = i;
	}
	if (s->item && w->lead0 >= 0) {
		c->para = para_date(&d->s[w->lead1], true);
		if (c->para == NULL)
			c->para = para_date(&d->s[w->lead0], true);
		for (k = w->lead0; k <= w->lead1; k++) {
			c->para_future = c->para_future || xcue_future(&d->s[k]);
			c->para_build = c->para_build || xcue_build(&d->s[k]);
		}
	} else if (!s->para_first) {
		const struct xsent *f = &d->s[w->first];
		const struct xsent *p = &d->s[dated_before(w)];

		if (xcue_past(s) && !new_names(p, s))
			c->para = para_date(p, false);
		else if (!new_names(f, s) && (xcue_past(s) || shares_noun(f, s)))
			c->para = para_date(f, false);
	}
	if (question(s))
		w->question = i;
	else if (c->para == NULL && w->question >= 0)
		c->para = para_date(&d->s[w->question], false);
}

/* Does s end in the dot of a scale or currency abbreviation ("47 млрд
 * руб.", "RUB 12 bn.")? */
static bool abbrev_end(const struct xsent *s)
{
	static const char *const ab[] = { "руб", "тыс", "млн", "млрд",
		"трлн", "долл", "bn", "mln", "bln", "trln" };
	size_t k;

	if (s->nt < 2 || strcmp(s->t[s->nt - 1].w, ".") != 0)
		return false;
	for (k = 0; k < GS_ARRAY_LEN(ab); k++)
		if (strcmp(s->t[s->nt - 2].w, ab[k]) == 0)
			return true;
	return false;
}

/* A title or heading at the top: one line, no final punctuation but an
 * abbreviation's dot. Its figures repeat the text's ("output tops 100
 * billion rubles", "Резиденты ТОР вложили 47 млрд руб."). */
static bool heading(const struct xsent *s)
{
	const unsigned char *e = (const unsigned char *)s->text + s->len;

	if (s->item || !s->para_first || s->len > 150 || s->len == 0 ||
	    xsheet_label_line(s->text, (size_t)s->len, true))
		return false; /* "Land: 855 ha" is a fact, not a title */
	if (abbrev_end(s) && s->para == 0)
		return true;
	return strchr(".!?:;\")", e[-1]) == NULL &&
	       !(s->len >= 2 && e[-2] == 0xc2) &&
	       !(s->len >= 3 && e[-3] == 0xe2);
}

/* The values of a table row: level, or flow for money (a year's
 * revenue, a year's investment). */
static void table_cands(struct xresult *r, const struct xdoc *d,
			const struct xsent *s, const struct xtrow *rows, int n)
{
	int k;

	for (k = 0; k < n; k++) {
		struct xcand *x = new_cand(r);

		x->kind = rows[k].cls == XU_CUR ? GS_KIND_FLOW : GS_KIND_LEVEL;
		x->value = rows[k].v;
		x->period = rows[k].period;
		gs_snprintf(x->unit, sizeof(x->unit), "%s", rows[k].unit);
		x->series = xstrdup("");
		x->note = xstrdup(s->text);
		x->line = s->line;
		x->why = XW_TABLE | XW_SERIES_EMPTY;
		xr12_row(d, s, rows, n, x);
		xgridchg_cand(d, s, rows, k, n, x); /* "изм., %" */
	}
}

static unsigned subject_why(enum xsubj how)
{
	if (how == XS_NONE)
		return XW_SERIES_EMPTY;
	if (how == XS_EARLIER)
		return XW_SUBJECT_EARLIER;
	return how == XS_NONAME ? XW_SUBJECT_NONAME : 0;
}

/* The last subject the text named, for the sentences after it that name
 * none ("ОЭЗ «Дубна» ... . Объем инвестиций составил ..."). */
static void keep_name(const struct xsent *s, char *name, size_t size)
{
	char now[80];

	xseries_name(s, now, sizeof(now));
	if (now[0] != '\0')
		gs_snprintf(name, size, "%s", now);
}

/* The date of the first sentence after the heading i that states one
 * (not a date line): a heading's figure is the text's news. */
static const struct xtime *body_date(const struct xdoc *d, int i)
{
	const struct xtime *m;
	int k;

	for (k = i + 1; k < d->ns && k <= i + XNEAR; k++)
		if (!xsent_dateline(&d->s[k]) &&
		    (m = para_date(&d->s[k], false)) != NULL)
			return m;
	return NULL;
}

/* What the sentence just read counted, for "их было восемь" in the
 * next: the unit of its last count. */
static void them(struct xdoc *d, const struct xfig *f, int nf)
{
	d->them[0] = '\0';
	while (nf-- > 0)
		if (f[nf].cls == XU_COUNT || f[nf].cls == XU_PEOPLE) {
			gs_snprintf(d->them, sizeof(d->them), "%s", f[nf].unit);
			d->them_cls = (int)f[nf].cls;
			return;
		}
}

static void run_once(const char *buf, size_t len, const struct xopts *o,
		     struct xresult *r)
{
	char name[80] = "";
	enum xsubj how;
	struct xtrow rows[MAX_FIGS];
	int nt;
	struct xfig *figs = xcalloc(MAX_FIGS, sizeof(*figs));
	struct walk w = { 0, -1, -1, -1, -1 };
	struct xdoc d;
	struct xctx c;
	const struct xtime *topic = NULL, *m, *report, *own;
	int i, k, nf, tpara = 0, tsent = -1, due;
	bool top = true, firms, head;

	memset(r, 0, sizeof(*r));
	xdoc_build(&d, buf, len);
	find_acronyms(&d);
	xtime_asof(&d, buf, len, o, r);
	xtime_horizon(&d);
	report = xreport_topic(&d);
	due = xtender_due(&d);
	firms = xask_firms(&d);
	for (i = 0; i < d.ns; i++) {
		struct xsent *s = &d.s[i];

		context(&d, i, &w, &c);
		count_back(&d, &w, i); /* not in a paragraph's first */
		count_back_item(s, c.para);
		nt = xtable_rows(&d, i, rows, MAX_FIGS);
		table_cands(r, &d, s, rows, nt);
		head = nt == 0 && top && heading(s);
		if (head)
			c.para = body_date(&d, i);
		top = top && i < XNEAR && (heading(s) || s->len < 80);
		d.asked = w.question >= 0 && w.question == i - 1 ?
			  xask_asked(&d.s[w.question]) : NULL;
		if (topic != NULL && (s->para > tpara + 1 || heading(s)))
			topic = NULL; /* a topic reaches the next paragraph */
		if (topic != NULL && question(s))
			tpara = s->para; /* and the answer after a question */
		if (topic != NULL && tsent > w.question && w.question >= 0 &&
		    c.para == para_date(&d.s[w.question], false))
			c.para = NULL; /* the answer's own period is newer */
		c.topic = topic != NULL ? topic : report;
		xyago_count(&d, s, c.para != NULL ? NULL : report);
		nf = xnum_spot(s, &d, figs, MAX_FIGS);
		for (k = 0; k < nf; k++) {
			struct xcand *x;

			if (head && xrepeated(&d, i, figs[k].v))
				continue;
			x = new_cand(r);

			xask_participants(s, firms, &figs[k]);
			xcue_decide(&d, s, &c, &figs[k], figs, nf, x);
			xr15_redate(&d, i, due, figs, k, r);
			xr12b_cand(&d, i, &figs[k], report, r); /* and r11's */
			x->series = xseries_propose(s, &figs[k], name, &how);
			x->note = xstrdup(s->text);
			x->line = s->line;
			x->why |= subject_why(how) |
				  (figs[k].left_unit ? XW_UNIT_BEFORE : 0);
			xr15_last(&d, i, figs, k, r);
			each_year(r, s, &figs[k]);
			earlier_in_brackets(&d, s, &figs[k], c.para,
					    &r->v[r->n - 1]);
		}
		keep_name(s, name, sizeof(name));
		them(&d, figs, nf);
		own = note_dated(&w, s, i);
		if ((m = xtopic_of(&d, s, own, nf + nt)) != NULL) {
			topic = m;
			tpara = s->para;
			tsent = i;
		}
	}
	xdoc_free(&d);
	free(figs);
}

/* Periods of a text dated without a year: those that change when the
 * year changes hang on the missing year and are left empty for a person
 * to fill ("за десять лет", "this year", an undated level); those the
 * text states in full ("в 2021 году") stay. Found by running again 50
 * years later: the machine's year never reaches the output. */
static void unhang(struct xresult *r, const struct xresult *later)
{
	static const struct xper none;
	size_t i;

	for (i = 0; i < r->n; i++) {
		const struct xcand *b = i < later->n && later->n == r->n ?
					&later->v[i] : NULL;

		if (b == NULL || memcmp(&b->period, &r->v[i].period,
					sizeof(none)) != 0) {
			r->v[i].period = none;
			r->v[i].why |= XW_PERIOD_EMPTY;
		}
		if (b == NULL || memcmp(&b->base, &r->v[i].base,
					sizeof(none)) != 0)
			r->v[i].base = none;
	}
	r->as_of = 0;
}

int extract_run(const char *buf, size_t len, const struct xopts *o,
		struct xresult *r, struct gs_err *e)
{
	struct xopts later = *o;
	struct xresult r2;

	(void)e;
	run_once(buf, len, o, r);
	if (r->as_of_src == XASOF_NOYEAR) {
		later.today = o->today + 50 * 10000;
		run_once(buf, len, &later, &r2);
		unhang(r, &r2);
		xresult_free(&r2);
	}
	xconf_score(r);
	return 0;
}
