/*
** resample.h: frequency conversion, as FRED does it: monthly or quarterly
** figures become quarterly or annual ones, flows by their sum, levels by
** their average or their end-of-period value. A period whose months are
** not all there is incomplete: it is reported as such (how many months it
** has) and never aggregated as if it were complete. growthstat does not
** interpolate: a coarser series is never turned into a finer one.
*/
#ifndef GS_RESAMPLE_H
#define GS_RESAMPLE_H

#include "points.h"

enum rs_freq { RS_FREQ_NONE = 0, RS_MONTHLY = 1, RS_QUARTERLY = 3,
	       RS_ANNUAL = 12 };
enum rs_agg { RS_AGG_DEFAULT = 0, RS_SUM, RS_AVG, RS_EOP };

/* "annual"/"quarterly"/"monthly" (also a, q, m); -1 when unknown. */
int rs_freq_parse(const char *s, enum rs_freq *f);
/* "sum"/"avg"/"eop"; -1 when unknown. */
int rs_agg_parse(const char *s, enum rs_agg *a);
const char *rs_freq_name(enum rs_freq f);
const char *rs_agg_name(enum rs_agg a);

/* One figure to aggregate: its period and value with bounds (p.t unused). */
struct rs_in {
	struct gs_period period;
	struct gs_point p;
	size_t id;     /* observation number (#id) for messages; 0: none */
};

/* One period of the target frequency. When have < need the period is
 * incomplete and p holds NANs. */
struct rs_out {
	struct gs_period period;
	struct gs_point p;       /* t is the period's time (growth.h) */
	int have, need;          /* figures present, figures a full period has */
};

/*
** Aggregate in[0..n) (one frequency: every period the same number of
** whole months, which divides f; any order) to frequency f by a (default:
** RS_SUM for flows, RS_AVG for levels). Refused (GS_EX_DATAERR, message
** naming the series and period): mixed lengths, a target finer than the
** figures, two figures of one period, a sum of levels (a stock summed
** over months means nothing: use avg or eop). *out is a new array in
** period order (caller frees), *nout its length.
*/
int rs_resample(const char *key, enum gs_kind kind, const struct rs_in *in,
		size_t n, enum rs_freq f, enum rs_agg a, struct rs_out **out,
		size_t *nout, struct gs_err *e);

/* rs_resample of the points of s's main kind (rp_main_kind). */
int rs_of_series(const struct rp_series *s, enum rs_freq f, enum rs_agg a,
		 struct rs_out **out, size_t *nout, struct gs_err *e);

/*
** Replace the points of s by its main kind's points (rp_main_kind)
** aggregated to f by a: complete periods only, each an actual point with
** no observation behind it. *incomplete (may be NULL) receives the
** periods left out (caller frees; *nincomplete of them), for a warning.
*/
int rs_series(struct rp_series *s, enum rs_freq f, enum rs_agg a,
	      struct rs_out **incomplete, size_t *nincomplete,
	      struct gs_err *e);

#endif
