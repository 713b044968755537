/*
** cmd_chart_files.c: the files `growthstat chart` writes (see
** cmd_chart_files.h): the script, the image gnuplot draws from it and
** DIR/index.md, each created exclusively and renamed into place, and
** gnuplot run on them by descriptor.
*/
#include "../../common.h" /* first: cli.h includes <getopt.h> before it */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "../../cli.h"
#include "cmd_chart_files.h"
#include "plot_path.h"
#include "plot_run.h"

/* The script into a new temporary file beside `script` (*so, not yet in
 * place); it names the image `out` as seen from its directory. */
static int write_script(const struct rp_series *rs, const struct pb_series *pb,
			size_t n, struct pb_chart *pc,
			const struct pb_chart_more *pm, const char *out,
			const char *script, struct gs_out *so, struct gs_err *e)
{
	char rel[PATH_MAX + 8];

	if (plot_path_rel(out, script, rel, sizeof(rel), e))
		return -1;
	pc->output = rel;
	if (gs_out_open(so, script, false, e))
		return -1;
	if (pb_write_chart_more(so->fp, rs, pb, n, pc, pm, e) == 0 &&
	    fflush(so->fp) == 0)
		return 0;
	gs_errf(e, GS_EX_IOERR, "writing '%s': %s", script, strerror(errno));
	gs_out_abort(so);
	return -1;
}

/* gnuplot's stderr, a line at a time, control characters made visible. */
static void quote_lines(const struct gs_ctx *ctx, const char *text)
{
	char line[512], shown[2048];
	size_t k = 0;
	int n = 0;

	for (;; text++) {
		if (*text == '\n' || *text == '\0') {
			line[k] = '\0';
			gs_escape(shown, sizeof(shown), line);
			if (k && n++ < 20)
				cli_error(ctx, 0, "gnuplot: %s", shown);
			k = 0;
			if (*text == '\0')
				break;
		} else if (k + 1 < sizeof(line)) {
			line[k++] = *text;
		}
	}
}

/*
** Run gnuplot in the script's directory on the script and image files
** growthstat created: it reads the script as /dev/fd/4 and writes the
** image to /dev/fd/3 (outfile, which the script honours), so no name
** that someone could replace meanwhile is opened. 0, or
** GS_EX_UNAVAILABLE after saying why (*missing: gnuplot not found), or
** GS_EX_IOERR when the image it wrote is cut short (plot_image_complete).
*/
static int render(const struct gs_ctx *ctx, const char *script, int sfd,
		  int ifd, bool *missing)
{
	char dir[PATH_MAX];
	const char *prog = plot_program();
	char *args[] = { (char *)prog, "-e", "outfile = \"/dev/fd/3\"",
			 "/dev/fd/4", NULL };
	int fds[2] = { ifd, sfd };
	struct plot_run r;
	struct gs_err e;
	int rc = GS_EX_UNAVAILABLE;

	plot_path_split(script, dir, sizeof(dir));
	gs_err_clear(&e);
	if (plot_run(prog, args, fds, 2, dir, &r, &e)) {
		plot_run_free(&r);
		return cli_report(ctx, &e);
	}
	switch (r.result) {
	case PLOT_RUN_OK:
		if (!ctx->quiet)
			quote_lines(ctx, r.err);
		rc = GS_EX_OK;
		if (!plot_image_complete(ifd)) {
			rc = GS_EX_IOERR;
			gs_errf(&e, rc, "the image gnuplot wrote for %s is cut "
				"short (a full disk?); nothing put in its place",
				script);
		}
		break;
	case PLOT_RUN_NOTFOUND:
		*missing = true;
		gs_errf(&e, rc, "gnuplot not found ('%s': %s); install gnuplot "
			"or set GROWTHSTAT_GNUPLOT. The script is written: %s",
			prog, strerror(r.exec_errno), script);
		break;
	case PLOT_RUN_NODIR:
		gs_errf(&e, rc, "cannot run gnuplot in '%s': %s", dir,
			strerror(r.exec_errno));
		break;
	case PLOT_RUN_FAILED:
		gs_errf(&e, rc, "gnuplot failed on %s (%s %d):", script,
			r.status > 128 ? "signal" : "exit", r.status > 128 ?
			r.status - 128 : r.status);
		break;
	}
	if (rc != GS_EX_OK)
		cli_report(ctx, &e);
	if (r.result == PLOT_RUN_FAILED)
		quote_lines(ctx, r.err);
	plot_run_free(&r);
	return rc;
}

int chart_draw(const struct gs_ctx *ctx, const struct rp_series *rs,
	       const struct pb_series *pb, size_t n, struct pb_chart *pc,
	       const struct pb_chart_more *pm, const char *out,
	       const char *script, bool script_only, bool *missing,
	       struct gs_err *e)
{
	struct gs_out so, io;
	int rc = GS_EX_OK;

	if (write_script(rs, pb, n, pc, pm, out, script, &so, e))
		return -1;
	if (!script_only && !*missing) {
		if (gs_out_open(&io, out, false, e)) {
			gs_out_abort(&so);
			return -1;
		}
		rc = render(ctx, script, fileno(so.fp), fileno(io.fp), missing);
		if (rc != GS_EX_OK)
			gs_out_abort(&io);
		else if (gs_out_commit(&io, e)) {
			gs_out_abort(&so);
			return -1;
		}
	}
	return gs_out_commit(&so, e) ? -1 : rc;
}

int chart_write_index(const struct gs_ctx *ctx, const char *index,
		      const struct plot_index_entry *ix, size_t n)
{
	struct gs_out io;
	struct gs_err e;

	gs_err_clear(&e);
	if (gs_out_open(&io, index, false, &e))
		return cli_report(ctx, &e);
	if (plot_index_write(io.fp, ix, n, &e)) {
		gs_out_abort(&io);
		return cli_report(ctx, &e);
	}
	return gs_out_commit(&io, &e) ? cli_report(ctx, &e) : 0;
}
