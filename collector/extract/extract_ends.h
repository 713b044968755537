/*
** extract_ends.h: Russian word endings, a leaf the unit readers and the
** rules above them share (extract_ends.c).
*/
#ifndef GS_EXTRACT_ENDS_H
#define GS_EXTRACT_ENDS_H

#include <stdbool.h>

/* Does the Cyrillic word w end in one of ends (a NULL-terminated list),
 * with a stem of at least two letters (four bytes) before it? */
#include <stddef.h>
bool xends_in(const char *w, const char *const *ends, size_t stem);

#endif
