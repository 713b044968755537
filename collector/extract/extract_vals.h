/*
** extract_vals.h: values, units, qualifiers (round eight, second pass):
** the helpers shared by the files that read a figure's value, kept out
** of extract_int.h, which is full.
*/
#ifndef GS_EXTRACT_VALS_H
#define GS_EXTRACT_VALS_H

/* extract_share.c: one in v as a percent, to one decimal as analysts
 * write it ("one in three", "каждый третий": 33.3). */
double xshare_one_in(double v);

#endif
