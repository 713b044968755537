/*
** headsep.c: a ';'-separated spreadsheet export read with the default ','
** has a header of one cell, "series;period;value;...", and was refused as
** an unknown column with advice to map it with --columns. When splitting
** that cell on ';', a tab or '|' gives only canonical column names (at
** least two), the separator is what the file needs: the message names
** --delimiter and the cron wrapper's -F (headsep.h).
*/
#include "headsep.h"

#include <string.h>

/* Every piece of cell split on sep names a column; at least two do. */
static int splits_into_columns(const char *cell, char sep,
			       int (*known)(const char *s, size_t n))
{
	int n_known = 0;

	while (cell) {
		const char *end = strchr(cell, sep);
		size_t n = end ? (size_t)(end - cell) : strlen(cell);

		while (n && (*cell == ' ' || *cell == '"')) {
			cell++;
			n--;
		}
		while (n && (cell[n - 1] == ' ' || cell[n - 1] == '"' ||
			     cell[n - 1] == '\r'))
			n--;
		if (n > 0 && known(cell, n) < 0)
			return 0;
		n_known += n > 0;
		cell = end ? end + 1 : NULL;
	}
	return n_known >= 2;
}

const char *headsep_guess(const char *cell,
			  int (*known)(const char *s, size_t n))
{
	static const char seps[] = ";\t|";
	static const char *const shown[] = { "';'", "tab", "'|'" };
	size_t i;

	for (i = 0; i < sizeof(seps) - 1; i++)
		if (strchr(cell, seps[i]) && splits_into_columns(cell, seps[i], known))
			return shown[i];
	return NULL;
}
