/*
** cmd_check_sheet.h: check's rows for scripts (CSV and JSON).
**
** A sheet has one list of columns and rows in one or more sections (the
** targets, the claims). CSV writes one table: with several sections a
** first column `section` names each row's. JSON writes numbers as numbers,
** an undefined number as null, an infinite one as null and beside it the
** flag "NAME_infinite": true; with several sections an object of arrays
** ({"targets": [...], "claims": [...]}), each row holding only the
** columns of its section; with one section an array.
*/
#ifndef GS_CMD_CHECK_SHEET_H
#define GS_CMD_CHECK_SHEET_H

#include <stdio.h>

#include "../cli.h"

struct sheet_section {
	const char *name;           /* CSV `section` value: "target" */
	const char *plural;         /* JSON key: "targets" */
	unsigned long cols;         /* bit i: column i belongs to it */
};

struct sheet;

/* Columns and sections are not copied: they must outlive the sheet. */
struct sheet *sheet_new(const char *const *cols, size_t ncols,
			const struct sheet_section *sec, size_t nsec);
/* Start a row of section sec; its cells are all null until set. */
void sheet_row(struct sheet *sh, size_t sec);
/* Set a cell of the current row: a number (NAN: null), or text. */
void sheet_num(struct sheet *sh, size_t col, double v);
void sheet_str(struct sheet *sh, size_t col, const char *s);
size_t sheet_rows(const struct sheet *sh);
void sheet_print(const struct sheet *sh, enum out_format f, FILE *out);
void sheet_free(struct sheet *sh);

#endif
