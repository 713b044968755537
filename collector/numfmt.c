/*
** numfmt.c: the decimal mark of an ingest applied to each value, and the
** warnings for values whose reading was a guess (numfmt.h).
*/
#include "numfmt.h"

#include <string.h>

#include "../series/parse.h"

void numfmt_init(struct numfmt *nf, const struct ingest_opts *o,
		 const char *file)
{
	memset(nf, 0, sizeof(*nf));
	nf->mark = o->decimal;
	nf->warn = o->warn;
	nf->warn_arg = o->warn_arg;
	nf->file = file;
}

/*
** The rules read a guessed '.' as the decimal point and a guessed ',' as
** grouping thousands, as --decimal . does; --decimal , reads both the
** other way: "value '1,234' could be read either way: read as 1234 (','
** grouping thousands); --decimal , reads it as 1.234".
*/
static void warn_guess(struct numfmt *nf, const struct fields *f, long line,
		       const char *chosen)
{
	const char *v = f->v[F_VALUE], *why;
	bool comma = strchr(v, ',') != NULL;
	char other[512];
	struct gs_err w;

	if (nf->warn == NULL || nf->warned++ > NUMFMT_MAX_WARNED)
		return;
	gs_err_clear(&w);
	if (nf->warned > NUMFMT_MAX_WARNED)
		gs_errf_at(&w, GS_EX_OK, nf->file, line, f->col[F_VALUE],
			   "value '%s' and the next ones that could be read "
			   "either way are read the same way, not listed "
			   "(--decimal says which mark is the decimal one)", v);
	else if (value_canon(v, ',', other, sizeof(other), NULL, &why) == 0)
		gs_errf_at(&w, GS_EX_OK, nf->file, line, f->col[F_VALUE],
			   "value '%s' could be read either way: read as %s "
			   "(%s); --decimal , reads it as %s", v, chosen,
			   comma ? "',' grouping thousands" :
			   "'.' the decimal point", other);
	else
		return;
	nf->warn(nf->warn_arg, &w);
}

int numfmt_value(struct numfmt *nf, struct fields *f, long line,
		 struct gs_err *e)
{
	const char *why = NULL;
	bool guess = false;

	if (f->v[F_VALUE][0] == '\0')
		return 0;
	if (value_canon(f->v[F_VALUE], nf->mark, nf->buf, sizeof(nf->buf),
			&guess, &why)) {
		if (nf->mark == '\0')
			return 0; /* figure.c says what is wrong with it */
		return gs_errf_at(e, GS_EX_DATAERR, nf->file, line,
				  f->col[F_VALUE], "value '%s': %s (with "
				  "--decimal %c)", f->v[F_VALUE], why, nf->mark);
	}
	if (nf->mark != '\0')
		f->v[F_VALUE] = nf->buf;
	else if (guess)
		warn_guess(nf, f, line, nf->buf);
	return 0;
}
