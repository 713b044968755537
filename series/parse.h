/*
** parse.h: parsing of the fields of a figure as people write them.
**
** Values ("1,234.5", "1 234,5", "5.7%"), units with their scale words in
** English and Russian ("billion rubles", "млрд руб.", "тыс. м²"),
** qualifiers ("over", "около"), kinds and periods ("2024-Q3", "2025-01..2025-08").
**
** Every function takes a NUL-terminated UTF-8 string, returns 0 on success
** and -1 on failure, and then points *why at a static English message that
** names the problem (no trailing period); nothing is allocated.
*/
#ifndef GS_PARSE_H
#define GS_PARSE_H

#include "cal.h"
#include "obs.h"

/*
** A number: optional sign, digits with thousands separators (",", " ",
** U+00A0, U+202F, "'" ) and a decimal point or comma, optional exponent,
** optional trailing "%" (then *is_percent = true). Rejects NaN, infinities,
** values that overflow a double and trailing garbage.
*/
int value_parse(const char *s, double *v, bool *is_percent, const char **why);
/* The same number times 10^e10, rounded once (exact decimal scaling). */
int value_parse_e10(const char *s, int e10, double *v, bool *is_percent,
		    const char **why);
/* k when factor is 10^k (1 <= k <= 15), else 0: a unit's scale that is
 * applied to the decimal text, not multiplied in binary. */
int value_pow10(double factor);
/*
** The number s in a unit of scale factor, in the base unit: "7.3" with
** 1e6 is 7300000 and "16.1" with 1e6 is 16100000 exactly (the decimal
** value times the scale, rounded once), where 16.1 * 1e6 is
** 16100000.000000002. Every path that reads a number said with a unit
** takes it through here (or value_parse_e10 with value_pow10); a factor
** that is no power of ten multiplies.
*/
int value_parse_factor(const char *s, double factor, double *v,
		       bool *is_percent, const char **why);
/*
** The number s, its decimal mark being mark ('.' or ','; 0: value_parse's
** rules), rewritten into buf (of n bytes) as any reading reads it the
** same: sign, digits, '.', digits, exponent, '%' ("1 234,5 %" with ',' is
** "1234.5%", "12.500" with ',' is "12500"). *guess (may be NULL) tells
** that the rules had to guess: a single '.' or ',' with three digits
** after it and one to three, not starting with 0, before it ("12.500" is
** read as 12.5, "1,234" as 1234). -1 with *why on a malformed number.
*/
int value_canon(const char *s, char mark, char *buf, size_t n, bool *guess,
		const char **why);

/*
** A unit with an optional scale word before it: "billion rubles",
** "bn RUB", "млрд рублей", "thousand square meters", "тыс. кв. м", "m²",
** "packages", "jobs", "%", "times". An empty string is a dimensionless
** number ({"", 1, ""}). Scale-only ("thousand") is a count of units.
*/
int unit_parse(const char *s, struct gs_unit *u, const char **why);
/* Do dimensions a and b measure one thing: equal, or counts of one noun
 * ("count:тракторов", stored before counts had one form, and
 * "count:трактор")? */
bool unit_dim_same(const char *a, const char *b);

/* A qualifier: "", over, more than, at least, about, approximately, up to, ... */
int qual_parse(const char *s, enum gs_qual *q, const char **why);

/* A kind: level, flow, multiple, percent, target, plan (and a few synonyms). */
int kind_parse(const char *s, enum gs_kind *k, const char **why);

/*
** A period: 2024, 2024-H1, 2024-Q3, 2024Q3, 2025-08, 2025-08-15, 20250815,
** and ranges A..B of any two of those (start of A to end of B). An empty
** string gives a zero period (not an error; callers decide).
*/
int period_parse(const char *s, struct gs_period *p, const char **why);

/* A single calendar date: 2025-08-15 or 20250815, validated. */
int date_parse(const char *s, int32_t *ymd, const char **why);

#endif
