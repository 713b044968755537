/*
** celltext.c: the cell texts the analysis tables share (celltext.h).
*/
#include "celltext.h"

#include <math.h>
#include <string.h>

bool report_is_count(const struct series_info *in)
{
	return in->dim != NULL && strncmp(in->dim, "count:", 6) == 0;
}

void report_amount(const struct series_info *in, double v, int side,
		   char *buf, size_t n)
{
	double w;
	char tv[80];

	if (!report_is_count(in) || !isfinite(v)) {
		fmt_human(v, in->sym, buf, n);
		return;
	}
	/* whole up to the rounding of the arithmetic: 16.1e6 / 2.3 is
	 * 7000000.000000001 and is 7 million */
	w = nearbyint(v);
	if (fabs(v - w) > 1e-9 * fmax(1, fabs(v)))
		w = side < 0 ? ceil(v) : side > 0 ? floor(v) : w;
	else
		side = 1;
	fmt_human(w, in->sym, tv, sizeof(tv));
	gs_snprintf(buf, n, "%s%s", side == 0 ? "about " : "", tv);
}

void report_qualified(enum gs_qual q, double v, const char *sym, char *buf,
		      size_t n)
{
	char tv[80];

	fmt_human(v, sym, tv, sizeof(tv));
	gs_snprintf(buf, n, "%s%s%s", q == GS_QUAL_UP_TO ? "up to" :
		    q == GS_QUAL_AT_LEAST ? "at least" : qual_name(q),
		    q ? " " : "", tv);
}

void report_point(const struct rp_series *s, const struct rp_point *l,
		  char *buf, size_t n)
{
	char lo[80], hi[80];

	if (l->implied && l->p.lo == l->p.hi) {
		report_amount(&s->info, l->p.v, 0, buf, n);
		return;
	}
	if (l->p.lo == l->p.hi || l->nsrc == 1) {
		report_qualified(l->p.lo == l->p.hi ? GS_QUAL_NONE :
				 s->obs.v[l->src[0]].qual, l->p.v,
				 s->info.sym, buf, n);
		return;
	}
	report_amount(&s->info, l->p.lo, -1, lo, sizeof(lo));
	report_amount(&s->info, l->p.hi, 1, hi, sizeof(hi));
	gs_snprintf(buf, n, "%s to %s", lo, hi);
}

void report_claim_stated(const struct rp_series *s,
			 const struct claim_eval *c, char *buf, size_t n)
{
	const struct gs_obs *o = &s->obs.v[c->obs];

	report_qualified(o->qual, o->value, c->pct ? "%" : "\u00d7", buf, n);
}

/* An end t as it stood at vintage `when`: the statement of that vintage
 * with its own qualifier ("about 162", as the claim was judged, not the
 * current statement's); several folded are exact or "LO to HI".
 * report_point would read the qualifier from the current statement. */
static void claim_end_then(const struct rp_series *s,
			   const struct rp_point *t, int32_t when, char *buf,
			   size_t n)
{
	const struct gs_obs *one = NULL;
	size_t i, k = 0;
	char lo[80], hi[80];

	for (i = 0; i < s->hist.n; i++) {
		const struct gs_obs *h = &s->hist.v[i];

		if (h->as_of == when && h->kind == t->kind &&
		    h->period.start == t->period.start &&
		    h->period.end == t->period.end) {
			one = h;
			k++;
		}
	}
	if (k == 1 || t->p.lo == t->p.hi) {
		report_qualified(k == 1 ? one->qual : GS_QUAL_NONE,
				 k == 1 ? one->value : t->p.v, s->info.sym,
				 buf, n);
		return;
	}
	report_amount(&s->info, t->p.lo, -1, lo, sizeof(lo));
	report_amount(&s->info, t->p.hi, 1, hi, sizeof(hi));
	gs_snprintf(buf, n, "%s to %s", lo, hi);
}

void report_claim_end(const struct rp_series *s, const struct claim_eval *c,
		      bool to, char *buf, size_t n)
{
	const struct rp_point *p = to ? c->to_pt : c->from_pt;
	const struct gs_obs *o = &s->obs.v[to ? c->to_obs : c->from_obs];

	if (c->vintage[to])
		claim_end_then(s, &c->then[to], c->vintage[to], buf, n);
	else if (p != NULL)
		report_point(s, p, buf, n);
	else
		report_qualified(o->qual, o->value, s->info.sym, buf, n);
}

/* The claim's ends revised since it was made: "end figure revised since:
 * 185.1 bn RUB from 2026-11-18" (check.h: a claim is judged at its own
 * vintage). */
void report_claim_note(const struct rp_series *s, const struct claim_eval *c,
		       char *buf, size_t n)
{
	static const char *const end[2] = { "start", "end" };
	size_t len = 0;
	int k;

	buf[0] = '\0';
	for (k = 0; k < 2; k++) {
		const struct rp_point *p = k ? c->to_pt : c->from_pt;
		char val[160], d[16];

		if (!c->vintage[k] || p == NULL || len >= n)
			continue;
		report_point(s, p, val, sizeof(val));
		date_format(s->obs.v[p->src[0]].as_of, d, sizeof(d));
		len += gs_snprintf(buf + len, n - len, "%s%s figure revised "
				   "since: %s from %s", len ? "; " : "",
				   end[k], val, d);
	}
}

void report_claim_refs(const struct claim_eval *c, char *buf, size_t n)
{
	char d[2][24];
	int k;

	for (k = 0; k < 2; k++) {
		d[k][0] = '\0';
		if (c->vintage[k]) {
			d[k][0] = '@';
			date_format(c->vintage[k], d[k] + 1, sizeof(d[k]) - 1);
		}
	}
	gs_snprintf(buf, n, "#%zu #%zu%s #%zu%s", c->obs + 1, c->from_obs + 1,
		    d[0], c->to_obs + 1, d[1]);
}

void report_claim_actual(const struct claim_eval *c, char *buf, size_t n)
{
	const char *sym = c->pct ? "%" : "\u00d7";
	/* the least a change can be: nothing left, -100 % or 0x */
	double floor = c->pct ? -100 : 0;
	char lo[64], hi[64];

	fmt_human(c->actual.lo, sym, lo, sizeof(lo));
	fmt_human(c->actual.hi, sym, hi, sizeof(hi));
	if (isnan(c->actual.v) || c->actual.lo == c->actual.hi)
		fmt_human(c->actual.v, sym, buf, n);
	else if (isinf(c->actual.hi))
		gs_snprintf(buf, n, "at least %s", lo);
	else if (c->actual.lo <= floor + 1e-9)
		gs_snprintf(buf, n, "at most %s", hi);
	else
		gs_snprintf(buf, n, "%s to %s", lo, hi);
}

void report_refs(const struct rp_point *p, char *buf, size_t n)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < p->nsrc && len < n; i++)
		len += gs_snprintf(buf + len, n - len, "%s#%zu", i ? " " : "",
				   p->src[i] + 1);
	/* an implied point's anchor as it stood at the relation's vintage,
	 * not as #N states it now (points.h) */
	if (p->implied && p->anchor_vintage && len < n) {
		char d[16];

		date_format(p->anchor_vintage, d, sizeof(d));
		gs_snprintf(buf + len, n - len, "@%s", d);
	}
}

/* Whether the space-separated list s has the token w (of length n). */
static bool has_token(const char *s, const char *w, size_t n)
{
	const char *p = s;

	while ((p = strstr(p, "#")) != NULL) {
		size_t k = strcspn(p, " ");

		if (k == n && memcmp(p, w, n) == 0)
			return true;
		p += k;
	}
	return false;
}

void report_refs_two(const struct rp_point *a, const struct rp_point *b,
		     char *buf, size_t n)
{
	char more[64];
	const char *p = more;

	report_refs(a, buf, n);
	report_refs(b, more, sizeof(more));
	while (*p) {
		size_t k = strcspn(p, " "), len = strlen(buf);

		if (!has_token(buf, p, k))
			gs_snprintf(buf + len, n - len, "%s%.*s",
				    len ? " " : "", (int)k, p);
		p += k;
		p += *p == ' ';
	}
}

void report_pct(double f, char *buf, size_t n)
{
	if (isnan(f))
		buf[0] = '\0';
	else
		gs_snprintf(buf, n, "%.3f %%", 100 * f);
}

double report_year(double t)
{
	return isnan(t) ? NAN : ceil(t - 1e-9) - 1;
}

void report_reached(const struct target_eval *v, char *buf, size_t n)
{
	/* a target judged by the figure at its date has a "projected"
	 * value with no trend behind it: "never" would speak of a trend */
	if (isnan(v->projected.v) ||
	    (isnan(v->t_reached) && v->reported + v->implied == 0))
		buf[0] = '\0';
	else if (isnan(v->t_reached))
		gs_snprintf(buf, n, "never");
	else
		gs_snprintf(buf, n, "%.0f", report_year(v->t_reached));
}
