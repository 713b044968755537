/*
** ask.c: threshold questions, yes, no or uncertain (see ask.h); moved out
** of the check command so that unit tests reach them.
*/
#include "ask.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../series/parse.h"

const char *ask_word_name(enum ask_word w)
{
	static const char *const words[] = { "no", "yes", "uncertain" };

	return words[w];
}

/* --reach and --at-least compare levels: a percent or a multiple is a
 * change, and would silently read as a number of base units. */
static int not_level(const struct rp_series *s, const char *text,
		     struct gs_err *e)
{
	return gs_errf(e, GS_EX_DATAERR, "'%s' is a change, not a level of "
		       "%s: give a value in its unit (%s)", text, s->key,
		       s->info.sym[0] ? s->info.sym : "a plain number");
}

/* "230 billion rubles": each space, from the right, may split the number
 * from the unit; the number is read in the base unit as ingest reads it
 * (value_parse_factor: "16.1 million" is 16100000 exactly). */
static bool number_and_unit(const char *text, double *v, struct gs_unit *u)
{
	const char *why = NULL;
	char *num = xstrdup(text);
	bool pct, found = false;
	size_t i;

	for (i = strlen(text); i-- > 0 && !found;) {
		if (text[i] != ' ')
			continue;
		num[i] = '\0';
		found = unit_parse(text + i + 1, u, &why) == 0 &&
			value_parse_factor(num, u->factor, v, &pct, &why) == 0;
	}
	free(num);
	return found;
}

int ask_threshold(const struct rp_series *s, const char *text, double *v,
		  struct gs_err *e)
{
	const char *why = NULL;
	struct gs_unit u;
	bool pct;

	if (value_parse(text, v, &pct, &why) == 0)
		return pct && strcmp(s->info.dim, "percent") != 0 ?
		       not_level(s, text, e) : 0;
	if (!number_and_unit(text, v, &u))
		return gs_errf(e, GS_EX_USAGE, "bad value '%s' (a number, or "
			       "a number and a unit)", text);
	if (strcmp(u.dim, "percent") == 0 || strcmp(u.dim, "ratio") == 0)
		if (strcmp(u.dim, s->info.dim) != 0)
			return not_level(s, text, e);
	if (u.dim[0] && strcmp(u.dim, s->info.dim) != 0)
		return gs_errf(e, GS_EX_DATAERR, "'%s' is not in the unit of "
			       "%s (%s)", text, s->key, s->info.dim[0] ?
			       s->info.dim : "a plain number");
	return 0;
}

/* yes, no or uncertain for [lo, hi] (or v alone) against want. */
static void decide(struct ask_answer *a, double want)
{
	double lo = isnan(a->lo) ? a->value : a->lo;
	double hi = isnan(a->hi) ? a->value : a->hi;

	a->word = lo >= want ? ASK_YES : hi < want ? ASK_NO : ASK_UNSURE;
	if (a->word == ASK_UNSURE && !a->note[0])
		gs_snprintf(a->note, sizeof(a->note), "the interval spans "
			    "the threshold");
}

/* The answer a reported figure gives, with its bounds. */
static void from_figure(struct ask_answer *a, const struct rp_point *l,
			double want)
{
	a->fig = l;
	a->value = l->p.v;
	a->lo = l->p.lo == l->p.hi ? NAN : l->p.lo;
	a->hi = l->p.lo == l->p.hi ? NAN : l->p.hi;
	period_format(&l->period, a->when, sizeof(a->when));
	decide(a, want);
}

int ask_at_least(const struct rp_series *s, double want, struct ask_answer *a,
		 struct gs_err *e)
{
	const struct rp_point *l = check_latest(s, rp_main_kind(s));

	memset(a, 0, sizeof(*a));
	if (l == NULL)
		return gs_errf(e, GS_EX_DATAERR, "%s: no figures", s->key);
	from_figure(a, l, want);
	return 0;
}

/* The answer from a projection pj read at by (value pr). */
static void judge(const struct rp_series *s, const struct projection *pj,
		  const struct gs_pred *pr, double want, struct ask_answer *a)
{
	const struct rp_point *l = check_latest(s, pj->kind);
	size_t i, rep = 0;

	for (i = 0; i < pj->nwin; i++)
		rep += !pj->win[i].implied;
	a->method = proj_method_name(pj->method);
	a->value = pr->v;
	a->lo = pr->has_interval ? pr->lo : NAN;
	a->hi = pr->has_interval ? pr->hi : NAN;
	if (l != NULL && check_reached(l, want)) {
		gs_snprintf(a->note, sizeof(a->note), "already reached");
		a->word = ASK_YES;
	} else if (rep < CHECK_MIN_REPORTED) {
		check_rests_on(a->note, sizeof(a->note), rep, pj->nwin - rep);
		a->word = ASK_UNSURE;
	} else {
		decide(a, want);
	}
}

int ask_reach(const struct rp_series *s, const struct proj_opts *p,
	      const struct gs_period *by, double want, struct ask_answer *a,
	      struct gs_err *e)
{
	const struct rp_point *at;
	struct projection pj;
	struct gs_pred pr;
	int rc = 0;

	memset(a, 0, sizeof(*a));
	/* A date a reported figure covers is answered by the figure, not
	 * by a trend read backwards from a later one. */
	at = check_at(s, rp_main_kind(s), by);
	if (at != NULL) {
		from_figure(a, at, want);
		gs_snprintf(a->note + strlen(a->note), sizeof(a->note) -
			    strlen(a->note), "%sthe figure, not a trend",
			    a->note[0] ? "; " : "");
		return 0;
	}
	if (proj_build(s, p, &pj, e) != 0)
		return -1;
	if (check_projectable(s, &pj, by, e) ||
	    proj_at(&pj, period_time(by), &pr, e))
		rc = -1;
	else
		judge(s, &pj, &pr, want, a);
	period_format(by, a->when, sizeof(a->when));
	proj_free(&pj);
	return rc;
}
