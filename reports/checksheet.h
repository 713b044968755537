/*
** checksheet.h: the rows of `growthstat check` for scripts (CSV and
** JSON), built as typed cells: each a number (its text as fmt_num writes
** it, exact and unscaled), an infinite number, a text, or null (no
** value, NaN). cmd_check_sheet.c prints a sheet; this is what it prints.
**
** A sheet has one list of columns and rows in one or more sections (the
** targets, the claims); each section names the columns that belong to
** it, which JSON writes for its rows (CSV writes every column).
*/
#ifndef GS_CHECKSHEET_H
#define GS_CHECKSHEET_H

#include "../common.h"

struct sheet_section {
	const char *name;           /* CSV `section` value: "target" */
	const char *plural;         /* JSON key: "targets" */
	unsigned long cols;         /* bit i: column i belongs to it */
};

enum sheet_cell_type { SHEET_NULL = 0, SHEET_NUM, SHEET_INF, SHEET_STR };

struct sheet_cell {
	enum sheet_cell_type type;
	char *text;                 /* NULL for SHEET_NULL */
};

struct sheet_row {
	size_t sec;                 /* index into sheet.sec */
	struct sheet_cell *cell;    /* ncols cells */
};

/* Plain data for the printer; build it only through the functions. */
struct sheet {
	const char *const *cols;
	size_t ncols;
	const struct sheet_section *sec;
	size_t nsec;
	struct sheet_row *rows;
	size_t nrows;
};

/* Columns and sections are not copied: they must outlive the sheet. */
struct sheet *sheet_new(const char *const *cols, size_t ncols,
			const struct sheet_section *sec, size_t nsec);
/* Start a row of section sec; its cells are all null until set. */
void sheet_row(struct sheet *sh, size_t sec);
/* Set a cell of the current row (replacing what it held): a number
 * (NaN: null; an infinity SHEET_INF, text "inf" or "-inf"), or text. */
void sheet_num(struct sheet *sh, size_t col, double v);
void sheet_str(struct sheet *sh, size_t col, const char *s);
size_t sheet_rows(const struct sheet *sh);
/* Does column col belong to section sec? */
bool sheet_in_section(const struct sheet *sh, size_t sec, size_t col);
void sheet_free(struct sheet *sh);

#endif
