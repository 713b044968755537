/*
** extract_table.c: rows of a table flattened into text, as copied from a
** release's PDF or a web page: a label, the years of the columns, then as
** many values ("Residents 2020 2021 2022 | 40 52 61", "Выручка, млрд
** рублей 2021 2022 | 10,1 11,3"). Each value is dated by its column's
** year and takes its unit and scale from the label; the sentence rules
** would date them all by the nearest year instead. A short table is also
** written as year-value pairs after its label ("Residents: 2021 — 53;
** 2022 — 58; 2023 — 63", "Инвестиции, млрд руб.: 2020 — 38,2; ...").
*/
#include "../../common.h"

#include <string.h>

#include "extract_grid.h"
#include "extract_table.h"
#include "extract_tw.h"

/* Separators between the years and the values. */
static bool sep(const struct xtok *t)
{
	static const char *const ws[] = { "|", ":", "—", "–", "-", "/", NULL };
	int k;

	for (k = 0; t->type == XT_PUNCT && ws[k] != NULL; k++)
		if (strcmp(t->w, ws[k]) == 0)
			return true;
	return false;
}

static bool year_tok(const struct xtok *t)
{
	return t->type == XT_NUM && t->plain && t->ndig == 4 && t->v >= 1900 &&
	       t->v <= 2100;
}

/* Increasing years at i: how many (at least 2), or 0. */
static int years_at(const struct xsent *s, int i)
{
	int n = 0;

	while (i + n < s->nt && year_tok(&s->t[i + n]) &&
	       (n == 0 || s->t[i + n].v > s->t[i + n - 1].v))
		n++;
	return n >= 2 ? n : 0;
}

/* The number token j as n whole numbers split at its spaces; false when
 * it is not that. */
static bool split(const struct xsent *s, int j, int n, double *v)
{
	const char *p = s->text + s->t[j].off, *e = p + s->t[j].len;
	int k = 0, sp;

	v[0] = 0;
	for (; p < e; p++) {
		if ((sp = xspace_at((const unsigned char *)p)) > 0) {
			if (++k >= n)
				return false;
			v[k] = 0;
			p += sp - 1;
		} else if (xdigit((unsigned char)*p)) {
			v[k] = v[k] * 10 + (*p - '0');
		} else {
			return false;
		}
	}
	return k == n - 1;
}

/* Exactly n numbers at j, no more, into v: the index after them, or -1.
 * Whole numbers a space apart were read as one number with its thousands
 * grouped ("250 275"); where the years ask for n values and the groups
 * are n, they are the n values. */
static int values_at(const struct xsent *s, int j, int n, double *v)
{
	int k;

	if (j < s->nt && s->t[j].type == XT_NUM &&
	    !(s->t[j].flags & XF_USED) && split(s, j, n, v) &&
	    !(j + 1 < s->nt && s->t[j + 1].type == XT_NUM))
		return j + 1;
	for (k = 0; k < n; k++) {
		if (j + k >= s->nt || s->t[j + k].type != XT_NUM ||
		    (s->t[j + k].flags & XF_USED))
			return -1;
		v[k] = s->t[j + k].v;
	}
	if (j + n < s->nt && s->t[j + n].type == XT_NUM)
		return -1;
	return j + n;
}

/* The unit and scale the label (tokens a..b) names: "Revenue, RUB bn",
 * "Выручка, млрд рублей", "Residents"; money before a count ("Residents'
 * revenue, RUB bn" is money). */
void xtable_label_unit(const struct xsent *s, int a, int b,
		       struct xtrow *r)
{
	const struct xunit *u;
	const char *out, *cur, *scale = "";
	int i, n;

	r->unit[0] = '\0';
	r->cls = XU_NONE;
	for (i = a; i < b; i++) {
		if (xw_scale(s, i, &n, &out) > 0) {
			scale = out;
		} else if (r->cls == XU_CUR &&
			   (out = xform_money_scale(s, i)) != NULL) {
			scale = out; /* "Shipments, RUB m" */
		} else if ((cur = xw_currency_sign(&s->t[i])) != NULL) {
			gs_snprintf(r->unit, sizeof(r->unit), "%s", cur);
			r->cls = XU_CUR;
		} else if ((s->t[i].type == XT_WORD ||
			    strcmp(s->t[i].w, "%") == 0) && /* "Занятость, %" */
			   (u = xw_unit(s, i, &n)) != NULL &&
			   (r->cls == XU_NONE ||
			    (u->cls == XU_CUR && r->cls != XU_CUR))) {
			gs_snprintf(r->unit, sizeof(r->unit), "%s", u->out);
			r->cls = u->cls;
		}
	}
	if (scale[0] != '\0') {
		char both[sizeof(r->unit)];

		gs_snprintf(both, sizeof(both), "%s%s%s", scale,
			    r->unit[0] ? " " : "", r->unit);
		memcpy(r->unit, both, sizeof(both));
	}
}

/* The label before the years at i: back to the start, a number or a
 * separator, at most 6 tokens; its first token. */
static int label_start(const struct xsent *s, int i)
{
	int a = i;

	while (a > 0 && i - a < 6 && s->t[a - 1].type != XT_NUM &&
	       !sep(&s->t[a - 1]) && strcmp(s->t[a - 1].w, ";") != 0)
		a--;
	return a;
}

/* "г.", "год", "года" after a year, dates or not, or a column's tag in
 * brackets ("2024 (факт) — 132", "2025 (plan) - 6"): its tokens. */
static int year_tail(const struct xsent *s, int i)
{
	static const char *const ws[] = { "г", "гг", "год", "года", NULL },
		*const tags[] = { "факт", "план", "оценка", "прогноз", "fact",
		"actual", "plan", "est", "estimate", "forecast", NULL };
	int k;

	if (xtw_is(s, i, "(") && xtw_isa(s, i + 1, tags) &&
	    xtw_is(s, i + 2, ")"))
		return 3;
	for (k = 0; i < s->nt && ws[k] != NULL; k++)
		if (strcmp(s->t[i].w, ws[k]) == 0)
			return i + 1 < s->nt && strcmp(s->t[i + 1].w, ".") == 0 ?
			       2 : 1;
	return 0;
}

/* Year-value pairs from i, the first year: "2021 — 53; 2022 — 58" (a dash
 * or colon inside a pair, ";" or "," between, years rising). Their
 * values into v, years into y (at most max); how many (at least 2), or 0.
 * *end gets the token after the last value. */
static int pairs_at(const struct xsent *s, int i, double *v, int *y,
		    int max, int *end)
{
	int n = 0, t;

	/* t: the tail after the year ("2021 г. — 53"), marked a date */
	while (n < max && i + 2 < s->nt && year_tok(&s->t[i]) &&
	       (t = year_tail(s, i + 1)) >= 0 && i + t + 2 < s->nt &&
	       sep(&s->t[i + t + 1]) && strcmp(s->t[i + t + 1].w, "/") != 0 &&
	       s->t[i + t + 2].type == XT_NUM &&
	       !(s->t[i + t + 2].flags & XF_USED) &&
	       (n == 0 || s->t[i].v > y[n - 1])) {
		y[n] = (int)s->t[i].v;
		v[n++] = s->t[i + t + 2].v;
		*end = i + t + 3;
		if (*end >= s->nt || (strcmp(s->t[*end].w, ";") != 0 &&
				      strcmp(s->t[*end].w, ",") != 0))
			break;
		i = *end + 1;
	}
	return n >= 2 ? n : 0;
}

/* n rows of the label a..b, values v of years y; the tokens a..e are
 * the table's. Returns n. */
static int fill(struct xsent *s, struct xtrow *rows, int a, int b, int e,
		const double *v, const int *y, int n)
{
	int k;

	for (k = 0; k < n; k++) {
		xtable_label_unit(s, a, b, &rows[k]);
		rows[k].v = v[k];
		rows[k].period = xper_year(y[k]);
	}
	for (k = a; k < e; k++)
		s->t[k].flags |= XF_USED;
	return n;
}

/* Between the items of a list: "/", ",", ";", "|", "and", "и". */
static bool list_sep(const struct xtok *t)
{
	static const char *const ws[] = { "/", ",", ";", "|", "and", "и",
		NULL };
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (strcmp(t->w, ws[k]) == 0)
			return true;
	return false;
}

/* Rising years at i apart by list separators ("2020 / 2021 / 2022",
 * "2020, 2021 and 2022") into y (at most 16): how many (at least 2), or
 * 0; *end gets the token after the last. */
static int listed_years(const struct xsent *s, int i, int *y, int *end)
{
	int n = 0;

	while (n < 16 && i < s->nt && year_tok(&s->t[i]) &&
	       (n == 0 || s->t[i].v > y[n - 1])) {
		y[n++] = (int)s->t[i].v;
		*end = i + 1;
		if (i + 2 >= s->nt || !list_sep(&s->t[i + 1]))
			break;
		i += 2;
	}
	return n >= 2 ? n : 0;
}

/* Exactly n numbers at j apart by list separators, into v: the token
 * after them, or -1. */
static int listed_values(const struct xsent *s, int j, int n, double *v)
{
	int k;

	for (k = 0; k < n; k++, j++) {
		if (k > 0 && (j >= s->nt || !list_sep(&s->t[j++])))
			return -1;
		if (j >= s->nt || s->t[j].type != XT_NUM ||
		    (s->t[j].flags & XF_USED))
			return -1;
		v[k] = s->t[j].v;
	}
	return j < s->nt && s->t[j].type == XT_NUM ? -1 : j;
}

/* Rows of a label, its years as a list, then its values as one
 * ("Residents (2020 / 2021 / 2022): 40 / 52 / 61"). */
static int lists_spot(struct xsent *s, struct xtrow *rows, int max)
{
	double v[16];
	int y[16], i, j = 0, a, e, n;

	for (i = 1; i < s->nt; i++) {
		if ((n = listed_years(s, i, y, &j)) == 0 || n > max)
			continue;
		if (j < s->nt && strcmp(s->t[j].w, ")") == 0)
			j++;
		if (j >= s->nt || !sep(&s->t[j]) ||
		    (e = listed_values(s, j + 1, n, v)) < 0 ||
		    (a = label_start(s, i)) == i)
			continue;
		return fill(s, rows, a, i, e, v, y, n);
	}
	return 0;
}

/* The n rows of a label whose last words named no count ("(нарастающим
 * итогом), ед."): the count the whole line's label names, from its
 * first word to the colon at b ("Рабочие места, созданные резидентами
 * (нарастающим итогом), ед.", round 14): the first count the line
 * names. */
static void whole_label(const struct xsent *s, int b, struct xtrow *rows,
			int n)
{
	struct xtrow r;
	int k;

	if (rows[0].unit[0] != '\0' && strcmp(rows[0].unit, "units") != 0)
		return;
	memset(&r, 0, sizeof(r));
	xtable_label_unit(s, 0, b, &r); /* its first count wins */
	if (r.cls == XU_NONE || strcmp(r.unit, "units") == 0)
		return;
	for (k = 0; k < n; k++) {
		memcpy(rows[k].unit, r.unit, sizeof(r.unit));
		rows[k].cls = r.cls;
	}
}

/* Rows of the pairs after a label that ends with ":" (see pairs_at). */
static int pairs_spot(struct xsent *s, struct xtrow *rows, int max)
{
	double v[16];
	int y[16], i, a, e = 0, n;

	for (i = 2; i < s->nt; i++) {
		if (strcmp(s->t[i - 1].w, ":") != 0 ||
		    (n = pairs_at(s, i, v, y, max < 16 ? max : 16, &e)) == 0 ||
		    (a = label_start(s, i - 1)) == i - 1)
			continue;
		n = fill(s, rows, a, i - 1, e, v, y, n);
		if (a > 0)
			whole_label(s, i - 1, rows, n);
		return n;
	}
	return 0;
}

int xtable_spot(struct xsent *s, struct xtrow *rows, int max)
{
	double v[16];
	int i, j, e, n, k, a, nr = 0;

	for (i = 1; i < s->nt; i++) {
		if ((n = years_at(s, i)) == 0 || nr + n > max || n > 16)
			continue;
		j = i + n < s->nt && sep(&s->t[i + n]) ? i + n + 1 : i + n;
		if ((e = values_at(s, j, n, v)) < 0 ||
		    (a = label_start(s, i)) == i)
			continue;
		for (k = 0; k < n; k++) {
			struct xtrow *r = &rows[nr++];

			xtable_label_unit(s, a, i, r);
			r->v = v[k];
			r->period = xper_year((int)s->t[i + k].v);
		}
		for (k = a; k < e; k++)
			s->t[k].flags |= XF_USED;
		i = e - 1;
	}
	if (nr == 0)
		nr = pairs_spot(s, rows, max);
	return nr > 0 ? nr : lists_spot(s, rows, max);
}
