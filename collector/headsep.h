/*
** headsep.h: which separator a header read as one column was written
** with, for the message that refuses it.
*/
#ifndef GS_HEADSEP_H
#define GS_HEADSEP_H

#include <stddef.h>

/*
** A header of one cell holding ';', a tab or '|', that splits on it into
** at least two cells each naming a canonical column: the --delimiter to
** give, as typed on a command line ("';'", "tab", "'|'"); NULL otherwise.
** known(name, length) is the layout's column lookup: >= 0 for a column.
*/
const char *headsep_guess(const char *cell,
			  int (*known)(const char *s, size_t n));

#endif
