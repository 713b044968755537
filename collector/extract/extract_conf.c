/*
** extract_conf.c: how sure extract is of a candidate, for the person who
** reviews it: the reasons a row may be wrong ("period from the date line",
** "subject named earlier") and a confidence in 0..1, the product of the
** reasons' factors, which `extract --min-confidence` filters on.
**
** The period factors are measured, not judged: how often a candidate
** with the right value, unit and qualifier had the right period, by the
** reason its note gives, relative to a period stated in the sentence
** (four writers' folders, each before a round tuned on it: old_holdout15
** and old_holdout16 before the twelfth round, old_holdout19 and
** old_holdout20 before the fourteenth, pooled; (right + 1) / (n + 2) so
** that a small count cannot say 0 or 1):
**
**   reason                      right/n   rate   factor
**   stated in the sentence      272/347   78.2 %  1
**   date line                    37/53    69.1 %  0.88
**   the text's date             154/230   66.8 %  0.85
**   an earlier sentence         114/166   68.5 %  0.88
**   a table's column             59/62    93.8 %  1 (not above)
**   undated plan at the horizon  12/25    48.1 %  0.62
**   left empty (no year)          0/7     11.1 %  0.15
**   no date: today                5/18    30.0 %  0.38
**
** --as-of was not measured (the corpus gives none): it is weighed as the
** date line. The weekday guess (12/12 right) keeps its judged 0.8: it
** asks for a look at a year taken from the clock. The
** other reasons (subject, series, unit, range) are judged: none of them
** decides whether a row is right, only how much a reviewer must add.
*/
#include "../../common.h"
#include "../../series/cal.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "extract_pagree.h"

static const struct {
	unsigned bit;
	double factor;
	const char *text;
} reasons[] = {
	{ XW_PERIOD_ASOF, 0, NULL }, /* worded and weighed by its source */
	{ XW_PERIOD_NAMED, 0, NULL },
	{ XW_PERIOD_TODAY, 0.38, "no date in the text: period from today" },
	{ XW_PERIOD_EMPTY, 0.15, "period left empty: the text's date has no "
				 "year" },
	{ XW_PERIOD_EARLIER, 0.88, "period from an earlier sentence" },
	{ XW_PERIOD_HORIZON, 0.62, "undated plan: period at the text's "
				   "horizon" },
	{ XW_SUBJECT_EARLIER, 0.9, "subject named earlier in the text" },
	{ XW_SUBJECT_NONAME, 0.8, "subject not named" },
	{ XW_SERIES_EMPTY, 0.6, "no series: name it" },
	{ XW_UNIT_BEFORE, 0.8, "unit from the words before the number" },
	{ XW_TABLE, 1, "a table row: period from its column" },
	{ XW_RANGE, 0.9, "one end of a range" },
	{ XW_YEAR_WEEKDAY, 0.8, "the text's year guessed from the weekday it "
				"names: check it" },
};

/* The words of a period from a year the text names, when the date has
 * another (extract_pagree.c). */
static const char *named_words(enum xasof_src src)
{
	switch (src) {
	case XASOF_OPTION:
		return "period from a year the text names, not from --as-of";
	case XASOF_DATELINE:
		return "period from a year the text names, not from the date "
		       "line";
	case XASOF_TODAY:
		return "period from a year the text names, not from today";
	default:
		return "period from a year the text names, not from its date";
	}
}

static const char *asof_words(enum xasof_src src)
{
	switch (src) {
	case XASOF_OPTION:
		return "period from --as-of";
	case XASOF_DATELINE:
		return "period from the date line";
	case XASOF_FUTURE:
		return "period from a date after today (misread): check it";
	default:
		return "period from the text's date";
	}
}

/* The date line and the text's date were measured apart (the table at
 * the top); --as-of, a date the analyst gave, is weighed as a date line. */
static double asof_factor(enum xasof_src src)
{
	if (src == XASOF_TODAY) /* a named year in a text with no date */
		return 0.38;    /* weighs as today's did (extract_pagree.c) */
	return src == XASOF_FUTURE ? 0.15 : src == XASOF_TEXT ? 0.85 : 0.88;
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
		if (r->as_of_src == XASOF_WEEKDAY) /* every date hangs on it */
			c->why |= XW_YEAR_WEEKDAY;
		xpagree_why(c, r->as_of);
		if (c->why & XW_PERIOD_EMPTY)
			c->why &= ~(unsigned)(XW_PERIOD_ASOF | XW_PERIOD_HORIZON |
					      XW_PERIOD_EARLIER);
		c->conf = 1;
		for (k = 0; k < GS_ARRAY_LEN(reasons); k++)
			if (c->why & reasons[k].bit)
				c->conf *= reasons[k].bit == XW_PERIOD_ASOF ||
					   reasons[k].bit == XW_PERIOD_NAMED ?
						   asof_factor(r->as_of_src) :
						   reasons[k].factor;
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
			t = reasons[k].bit == XW_PERIOD_NAMED ?
				    named_words(as_of_src) :
				    asof_words(as_of_src);
		at += gs_snprintf(buf + at, n - at, "%s%s", at ? "; " : "", t);
		if (at >= n)
			at = n - 1;
	}
	return at;
}

void xresult_no_future(struct xresult *r, int32_t today)
{
	/* a text is not published after today: a date it gave that lies
	 * later is misread, and ingest refuses a future as_of */
	if ((r->as_of_src != XASOF_DATELINE && r->as_of_src != XASOF_TEXT &&
	     r->as_of_src != XASOF_WEEKDAY) ||
	    cal_day_number(r->as_of) <= cal_day_number(today) + 1)
		return;
	r->as_of_src = XASOF_FUTURE;
	r->as_of = 0;
	xconf_score(r);
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
