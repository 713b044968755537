/*
** extract_rows.c: the rows of a table in the text, whichever way it is
** laid out: a grid under its heads first, then a row flattened into
** text. The rows start blank, so a row is a plan only when the rule
** that read the layout says so, once (pair_rows in extract_grid.c,
** xsemi_spot in extract_semi.c), and extract_gridchg.c reads the flag.
*/
#include "../../common.h"

#include <string.h>

#include "extract_grid.h"
#include "extract_rows.h"
#include "extract_table.h"

int xtable_rows(const struct xdoc *d, int i, struct xtrow *rows, int max)
{
	int n;

	memset(rows, 0, (size_t)max * sizeof(*rows));
	if ((n = xgrid_spot(d, i, rows, max)) == 0)
		n = xtable_spot(&d->s[i], rows, max);
	return n;
}
