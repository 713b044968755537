/*
** plot_index.h: the Markdown index of a batch of charts (`growthstat chart
** --all -d DIR` writes DIR/index.md). Text from the database is escaped
** for Markdown and HTML: control characters become visible escapes
** (gs_escape: \n, \e, \x01, \u0085), < > & become
** entities, the punctuation Markdown acts on is backslash-escaped, so a series
** name can neither inject HTML nor break the page's structure. Keys are
** shown as code spans, fenced by more backquotes than they contain.
*/
#ifndef GS_PLOT_INDEX_H
#define GS_PLOT_INDEX_H

#include <stdio.h>

#include "../../common.h"

struct plot_index_entry {
	const char *key;
	const char *name;    /* may be NULL or "" */
	const char *unit;    /* may be NULL or "" */
	const char *image;   /* file name beside the index; NULL: not charted */
	const char *script;  /* file name beside the index; may be NULL */
	const char *note;    /* why not charted, or a remark; may be NULL */
};

/* Write the index: a section per chart, then the series not charted.
 * Returns 0, or -1 (GS_EX_IOERR) when writing fails. */
int plot_index_write(FILE *out, const struct plot_index_entry *v, size_t n,
		     struct gs_err *e);

/* s escaped for Markdown text: control characters as gs_escape() shows
 * them, < > & as entities, \ ` * _ [ ] # | ~ backslash-escaped. */
void plot_md_escape(FILE *out, const char *s);
/* s as a Markdown code span (control characters as gs_escape() shows
 * them). */
void plot_md_code(FILE *out, const char *s);

/* A file base name for key (plot_safe_name(), at most 159 bytes) that is
 * none of used[0..n-1] (NULL entries are skipped): "a.b", else "a.b-2",
 * "a.b-3"... Returns a new string. */
char *plot_index_name(char *const *used, size_t n, const char *key);

#endif
