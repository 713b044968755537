/*
** extract_lverb.h: a label's count followed by a participle ("Jobs: ~950
** created since 2020"); see extract_lverb.c.
*/
#ifndef GS_EXTRACT_LVERB_H
#define GS_EXTRACT_LVERB_H

#include "extract_int.h"

/* Is token j a participle ("created", "signed", "создано") after a
 * number that a label's colon opens ("Jobs: ~950 created")? */
bool xlverb_at(const struct xsent *s, int j);

#endif
