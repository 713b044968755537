/*
** cmd_analysis.h: what the analysis commands (growth, implied, project,
** check, chart, report) share at the command layer: their common options,
** how values are shown, and --explain, which lists the observations
** behind every number.
*/
#ifndef GS_CMD_ANALYSIS_H
#define GS_CMD_ANALYSIS_H

#include "../cli.h"
#include "celltext.h"
#include "points.h"
#include "project.h"

enum {
	OPT_R_EXPLAIN = OPT_COMMON_LAST + 100, OPT_R_APPROX, OPT_R_FIRST_FREE
};

#define REPORT_LONGOPTS \
	CLI_AS_OF_LONGOPT, \
	{ "explain", no_argument, NULL, OPT_R_EXPLAIN }, \
	{ "approx-tolerance", required_argument, NULL, OPT_R_APPROX }

#define REPORT_USAGE \
	"  --as-of DATE            " CLI_AS_OF_HELP "\n" \
	"  --approx-tolerance F    width of \"about\"/\"almost\" as a fraction\n" \
	"                          (default 0.05, or $GROWTHSTAT_APPROX_TOLERANCE)\n" \
	"  --explain               list the observations behind every number\n" \
	"  --format table|csv|json tables for people (default) or raw values\n" \
	"  --db PATH               the database\n"

struct report_opts {
	struct rp_opts rp;
	bool explain;
};

/* Defaults, including $GROWTHSTAT_APPROX_TOLERANCE; 0 or an exit code. */
int report_init(struct gs_ctx *ctx, struct report_opts *o);
/* cli_setup, then --as-of (ctx->as_of) into o->rp: 0 to go on, -1 after
 * --help, else an exit code (printed). */
int report_setup(int argc, char **argv, struct gs_ctx *ctx,
		 const struct cli_spec *spec, void *arg, struct report_opts *o);
/* Handle a REPORT_LONGOPTS option: 1 handled, 0 not ours, or an exit code
 * (>1) after printing. */
int report_option(struct gs_ctx *ctx, struct report_opts *o, int c,
		  const char *val);
/* Parse a period option (--from, --to); 0 or GS_EX_USAGE after printing. */
int report_period(const struct gs_ctx *ctx, const char *opt, const char *s,
		  struct gs_period *p);

/* --method and --level values; 0 or GS_EX_USAGE after printing. */
int report_method(const struct gs_ctx *ctx, const char *s,
		  enum proj_method *m);
int report_level(const struct gs_ctx *ctx, const char *s, double *level);

/* A value for the table (human, with the symbol) or for scripts (raw). */
void report_value(const struct gs_ctx *ctx, double v, const char *sym,
		  char *buf, size_t n);
/* A value in the unit of series `in` (side 0), or a lower (side < 0) or
 * upper (side > 0) bound, "" when NAN: for people a count in whole units
 * (report_amount: "about 5,609 jobs"), raw for scripts. */
void report_value_of(const struct gs_ctx *ctx, const struct series_info *in,
		     double v, int side, char *buf, size_t n);
/* "[lo, hi]" bounds for a person, or raw lo/hi; "" when exact. */
void report_bound(const struct gs_ctx *ctx, double b, const char *sym,
		  char *buf, size_t n);
/*
** Tables whose people's view picks some of the script columns: a table of
** head[0..ncol) for csv and json, or of head[pick[i]], i < npick, for a
** person; report_pick_add adds a row given in script order.
*/
struct table *report_pick_table(const struct gs_ctx *ctx,
				const char *const *head, size_t ncol,
				const size_t *pick, size_t npick);
void report_pick_add(const struct gs_ctx *ctx, struct table *t,
		     const char *const *cells, const size_t *pick,
		     size_t npick);
/* The bounds lo, hi of a value v as two cells (a, b; n bytes each),
 * both empty when v is exact (lo == v == hi). */
void report_bounds(const struct gs_ctx *ctx, double v, double lo, double hi,
		   const char *sym, char *a, char *b, size_t n);
/* The same in the unit of series `in`: for people a count's bounds in
 * whole units, rounded inwards (report_value_of). */
void report_bounds_of(const struct gs_ctx *ctx, const struct series_info *in,
		      double v, double lo, double hi, char *a, char *b,
		      size_t n);
/* report_qualified, report_refs: celltext.h */
/* With --explain (table format): print every observation of s numbered. */
void report_explain(const struct gs_ctx *ctx, const struct report_opts *o,
		    const struct rp_series *s);

/*
** Run fn on the series named in keys[0..n), or, when n is 0, on every
** series matching glob (NULL: all) in one scan of the database
** (series_scan with flags, e.g. OBSQ_FIGURES; fn must not use the
** database). fn's first non-zero result ends the run and is returned; an
** unknown key or a database error is reported and its exit code returned.
*/
typedef int (*report_fn)(struct gs_ctx *ctx, struct rp_series *s, void *arg);
int report_each(struct gs_ctx *ctx, const struct rp_opts *rp,
		const char *glob, int flags, int n, char *const *keys,
		report_fn fn, void *arg);

#endif
