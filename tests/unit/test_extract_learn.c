/*
** test_extract_learn.c: the feature dump of the learned period chooser of
** round sixteen (issue 16; collector/extract/xlearn.c, read by
** tests/extract/xfeat.c and tests/extract/train_period.py): the periods a
** text offers a candidate (its alternatives), on wordings of our own with
** the expected alternatives and their sources worked out by hand, and the
** features of one alternative by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "collector/extract/xlearn.h"

struct want {
	const char *period;
	unsigned src;
};

/* The alternatives of the candidate of value v in text, as want (n). */
static void check_alts(const char *text, double v, const struct want *w,
		       int n)
{
	struct xopts o = { 0, 20991231 };
	struct xalt alts[XALT_MAX];
	struct xresult r;
	struct gs_err e;
	struct xdoc d;
	char per[64];
	size_t i;
	int k, got = -1;

	assert_int_equal(extract_run(text, strlen(text), &o, &r, &e), 0);
	xlearn_doc(&d, text, strlen(text), &o);
	for (i = 0; i < r.n && got < 0; i++)
		if (fabs(r.v[i].value - v) < 1e-9)
			got = xlearn_alts(&d, &r.v[i], alts, XALT_MAX);
	assert_int_equal(got, n);
	for (k = 0; k < n; k++) {
		xper_format(&alts[k].p, per, sizeof(per));
		assert_string_equal(per, w[k].period);
		assert_int_equal(alts[k].src, w[k].src);
	}
	xdoc_free(&d);
	xresult_free(&r);
}

#define A(t, v, ...) do { \
		static const struct want w_[] = { __VA_ARGS__ }; \
		check_alts(t, v, w_, (int)GS_ARRAY_LEN(w_)); \
	} while (0)

static const char en_text[] = "Tomsk, 5 March 2024.\n\nThe park's revenue "
	"reached RUB 3 billion in 2023, up from RUB 2 billion in 2022.\n";

/* Its own sentence (2023, 2022), the date line before it (its day), the
 * as-of year and the years around it, the sentence's span of years. */
static void test_alts_en(void **state)
{
	(void)state;
	A(en_text, 3,
	  { "2023", XA_RULES | XA_SAME | XA_DERIVED }, { "2022", XA_SAME },
	  { "2024-03-05", XA_PREV | XA_DATELINE }, { "2024", XA_DATELINE },
	  { "2025", XA_DERIVED }, { "2022..2023", XA_DERIVED });
}

/* A stock said now beside a plan "к 2027 году": the rules date it at
 * the date line's year (extract_nowplan.c; they took 2027, a defect a
 * user found), which the date line also offers; the plan's year; the
 * months so far of the paragraph's first sentence (also the headline),
 * moved a year back too; no span (one year in the sentence). */
static void test_alts_ru(void **state)
{
	(void)state;
	A("Омск, 12 ноября 2025 года.\n\nЗа январь–сентябрь резиденты парка "
	  "вложили 1,2 млрд рублей. Сейчас в парке работают 480 человек, к "
	  "2027 году планируется создать еще 300 рабочих мест.\n", 480,
	  { "2025", XA_RULES | XA_DATELINE }, { "2027", XA_SAME },
	  { "2025-01..2025-09", XA_PREV | XA_LEAD | XA_HEAD | XA_DERIVED },
	  { "2025-11-12", XA_DATELINE },
	  { "2024", XA_DERIVED }, { "2026", XA_DERIVED },
	  { "2024-01..2024-09", XA_DERIVED });
}

/* A percent change against 2023 offers no period ending by 2023: ingest
 * would refuse it (the base must end before the period starts). */
static void test_alts_readable(void **state)
{
	(void)state;
	A("Perm, 3 February 2025.\n\nOutput grew by 12% in 2024 compared "
	  "with 2023.\n", 12,
	  { "2024", XA_RULES | XA_SAME | XA_DERIVED },
	  { "2025-02-03", XA_PREV | XA_DATELINE }, { "2025", XA_DATELINE },
	  { "2026", XA_DERIVED });
}

/* "RUB 2 billion in 2022", the rules' choice, by hand: its own sentence,
 * 0 sentences and 3 tokens away (billion, in, 2022: 3/20), after the
 * number, a year, before the as-of year 2024, said as a point; money at
 * a level (flow-like), "reached" a past verb. */
static void test_features_hand(void **state)
{
	static const int on[] = { XF_IS_RULES, XF_SRC_SAME, XF_AFTER,
		XF_G_YEAR, XF_R_PAST, XF_ROLE_POINT, XF_C_FLOW, XF_C_PAST };
	struct xopts o = { 0, 20991231 };
	double want[XF_N] = { 0 };
	struct xalt alts[XALT_MAX];
	struct xresult r;
	struct gs_err e;
	struct xdoc d;
	size_t i;
	int k, n = 0;

	(void)state;
	for (k = 0; k < (int)GS_ARRAY_LEN(on); k++)
		want[on[k]] = 1;
	want[XF_DWORD] = 0.15;
	assert_int_equal(extract_run(en_text, strlen(en_text), &o, &r, &e), 0);
	xlearn_doc(&d, en_text, strlen(en_text), &o);
	for (i = 0; i < r.n && n == 0; i++)
		if (r.v[i].value == 2)
			n = xlearn_alts(&d, &r.v[i], alts, XALT_MAX);
	assert_true(n > 0);
	for (k = 0; k < XF_N; k++)
		assert_true(fabs(alts[0].f[k] - want[k]) < 1e-12);
	xdoc_free(&d);
	xresult_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alts_en),
		cmocka_unit_test(test_alts_ru),
		cmocka_unit_test(test_alts_readable),
		cmocka_unit_test(test_features_hand),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
