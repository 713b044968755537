/*
** extract_conf.c: how sure extract is of a candidate, for the person who
** reviews it: the reasons a row may be wrong ("period from the date line",
** "subject named earlier") and a confidence in 0..1, the product of the
** reasons' factors, which `extract --min-confidence` filters on.
**
** The factors rank the reasons by how often they were wrong on the
** development texts: a date borrowed from the machine's clock or an
** earlier sentence is wrong more often than a subject named earlier.
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

static const struct {
	unsigned bit;
	double factor;
	const char *text;
} reasons[] = {
	{ XW_PERIOD_ASOF, 0.8, NULL }, /* worded by the as-of source */
	{ XW_PERIOD_TODAY, 0.4, "no date in the text: period from today" },
	{ XW_PERIOD_EMPTY, 0.3, "period left empty: the text's date has no "
				"year" },
	{ XW_PERIOD_EARLIER, 0.7, "period from an earlier sentence" },
	{ XW_PERIOD_HORIZON, 0.6, "undated plan: period at the text's "
				  "horizon" },
	{ XW_SUBJECT_EARLIER, 0.9, "subject named earlier in the text" },
	{ XW_SUBJECT_NONAME, 0.8, "subject not named" },
	{ XW_SERIES_EMPTY, 0.6, "no series: name it" },
	{ XW_UNIT_BEFORE, 0.8, "unit from the words before the number" },
	{ XW_TABLE, 0.9, "a table row: period from its column" },
	{ XW_RANGE, 0.9, "one end of a range" },
};

static const char *asof_words(enum xasof_src src)
{
	switch (src) {
	case XASOF_OPTION:
		return "period from --as-of";
	case XASOF_DATELINE:
		return "period from the date line";
	default:
		return "period from the text's date";
	}
}

void xconf_score(struct xresult *r)
{
	size_t i, k;

	for (i = 0; i < r->n; i++) {
		struct xcand *c = &r->v[i];

		if (r->as_of_src == XASOF_TODAY &&
		    (c->why & (XW_PERIOD_ASOF | XW_PERIOD_HORIZON)))
			c->why = (c->why & ~(unsigned)(XW_PERIOD_ASOF |
						       XW_PERIOD_HORIZON)) |
				 XW_PERIOD_TODAY;
		if (c->why & XW_PERIOD_EMPTY)
			c->why &= ~(unsigned)(XW_PERIOD_ASOF | XW_PERIOD_HORIZON |
					      XW_PERIOD_EARLIER);
		c->conf = 1;
		for (k = 0; k < GS_ARRAY_LEN(reasons); k++)
			if (c->why & reasons[k].bit)
				c->conf *= reasons[k].factor;
	}
}

size_t xcand_reasons(const struct xcand *c, enum xasof_src as_of_src,
		     char *buf, size_t n)
{
	size_t k, at = 0;

	if (n > 0)
		buf[0] = '\0';
	for (k = 0; k < GS_ARRAY_LEN(reasons) && n > 0; k++) {
		const char *t = reasons[k].text;

		if (!(c->why & reasons[k].bit))
			continue;
		if (t == NULL)
			t = asof_words(as_of_src);
		at += gs_snprintf(buf + at, n - at, "%s%s", at ? "; " : "", t);
		if (at >= n)
			at = n - 1;
	}
	return at;
}

double xconf_parse(const char *s)
{
	char *end;
	double v;

	if (strcmp(s, "low") == 0)
		return 0;
	if (strcmp(s, "medium") == 0)
		return 0.5;
	if (strcmp(s, "high") == 0)
		return 0.8;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || !(v >= 0 && v <= 1))
		return -1;
	return v;
}
