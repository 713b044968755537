/*
** deflate.h: real terms. A currency series divided by a price index
** stored like any other series (a CPI with a base year), matched by
** period: the index figure of the same period, or the average of index
** figures of one frequency that cover it exactly (the annual average of a
** monthly CPI for an annual figure). Real growth is then stated beside
** nominal: "2.80x nominal 2020-2024 is 2.00x in 2020 prices". An index
** that does not cover a period is refused, never extrapolated.
*/
#ifndef GS_DEFLATE_H
#define GS_DEFLATE_H

#include "../series/cal.h"

/* One index figure. */
struct df_point {
	struct gs_period period;
	double v;
};

/*
** The index for period p, into *out: the figure of p itself, else the
** average of the index figures inside p of one length that together
** cover all its months (the coarsest such length). GS_EX_DATAERR naming
** ikey and the period when none does, or when the index is not positive.
*/
int df_index_at(const char *ikey, const struct df_point *idx, size_t n,
		const struct gs_period *p, double *out, struct gs_err *e);

/* Nominal and real change from one figure to another, real values in
 * the prices of the start period. */
struct df_change {
	double idx_from, idx_to;    /* the index at both ends */
	double nom_to;              /* the end figure as stated */
	double real_from, real_to;  /* real_to = nom_to * idx_from / idx_to */
	double nom_mult, real_mult;
	double nom_pct, real_pct;
	double years;               /* between the period ends */
	double nom_cagr, real_cagr; /* fractions; NAN when undefined */
};

int df_change(const char *ikey, const struct df_point *idx, size_t n,
	      const struct gs_period *from, double v_from,
	      const struct gs_period *to, double v_to, struct df_change *c,
	      struct gs_err *e);

#endif
