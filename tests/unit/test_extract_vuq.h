/*
** test_extract_vuq.h: extract cases checked on value, unit and qualifier
** only ("value|unit|qual"), for rules whose period or kind is another
** branch's (test_extract_gen8b.c, test_extract_gen8b2.c). Include after
** test_extract_cases.h; a static header, once per test program.
*/
#ifndef GS_TEST_EXTRACT_VUQ_H
#define GS_TEST_EXTRACT_VUQ_H

/* Row k of case t against r, on value, unit and qualifier only
 * ("value|unit|qual"); a row on one side only is a difference too. */
static void vuq_row(const struct case_ *t, const struct xresult *r,
		    size_t k)
{
	const char *want = k < MAXROWS ? t->rows[k] : NULL;
	char got[256] = "";

	if (k < r->n)
		snprintf(got, sizeof(got), "%.15g|%s|%s", r->v[k].value,
			 r->v[k].unit, qual_name(r->v[k].qual));
	if (want == NULL && k >= r->n)
		return;
	if (want == NULL || k >= r->n || strcmp(got, want) != 0)
		BAD("\"%s\": row %zu is \"%s\", want \"%s\"", t->text, k, got,
		    want ? want : "");
}

static void run_vuq(const struct case_ *t)
{
	struct xopts o = { t->as_of, 20000101 };
	struct xresult r;
	struct gs_err e;
	size_t k;

	gs_err_clear(&e);
	if (extract_run(t->text, strlen(t->text), &o, &r, &e) != 0)
		BAD("\"%s\": failed: %s", t->text, e.msg);
	else
		for (k = 0; k <= MAXROWS && k <= r.n; k++)
			vuq_row(t, &r, k);
	xresult_free(&r);
}

#define VUQ_TEST(name, table) \
	static void name(void **state) \
	{ \
		size_t i_; \
		(void)state; \
		nbad = 0; \
		for (i_ = 0; i_ < GS_ARRAY_LEN(table); i_++) \
			run_vuq(&table[i_]); \
		DONE(); \
	}

#endif
