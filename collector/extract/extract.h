/*
** extract.h: proposing dated figures from a plain-text document (news, a
** report page) in English or Russian, for a person to review and ingest.
** The interface cmd_extract.c uses: check a text, run the extractor, free
** and format its result. The pipeline's internals are in extract_int.h.
*/
#ifndef GS_EXTRACT_H
#define GS_EXTRACT_H

#include "../../series/obs.h"

/*
** A period as a text states it: a year (m = 0), a month (d = 0) or a day,
** or a range of two of those. y0 == 0 means no period.
*/
struct xper {
	int y0, m0, d0;
	int y1, m1, d1;
};

/*
** Why a candidate may be wrong: what a reviewer should check. Each reason
** lowers the candidate's confidence by its factor (xcand_reasons):
*/
enum xwhy {
	XW_PERIOD_ASOF = 1 << 0,    /* 0.8 date line, 0.75 text's date */
	XW_PERIOD_TODAY = 1 << 1,   /* 0.4: no date in the text: today's */
	XW_PERIOD_EMPTY = 1 << 2,   /* 0.15: the text's date has no year */
	XW_PERIOD_EARLIER = 1 << 3, /* 0.95: an earlier sentence's date */
	XW_PERIOD_HORIZON = 1 << 4, /* 0.15: undated plan: the horizon */
	XW_SUBJECT_EARLIER = 1 << 5, /* 0.9: subject named earlier */
	XW_SUBJECT_NONAME = 1 << 6, /* 0.8: metric without a named subject */
	XW_SERIES_EMPTY = 1 << 7,   /* 0.6: no series key: to be named */
	XW_UNIT_BEFORE = 1 << 8,    /* 0.8: unit from words before the number */
	XW_TABLE = 1 << 9,          /* 1: a table row: the column's year */
	XW_RANGE = 1 << 10,         /* 0.9: one end of a range */
	XW_YEAR_WEEKDAY = 1 << 11,  /* 0.8: the text's year from a weekday */
	XW_PERIOD_NAMED = 1 << 12,  /* as ASOF: a year the text names, not
				     * its date (extract_pagree.c) */
};

/* One proposed figure; the strings belong to the result. */
struct xcand {
	char *series;         /* proposed key, "" when the text names no subject */
	struct xper period;
	struct xper base;     /* multiples and percent changes; may be empty */
	enum gs_kind kind;
	double value;         /* as stated: the scale word stays in unit */
	char unit[96];        /* "billion rubles", "thousand packages", "%" */
	enum gs_qual qual;
	char *note;           /* the sentence, on one line */
	long line;            /* line of the text where the sentence starts */
	unsigned why;         /* enum xwhy bits */
	double conf;          /* 0..1: the product of the reasons' factors */
};

/* Where the as-of date came from. */
enum xasof_src {
	XASOF_OPTION,   /* --as-of */
	XASOF_DATELINE, /* a line of the text that is a date ("May 13, 2025") */
	XASOF_TEXT,     /* a date near the top, its year from the text */
	XASOF_TODAY,    /* nothing found: today */
	XASOF_WEEKDAY,  /* a date without a year whose weekday the text names
			 * ("Oct 7 ... said on Tuesday"): the last year up to
			 * today (and not before any year the text states)
			 * in which it falls on that day; it may be wrong */
	XASOF_FUTURE,   /* a date found in the text after today (misread: a
			 * text is not published later): as_of is left 0 */
	XASOF_NOYEAR,   /* a date line without a year ("МОСКВА, 19 октября.")
			 * and no year in the text: as_of is 0, and the
			 * periods that hang on it are left empty */
};

struct xresult {
	struct xcand *v;
	size_t n, cap;
	int32_t as_of;           /* yyyymmdd the relative dates resolve
				  * against, or the day a report on a
				  * finished year says it was put out
				  * (extract_pubday.c); 0 for XASOF_NOYEAR */
	enum xasof_src as_of_src;
	char as_of_text[80];     /* the words that gave it, for messages */
};

struct xopts {
	int32_t as_of; /* yyyymmdd, 0 to take it from the text */
	int32_t today; /* yyyymmdd, used when neither gives a date */
};

/*
** Check that buf (len bytes) is text extract can read: not empty, no NUL
** byte, no UTF-16 byte order mark, valid UTF-8. On failure fills e (code
** GS_EX_DATAERR, file, and the line and column of a bad byte) and returns -1.
*/
int extract_check(const char *buf, size_t len, const char *file,
		  struct gs_err *e);

/*
** Propose the figures of a checked text. Fills r (free with
** xresult_free, also after a failure); returns 0, or -1 with e filled.
*/
int extract_run(const char *buf, size_t len, const struct xopts *o,
		struct xresult *r, struct gs_err *e);
void xresult_free(struct xresult *r);
/* A text's date read after today (misread: a text is not published
 * later, and ingest refuses a future as_of): r's as_of emptied and its
 * source XASOF_FUTURE, the confidences weighed again. */
void xresult_no_future(struct xresult *r, int32_t today);

/*
** The reasons of c as text for its note ("period from the date line;
** subject named earlier"), "" for none; as_of_src words the period
** reasons. Returns the length.
*/
size_t xcand_reasons(const struct xcand *c, enum xasof_src as_of_src,
		     char *buf, size_t n);
/* A confidence from "0.6", "low" (0), "medium" (0.5) or "high" (0.8);
 * -1 when s is none of those. */
double xconf_parse(const char *s);

/*
** The texts of one run over several files or directories (extract_inputs.c):
** a directory gives its *.txt regular files in name order (links and
** other kinds are listed in skipped, never followed); each text NAME.txt
** gets out = OUTDIR/NAME.csv. xinputs_collect refuses (GS_EX_USAGE) two
** texts with one output, and a directory it cannot read (GS_EX_NOINPUT).
*/
struct xinput {
	char *path;
	char *out;
	bool listed;   /* found in a directory: open it without following */
	bool done;     /* listed, and its candidates file is there already */
	bool changed;  /* done, but the text is newer than that file */
	bool in_way;   /* OUT is there but no regular file (a directory) */
};
struct xinputs {
	struct xinput *v;
	size_t n;
	char **skipped;
	size_t nskipped;
};
int xinputs_collect(char *const *args, size_t n, const char *outdir,
		    struct xinputs *in, struct gs_err *e);
void xinputs_free(struct xinputs *in);

/* The canonical period text ("2024", "2025-01..2025-08"); "" for none. */
size_t xper_format(const struct xper *p, char *buf, size_t n);

#endif
