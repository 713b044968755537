/*
** valscale.c: a number said in a scaled unit, in the base unit (parse.h:
** value_pow10, value_parse_factor). A power-of-ten scale moves the
** decimal exponent of the text before it is read (value_parse_e10), so
** "16.1 million" is 16100000 exactly, rounded once; the one rule ingest
** and check's thresholds share.
*/
#include "../common.h"

#include <math.h>

#include "parse.h"

int value_pow10(double factor)
{
	static const double tens[] = { 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
				       1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
				       1e15 };
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(tens); k++)
		if (tens[k] == factor)
			return (int)k + 1;
	return 0;
}

int value_parse_factor(const char *s, double factor, double *v,
		       bool *is_percent, const char **why)
{
	int e10 = value_pow10(factor);

	if (value_parse_e10(s, e10, v, is_percent, why))
		return -1;
	if (e10 == 0 && factor != 1) {
		*v *= factor;
		if (!isfinite(*v)) {
			*why = "out of range once scaled to the base unit";
			return -1;
		}
	}
	return 0;
}
