/*
** numfmt.h: the value of each figure read as the file writes numbers:
** with --decimal, that mark (the value is handed on rewritten in the one
** form every reading agrees on); else value_parse's rules, with a warning
** that names the reading chosen wherever the rules had to guess ("12.500"
** read as 12.5, "1,234" as 1234: series/parse.h value_canon).
*/
#ifndef GS_NUMFMT_H
#define GS_NUMFMT_H

#include "layout.h"

/* Warnings listed per file; one more line says that the rest are not. */
#define NUMFMT_MAX_WARNED 10

struct numfmt {
	char mark;          /* '.', ',' or 0 (guess) */
	void (*warn)(void *arg, const struct gs_err *w);
	void *warn_arg;
	const char *file;   /* for messages; owned by the caller */
	long warned;
	char buf[512];      /* the rewritten value */
};

void numfmt_init(struct numfmt *nf, const struct ingest_opts *o,
		 const char *file);
/*
** Read f's value: with a mark, point f->v[F_VALUE] at its rewritten text
** (valid until the next call); else leave it, warning when it was a
** guess. Returns 0, or -1 with e naming file, line and column when the
** value is malformed for the given mark (without a mark, figure.c
** reports malformed values).
*/
int numfmt_value(struct numfmt *nf, struct fields *f, long line,
		 struct gs_err *e);

#endif
