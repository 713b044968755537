/*
** cmd_check_sheet.h: check's rows for scripts (CSV and JSON), printed.
** The sheet is built with checksheet.h.
**
** CSV writes one table: with several sections a first column `section`
** names each row's. JSON writes numbers as numbers, an undefined number
** as null, an infinite one as null and beside it the flag
** "NAME_infinite": true; with several sections an object of arrays
** ({"targets": [...], "claims": [...]}), each row holding only the
** columns of its section; with one section an array.
*/
#ifndef GS_CMD_CHECK_SHEET_H
#define GS_CMD_CHECK_SHEET_H

#include <stdio.h>

#include "../cli.h"
#include "checksheet.h"

void sheet_print(const struct sheet *sh, enum out_format f, FILE *out);

#endif
