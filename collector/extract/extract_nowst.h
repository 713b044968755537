/*
** extract_nowst.h: periods (round fifteen): a stock said now in its own
** clause does not take the past period of an earlier sentence or clause
** (extract_nowst.c).
*/
#ifndef GS_EXTRACT_NOWST_H
#define GS_EXTRACT_NOWST_H

#include "extract_int.h"

/* "Last year ... . Tenants pay rent of about 400 roubles", "came to the
 * park in 2019 and has 230 employees", "По итогам 2025 года ... . В
 * парке работают 1 140 человек": x, the level of f in sentence i, dated
 * by an earlier sentence or another clause, stands in the text's year
 * when f's own clause is in the present tense or says now and states
 * no time of its own. */
void xnowst_level(const struct xdoc *d, int i, const struct xfig *f,
		  struct xcand *x);

/* x, a power capacity of f in sentence i given as a label's value
 * ("power: 15 MW", "Свободная мощность — 6 МВт"), dated by a span or a
 * past year its clause does not state: a level of the text's year. */
void xnowst_power(const struct xdoc *d, int i, const struct xfig *f,
		 struct xcand *x);

/* The clause of f in s: tokens [*a, *b), cut at a comma, "and", a dash,
 * a colon or "while"; a part's frame ("Of the park's 48 hectares, 31
 * are leased") reaches into the clause it frames. */
void xnowst_clause(const struct xsent *s, const struct xfig *f, int *a,
		   int *b);
/* Is x's period that of a time of s outside the tokens [a, b)? */
bool xnowst_other(const struct xsent *s, const struct xcand *x, int a,
		  int b);

/* Does token i say now in a word ("now", "today", "currently",
 * "сейчас", "сегодня", "теперь", "ныне"; a time's tokens aside)? */
bool xnowst_now_said(const struct xsent *s, int i);

/* Is token i a modal or "to" before a verb, so that the clause does not
 * say what is ("would have 8 residents", "capacity is to reach 4
 * million km")? */
bool xnowst_modal(const struct xsent *s, int i);

#endif
