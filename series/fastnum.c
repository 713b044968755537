/*
** fastnum.c: a decimal's text into the double strtod gives, faster.
**
** Figures are written as short decimals (481.834, 16.1e6): a mantissa of a
** few digits and a small power of ten. Both are exact doubles when the
** mantissa is below 2^53 and the power at most 10^22, and then one IEEE
** multiplication or division rounds the exact quotient once, correctly:
** the double strtod gives (Clinger's fast path; x86-64 and AArch64
** evaluate doubles in double precision). Anything else (more digits, a
** larger exponent, a decimal comma, NaN, Infinity, spaces, a '+') goes to
** strtod. glibc's strtod, with its locale and arbitrary-precision path,
** cost about 100 ns a value: a tenth of a PostgreSQL client's time
** reading a report's rows, 2.7 % of a million-row ingest's parsing.
*/
#include "../common.h"

#include <stdbool.h>
#include <stdlib.h>

#include "fastnum.h"

#define FAST_MANT_MAX 9007199254740992ULL /* 2^53 */

static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Digits at *pp into *m; false when the mantissa would pass 2^53. */
static bool fast_digits(const char **pp, unsigned long long *m, int *nd,
			int *scale, bool frac)
{
	const char *p = *pp;

	for (; *p >= '0' && *p <= '9'; p++, (*nd)++) {
		if (*m > (FAST_MANT_MAX - (unsigned)(*p - '0')) / 10)
			return false;
		*m = *m * 10 + (unsigned)(*p - '0');
		*scale -= frac;
	}
	*pp = p;
	return true;
}

/* The exponent of "e+07" at *pp into *scale; false when malformed. */
static bool fast_exp(const char **pp, int *scale)
{
	const char *p = *pp + 1;
	int sign = 1, x = 0, nd = 0;

	if (*p == '+' || *p == '-')
		sign = *p++ == '-' ? -1 : 1;
	for (; *p >= '0' && *p <= '9' && nd < 4; p++, nd++)
		x = x * 10 + (*p - '0');
	*scale += sign * x;
	*pp = p;
	return nd > 0;
}

double fastnum_strtod(const char *s)
{
	const char *p = s + (*s == '-');
	unsigned long long m = 0;
	int nd = 0, scale = 0;
	double v;

	if (!fast_digits(&p, &m, &nd, &scale, false))
		goto slow;
	if (*p == '.' && (p++, !fast_digits(&p, &m, &nd, &scale, true)))
		goto slow;
	if ((*p == 'e' || *p == 'E') && !fast_exp(&p, &scale))
		goto slow;
	if (*p != '\0' || nd == 0 || scale < -22 || scale > 22)
		goto slow;
	v = (double)m;
	v = scale < 0 ? v / pow10_exact[-scale] : v * pow10_exact[scale];
	return *s == '-' ? -v : v;
slow:
	return strtod(s, NULL);
}
