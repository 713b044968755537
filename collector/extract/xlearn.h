/*
** xlearn.h: the periods a text offers a candidate figure (its
** "alternatives") and the numeric features of each, for a learned period
** chooser (issue 16, round sixteen). tests/extract/xfeat.c dumps them for
** tests/extract/train_period.py, which labels them from the corpus keys
** and measures a linear model by leaving one writer's folder out.
*/
#ifndef GS_XLEARN_H
#define GS_XLEARN_H

#include "extract_int.h"

/* Where an alternative comes from (bits: one period may come from
 * several places). */
enum xasrc {
	XA_RULES = 1 << 0,    /* the rules' own choice */
	XA_SAME = 1 << 1,     /* a time expression of the figure's sentence */
	XA_PREV = 1 << 2,     /* of the sentence before */
	XA_LEAD = 1 << 3,     /* of the paragraph's first sentence or the
			       * lead of its list */
	XA_HEAD = 1 << 4,     /* of the headline (the text's first sentence
			       * that is not a date line) */
	XA_DATELINE = 1 << 5, /* the text's as-of day or year */
	XA_DERIVED = 1 << 6,  /* as-of year +/- 1, a span YEAR..YEAR of the
			       * sentence, months so far the text names */
};

/* The features, in the order of the vector (each 0 or 1 unless said). */
enum xfeat {
	XF_IS_RULES,    /* the rules' choice */
	XF_SRC_SAME,    /* from the figure's own sentence */
	XF_SRC_PREV,    /* from the sentence before */
	XF_SRC_LEAD,    /* from the paragraph's first sentence / list lead */
	XF_SRC_HEAD,    /* from the headline */
	XF_SRC_DATELINE, /* the as-of day or year */
	XF_SRC_DERIVED, /* derived: as-of year +/- 1, span, months so far */
	XF_DSENT,       /* sentences between: min(n, 5) / 5; 1 if derived */
	XF_DWORD,       /* tokens between, same sentence: min(n, 20) / 20,
			 * else 1 */
	XF_BEFORE,      /* same sentence, before the number */
	XF_AFTER,       /* same sentence, after the number */
	XF_G_DAY,       /* granularity: one day */
	XF_G_MONTH,     /* one month */
	XF_G_QH,        /* a quarter or a half-year (3 or 6 months) */
	XF_G_MSF,       /* months so far: January to a month before December */
	XF_G_YEAR,      /* one calendar year */
	XF_G_SPAN,      /* several years */
	XF_R_PAST,      /* ends before the as-of year */
	XF_R_SAME,      /* within the as-of year, or spanning it */
	XF_R_FUTURE,    /* starts after the as-of year */
	XF_ROLE_POINT,  /* the parser's role: "in 2024" */
	XF_ROLE_RANGE,  /* "from 2020 to 2024", "January-August" */
	XF_ROLE_SINCE,  /* "since 2022" */
	XF_ROLE_BY,     /* "by 2030" */
	XF_ROLE_BASE,   /* "compared to 2010" */
	XF_ROLE_OTHER,  /* the same period, past/next N years, now */
	XF_IS_ASOF_YEAR, /* equals the as-of year */
	XF_IS_ASOF_DAY, /* equals the as-of day */
	/* the candidate's, the same for all its alternatives (they weigh
	 * only crossed with the alternative's, train_period.py CROSS) */
	XF_C_STOCK,     /* level or target of no money: a stock */
	XF_C_FLOW,      /* a flow, or a level of money */
	XF_C_PLAN,      /* plan or target */
	XF_C_REL,       /* multiple or percent change */
	XF_C_FUTURE,    /* its sentence speaks of the future (xcue_future) */
	XF_C_PAST,      /* a past verb (xcue_past) */
	XF_C_NOW,       /* now/today/сейчас or a present word (XL_PRESENT) */
	XF_C_SINCE,     /* its sentence has "since YEAR" / "с YEAR" */
	XF_C_BY,        /* its sentence has "by YEAR" / "к YEAR" */
	XF_W_ASOF,      /* the rules' reason bits: period from the date */
	XF_W_EARLIER,   /* an earlier sentence's date */
	XF_W_HORIZON,   /* the horizon of an undated plan */
	XF_W_TABLE,     /* a table row's column */
	XF_N
};

#define XALT_MAX 40

struct xalt {
	struct xper p;
	unsigned src;      /* enum xasrc bits */
	int dsent;         /* sentences away (0 same), -1 not from a sentence */
	int dword;         /* tokens away in the same sentence, or -1 */
	int side;          /* -1 before the number, 1 after, 0 not said */
	int role;          /* enum xrole + 1, 0 for none */
	double f[XF_N];
};

/* The sentence of d candidate c was read from, or -1. */
int xlearn_sent(const struct xdoc *d, const struct xcand *c);
/* The alternatives of candidate c of d (the rules' choice first) with
 * their features: their number (at most max). */
int xlearn_alts(const struct xdoc *d, const struct xcand *c,
		struct xalt *out, int max);
/* Does the chooser weigh r's periods? Not when the text gives no date
 * (none, today's, or one after today): the periods stay the rules'. */
bool xlearn_applies(const struct xresult *r, int32_t today);
/* Build d as the pipeline does (sentences, as-of date, times, horizon)
 * for reading a text's alternatives; free with xdoc_free. */
void xlearn_doc(struct xdoc *d, const char *buf, size_t len,
		const struct xopts *o);

#endif
