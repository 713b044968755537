/*
** test_fastnum.c: reading a decimal's text by one exact multiplication or
** division instead of strtod (fastnum_strtod, series/fastnum.c; ingest's
** values and the PostgreSQL backend's pg_strtod): every string gives the
** very double the C compiler makes of the same literal, and the double
** glibc's strtod gives, bit for bit (-0 too; pg_strtod reads it as 0),
** for the shortest decimals of random doubles, for decimals of the
** bench's kind, for 17 digits, and at the edges of the fast path (2^53,
** 10^22, subnormals, NaN, Infinity). No server is needed.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../series/fastnum.h"
#ifndef GS_NO_PG
#include "../../series/pg/pg_int.h"
#endif

/* A small pseudo-random generator, so that every run checks the same. */
static uint64_t rnd_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rnd64(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

static uint64_t bits(double d)
{
	uint64_t u;

	memcpy(&u, &d, sizeof(u));
	return u;
}

/* fastnum_strtod(s) is strtod(s), bit for bit. */
static void same_as_strtod(const char *s)
{
	double want = strtod(s, NULL), got = fastnum_strtod(s);

	if (isnan(want)) {
		assert_true(isnan(got));
		return;
	}
	if (bits(got) != bits(want))
		fail_msg("'%s': %.17g, strtod %.17g", s, got, want);
}

/* d as the server writes it: the fewest significant digits that read
 * back as d (PostgreSQL 12 on), in %g's shapes (1e+22, 1.5e-07). */
static void shortest(char *buf, size_t n, double d)
{
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, n, "%.*g", p, d);
		if (strtod(buf, NULL) == d)
			return;
	}
}

/* The literal the compiler converted is the oracle: no strtod. */
static void literals(void **state)
{
	static const struct { const char *s; double d; } v[] = {
		{ "0.1", 0.1 }, { "481.834", 481.834 }, { "-91.207", -91.207 },
		{ "0.30000000000000004", 0.30000000000000004 },
		{ "123456.789", 123456.789 }, { "1e+22", 1e22 },
		{ "1e+23", 1e23 }, { "1e-22", 1e-22 }, { "1e-23", 1e-23 },
		{ "9007199254740992", 9007199254740992.0 },
		{ "9007199254740993", 9007199254740993.0 },
		{ "2.2250738585072014e-308", 2.2250738585072014e-308 },
		{ "5e-324", 5e-324 },
		{ "1.7976931348623157e+308", 1.7976931348623157e308 },
		{ "1.5e-07", 1.5e-7 }, { "4.35", 4.35 }, { "1E5", 1e5 },
		{ "0.000000000000000000001", 1e-21 }, { "16100000", 16100000 },
		{ "-0", -0.0 }, { "0", 0.0 }, { "", 0.0 },
		{ "Infinity", HUGE_VAL }, { "-Infinity", -HUGE_VAL },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		double got = fastnum_strtod(v[i].s);

		if (bits(got) != bits(v[i].d))
			fail_msg("'%s': %.17g, want %.17g", v[i].s, got,
				 v[i].d);
	}
	assert_true(isnan(fastnum_strtod("NaN")));
	assert_true(signbit(fastnum_strtod("-0.0e+00")));
#ifndef GS_NO_PG
	/* the backend reads a -0 stored before stage.c normalised it as 0 */
	assert_false(signbit(pg_strtod("-0")));
	assert_false(signbit(pg_strtod("-0.0e+00")));
	assert_true(bits(pg_strtod("481.834")) == bits(481.834));
#endif
}

/* Random doubles of every magnitude, written shortest and with 17
 * digits. */
static void random_doubles(void **state)
{
	char buf[64];

	(void)state;
	for (int i = 0; i < 50000; i++) {
		uint64_t u = rnd64();
		double d;

		memcpy(&d, &u, sizeof(d));
		if (isnan(d) || isinf(d))
			continue;
		shortest(buf, sizeof(buf), d);
		same_as_strtod(buf);
		snprintf(buf, sizeof(buf), "%.17g", d);
		same_as_strtod(buf);
	}
}

/* Decimals of the kind growthstat stores (a few digits each side of
 * the point, as the bench's 481.834), and their shortest forms. */
static void short_decimals(void **state)
{
	char buf[64];

	(void)state;
	for (int i = 0; i < 50000; i++) {
		int frac = (int)(rnd64() % 8);
		long long m = (long long)(rnd64() % 10000000000ULL);
		double d;

		snprintf(buf, sizeof(buf), "%s%lld.%0*lld",
			 rnd64() % 4 ? "" : "-", m / 1000, frac > 0 ? frac : 1,
			 (long long)(rnd64() % 100000000ULL) %
			 (frac > 0 ? (long long)pow(10, frac) : 10));
		same_as_strtod(buf);
		d = strtod(buf, NULL);
		shortest(buf, sizeof(buf), d);
		same_as_strtod(buf);
	}
}

/* The edges of the fast path: mantissas about 2^53, powers about 10^22,
 * exponents written with up to four digits, trailing zeros. */
static void edges(void **state)
{
	static const char *const v[] = {
		"9007199254740991", "9007199254740992", "9007199254740993",
		"9007199254740994", "9007199254740995", "90071992547409.93",
		"900719925474099.2e1", "1e22", "1e+022", "9.999e22", "1e-0022",
		"123.456e-20", "123.456e-19", "0.0000000000000000000001",
		"1000000000000000000000", "10000000000000000000000",
		"1.e5", ".5", "5.", "-.5", "+1", "1e", "1e+", "1x", "0x10",
		"1e99999", "00000000000000000000000000001", "-0.000",
		"inf", "nan", " 1", "1 ",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		same_as_strtod(v[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(literals),
		cmocka_unit_test(random_doubles),
		cmocka_unit_test(short_decimals),
		cmocka_unit_test(edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
