/*
** extract_elnoun.h: a number whose noun is left out after a label
** ("Jobs: 1,040 created vs 1,460 declared", "Резиденты: 5 действующих,
** 2 строящихся"), read by extract_unitof.c (extract_elnoun.c).
*/
#ifndef GS_EXTRACT_ELNOUN_H
#define GS_EXTRACT_ELNOUN_H

#include "extract_int.h"

/* Is token j a word the noun phrase from i after a number cannot run
 * into ("vs", "versus"; "opens" of "12 thousand pallets opens in")? */
bool xelnoun_stop(const struct xsent *s, int i, int j);
/* Are the words i..last after a number Russian adjectives or
 * participles only, with no noun after them ("5 действующих,")? */
bool xelnoun_adjs_only(const struct xsent *s, int i, int last);
/* Is the bracket at j, after a label's number, a list in words of what
 * it counts ("Residents: 4 (timber, building materials, food)")? */
bool xelnoun_paren_list(const struct xsent *s, int j);
/* Does the number ending before e, an adjective alone after it, go on
 * a list the figure prev began the same way ("Резиденты: 5
 * действующих, 2 строящихся"): the label's unit is prev's? */
bool xelnoun_listed(const struct xsent *s, int e, const struct xfig *prev);
/* A Russian adjective or participle by its ending ("индустриальных",
 * "опытные", "новыми"), which a noun follows (extract_unitof.c reads it
 * too). */
bool xu_ru_adjective(const char *w);

#endif
