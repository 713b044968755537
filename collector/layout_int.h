/*
** layout_int.h: what the two halves of a layout share (layout.c: the
** options and each record's fields; layout_head.c: the header). Private
** to collector/layout*.c; everyone else goes through layout.h.
*/
#ifndef GS_LAYOUT_INT_H
#define GS_LAYOUT_INT_H

#include "layout.h"
#include "numfmt.h"

#define MAX_KEY_COLS 4

struct layout {
	enum ingest_layout kind;
	char *file;
	char *fixed[F_COUNT];          /* --set values */
	char *want[F_COUNT][MAX_KEY_COLS]; /* --columns header names */
	int nwant[F_COUNT];
	int col[F_COUNT][MAX_KEY_COLS];  /* 0-based column, -1 none */
	bool have_header;
	size_t ncols;
	/* wide and transposed: the value columns */
	size_t *vcols;
	size_t nv;
	char **vhead;                   /* header text of value columns */
	struct gs_buf key;              /* joined multi-column series key */
	char ignored[512];              /* header columns no field uses */
	struct numfmt num;              /* --decimal, guessed readings */
};

/* The field a header or option names ("as_of", "asof", any case), or -1. */
int layout_field(const char *s, size_t n);

#endif
