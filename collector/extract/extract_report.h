/*
** extract_report.h: what extract_report.c tells beyond extract_int.h
** (which is full): the year a report's heading names.
*/
#ifndef GS_EXTRACT_REPORT_H
#define GS_EXTRACT_REPORT_H

#include "extract_int.h"

/* The one year the heading of a report or a post of a year's results
 * names ("Годовой отчёт ... за 2024 год", "Our 2024 in numbers", "Итоги
 * 2024 года"), or 0: such a text is put out after that year. */
int xreport_year(const struct xdoc *d);

#endif
