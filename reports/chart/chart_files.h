/*
** chart_files.h: the files `growthstat chart` writes. Each is created
** under a fresh temporary name beside its own (gs_out_open: O_CREAT|
** O_EXCL|O_NOFOLLOW) and renamed into place, so an older chart, or a
** symbolic link planted at its name, is replaced and never written
** through. A file at the name that is not what a chart writes (no
** growthstat script, no image, no index of charts: a hand-written
** script, a data file) is not replaced: GS_EX_CANTCREAT, nothing written. gnuplot reads the script and writes the image through the
** descriptors of those temporary files (/dev/fd/4, /dev/fd/3), never by
** a name. Nothing is printed here: what gnuplot said comes back in
** struct chart_gnuplot for the command to print.
*/
#ifndef GS_CHART_FILES_H
#define GS_CHART_FILES_H

#include "plot_build.h"
#include "plot_index.h"
#include "chart_name.h"

/* When gnuplot's own words (its stderr) are to be shown. */
enum chart_said {
	CHART_SAID_NONE = 0,        /* not run, or not found */
	CHART_SAID_WARNINGS,        /* it drew: warnings, shown before any
				     * message (not with -q) */
	CHART_SAID_FAILURE,         /* it failed: shown after the message */
};

/* What became of running gnuplot on a chart. */
struct chart_gnuplot {
	int rc;                     /* 0; GS_EX_UNAVAILABLE (missing or
				     * failed), GS_EX_IOERR (the image cut
				     * short), GS_EX_SOFTWARE (no process) */
	struct gs_err why;          /* rc != 0: the message */
	char *said;                 /* its stderr; NULL when not run */
	enum chart_said when;
};
void chart_gnuplot_free(struct chart_gnuplot *g);

/*
** The script of the n series rs[]/pb[] drawn as pc and pm (may be NULL)
** say (pc->output is set here: the image as seen from the script), and
** unless script_only (or *missing: gnuplot was not found before) the
** image out by gnuplot, with what it did in *g (*missing set when it was
** not found). When gnuplot is missing or fails the script is still put
** in place. Returns 0 or g->rc, or -1 with e filled (and g as far as
** gnuplot ran); chart_gnuplot_free(g) in every case.
*/
int chart_draw(const struct rp_series *rs, const struct pb_series *pb,
	       size_t n, struct pb_chart *pc, const struct pb_chart_more *pm,
	       const char *out, const char *script, bool script_only,
	       bool *missing, struct chart_gnuplot *g, struct gs_err *e);

/* The directory of `chart --all`: made when missing (not its parents),
 * else it must be a directory. 0, or -1 with e filled (GS_EX_CANTCREAT). */
int chart_dir(const char *dir, struct gs_err *e);

/* Can every file of batch b and its index be written (none is a file a
 * chart did not write)? Checked before any is, so a refusal leaves the
 * directory as it was: 0, or -1 with e filled (GS_EX_CANTCREAT). */
int chart_batch_writable(const struct chart_batch *b, const char *index,
			 struct gs_err *e);

/* DIR/index.md of a batch, written like the charts: 0, or -1 with e
 * filled. */
int chart_index_file(const char *index, const struct plot_index_entry *ix,
		     size_t n, struct gs_err *e);

#endif
