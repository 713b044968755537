/*
** xlearn.c: the periods a text offers each candidate figure and their
** features (xlearn.h), for the learned period chooser of round sixteen.
** The alternatives are what the extractor's own time parser read
** (struct xtime of each sentence) near the figure, the text's as-of date,
** and a few derived from those; nothing here parses time again.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "xlearn.h"

int xlearn_sent(const struct xdoc *d, const struct xcand *c)
{
	int i;

	for (i = 0; i < d->ns; i++)
		if (d->s[i].line == c->line && c->note != NULL &&
		    strcmp(d->s[i].text, c->note) == 0)
			return i;
	return -1;
}

/* The token of the number c states: the first free number of that value,
 * else the first free number; 0 when none. */
static int num_tok(const struct xsent *s, double v)
{
	int k, first = -1;

	for (k = 0; k < s->nt; k++) {
		const struct xtok *t = &s->t[k];

		if (t->type != XT_NUM || (t->flags & (XF_TIME | XF_NAME)))
			continue;
		if (fabs(fabs(t->v) - fabs(v)) <= 1e-9 * fabs(v))
			return k;
		if (first < 0)
			first = k;
	}
	return first < 0 ? 0 : first;
}

static bool same_per(const struct xper *a, const struct xper *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

/* Add one alternative, or merge it into the one with its period: the
 * sources join; the nearest place that states it stays. */
static int add(struct xalt *v, int n, int max, const struct xalt *a)
{
	int k;

	for (k = 0; k < n; k++)
		if (same_per(&v[k].p, &a->p)) {
			v[k].src |= a->src;
			if (v[k].dsent < 0 ||
			    (a->dsent >= 0 && a->dsent < v[k].dsent)) {
				v[k].dsent = a->dsent;
				v[k].dword = a->dword;
				v[k].side = a->side;
				v[k].role = a->role;
			}
			return n;
		}
	if (n >= max || (a->p.y0 <= 0 && !(a->src & XA_RULES)))
		return n;
	v[n] = *a;
	return n + 1;
}

static struct xalt plain(struct xper p, unsigned src)
{
	struct xalt a;

	memset(&a, 0, sizeof(a));
	a.p = p;
	a.src = src;
	a.dsent = a.dword = -1;
	return a;
}

/* The times of sentence j (dsent sentences before the figure's; tn the
 * number's token when j is the figure's own sentence). */
static int from_sent(const struct xdoc *d, int j, int dsent, unsigned src,
		     int tn, struct xalt *v, int n, int max)
{
	const struct xsent *s = &d->s[j];
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];
		struct xalt a = plain(m->p, src);

		if (m->role == XR_NAMEYEAR)
			continue;
		a.dsent = dsent;
		a.role = (int)m->role + 1;
		if (src & XA_SAME) {
			a.side = m->t1 <= tn ? -1 : 1;
			a.dword = m->t1 <= tn ? tn - m->t1 : m->t0 - tn;
		}
		n = add(v, n, max, &a);
	}
	return n;
}

/* The paragraph's first sentence before i, or for a list item the lead
 * of its list; -1 when i is itself first. */
static int lead_of(const struct xdoc *d, int i)
{
	int k;

	for (k = i; k >= 0; k--) {
		if (d->s[i].item && !d->s[k].item && d->s[k].lead)
			return k == i ? -1 : k;
		if (!d->s[i].item && d->s[k].para_first)
			return k == i ? -1 : k;
	}
	return -1;
}

static int headline(const struct xdoc *d)
{
	int k;

	for (k = 0; k < d->ns && k < 3; k++)
		if (!xsent_dateline(&d->s[k]))
			return k;
	return -1;
}

static int addp(struct xalt *v, int n, int max, struct xper p,
		unsigned src)
{
	struct xalt a = plain(p, src);

	return add(v, n, max, &a);
}

/* Months so far the text names ("January-August"), moved to the as-of
 * year and the one before. */
static int months_so_far(const struct xdoc *d, struct xalt *v, int n,
			 int max)
{
	int i, k;

	for (i = 0; i < d->ns && d->as_of > 0; i++)
		for (k = 0; k < d->s[i].ntm; k++) {
			struct xper p = d->s[i].tm[k].p;

			if (p.y0 <= 0 || p.y0 != p.y1 || p.m0 != 1 ||
			    p.m1 < 2 || p.m1 > 11 || p.d0 || p.d1)
				continue;
			p.y0 = p.y1 = d->ay;
			n = addp(v, n, max, p, XA_DERIVED);
			p.y0 = p.y1 = d->ay - 1;
			n = addp(v, n, max, p, XA_DERIVED);
		}
	return n;
}

/* As-of day and year, the years around, the span of the sentence's
 * years, months so far. */
static int derived(const struct xdoc *d, const struct xsent *s,
		   struct xalt *v, int n, int max)
{
	int k, lo = 0, hi = 0;

	if (d->as_of > 0) {
		n = addp(v, n, max, xt_per(d->ay, d->am, d->ad, d->ay, d->am,
					   d->ad), XA_DATELINE);
		n = addp(v, n, max, xper_year(d->ay), XA_DATELINE);
		n = addp(v, n, max, xper_year(d->ay - 1), XA_DERIVED);
		n = addp(v, n, max, xper_year(d->ay + 1), XA_DERIVED);
	}
	for (k = 0; k < s->ntm; k++) {
		const struct xper *p = &s->tm[k].p;

		if (p->y0 <= 0 || s->tm[k].role == XR_NAMEYEAR)
			continue;
		lo = lo == 0 || p->y0 < lo ? p->y0 : lo;
		hi = p->y1 > hi ? p->y1 : hi;
	}
	if (lo > 0 && hi > lo)
		n = addp(v, n, max, xt_per(lo, 0, 0, hi, 0, 0), XA_DERIVED);
	return months_so_far(d, v, n, max);
}

/* The granularity features of p (XF_G_*). */
static void granularity(const struct xper *p, double *f)
{
	int len = p->m1 - p->m0 + 1;
	bool one_year = p->y0 == p->y1;

	f[XF_G_DAY] = p->d0 > 0 && one_year && p->m0 == p->m1 &&
		      p->d0 == p->d1;
	f[XF_G_MONTH] = p->m0 > 0 && p->d0 == 0 && one_year &&
			p->m0 == p->m1;
	f[XF_G_QH] = one_year && p->m0 > 0 && p->d0 == 0 &&
		     (len == 3 || len == 6) && (p->m0 - 1) % len == 0;
	f[XF_G_MSF] = one_year && p->m0 == 1 && p->m1 >= 2 && p->m1 <= 11;
	f[XF_G_YEAR] = p->m0 == 0 && one_year;
	f[XF_G_SPAN] = p->y1 > p->y0;
}

/* Is the unit money? ("billion RUB", "млн руб.", "$ million") */
static bool money(const char *unit)
{
	static const char *const w[] = { "rub", "руб", "dollar", "usd", "eur",
		"yuan", "cny", "$", "€", "₽" };
	char low[96];
	size_t k;

	for (k = 0; unit[k] != '\0' && k + 1 < sizeof(low); k++)
		low[k] = (char)(unit[k] >= 'A' && unit[k] <= 'Z' ?
				unit[k] - 'A' + 'a' : unit[k]);
	low[k] = '\0';
	for (k = 0; k < GS_ARRAY_LEN(w); k++)
		if (strstr(low, w[k]) != NULL)
			return true;
	return false;
}

static bool has_role(const struct xsent *s, enum xrole r)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == r)
			return true;
	return false;
}

static bool present_word(const struct xsent *s)
{
	int k;

	for (k = 0; k < s->nt; k++)
		if (s->t[k].type == XT_WORD && xw_in(XL_PRESENT, s->t[k].w))
			return true;
	return has_role(s, XR_NOW);
}

/* The candidate's features (XF_C_*, XF_W_*), s its sentence or NULL. */
static void cand_feats(const struct xcand *c, const struct xsent *s,
		       double *f)
{
	bool cash = money(c->unit), rel = c->kind == GS_KIND_MULTIPLE ||
		    c->kind == GS_KIND_PERCENT;

	f[XF_C_STOCK] = (c->kind == GS_KIND_LEVEL ||
			 c->kind == GS_KIND_TARGET) && !cash;
	f[XF_C_FLOW] = c->kind == GS_KIND_FLOW ||
		       (c->kind == GS_KIND_LEVEL && cash);
	f[XF_C_PLAN] = c->kind == GS_KIND_PLAN || c->kind == GS_KIND_TARGET;
	f[XF_C_REL] = rel;
	f[XF_C_FUTURE] = s != NULL && xcue_future(s);
	f[XF_C_PAST] = s != NULL && xcue_past(s);
	f[XF_C_NOW] = s != NULL && present_word(s);
	f[XF_C_SINCE] = s != NULL && has_role(s, XR_SINCE);
	f[XF_C_BY] = s != NULL && has_role(s, XR_BY);
	f[XF_W_ASOF] = (c->why & (XW_PERIOD_ASOF | XW_PERIOD_TODAY)) != 0;
	f[XF_W_EARLIER] = (c->why & XW_PERIOD_EARLIER) != 0;
	f[XF_W_HORIZON] = (c->why & XW_PERIOD_HORIZON) != 0;
	f[XF_W_TABLE] = (c->why & XW_TABLE) != 0;
}

/* The alternative's own features; d's as-of date for the relations. */
static void alt_feats(const struct xdoc *d, struct xalt *a)
{
	static const int roles[] = {
		[XR_POINT] = XF_ROLE_POINT, [XR_RANGE] = XF_ROLE_RANGE,
		[XR_SINCE] = XF_ROLE_SINCE, [XR_BY] = XF_ROLE_BY,
		[XR_BASE] = XF_ROLE_BASE, [XR_SAME] = XF_ROLE_OTHER,
		[XR_PAST] = XF_ROLE_OTHER, [XR_NEXT] = XF_ROLE_OTHER,
		[XR_NOW] = XF_ROLE_OTHER, [XR_NAMEYEAR] = XF_ROLE_OTHER,
	};
	double *f = a->f;

	f[XF_IS_RULES] = (a->src & XA_RULES) != 0;
	f[XF_SRC_SAME] = (a->src & XA_SAME) != 0;
	f[XF_SRC_PREV] = (a->src & XA_PREV) != 0;
	f[XF_SRC_LEAD] = (a->src & XA_LEAD) != 0;
	f[XF_SRC_HEAD] = (a->src & XA_HEAD) != 0;
	f[XF_SRC_DATELINE] = (a->src & XA_DATELINE) != 0;
	f[XF_SRC_DERIVED] = (a->src & XA_DERIVED) != 0;
	f[XF_DSENT] = a->dsent < 0 ? 1 : (a->dsent > 5 ? 5 : a->dsent) / 5.0;
	f[XF_DWORD] = a->dword < 0 ? 1 : (a->dword > 20 ? 20 : a->dword) / 20.0;
	f[XF_BEFORE] = a->side < 0;
	f[XF_AFTER] = a->side > 0;
	granularity(&a->p, f);
	if (a->p.y0 > 0 && d->as_of > 0) {
		f[XF_R_PAST] = a->p.y1 < d->ay;
		f[XF_R_FUTURE] = a->p.y0 > d->ay;
		f[XF_R_SAME] = !f[XF_R_PAST] && !f[XF_R_FUTURE];
		f[XF_IS_ASOF_YEAR] = a->p.y0 == d->ay && a->p.y1 == d->ay &&
				     a->p.m0 == 0;
		f[XF_IS_ASOF_DAY] = f[XF_G_DAY] && a->p.y0 == d->ay &&
				    a->p.m0 == d->am && a->p.d0 == d->ad;
	}
	if (a->role > 0)
		f[roles[a->role - 1]] = 1;
}

/* Would ingest read c with period p? A multiple or a percent change needs
 * its base to end before the period starts (collector/figure.c). */
static bool readable(const struct xcand *c, const struct xper *p)
{
	long end, start;

	if ((c->kind != GS_KIND_MULTIPLE && c->kind != GS_KIND_PERCENT) ||
	    c->base.y0 <= 0)
		return true;
	end = c->base.y1 * 10000L + (c->base.m1 ? c->base.m1 : 12) * 100 +
	      (c->base.d1 ? c->base.d1 : 31);
	start = p->y0 * 10000L + (p->m0 ? p->m0 : 1) * 100 +
		(p->d0 ? p->d0 : 1);
	return start > end;
}

/* The alternatives ingest would read (the rules' choice stays). */
static int keep_readable(const struct xcand *c, struct xalt *v, int n)
{
	int k, m = n > 0 ? 1 : 0;

	for (k = 1; k < n; k++)
		if (readable(c, &v[k].p))
			v[m++] = v[k];
	return m;
}

int xlearn_alts(const struct xdoc *d, const struct xcand *c,
		struct xalt *out, int max)
{
	struct xalt rules = plain(c->period, XA_RULES);
	double cf[XF_N] = { 0 };
	int i = xlearn_sent(d, c), n, j, k, h = headline(d);
	const struct xsent *s = i >= 0 ? &d->s[i] : NULL;

	n = add(out, 0, max, &rules);
	if (s != NULL) {
		n = from_sent(d, i, 0, XA_SAME, num_tok(s, c->value), out, n,
			      max);
		if (i > 0)
			n = from_sent(d, i - 1, 1, XA_PREV, 0, out, n, max);
		if ((j = lead_of(d, i)) >= 0)
			n = from_sent(d, j, i - j, XA_LEAD, 0, out, n, max);
		if (h >= 0 && h != i)
			n = from_sent(d, h, i > h ? i - h : h - i, XA_HEAD, 0,
				      out, n, max);
		n = derived(d, s, out, n, max);
	}
	n = keep_readable(c, out, n);
	cand_feats(c, s, cf);
	for (k = 0; k < n; k++) {
		memcpy(out[k].f, cf, sizeof(cf));
		alt_feats(d, &out[k]);
	}
	return n;
}

void xlearn_doc(struct xdoc *d, const char *buf, size_t len,
		const struct xopts *o)
{
	struct xresult r;

	memset(&r, 0, sizeof(r));
	xdoc_build(d, buf, len);
	xtime_asof(d, buf, len, o, &r);
	xtime_horizon(d); /* r holds only the date: nothing to free */
}

bool xlearn_applies(const struct xresult *r, int32_t today)
{
	return r->as_of != 0 && r->as_of <= today &&
	       r->as_of_src != XASOF_TODAY && r->as_of_src != XASOF_FUTURE;
}
