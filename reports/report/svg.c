/*
** svg.c: a report chart drawn into memory. The script
** (pb_write_chart: user text only as escaped gnuplot strings) goes to an
** anonymous temporary file, gnuplot reads it as /dev/fd/4 and writes the
** SVG to another one as /dev/fd/3, and the SVG is read back to be inlined
** as a data: URI. No file name is ever created, so nothing can be planted
** at one and nothing is left behind.
*/
#include "page.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../chart/plot_run.h"

enum { CHART_W = 1120, CHART_H = 560, SVG_MAX = 64 << 20 };

/* The whole of f (written by someone else through its descriptor). */
static int slurp(FILE *f, unsigned char **buf, size_t *len, struct gs_err *e)
{
	struct stat st = { 0 };

	if (fstat(fileno(f), &st) != 0 || st.st_size <= 0 ||
	    st.st_size > SVG_MAX)
		return gs_errf(e, GS_EX_UNAVAILABLE, "gnuplot wrote no chart "
			       "(%lld bytes)", (long long)st.st_size);
	*len = (size_t)st.st_size;
	*buf = xmalloc(*len);
	rewind(f);
	if (fread(*buf, 1, *len, f) != *len) {
		free(*buf);
		*buf = NULL;
		return gs_errf(e, GS_EX_IOERR, "reading the chart: %s",
			       strerror(errno));
	}
	return 0;
}

/* The first line of gnuplot's complaint, for the page and stderr. */
static int failed(const struct plot_run *r, bool *missing, struct gs_err *e)
{
	size_t k = strcspn(r->err, "\n");

	if (r->result == PLOT_RUN_NOTFOUND) {
		*missing = true;
		return gs_errf(e, GS_EX_UNAVAILABLE, "gnuplot not found "
			       "('%s': %s); install gnuplot or set "
			       "GROWTHSTAT_GNUPLOT", plot_program(),
			       strerror(r->exec_errno));
	}
	return gs_errf(e, GS_EX_UNAVAILABLE, "gnuplot failed (status %d): "
		       "%.*s", r->status, (int)(k < 300 ? k : 300), r->err);
}

static int run(FILE *script, FILE *image, bool *missing, struct gs_err *e)
{
	const char *prog = plot_program();
	char *args[] = { (char *)prog, "-e", "outfile = \"/dev/fd/3\"",
			 "/dev/fd/4", NULL };
	int fds[2] = { fileno(image), fileno(script) };
	struct plot_run r;
	int rc = 0;

	if (plot_run(prog, args, fds, 2, NULL, &r, e))
		rc = -1;
	else if (r.result != PLOT_RUN_OK)
		rc = failed(&r, missing, e);
	else if (!plot_image_complete(fileno(image)))
		rc = gs_errf(e, GS_EX_IOERR, "the chart gnuplot wrote is cut "
			     "short (a full disk?)");
	plot_run_free(&r);
	return rc;
}

int rpage_svg(const struct rp_series *rs, const struct pb_series *pb,
	      size_t n, const char *title, unsigned char **svg, size_t *len,
	      bool *missing, struct gs_err *e)
{
	struct pb_chart pc = { "chart.svg", title, true, false, CHART_W,
			       CHART_H, NULL, 0 };
	FILE *script = tmpfile(), *image = tmpfile();
	int rc = -1;

	*svg = NULL;
	if (script == NULL || image == NULL)
		gs_errf(e, GS_EX_CANTCREAT, "a temporary file for a chart: %s",
			strerror(errno));
	else if (pb_write_chart(script, rs, pb, n, &pc, e) == 0 &&
		 fflush(script) == 0)
		rc = run(script, image, missing, e) ? -1 :
		     slurp(image, svg, len, e);
	else
		gs_errf(e, GS_EX_IOERR, "writing a chart script: %s",
			strerror(errno));
	if (script)
		fclose(script);
	if (image)
		fclose(image);
	return rc ? (e->code ? e->code : GS_EX_SOFTWARE) : 0;
}
