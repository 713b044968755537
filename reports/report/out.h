/*
** out.h: the two page formats of `growthstat report`. The page (page.c)
** is written once, as headings, paragraphs, tables and charts, through a
** table of operations that HTML (html.c) and Markdown (md.c) implement.
** Every text handed to an operation is data: the operation escapes it
** (text.h).
*/
#ifndef GS_REPORT_OUT_H
#define GS_REPORT_OUT_H

#include <stdio.h>

#include "../../common.h"

/*
** What a page of this program opens with, so that `report -o` replaces an
** earlier page of its own (the weekly cron run) and nothing else
** (file.c): the HTML page names its generator in its head, the Markdown
** page opens with a comment (no viewer shows it).
*/
#define RPAGE_HTML_MARK "<meta name=\"generator\" content=\"growthstat report\">"
#define RPAGE_MD_MARK "<!-- A report by growthstat -->"

/* Column roles (bits of a mask, bit i for column i). */
struct ro_table {
	const char *caption;         /* NULL: none */
	const char *const *head;
	size_t ncols;
	unsigned long right;         /* numbers: right-aligned */
	unsigned long verdict;       /* a verdict word: coloured */
	unsigned long refs;          /* "#1 #3": links to observations */
	unsigned long series;        /* a series key: a link to its section */
	unsigned long wide;          /* free text that wraps (notes) */
	bool narrow;                 /* as wide as its text, not the page */
	const char *key;             /* the series whose observations the
				      * refs and row anchors name */
	unsigned long keys;          /* a series key, no link: may break */
};

struct ro_ops {
	void (*begin)(FILE *out, const char *title);
	/* level 1..3; key: the section is the series (or group, with
	 * group set) key, an anchor others link to; NULL: none */
	void (*heading)(FILE *out, int level, const char *text,
			const char *key, bool group);
	void (*para)(FILE *out, const char *text);
	void (*table)(FILE *out, const struct ro_table *t);
	/* obs: this row is observation #obs of t->key (0: not one) */
	void (*row)(FILE *out, const struct ro_table *t,
		    const char *const *cells, size_t obs);
	void (*table_end)(FILE *out, const struct ro_table *t);
	/* An SVG image; alt describes it. */
	void (*chart)(FILE *out, const char *alt, const unsigned char *svg,
		      size_t n);
	void (*end)(FILE *out);
};

extern const struct ro_ops ro_html;
extern const struct ro_ops ro_md;

#endif
