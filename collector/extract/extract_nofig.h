/*
** extract_nofig.h: numbers that are no figure of a cluster, though they
** have a noun after them (extract_nofig.c), for extract_num.c.
*/
#ifndef GS_EXTRACT_NOFIG_H
#define GS_EXTRACT_NOFIG_H

#include "extract_int.h"

/* Is the figure f of s, ending before token e, no figure: a count of
 * the text's own parts ("in six bullets", "five questions about"), an
 * age ("average age of staff is 42", "the cluster at ten"), a year said
 * in words ("к двадцать первому году"), a value a correction denies
 * ("RUB 47 bln, not RUB 74 bln")? */
bool xnofig(const struct xsent *s, const struct xfig *f, int e);

#endif
