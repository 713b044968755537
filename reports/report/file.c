/*
** file.c: the report page put where -o says: written whole under an
** exclusive temporary name and renamed into place (gs_out_*), so a reader
** never sees half a page and a link planted at the name is replaced,
** never written through; or, for "-", to standard output. See page.h.
*/
#include "page.h"

#include <errno.h>
#include <string.h>

/* The exit code of a failure e describes. */
static int failed(const struct gs_err *e)
{
	return e->code ? e->code : GS_EX_SOFTWARE;
}

/* "-": the page to stdout, flushed; a write that failed (a closed pipe,
 * a full disk) is an error, not a short page and exit 0. */
static int to_stdout(struct rpage *pg, struct gs_err *e)
{
	pg->out = stdout;
	rpage_write(pg);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		gs_errf(e, GS_EX_IOERR, "writing the page to standard output: "
			"%s", strerror(errno));
		return failed(e);
	}
	return 0;
}

int rpage_file(struct rpage *pg, const char *path, struct gs_err *e)
{
	struct gs_out out;

	if (strcmp(path, "-") == 0)
		return to_stdout(pg, e);
	if (gs_out_open(&out, path, false, e))
		return failed(e);
	pg->out = out.fp;
	rpage_write(pg);
	if (fflush(pg->out) != 0 || ferror(pg->out)) {
		gs_errf(e, GS_EX_IOERR, "writing '%s': %s", path,
			strerror(errno));
		gs_out_abort(&out);
		return failed(e);
	}
	if (gs_out_commit(&out, e))
		return failed(e);
	return 0;
}
