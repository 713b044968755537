/*
** retractsel.c: the figures a retraction names (retractsel.h).
*/
#include "retractsel.h"

#include <stdlib.h>

#include "revisions.h"

long retract_number(const char *s, size_t n)
{
	char *end;
	long v;

	if (*s == '#')
		s++;
	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	return *end || v < 1 || (size_t)v > n ? -1 : v - 1;
}

int retract_refused(struct series_db *db, const struct gs_obs *pick,
		    int32_t as_of, const char *num, bool again,
		    struct gs_err *e)
{
	struct obs_list all;
	size_t i;
	int rc = 0;

	if (again || pick->retracted)
		return 0;
	if (series_observations(db, pick->series, as_of, OBSQ_ALL_VINTAGES,
				&all, e))
		return -1;
	for (i = 0; i < all.n && rc == 0; i++) {
		char asof[16];

		if (!all.v[i].retracted || !rev_same_figure(&all.v[i], pick))
			continue;
		date_format(all.v[i].as_of, asof, sizeof(asof));
		gs_errf(e, GS_EX_DATAERR, "%s %s: another vintage of this "
			"figure (as_of %s) is retracted already, and %s now "
			"names the one before it; nothing retracted (give "
			"--again to retract that one too)", pick->series, num,
			asof, num);
		rc = 1;
	}
	obs_list_free(&all);
	return rc;
}

int retract_reason(const char *reason, char *why, size_t n)
{
	const unsigned char *s = (const unsigned char *)reason, *p;

	for (p = s; *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			gs_snprintf(why, n, "control character at byte %zu",
				    (size_t)(p - s) + 1);
			return -1;
		}
	for (p = s; *p == ' '; p++)
		;
	if (*p)
		return 0;
	gs_snprintf(why, n, "empty");
	return -1;
}
