/*
** extract_ends.c: Russian word endings ("судов" a genitive plural,
** "новых" a plural adjective), kept in a file that calls no other so
** that extract_compound.c and extract_adj.c can share it without
** calling each other in a circle.
*/
#include "../../common.h"

#include <string.h>

#include "extract_ends.h"

bool xends_in(const char *w, const char *const *ends, size_t stem)
{
	size_t n = strlen(w), k;
	int e;

	for (e = 0; ends[e] != NULL; e++) {
		k = strlen(ends[e]);
		if (n > k + stem && strcmp(w + n - k, ends[e]) == 0)
			return true;
	}
	return false;
}
