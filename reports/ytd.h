/*
** ytd.h: year-to-date (cumulative) flows, as Russian statistics publish
** them: "January-August" is a flow whose period runs from 1 January to
** the end of month N of the same year (2024-01..2024-08). growthstat
** stores such a figure as an ordinary flow; its period says it is
** cumulative, so no kind of its own is needed.
**
** From consecutive cumulative figures of one year the single-month or
** single-quarter flows follow by difference (Jan-Aug minus Jan-Jul is
** August), each marked as derived from the two figures; and each
** cumulative figure is compared with the same months a year earlier
** (Jan-Aug 2024 against Jan-Aug 2023), as analysts do. Pure functions on
** arrays: nothing here reads the database or prints.
*/
#ifndef GS_YTD_H
#define GS_YTD_H

#include "../series/cal.h"

/* One cumulative figure: its period, value, and its observation number
 * (#id as the reports show it: 1-based in the series' list). A figure
 * stated with a qualifier ("about 82.9", "over 60") is bounded: lo and
 * hi are its bounds (growth.h's qualifier rule); else it is exact. */
struct ytd_fig {
	struct gs_period period;
	double value;
	size_t id;
	bool bounded;
	double lo, hi;
};

/* A flow over the months between two cumulative figures of one year;
 * lo and hi bound it (both value when the figures are exact): August
 * from "about 82.9" Jan-Aug and 71.5 Jan-Jul is 78.755 - 71.5 to
 * 87.045 - 71.5. */
struct ytd_flow {
	struct gs_period period; /* e.g. 2024-08, or 2024-Q2 */
	double value, lo, hi;
	bool derived;            /* a difference of two figures */
	size_t from[2];          /* ids: the later figure, then the earlier
				  * one (from[1] is 0 when not derived) */
};

/* A cumulative figure against the same months a year earlier, with the
 * bounds of the multiple its figures' bounds allow. */
struct ytd_yoy {
	struct gs_period period;
	double value, prev;      /* this year, the year before */
	double lo, hi;           /* value's bounds (value when exact) */
	double mult, pct;        /* value / prev, 100 (value / prev - 1) */
	double mult_lo, mult_hi; /* both mult when the figures are exact */
	size_t from[2];          /* ids: this year's, last year's */
};

/* Does p run from 1 January to the end of a month of the same year? */
bool ytd_is_cumulative(const struct gs_period *p);

/*
** The single-period flows of figs[0..n) (any order; only cumulative
** periods are used, one figure per period): for each year, the first
** figure as it is when it covers one month or one quarter (January,
** Jan-Mar), and the difference of each later figure and the one before
** it. Returns the number written to *out (a new array the caller frees;
** NULL when 0).
*/
size_t ytd_flows(const struct ytd_fig *figs, size_t n, struct ytd_flow **out);

/*
** Same-period-last-year comparisons of figs[0..n): one for every
** cumulative figure whose months a year earlier are also in figs.
** Returns the number written to *out (caller frees; NULL when 0).
*/
size_t ytd_yoy(const struct ytd_fig *figs, size_t n, struct ytd_yoy **out);

#endif
