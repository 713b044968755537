/*
** extract_r11.c: round eleven's rules on a decided candidate (issue 16),
** called once from extract.c.
*/
#include "../../common.h"

#include "extract_nowcl.h"
#include "extract_r11.h"
#include "extract_rpast.h"
#include "extract_tense.h"

void xr11_cand(const struct xdoc *d, int i, const struct xfig *f,
	       const struct xtime *report, struct xcand *x)
{
	const struct xsent *s = &d->s[i];

	xcue_plan_then(s, f, x);
	xnowcl_level(d, s, f, x);
	xrpast_take(d, s, f, report, x);
}
