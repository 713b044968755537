/*
** cmd_ingest_out.c: what `growthstat ingest` says: the printer of its run
** (struct ingrun_out): problems and messages on stderr and stdout, a
** progress line on a terminal, the log.
*/
#include "cmd_ingest.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/* Seconds between two redraws of the progress line. */
#define REDRAW 0.25

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void printer(struct ingest_cmd *c);

void out_init(struct ingest_cmd *c)
{
	const char *d = getenv("GROWTHSTAT_PROGRESS_DELAY");
	char *end;

	memset(&c->pr, 0, sizeof(c->pr));
	c->pr.on = !c->ctx->quiet && isatty(2);
	c->pr.delay = 1.0;
	if (d && *d) {
		double v = strtod(d, &end);

		if (*end == '\0' && v >= 0 && isfinite(v))
			c->pr.delay = v;
	}
	c->pr.t_run = now();
	printer(c);
}

/*
** A formatted line with its control characters escaped (gs_escape): file
** names and messages come from the drop directory and from data, and must
** not forge a line of the log or stderr, nor reach the terminal as an
** escape sequence. Freed by the caller.
*/
static char *escaped(const char *fmt, va_list ap)
{
	char *raw = gs_vformat(fmt, ap), *out;
	size_t n = strlen(raw);

	/* the longest escape ("\u0085") is 6 bytes for 2 */
	out = xmalloc(n * 4 + 1);
	gs_escape(out, n * 4 + 1, raw);
	free(raw);
	return out;
}

/* A log line that could not be written (a full disk): said once on
 * stderr, and the run ends non-zero (cmd_ingest), the batch kept. */
static void log_failed(struct ingest_cmd *c, int err)
{
	char shown[4096];

	if (c->log_error)
		return;
	c->log_error = err ? err : EIO;
	gs_escape(shown, sizeof(shown), c->log_path);
	out_clear(c);
	fprintf(stderr, "growthstat: ingest: cannot write the log %s: %s; "
		"what was loaded is kept, later lines are lost\n", shown,
		strerror(c->log_error));
}

static void vlog(struct ingest_cmd *c, const char *fmt, va_list ap)
{
	char stamp[40], *line;
	time_t t = time(NULL);
	struct tm tm;

	if (c->log == NULL)
		return;
	localtime_r(&t, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%S%z", &tm);
	line = escaped(fmt, ap);
	if (fprintf(c->log, "%s growthstat[%ld]: ingest: %s\n", stamp,
		    (long)getpid(), line) < 0 || fflush(c->log) != 0)
		log_failed(c, errno);
	free(line);
}

void out_log(struct ingest_cmd *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog(c, fmt, ap);
	va_end(ap);
}

void out_error(struct ingest_cmd *c, const char *fmt, ...)
{
	va_list ap;
	char *line;

	out_clear(c);
	va_start(ap, fmt);
	line = escaped(fmt, ap);
	va_end(ap);
	fprintf(stderr, "growthstat: ingest: %s\n", line);
	free(line);
	va_start(ap, fmt);
	vlog(c, fmt, ap);
	va_end(ap);
}

/* A line on stdout, escaped (file names may hold anything). */
static void out_say(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static void out_say(const char *fmt, ...)
{
	va_list ap;
	char *line;

	va_start(ap, fmt);
	line = escaped(fmt, ap);
	va_end(ap);
	printf("%s\n", line);
	free(line);
}

/* "(2 retracted: they stay out)" after "already present", when some of
 * the rows already present are retracted figures (retseen.h). */
static const char *retracted_note(const struct ingest_result *r, char *buf,
				  size_t n)
{
	if (r->rows_retracted == 0)
		return "";
	gs_snprintf(buf, n, " (%ld retracted: %s stay%s out)",
		    r->rows_retracted, r->rows_retracted == 1 ? "it" : "they",
		    r->rows_retracted == 1 ? "s" : "");
	return buf;
}

/* "; 1 series mixes levels and flows" after the batch, when the file gave
 * a series both families of kinds (kindmix.h; warned about one by one). */
static const char *mixed_note(const struct ingest_result *r, char *buf,
			      size_t n)
{
	if (r->kind_mixed <= 0)
		return "";
	gs_snprintf(buf, n, "; %ld series mix%s levels and flows",
		    r->kind_mixed, r->kind_mixed == 1 ? "es" : "");
	return buf;
}

/* What a loaded file gave: to the log, -v/terminal to stdout, skipped
 * rows on stderr; `to` is where it was archived (NULL: not moved). */
static void out_summary(void *arg, const char *file,
			const struct ingest_result *r, const char *to)
{
	struct ingest_cmd *c = arg;
	const struct gs_ctx *ctx = c->ctx;
	char buf[80], mbuf[80];
	const char *note = retracted_note(r, buf, sizeof(buf));
	const char *mixed = mixed_note(r, mbuf, sizeof(mbuf));

	out_log(c, "%s: %ld new, %ld already present%s, %ld rejected (batch "
		"%lld)%s%s%s", file, r->c.rows_new, r->c.rows_present, note,
		r->c.rows_rejected, (long long)r->batch, mixed,
		to ? "; archived as " : "", to ? to : "");
	if (r->c.rows_rejected && !ctx->quiet)
		out_error(c, "%s: %ld bad row%s skipped, written to %s", file,
			  r->c.rows_rejected, r->c.rows_rejected == 1 ? "" : "s",
			  r->rejects[0] ? r->rejects : "(nowhere: see above)");
	if (ctx->verbose > 0 && r->ignored[0])
		out_say("%s: ignored columns: %s", file, r->ignored);
	if (ctx->verbose > 0 || (!ctx->quiet && isatty(1)))
		out_say("%s: %ld new, %ld already present%s, %ld rejected "
			"(batch %lld)%s", file, r->c.rows_new,
			r->c.rows_present, note, r->c.rows_rejected,
			(long long)r->batch, mixed);
}

/* An error record on stderr and in the log; returns its code. */
static int out_report(void *arg, const struct gs_err *e)
{
	struct ingest_cmd *c = arg;
	char buf[1200];

	out_clear(c);
	gs_err_format(e, buf, sizeof(buf));
	out_log(c, "%s", buf);
	return cli_report(c->ctx, e);
}

/* Problem k of the current file. */
static void out_problem(void *arg, const char *text, long k)
{
	struct ingest_cmd *c = arg;

	if (k < INGEST_MAX_KEPT)
		out_log(c, "%s", text);
	/* With --dir the problems go to NAME.errors; stderr gets one line
	 * per refused file, unless -v. */
	if (k < INGEST_MAX_SHOWN && (c->r.dir == NULL || c->ctx->verbose)) {
		out_clear(c);
		fprintf(stderr, "growthstat: %s\n", text);
	}
}

/* A named file failed after n problems: those not shown are counted. */
static void out_file_failed(void *arg, const char *file, long n)
{
	char shown[1024];

	(void)arg;
	if (n <= INGEST_MAX_SHOWN)
		return;
	gs_escape(shown, sizeof(shown), file);
	fprintf(stderr, "growthstat: %s: ... and %ld more problems\n", shown,
		n - INGEST_MAX_SHOWN);
}

static void out_file_start(void *arg, size_t index, size_t count,
			   uint64_t total)
{
	struct ingest_cmd *c = arg;

	c->pr.total = total;
	c->pr.index = index;
	c->pr.count = count;
	c->pr.cur = 0;
	c->pr.t_file = now();
}

static void out_file_done(void *arg, uint64_t size)
{
	struct ingest_cmd *c = arg;

	c->pr.done += size ? size : c->pr.cur;
	c->pr.cur = 0;
	out_clear(c);
}

void out_clear(struct ingest_cmd *c)
{
	if (!c->pr.drawn)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	c->pr.drawn = false;
}

/* "1:05" or "2:03:04". */
static void clock_text(double s, char *buf, size_t n)
{
	long t = s > 0 && s < 1e7 ? (long)(s + 0.5) : 0;

	if (t >= 3600)
		gs_snprintf(buf, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60,
			    t % 60);
	else
		gs_snprintf(buf, n, "%ld:%02ld", t / 60, t % 60);
}

static size_t columns(void)
{
	struct winsize ws;

	if (ioctl(2, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 80;
}

/* Cut s to at most n bytes, not inside a UTF-8 sequence. */
static void cut(char *s, size_t n)
{
	if (strlen(s) <= n)
		return;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	s[n] = '\0';
}

void out_progress(void *arg, const struct ingest_progress *p)
{
	struct ingest_cmd *c = arg;
	struct progress *pr = &c->pr;
	double t = now(), el = t - pr->t_file, rate;
	char line[512], left[32], all[96] = "", count[32] = "", shown[256];
	const char *name;
	uint64_t size;

	pr->cur = p->bytes;
	if (!pr->on || t - pr->t_run < pr->delay ||
	    (pr->drawn && t - pr->t_last < REDRAW))
		return;
	pr->t_last = t;
	gs_escape(shown, sizeof(shown), strrchr(p->file, '/') ?
		  strrchr(p->file, '/') + 1 : p->file);
	name = shown;
	rate = el > 0 ? (double)p->bytes / el : 0;
	size = p->size;
	if (pr->count > 1)
		gs_snprintf(count, sizeof(count), "[%zu/%zu] ", pr->index,
			    pr->count);
	if (size && rate > 0)
		clock_text((double)(size - (p->bytes < size ? p->bytes : size)) /
			   rate, left, sizeof(left));
	else
		gs_snprintf(left, sizeof(left), "?");
	if (pr->count > 1 && pr->total) {
		uint64_t done = pr->done + p->bytes;
		double all_rate = (double)done / (t - pr->t_run);
		char all_left[32];

		clock_text(all_rate > 0 && done < pr->total ?
			   (double)(pr->total - done) / all_rate : 0,
			   all_left, sizeof(all_left));
		gs_snprintf(all, sizeof(all), "; all: %.0f%%, %s left",
			    100.0 * (double)done / (double)pr->total, all_left);
	}
	if (size)
		gs_snprintf(line, sizeof(line), "%s%s: %ld rows, %.1f/%.1f MB, "
			    "%.1f MB/s, %s left%s", count, name, p->rows,
			    (double)p->bytes / 1e6, (double)size / 1e6,
			    rate / 1e6, left, all);
	else
		gs_snprintf(line, sizeof(line), "%s%s: %ld rows, %.1f MB, "
			    "%.1f MB/s%s", count, name, p->rows,
			    (double)p->bytes / 1e6, rate / 1e6, all);
	cut(line, columns() - 1);
	fprintf(stderr, "\r%s\033[K", line);
	fflush(stderr);
	pr->drawn = true;
}

static void say_error(void *arg, const char *msg)
{
	out_error(arg, "%s", msg);
}

static void say_log(void *arg, const char *msg)
{
	out_log(arg, "%s", msg);
}

static void say_detail(void *arg, const char *msg)
{
	struct ingest_cmd *c = arg;

	if (c->ctx->verbose > 0)
		out_say("%s", msg);
}

/* Waiting for the lock: on stderr when someone watches (-v or the
 * progress line), else only in the log. */
static void say_waiting(void *arg, const char *msg)
{
	struct ingest_cmd *c = arg;

	if (c->ctx->verbose > 0 || c->pr.on)
		out_error(c, "%s", msg);
	else
		out_log(c, "%s", msg);
}

static void printer(struct ingest_cmd *c)
{
	c->out.arg = c;
	c->out.error = say_error;
	c->out.log = say_log;
	c->out.detail = say_detail;
	c->out.waiting = say_waiting;
	c->out.report = out_report;
	c->out.problem = out_problem;
	c->out.file_failed = out_file_failed;
	c->out.loaded = out_summary;
	c->out.file_start = out_file_start;
	c->out.file_done = out_file_done;
	c->r.out = &c->out;
}
