/*
** extract_elide.h: a count said without its noun because a figure near it
** names it (extract_elide.c, extract_prev.c), shared by extract_num.c
** and extract_unitof.c.
*/
#ifndef GS_EXTRACT_ELIDE_H
#define GS_EXTRACT_ELIDE_H

#include "extract_int.h"

/* Is the word at j, right after a number, no noun that number counts: a
 * comparative ("на 13 больше", "400 more than") or a time said after a
 * compared number ("against 24 twelve months earlier")? */
bool xelide_not_noun(const struct xsent *s, int j);

/* Does the bare number from i to e count what prev counts: in a bracket
 * opened right after prev ("95 residents (+8 since January)"), said as
 * more or fewer ("на 13 больше"), or as a level to reach ("hired 310
 * staff; it intends to reach 450")? */
bool xelide_same_count(const struct xsent *s, int i, int e,
		       const struct xfig *prev);

/* The figure of f[0..n) a bare number after them refers to: the last,
 * unless it only says where the one before is ("219 technoparks in 62
 * regions, against 188"); NULL when n is 0. */
const struct xfig *xelide_prev(const struct xsent *s, const struct xfig *f,
			       int n);

/* Does the bracket at j give a part or a change of the figure before it
 * ("62 (incl. 5 new in Q3)", "392k (+18% vs 1Q23)", "(из них 3 —
 * иностранные)"), so that the figure may still take its noun from
 * before it? */
bool xelide_paren_part(const struct xsent *s, int j);

/* Is the English word at k a singular noun before a plural that ends
 * the phrase, which names what kind and not what is counted ("Cluster
 * members: 30")? */
bool xelide_adjunct(const struct xsent *s, int k);

/* People said by the place they live in: "a town of 130,000", "a city of
 * 1.2 million", "a population of 45,000", "с населением 130 тыс.";
 * true when f got the unit. */
bool xelide_place_of(const struct xsent *s, int i, struct xfig *f);

/* Is the figure at t0 compared with the one before: "против 7,8%",
 * "against 7.8%", "versus", "vs.", "compared with", "по сравнению с"? */
bool xelide_compared(const struct xsent *s, int t0);

/* A percent compared with a level before it is a level too: "снизилась
 * до 4,5% против 7,8% годом ранее", "fell to 4.5%, against 7.8%"; not
 * the share of a fall. */
void xelide_compared_level(const struct xsent *s, struct xfig *f,
			   const struct xfig *prev);

/* extract_prev.c: does the bare number from i to e count what prev
 * counts: compared with it ("72 companies, compared with 58 in 2020",
 * "vs. 58"), the total it comes to ("bringing the total to 147"), the
 * whole it is part of, more of it, it said again for a date, in a
 * bracket of earlier values, as xelide_same_count says, or where a
 * change came from ("reached 16,800, up from 11,200")? */
/* Is the number at i a further value listed after prev's label ("10 /
 * 11", "план — 6, факт — 7")? It takes prev's unit and scale. */
bool xprev_listed(const struct xsent *s, int i, const struct xfig *prev);
bool xprev_takes(const struct xsent *s, int i, int e,
		 const struct xfig *prev);

/* extract_prev.c: a part said before its whole takes the whole's unit
 * ("268 of its 300 hectares", "12 out of 40 residents", "12 из 40
 * резидентов"), and the first of two values a slash joins the second's
 * ("3,1 / 4,5 млрд руб."); true when f got one. */
/* A bare number at i after its whole, said first ("Из 64 гектаров
 * свободно около восьми"): the whole's unit into f; true when found. */
bool xprev_whole_before(const struct xsent *s, const struct xdoc *d,
			int i, struct xfig *f);
bool xprev_of_whole(struct xsent *s, const struct xdoc *d, int e,
		    struct xfig *f);

#endif
