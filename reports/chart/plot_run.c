/*
** plot_run.c: fork and exec gnuplot on a script (its environment without
** the database's secrets), capture its stderr (see
** plot_run.h). A close-on-exec pipe tells an exec failure from a gnuplot
** that ran and failed.
*/
#include "plot_run.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ERR (16 * 1024)

const char *plot_program(void)
{
	const char *p = getenv("GROWTHSTAT_GNUPLOT");

	return p && *p ? p : "gnuplot";
}

#define MAX_FDS 4

extern char **environ;

/*
** The environment gnuplot gets: ours without what can hold a database
** password ($GROWTHSTAT_DB, libpq's $PGPASSWORD). gnuplot needs neither,
** and in its environment a password would outlive the connection (a
** core file of gnuplot's in the chart's folder). Made before fork: the
** child of a process with threads may only call async-signal-safe
** functions. The array is freed by the caller; its strings are environ's.
*/
static char **child_env(void)
{
	static const char *const drop[] = { "GROWTHSTAT_DB=", "PGPASSWORD=" };
	size_t n = 0, k = 0, i, j;
	char **env;

	while (environ && environ[n])
		n++;
	env = xcalloc(n + 1, sizeof(*env));
	for (i = 0; i < n; i++) {
		for (j = 0; j < GS_ARRAY_LEN(drop); j++)
			if (strncmp(environ[i], drop[j], strlen(drop[j])) == 0)
				break;
		if (j == GS_ARRAY_LEN(drop))
			env[k++] = environ[i];
	}
	return env;
}

/* In the child: fds[i] becomes descriptor 3 + i (first moved above any
 * number they could collide with), without close-on-exec. */
static void hand_over(const int *fds, size_t nfds, int *errfd, int *exfd)
{
	int tmp[MAX_FDS];
	size_t i;

	*errfd = fcntl(*errfd, F_DUPFD, 3 + MAX_FDS);
	*exfd = fcntl(*exfd, F_DUPFD_CLOEXEC, 3 + MAX_FDS);
	for (i = 0; i < nfds && i < MAX_FDS; i++)
		tmp[i] = fcntl(fds[i], F_DUPFD, 3 + MAX_FDS);
	for (i = 0; i < nfds && i < MAX_FDS; i++) {
		dup2(tmp[i], 3 + (int)i);
		close(tmp[i]);
	}
}

/* In the child: never returns. An exec or chdir failure is written to
 * exfd as { stage, errno } (stage 0 chdir, 1 exec). */
static void child(const char *prog, char *const *args, char **env,
		  const int *fds, size_t nfds, const char *dir, int errfd,
		  int exfd)
{
	int null, err[2] = { 0, 0 };

	hand_over(fds, nfds, &errfd, &exfd);
	/* opened after: it cannot take a number 3 + i */
	if ((null = open("/dev/null", O_RDWR)) >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		if (null > 2)
			close(null);
	}
	dup2(errfd, 2);
	close(errfd);
	if (dir && *dir && chdir(dir) != 0) {
		err[1] = errno;
	} else {
		environ = env;
		execvp(prog, args);
		err[0] = 1;
		err[1] = errno;
	}
	if (write(exfd, err, sizeof(err)) < 0)
		_exit(127);
	_exit(127);
}

static ssize_t read_full(int fd, void *buf, size_t n)
{
	ssize_t k;

	do
		k = read(fd, buf, n);
	while (k < 0 && errno == EINTR);
	return k;
}

/* What the child writes to fd, at most MAX_ERR bytes; never NULL. */
static char *read_err(int fd)
{
	struct gs_buf b = { 0 };
	char buf[4096];
	ssize_t k;

	gs_buf_add(&b, "");
	while ((k = read_full(fd, buf, sizeof(buf))) > 0)
		gs_buf_addn(&b, buf, b.len + (size_t)k > MAX_ERR ?
			    MAX_ERR - b.len : (size_t)k);
	return b.s;
}

int plot_run(const char *prog, char *const *args, const int *fds,
	     size_t nfds, const char *dir, struct plot_run *r,
	     struct gs_err *e)
{
	int errp[2], xp[2], st = 0, xe[2] = { 0, 0 };
	char **env;
	pid_t pid;

	memset(r, 0, sizeof(*r));
	r->err = xcalloc(1, 1);
	if (pipe(errp) != 0)
		return gs_errf(e, GS_EX_SOFTWARE, "pipe: %s", strerror(errno));
	if (pipe(xp) != 0) {
		close(errp[0]);
		close(errp[1]);
		return gs_errf(e, GS_EX_SOFTWARE, "pipe: %s", strerror(errno));
	}
	fcntl(xp[1], F_SETFD, FD_CLOEXEC);
	fcntl(errp[0], F_SETFD, FD_CLOEXEC);
	fcntl(xp[0], F_SETFD, FD_CLOEXEC);
	fflush(stdout);
	fflush(stderr);
	env = child_env();
	pid = fork();
	if (pid != 0)
		free(env);
	if (pid < 0) {
		int err = errno;

		close(errp[0]);
		close(errp[1]);
		close(xp[0]);
		close(xp[1]);
		return gs_errf(e, GS_EX_SOFTWARE, "fork: %s", strerror(err));
	}
	if (pid == 0)
		child(prog, args, env, fds, nfds, dir, errp[1], xp[1]);
	close(errp[1]);
	close(xp[1]);
	if (read_full(xp[0], xe, sizeof(xe)) == (ssize_t)sizeof(xe)) {
		r->result = xe[0] ? PLOT_RUN_NOTFOUND : PLOT_RUN_NODIR;
		r->exec_errno = xe[1];
	}
	close(xp[0]);
	free(r->err);
	r->err = read_err(errp[0]);
	close(errp[0]);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return gs_errf(e, GS_EX_SOFTWARE, "waitpid: %s",
				       strerror(errno));
	if (r->result != PLOT_RUN_OK)
		return 0;
	if (WIFEXITED(st))
		r->status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		r->status = 128 + WTERMSIG(st);
	r->result = r->status == 0 ? PLOT_RUN_OK : PLOT_RUN_FAILED;
	return 0;
}

void plot_run_free(struct plot_run *r)
{
	free(r->err);
	r->err = NULL;
}

/* Whether buf[0..n) holds the text want. */
static bool holds(const char *buf, size_t n, const char *want)
{
	size_t k = strlen(want), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(buf + i, want, k) == 0)
			return true;
	return false;
}

/* The image's head and tail, n bytes each (n <= 64), read through fd. */
static bool ends(int fd, char *head, char *tail, size_t *n)
{
	struct stat st;

	if (fstat(fd, &st) != 0 || st.st_size <= 0)
		return false;
	*n = st.st_size < 64 ? (size_t)st.st_size : 64;
	return pread(fd, head, *n, 0) == (ssize_t)*n &&
	       pread(fd, tail, *n, st.st_size - (off_t)*n) == (ssize_t)*n;
}

bool plot_image_head(const char *head, size_t n)
{
	return (n >= 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0) ||
	       (n >= 5 && memcmp(head, "%PDF-", 5) == 0) ||
	       holds(head, n, "<svg") || holds(head, n, "<?xml");
}

bool plot_image_complete(int fd)
{
	static const char png[] = "\x89PNG\r\n\x1a\n";
	static const char iend[] = "IEND\xae\x42\x60\x82";
	char head[64], tail[64], path[40];
	size_t n = 0;
	bool got;
	int rfd;

	/* an output is open for writing only: read it through a
	 * descriptor of its own (the file, not a name, on Linux) */
	gs_snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if ((rfd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return true; /* cannot tell: as before */
	got = ends(rfd, head, tail, &n);
	close(rfd);
	if (!got)
		return false;
	if (n >= 8 && memcmp(head, png, 8) == 0)
		return n >= 16 && memcmp(tail + n - 8, iend, 8) == 0;
	if (holds(head, n, "<svg") || holds(head, n, "<?xml"))
		return holds(tail, n, "</svg>");
	if (n >= 5 && memcmp(head, "%PDF-", 5) == 0)
		return holds(tail, n, "%%EOF");
	return true;
}
