/*
** extract_tender.h: periods (round eight, second pass): what a tender
** notice puts out to tender is planned until its completion date
** (extract_tender.c).
*/
#ifndef GS_EXTRACT_TENDER_H
#define GS_EXTRACT_TENDER_H

#include "extract_int.h"

/* The year a tender notice's works are due ("Completion: by 30 November
 * 2024", "Срок выполнения работ — до 1 декабря 2024 г.", "Completion:
 * within 420 days of signing" counted from the text's date, "Funding:
 * regional budget 2024-2025"), or 0 when d is no tender notice or says
 * none. Call once per text. */
int xtender_due(const struct xdoc *d);

/* A figure of sentence i of a tender notice due in year due: the
 * contract's price and the works' size above the notice's "Background"
 * or "Справочно", and "up to 15 more" residents the works make room for,
 * are planned from the text's year to the due year. o is f's candidate,
 * changed in place. */
void xtender_scope(const struct xdoc *d, int due, int i,
		   const struct xfig *f, struct xcand *o);

#endif
