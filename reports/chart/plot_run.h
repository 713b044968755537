/*
** plot_run.h: running gnuplot on a script, without a shell.
**
** The program is execvp()'d with the arguments given, stdin and stdout on
** /dev/null, descriptors handed over as 3, 4, ... (so gnuplot can read and
** write files growthstat created, by /dev/fd/N, never by a name someone
** could swap), and its stderr captured (so a failure can be quoted).
** Nothing is printed here.
*/
#ifndef GS_PLOT_RUN_H
#define GS_PLOT_RUN_H

#include "../../common.h"

enum plot_run_result {
	PLOT_RUN_OK = 0,       /* exit status 0 */
	PLOT_RUN_NOTFOUND,     /* the program could not be executed */
	PLOT_RUN_FAILED,       /* it ran and exited non-zero or was killed */
	PLOT_RUN_NODIR,        /* cannot change to the directory */
};

struct plot_run {
	enum plot_run_result result;
	int status;            /* exit status, or 128 + signal */
	int exec_errno;        /* for PLOT_RUN_NOTFOUND and _NODIR */
	char *err;             /* its stderr (at most 16 KB), never NULL */
};

/* The program: $GROWTHSTAT_GNUPLOT when set and not empty, else "gnuplot". */
const char *plot_program(void);

/*
** Run prog with args (NULL-terminated; args[0] is its name) in directory
** dir (NULL: the current one), fds[i] as its descriptor 3 + i, and wait
** for it. Returns 0 with *r filled (whatever gnuplot did), or -1
** (GS_EX_SOFTWARE) when no process could be started (pipe or fork
** failed). Free r->err with plot_run_free().
*/
int plot_run(const char *prog, char *const *args, const int *fds,
	     size_t nfds, const char *dir, struct plot_run *r,
	     struct gs_err *e);
void plot_run_free(struct plot_run *r);

/*
** Whether the image gnuplot wrote to fd ends as its format must: PNG with
** its IEND chunk, SVG with </svg>, PDF with %%EOF (another format, or
** none known, passes if not empty). gnuplot does not report a failed
** write: on a full disk it leaves a PNG cut short and exits 0.
*/
bool plot_image_complete(int fd);

/* Whether head (a file's first n bytes) starts an image gnuplot draws:
 * PNG, SVG or PDF. */
bool plot_image_head(const char *head, size_t n);

#endif
