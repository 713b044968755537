/*
** ingsay.c: what a run of ingest says and keeps (ingsay.h): each message
** formatted once and handed to the command's struct ingrun_out, the
** problems of the current file counted, and in a drop directory kept for
** the file's NAME.errors.
*/
#include "ingsay.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef void (*line_fn)(void *arg, const char *msg);

/* The command's function for a line going to `to`, or NULL. */
static line_fn line_to(const struct ingrun *r, enum ingsay_to to)
{
	if (r->out == NULL)
		return NULL;
	switch (to) {
	case INGSAY_ERROR: return r->out->error;
	case INGSAY_LOG: return r->out->log;
	case INGSAY_DETAIL: return r->out->detail;
	case INGSAY_WAITING: return r->out->waiting;
	}
	return NULL;
}

void ingsay(struct ingrun *r, enum ingsay_to to, const char *fmt, ...)
{
	line_fn fn = line_to(r, to);
	va_list ap;
	char *msg;

	if (fn == NULL)
		return;
	va_start(ap, fmt);
	msg = gs_vformat(fmt, ap);
	va_end(ap);
	fn(r->out->arg, msg);
	free(msg);
}

#define OUT_FN(r, m) ((r)->out ? (r)->out->m : NULL)

int ingsay_report(struct ingrun *r, const struct gs_err *e)
{
	struct gs_err named = *e;

	/* the archive and rejects are named by descriptor below: as given */
	drop_pin_unname(&r->archive_pin, named.msg, sizeof(named.msg));
	drop_pin_unname(&r->rejects_pin, named.msg, sizeof(named.msg));
	drop_pin_unname(&r->rejects_pin, named.file, sizeof(named.file));
	if (OUT_FN(r, report))
		return r->out->report(r->out->arg, &named);
	return named.code ? named.code : GS_EX_SOFTWARE;
}

void ingsay_text_add(struct gs_buf *t, const char *s)
{
	gs_buf_add(t, s);
	gs_buf_add(t, "\n");
}

void ingsay_problem(void *arg, const struct gs_err *p)
{
	struct ingrun *r = arg;
	long k = r->problems++;
	char buf[1200];

	gs_err_format(p, buf, sizeof(buf));
	/* With --dir the problems go to NAME.errors too. */
	if (r->dir && k < INGEST_MAX_KEPT)
		ingsay_text_add(&r->errors, buf);
	if (OUT_FN(r, problem))
		r->out->problem(r->out->arg, buf, k);
}

void ingsay_file_start(struct ingrun *r, size_t index, size_t count,
		       uint64_t total)
{
	r->problems = 0;
	gs_buf_free(&r->errors);
	if (OUT_FN(r, file_start))
		r->out->file_start(r->out->arg, index, count, total);
}

void ingsay_file_done(struct ingrun *r, uint64_t size)
{
	if (OUT_FN(r, file_done))
		r->out->file_done(r->out->arg, size);
}

void ingsay_loaded(struct ingrun *r, const char *file,
		   const struct ingest_result *res, const char *to)
{
	if (OUT_FN(r, loaded))
		r->out->loaded(r->out->arg, file, res, to);
}

void ingsay_file_failed(struct ingrun *r, const char *file)
{
	if (OUT_FN(r, file_failed))
		r->out->file_failed(r->out->arg, file, r->problems);
}
