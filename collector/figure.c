/*
** figure.c: validation of one figure's fields (see figure.h).
**
** The rules: a series key is non-empty printable text of at most 200 bytes;
** a source is printable text of at most 1000 bytes (both are kept in
** unique indexes, and a PostgreSQL B-tree entry cannot exceed about 2.7 KB:
** the limits are checked here so that both backends refuse the same rows,
** as bad rows, rather than one failing the whole file at write time);
** a period is required; multiples and percent changes need a base period
** that ends before their period starts, and other kinds must not have one;
** a multiple is positive and a percent change above -100 %; a value's
** percent sign agrees with its unit; a value normalised to the base unit is
** still finite, and not a nonzero value rounded to zero or a subnormal.
*/
#include "figure.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../series/parse.h"

#define MAX_KEY 200
#define MAX_SOURCE 1000

static int bad(const struct fields *f, int fid, const char *file, long line,
	       struct gs_err *e, const char *why)
{
	return gs_errf_at(e, GS_EX_DATAERR, file, line, f->col[fid],
			  "%s '%s': %s", field_names[fid], f->v[fid], why);
}

static bool printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

static int parse_key(const struct fields *f, const char *file, long line,
		     struct gs_obs *o, struct gs_err *e)
{
	const char *k = f->v[F_SERIES];

	if (*k == '\0')
		return gs_errf_at(e, GS_EX_DATAERR, file, line, f->col[F_SERIES],
				  "series: missing (every figure needs a series"
				  " key)");
	if (strlen(k) > MAX_KEY)
		return bad(f, F_SERIES, file, line, e, "longer than 200 bytes");
	if (!printable(k))
		return bad(f, F_SERIES, file, line, e,
			   "control characters in a series key");
	o->series = k;
	return 0;
}

/*
** A multiple or percent change compares its period with an earlier one: a
** base inside, overlapping or after its own period ("2020..2024" against
** 2020) says nothing about either end, and would imply nothing.
*/
static int base_not_before(const struct fields *f, const char *file,
			   long line, const struct gs_obs *o, struct gs_err *e)
{
	char end[16], start[16];

	date_format(o->base.end, end, sizeof(end));
	date_format(o->period.start, start, sizeof(start));
	return gs_errf_at(e, GS_EX_DATAERR, file, line, f->col[F_BASE],
			  "base '%s': the base period must end before the "
			  "period '%s' starts (it ends %s, the period starts "
			  "%s)", f->v[F_BASE], f->v[F_PERIOD], end, start);
}

static int parse_periods(const struct fields *f, const char *file, long line,
			 struct gs_obs *o, struct gs_err *e)
{
	const char *why = NULL;

	if (f->v[F_PERIOD][0] == '\0')
		return gs_errf_at(e, GS_EX_DATAERR, file, line, f->col[F_PERIOD],
				  "period: missing");
	if (period_parse(f->v[F_PERIOD], &o->period, &why))
		return bad(f, F_PERIOD, file, line, e, why);
	if (period_parse(f->v[F_BASE], &o->base, &why))
		return bad(f, F_BASE, file, line, e, why);
	if (kind_is_relative(o->kind) && o->base.start == 0)
		return gs_errf_at(e, GS_EX_DATAERR, file, line, f->col[F_BASE],
				  "base: a %s needs a base period",
				  kind_name(o->kind));
	if (!kind_is_relative(o->kind) && o->base.start != 0)
		return bad(f, F_BASE, file, line, e,
			   "only multiples and percent changes have a base");
	if (o->base.start != 0 && o->base.end >= o->period.start)
		return base_not_before(f, file, line, o, e);
	return 0;
}

/* A unit's scale that is a power of ten is applied to the value's
 * decimal text (value_pow10, value_parse_e10), so "16.1 million" is
 * 16100000 exactly, not 16.1 * 1e6 = 16100000.000000002. Other factors
 * multiply. */
/* unit_parse, remembering the last success. */
static int unit_memo_parse(struct unit_memo *m, const char *s,
			   struct gs_unit *u, const char **why)
{
	size_t n = strlen(s);

	if (m->valid && strcmp(m->text, s) == 0) {
		*u = m->unit;
		return 0;
	}
	if (unit_parse(s, u, why))
		return -1;
	m->valid = n < sizeof(m->text);
	if (m->valid) {
		memcpy(m->text, s, n + 1);
		m->unit = *u;
	}
	return 0;
}

static int parse_value(const struct fields *f, struct figure_defaults *d,
		       const char *file, long line, struct gs_obs *o,
		       struct gs_err *e)
{
	const char *why = NULL, *uwhy = NULL;
	bool pct = false, scaled = !kind_is_relative(o->kind);
	int ubad, e10;

	ubad = unit_memo_parse(&d->memo, f->v[F_UNIT], &o->unit, &uwhy);
	e10 = ubad || !scaled ? 0 : value_pow10(o->unit.factor);
	if (value_parse_e10(f->v[F_VALUE], e10, &o->value, &pct, &why)) {
		if (e10 && value_parse(f->v[F_VALUE], &o->value, &pct,
				       &why) == 0)
			why = "out of range once scaled to the base unit";
		return bad(f, F_VALUE, file, line, e, why);
	}
	if (ubad)
		return bad(f, F_UNIT, file, line, e, uwhy);
	o->unit_text = f->v[F_UNIT];
	if (pct && f->v[F_UNIT][0] == '\0') {
		unit_parse("%", &o->unit, &why);
		o->unit_text = "%";
	} else if (pct && strcmp(o->unit.dim, "percent") != 0) {
		return bad(f, F_VALUE, file, line, e,
			   "a percent sign, but the unit is not percent");
	}
	/* a scale word alone ("thousand") has no dimension but scales:
	 * on a multiple or a percent change it would be kept as the unit
	 * and the value stored unscaled */
	if (o->kind == GS_KIND_MULTIPLE) {
		if ((o->unit.dim[0] && strcmp(o->unit.dim, "ratio") != 0) ||
		    o->unit.factor != 1)
			return bad(f, F_UNIT, file, line, e, "a multiple has "
				   "no unit (or 'times')");
		if (!(o->value > 0))
			return bad(f, F_VALUE, file, line, e,
				   "a multiple must be positive (a level "
				   "stays positive)");
		return 0;
	}
	if (o->kind == GS_KIND_PERCENT) {
		if ((o->unit.dim[0] && strcmp(o->unit.dim, "percent") != 0) ||
		    o->unit.factor != 1)
			return bad(f, F_UNIT, file, line, e, "a percent change "
				   "has no unit (or '%')");
		/* -100 % is a multiple of 0, below it a negative level */
		if (!(o->value > -100))
			return bad(f, F_VALUE, file, line, e,
				   "a percent change must be above -100 % "
				   "(a level cannot fall by 100 % or more and "
				   "stay positive)");
		return 0;
	}
	if (e10 == 0 && o->unit.factor != 1)
		o->value *= o->unit.factor;
	if (!isfinite(o->value) ||
	    (o->value != 0 && fabs(o->value) < DBL_MIN))
		return bad(f, F_VALUE, file, line, e,
			   "out of range once scaled to the base unit");
	return 0;
}

/*
** A vintage after as_of_max (tomorrow, UTC): a figure is not known before
** it is published, and a typo ("2099" for "2025") would be read as the
** latest vintage until then, shadowing every real revision; stored rows
** are never deleted.
*/
static int future(const struct fields *f, const struct figure_defaults *d,
		  const char *file, long line, struct gs_err *e)
{
	static const char why[] = "after today (UTC): a figure is not known "
		"before it is published, and a later vintage would shadow "
		"every revision until that date";
	char date[16];

	if (f->v[F_ASOF][0])
		return bad(f, F_ASOF, file, line, e, why);
	date_format(d->as_of, date, sizeof(date));
	return gs_errf_at(e, GS_EX_DATAERR, file, line, 0, "as_of %s (from "
			  "--as-of): %s", date, why);
}

static int parse_meta(const struct fields *f, const struct figure_defaults *d,
		      const char *file, long line, struct gs_obs *o,
		      struct gs_err *e)
{
	const char *why = NULL;

	if (f->v[F_ASOF][0] == '\0')
		o->as_of = d->as_of;
	else if (date_parse(f->v[F_ASOF], &o->as_of, &why))
		return bad(f, F_ASOF, file, line, e, why);
	if (d->as_of_max && o->as_of > d->as_of_max)
		return future(f, d, file, line, e);
	o->source = f->v[F_SOURCE][0] ? f->v[F_SOURCE] : d->source;
	if (strlen(o->source) > MAX_SOURCE)
		return gs_errf_at(e, GS_EX_DATAERR, file, line,
				  f->col[F_SOURCE], "source: %zu bytes, longer "
				  "than %d", strlen(o->source), MAX_SOURCE);
	if (!printable(o->source) && f->v[F_SOURCE][0] == '\0')
		return gs_errf_at(e, GS_EX_DATAERR, file, line, 0, "source "
				  "'%s' (the default: --source, else the file "
				  "name): control characters; give a source "
				  "column or --source", o->source);
	if (!printable(o->source))
		return bad(f, F_SOURCE, file, line, e, "control characters");
	o->note = f->v[F_NOTE];
	return 0;
}

int figure_parse(const struct fields *f, struct figure_defaults *d,
		 const char *file, long line, struct gs_obs *o,
		 struct gs_err *e)
{
	const char *why = NULL;

	memset(o, 0, sizeof(*o));
	if (parse_key(f, file, line, o, e))
		return -1;
	o->kind = GS_KIND_LEVEL;
	if (f->v[F_KIND][0] && kind_parse(f->v[F_KIND], &o->kind, &why))
		return bad(f, F_KIND, file, line, e, why);
	if (f->v[F_QUAL][0] && qual_parse(f->v[F_QUAL], &o->qual, &why))
		return bad(f, F_QUAL, file, line, e, why);
	if (parse_periods(f, file, line, o, e) ||
	    parse_value(f, d, file, line, o, e) ||
	    parse_meta(f, d, file, line, o, e))
		return -1;
	return 0;
}

/* One group's problem, said unless it is the first one, reported already. */
static int more_one(int failed, const struct gs_err *x,
		    const struct gs_err *first, figure_say_fn say, void *arg)
{
	if (!failed || (x->col == first->col &&
			strcmp(x->msg, first->msg) == 0))
		return 0;
	say(arg, x);
	return 1;
}

int figure_more(const struct fields *f, struct figure_defaults *d,
		const char *file, long line, const struct gs_err *first,
		figure_say_fn say, void *arg)
{
	const char *why = NULL;
	struct gs_obs o;
	struct gs_err x;
	bool kind_ok, pct = false;
	int n = 0, k;

	memset(&o, 0, sizeof(o));
	gs_err_clear(&x);
	n += more_one(parse_key(f, file, line, &o, &x), &x, first, say, arg);
	o.kind = GS_KIND_LEVEL;
	gs_err_clear(&x);
	kind_ok = !(f->v[F_KIND][0] && kind_parse(f->v[F_KIND], &o.kind,
						   &why));
	n += more_one(!kind_ok && bad(f, F_KIND, file, line, &x, why), &x,
		      first, say, arg);
	gs_err_clear(&x);
	k = f->v[F_QUAL][0] && qual_parse(f->v[F_QUAL], &o.qual, &why);
	n += more_one(k && bad(f, F_QUAL, file, line, &x, why), &x, first,
		      say, arg);
	/* the base and the value's range are read by the kind: with an
	 * unknown one only the period's and the value's own text */
	gs_err_clear(&x);
	if (kind_ok)
		k = parse_periods(f, file, line, &o, &x);
	else
		k = f->v[F_PERIOD][0] && period_parse(f->v[F_PERIOD],
						      &o.period, &why) &&
		    bad(f, F_PERIOD, file, line, &x, why);
	n += more_one(k, &x, first, say, arg);
	gs_err_clear(&x);
	if (kind_ok)
		k = parse_value(f, d, file, line, &o, &x);
	else
		k = value_parse(f->v[F_VALUE], &o.value, &pct, &why) &&
		    bad(f, F_VALUE, file, line, &x, why);
	n += more_one(k, &x, first, say, arg);
	gs_err_clear(&x);
	n += more_one(parse_meta(f, d, file, line, &o, &x), &x, first, say,
		      arg);
	return n;
}
