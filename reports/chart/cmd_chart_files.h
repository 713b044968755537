/*
** cmd_chart_files.h: the files `growthstat chart` writes. Each is created
** under a fresh temporary name beside its own (gs_out_open: O_CREAT|
** O_EXCL|O_NOFOLLOW) and renamed into place, so an older chart, or a
** symbolic link planted at its name, is replaced and never written
** through. gnuplot reads the script and writes the image through the
** descriptors of those temporary files (/dev/fd/4, /dev/fd/3), never by
** a name. Messages to stderr have control characters made visible.
*/
#ifndef GS_CMD_CHART_FILES_H
#define GS_CMD_CHART_FILES_H

#include "../../cli.h"
#include "plot_build.h"
#include "plot_index.h"

/*
** The script of the n series rs[]/pb[] drawn as pc and pm (may be NULL)
** say (pc->output is
** set here: the image as seen from the script), and unless script_only
** (or *missing: gnuplot was not found before) the image out by gnuplot.
** When gnuplot is missing or fails the script is still put in place.
** Returns 0 or GS_EX_UNAVAILABLE (said on stderr; *missing set when
** gnuplot was not found), or -1 with e filled and nothing written.
*/
int chart_draw(const struct gs_ctx *ctx, const struct rp_series *rs,
	       const struct pb_series *pb, size_t n, struct pb_chart *pc,
	       const struct pb_chart_more *pm, const char *out,
	       const char *script, bool script_only, bool *missing,
	       struct gs_err *e);

/* DIR/index.md of a batch, written like the charts; 0 or an exit code
 * after saying why. */
int chart_write_index(const struct gs_ctx *ctx, const char *index,
		      const struct plot_index_entry *ix, size_t n);

#endif
