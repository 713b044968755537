/*
** test_points_rel.c: what reports/points.c tells of a series' relations
** and targets without a database: the CAGR a stated multiple or percent
** change implies, the point it implied, and the target a projection goes
** to. Expected values from the formula (python3: 1.5 ** (1/6) - 1 =
** 0.06991319393366302).
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../reports/points.h"
#include "../../series/parse.h"

static struct gs_period per(const char *s)
{
	struct gs_period p;
	const char *why;

	assert_int_equal(period_parse(s, &p, &why), 0);
	return p;
}

static struct gs_obs relation(enum gs_kind k, double v, const char *base,
			      const char *period)
{
	struct gs_obs o;

	memset(&o, 0, sizeof(o));
	o.kind = k;
	o.value = v;
	o.base = per(base);
	o.period = per(period);
	return o;
}

/* 1.5-fold from 2024 to 2030: six years; +10.5 % over one year. */
static void test_rel_cagr(void **state)
{
	struct gs_obs m = relation(GS_KIND_MULTIPLE, 1.5, "2024", "2030");
	struct gs_obs p = relation(GS_KIND_PERCENT, 10.5, "2024-01..2024-08",
				   "2025-01..2025-08");
	struct gs_est g;

	(void)state;
	g = rp_rel_cagr(&m, 0.05);
	assert_true(fabs(g.v - 0.06991319393366302) < 1e-12);
	assert_true(g.lo == g.hi);
	g = rp_rel_cagr(&p, 0.05);
	assert_true(fabs(g.v - 0.105) < 1e-12);
	/* "about 1.5": 1.5 * (1 -/+ 0.05) over six years */
	m.qual = GS_QUAL_ABOUT;
	g = rp_rel_cagr(&m, 0.05);
	assert_true(fabs(g.lo - (pow(1.425, 1.0 / 6) - 1)) < 1e-12);
	assert_true(fabs(g.hi - (pow(1.575, 1.0 / 6) - 1)) < 1e-12);
}

/* Targets 2027 and 2030 after a last point in 2024, one 2020 before it. */
static void test_projection_target_and_implied_by(void **state)
{
	struct gs_obs ob[3];
	size_t targets[3] = { 0, 1, 2 };
	struct rp_point pts[2];
	struct rp_series s;
	struct gs_period to;

	(void)state;
	memset(&s, 0, sizeof(s));
	memset(pts, 0, sizeof(pts));
	ob[0] = relation(GS_KIND_TARGET, 1, "2020", "2030");
	ob[1] = relation(GS_KIND_TARGET, 1, "2020", "2020");
	ob[2] = relation(GS_KIND_TARGET, 1, "2020", "2027");
	pts[0].period = per("2020");
	pts[0].p.t = period_time(&pts[0].period);
	pts[1].period = per("2024");
	pts[1].p.t = period_time(&pts[1].period);
	pts[1].implied = true;
	pts[1].src[0] = 2;
	s.obs.v = ob;
	s.obs.n = 3;
	s.targets = targets;
	s.ntargets = 3;
	s.pts = pts;
	s.npts = 2;
	assert_true(rp_projection_target(&s, &to));
	assert_int_equal(to.end, 20301231);
	s.ntargets = 2; /* 2030 and 2020 only */
	ob[0].kind = GS_KIND_PLAN;  /* a plan is no target */
	assert_false(rp_projection_target(&s, &to));
	assert_ptr_equal(rp_implied_by(&s, 2), &pts[1]);
	assert_null(rp_implied_by(&s, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rel_cagr),
		cmocka_unit_test(test_projection_target_and_implied_by),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
