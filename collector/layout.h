/*
** layout.h: turning the records of a CSV file, whatever its layout, into
** the fields of figures.
**
** A layout is set up from the header record (and the --columns and --set
** options); then each data record yields zero or more figures, each as the
** text of its fields with the column each came from (for messages).
*/
#ifndef GS_LAYOUT_H
#define GS_LAYOUT_H

#include "csvin.h"
#include "ingest.h"

enum field_id {
	F_SERIES, F_PERIOD, F_KIND, F_VALUE, F_UNIT, F_QUAL, F_BASE, F_ASOF,
	F_SOURCE, F_NOTE, F_NAME, F_DESC, F_COUNT
};

extern const char *const field_names[F_COUNT];

/* The fields of one figure. Texts point into the record or the layout. */
struct fields {
	const char *v[F_COUNT];
	int col[F_COUNT]; /* 1-based column, 0 for a fixed --set value */
};

struct layout;

/* NULL with e filled on a bad option. */
struct layout *layout_new(const struct ingest_opts *o, const char *file,
			  struct gs_err *e);
void layout_free(struct layout *l);

/*
** Offer a record before the header was found: 1 when it was the header,
** 0 when it was skipped (leading lines of statistical downloads), -1 on a
** bad header.
*/
int layout_header(struct layout *l, const struct csv_record *r,
		  struct gs_err *e);

/*
** After the header: its columns that no field uses, as "value, capital"
** (header text, "(column N)" for an unnamed one; "" when none).
*/
const char *layout_ignored(const struct layout *l);

/* How many figures record r holds (cells of a wide or transposed row). */
size_t layout_count(const struct layout *l, const struct csv_record *r);
/*
** The i-th figure of record r into *f. Returns 1 when there is a figure,
** 0 when the cell is empty (no figure), -1 on a malformed record.
*/
int layout_figure(struct layout *l, const struct csv_record *r, size_t i,
		  struct fields *f, struct gs_err *e);

#endif
