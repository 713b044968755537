/*
** extract_bulletin.c: periods (round seventeen, issue 16): "Территориальный
** орган Федеральной службы государственной статистики по Новосибирской
** области / О социально-экономическом положении Карасукского
** муниципального округа в I полугодии 2025 года" (old_holdout25
** karasuk). A statistics office's bulletin is titled by the situation
** it reports on and the months it covers; the office may be named in
** full rather than as "Новосибирскстат". Extract knew the short names
** and words such as "информация", not these, so the title's months did
** not date the bulletin's figures and they took the release's year.
*/
#include "../../common.h"

#include "extract_bulletin.h"

bool xbulletin_word(const struct xsent *s, int k)
{
	static const char *const ws[] = { "статистики", "statistics",
		"положении", "положение", "situation", NULL };

	return xt_wa(s, k, ws);
}
