/*
** checksheet.c: the rows of check for scripts as typed cells. See
** checksheet.h.
*/
#include "checksheet.h"

#include <math.h>
#include <stdlib.h>

struct sheet *sheet_new(const char *const *cols, size_t ncols,
			const struct sheet_section *sec, size_t nsec)
{
	struct sheet *sh = xcalloc(1, sizeof(*sh));

	sh->cols = cols;
	sh->ncols = ncols;
	sh->sec = sec;
	sh->nsec = nsec;
	return sh;
}

void sheet_row(struct sheet *sh, size_t sec)
{
	GS_GROW(sh->rows, sh->nrows);
	sh->rows[sh->nrows].sec = sec;
	sh->rows[sh->nrows].cell = xcalloc(sh->ncols,
					   sizeof(struct sheet_cell));
	sh->nrows++;
}

/* Cell col of the current row, emptied. */
static struct sheet_cell *cur(struct sheet *sh, size_t col)
{
	struct sheet_cell *c = &sh->rows[sh->nrows - 1].cell[col];

	free(c->text);
	c->text = NULL;
	c->type = SHEET_NULL;
	return c;
}

void sheet_num(struct sheet *sh, size_t col, double v)
{
	struct sheet_cell *c = cur(sh, col);
	char buf[64];

	if (isnan(v))
		return;
	fmt_num(v, buf, sizeof(buf));
	c->type = isinf(v) ? SHEET_INF : SHEET_NUM;
	c->text = xstrdup(buf);
}

void sheet_str(struct sheet *sh, size_t col, const char *s)
{
	struct sheet_cell *c = cur(sh, col);

	c->type = SHEET_STR;
	c->text = xstrdup(s);
}

size_t sheet_rows(const struct sheet *sh)
{
	return sh->nrows;
}

bool sheet_in_section(const struct sheet *sh, size_t sec, size_t col)
{
	return (sh->sec[sec].cols >> col & 1) != 0;
}

void sheet_free(struct sheet *sh)
{
	size_t r, c;

	if (sh == NULL)
		return;
	for (r = 0; r < sh->nrows; r++) {
		for (c = 0; c < sh->ncols; c++)
			free(sh->rows[r].cell[c].text);
		free(sh->rows[r].cell);
	}
	free(sh->rows);
	free(sh);
}
