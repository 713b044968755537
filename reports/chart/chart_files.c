/*
** chart_files.c: the files `growthstat chart` writes (see chart_files.h):
** the script, the image gnuplot draws from it and DIR/index.md, each
** created exclusively and renamed into place, and gnuplot run on them by
** descriptor.
*/
#include "../../common.h" /* first: its feature macros give PATH_MAX */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chart_files.h"
#include "plot_path.h"
#include "plot_run.h"

/* What an earlier chart leaves at a name. */
enum chart_kind { KIND_SCRIPT, KIND_IMAGE, KIND_INDEX };

/* Does the head of a file read as what a chart of each kind writes? */
static bool script_ours(const char *head, size_t n)
{
	return n >= 23 && memcmp(head, "# A chart by growthstat", 23) == 0;
}

static bool index_ours(const char *head, size_t n)
{
	return n >= 8 && memcmp(head, "# Charts", 8) == 0;
}

/*
** Replacing a file is right for what an earlier chart wrote there, and
** wrong for anything else: `-o sales.png` must not take a hand-written
** sales.gp with it, nor `-o data.csv` a data file (gs_out_only_ours).
*/
static int replaceable_output(const char *path, enum chart_kind k,
			      struct gs_err *e)
{
	static const char *const what[] = { "a chart script", "an image",
					    "an index of charts" };
	bool (*const ours[])(const char *, size_t) = { script_ours,
		plot_image_head, index_ours };

	return gs_out_only_ours(path, ours[k], what[k], e);
}

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

/* Why gnuplot did not draw, into g->why (g->rc set). */
static void why_not(const struct plot_run *r, const char *prog,
		    const char *dir, const char *script,
		    struct chart_gnuplot *g)
{
	g->rc = GS_EX_UNAVAILABLE;
	switch (r->result) {
	case PLOT_RUN_OK:
		break;
	case PLOT_RUN_NOTFOUND:
		gs_errf(&g->why, g->rc, "gnuplot not found ('%s': %s); install "
			"gnuplot or set GROWTHSTAT_GNUPLOT. The script is "
			"written: %s", prog, strerror(r->exec_errno), script);
		break;
	case PLOT_RUN_NODIR:
		gs_errf(&g->why, g->rc, "cannot run gnuplot in '%s': %s", dir,
			strerror(r->exec_errno));
		break;
	case PLOT_RUN_FAILED:
		gs_errf(&g->why, g->rc, "gnuplot failed on %s (%s %d):", script,
			r->status > 128 ? "signal" : "exit", r->status > 128 ?
			r->status - 128 : r->status);
		g->when = CHART_SAID_FAILURE;
		break;
	}
}

/*
** Run gnuplot in the script's directory on the script and image files
** growthstat created: it reads the script as /dev/fd/4 and writes the
** image to /dev/fd/3 (outfile, which the script honours), so no name
** that someone could replace meanwhile is opened. What it did into *g:
** rc 0, or GS_EX_UNAVAILABLE (*missing: gnuplot not found), or
** GS_EX_IOERR when the image it wrote is cut short (plot_image_complete),
** or the code of a process that could not be started.
*/
static void render(const char *script, int sfd, int ifd, bool *missing,
		   struct chart_gnuplot *g)
{
	char dir[PATH_MAX];
	const char *prog = plot_program();
	char *args[] = { (char *)prog, "-e", "outfile = \"/dev/fd/3\"",
			 "/dev/fd/4", NULL };
	int fds[2] = { ifd, sfd };
	struct plot_run r;

	plot_path_split(script, dir, sizeof(dir));
	if (plot_run(prog, args, fds, 2, dir, &r, &g->why)) {
		plot_run_free(&r);
		g->rc = g->why.code ? g->why.code : GS_EX_SOFTWARE;
		return;
	}
	g->said = xstrdup(r.err);
	if (r.result != PLOT_RUN_OK) {
		if (r.result == PLOT_RUN_NOTFOUND)
			*missing = true;
		why_not(&r, prog, dir, script, g);
	} else {
		g->when = CHART_SAID_WARNINGS;
		if (!plot_image_complete(ifd)) {
			g->rc = GS_EX_IOERR;
			gs_errf(&g->why, g->rc, "the image gnuplot wrote for %s "
				"is cut short (a full disk?); nothing put in "
				"its place", script);
		}
	}
	plot_run_free(&r);
}

void chart_gnuplot_free(struct chart_gnuplot *g)
{
	free(g->said);
	g->said = NULL;
}

int chart_draw(const struct rp_series *rs, const struct pb_series *pb,
	       size_t n, struct pb_chart *pc, const struct pb_chart_more *pm,
	       const char *out, const char *script, bool script_only,
	       bool *missing, struct chart_gnuplot *g, struct gs_err *e)
{
	struct gs_out so, io;

	memset(g, 0, sizeof(*g));
	gs_err_clear(&g->why);
	if (replaceable_output(script, KIND_SCRIPT, e) ||
	    (!script_only && replaceable_output(out, KIND_IMAGE, e)) ||
	    write_script(rs, pb, n, pc, pm, out, script, &so, e))
		return -1;
	if (!script_only && !*missing) {
		if (gs_out_open(&io, out, false, e)) {
			gs_out_abort(&so);
			return -1;
		}
		render(script, fileno(so.fp), fileno(io.fp), missing, g);
		if (g->rc != GS_EX_OK)
			gs_out_abort(&io);
		else if (gs_out_commit(&io, e)) {
			gs_out_abort(&so);
			return -1;
		}
	}
	return gs_out_commit(&so, e) ? -1 : g->rc;
}

int chart_dir(const char *dir, struct gs_err *e)
{
	struct stat st;

	if (mkdir(dir, 0777) != 0 && errno != EEXIST)
		return gs_errf(e, GS_EX_CANTCREAT, "cannot create '%s': %s",
			       dir, strerror(errno));
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return gs_errf(e, GS_EX_CANTCREAT, "'%s' is not a directory",
			       dir);
	return 0;
}

int chart_batch_writable(const struct chart_batch *b, const char *index,
			struct gs_err *e)
{
	size_t i;

	if (replaceable_output(index, KIND_INDEX, e))
		return -1;
	for (i = 0; i < b->n; i++)
		if (replaceable_output(b->it[i].script, KIND_SCRIPT, e) ||
		    replaceable_output(b->it[i].out, KIND_IMAGE, e))
			return -1;
	return 0;
}

int chart_index_file(const char *index, const struct plot_index_entry *ix,
		     size_t n, struct gs_err *e)
{
	struct gs_out io;

	if (replaceable_output(index, KIND_INDEX, e) ||
	    gs_out_open(&io, index, false, e))
		return -1;
	if (plot_index_write(io.fp, ix, n, e)) {
		gs_out_abort(&io);
		return -1;
	}
	return gs_out_commit(&io, e);
}
