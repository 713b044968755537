/*
** common.c: the error record and the allocation wrappers of common.h.
*/
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Cleared for every row of an ingest: the text buffers only need their
 * first byte (a memset of the whole record was a visible cost). */
void gs_err_clear(struct gs_err *e)
{
	e->code = 0;
	e->line = 0;
	e->col = 0;
	e->file[0] = '\0';
	e->msg[0] = '\0';
}

static int verrf(struct gs_err *e, int code, const char *file, long line,
		 int col, const char *fmt, va_list ap)
{
	if (e == NULL || e->msg[0] != '\0')
		return -1;
	e->code = code;
	e->line = line;
	e->col = col;
	gs_snprintf(e->file, sizeof(e->file), "%s", file ? file : "");
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	return -1;
}

int gs_errf(struct gs_err *e, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrf(e, code, NULL, 0, 0, fmt, ap);
	va_end(ap);
	return -1;
}

int gs_errf_at(struct gs_err *e, int code, const char *file, long line,
	       int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrf(e, code, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

void gs_err_format(const struct gs_err *e, char *buf, size_t n)
{
	if (e->file[0] && e->line > 0 && e->col > 0)
		gs_snprintf(buf, n, "%s:%ld:%d: %s", e->file, e->line, e->col,
			    e->msg);
	else if (e->file[0] && e->line > 0)
		gs_snprintf(buf, n, "%s:%ld: %s", e->file, e->line, e->msg);
	else if (e->file[0])
		gs_snprintf(buf, n, "%s: %s", e->file, e->msg);
	else
		gs_snprintf(buf, n, "%s", e->msg);
}

static _Noreturn void nomem(void)
{
	fputs("growthstat: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		nomem();
	return p;
}

void *xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);

	if (p == NULL)
		nomem();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		nomem(); /* aborts: p need not be freed */
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

size_t gs_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	if (n == 0)
		return 0;
	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	if (r < 0) {
		buf[0] = '\0';
		return 0;
	}
	return (size_t)r < n ? (size_t)r : n - 1;
}
