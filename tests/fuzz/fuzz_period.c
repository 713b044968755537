/*
** fuzz_period.c: libFuzzer harness for the period and date parsers: what
** parses is a valid span of calendar days, and its canonical text
** (period_format) parses back to the same days.
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "../../series/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_period(const struct gs_period *p)
{
	struct gs_period back;
	const char *why = NULL;
	char text[96];

	if (p->start == 0 && p->end == 0)
		return;
	if (!cal_valid(p->start) || !cal_valid(p->end) || p->start > p->end ||
	    p->prec < GS_PREC_YEAR || p->prec > GS_PREC_DAY)
		abort();
	if (period_format(p, text, sizeof(text)) == 0 ||
	    period_parse(text, &back, &why) != 0 || back.start != p->start ||
	    back.end != p->end)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);
	const char *why = NULL;
	struct gs_period p;
	int32_t ymd;

	memcpy(s, data, size);
	s[size] = '\0';
	if (period_parse(s, &p, &why) == 0)
		check_period(&p);
	else if (why == NULL)
		abort();
	why = NULL;
	if (date_parse(s, &ymd, &why) == 0) {
		if (!cal_valid(ymd))
			abort();
	} else if (why == NULL) {
		abort();
	}
	free(s);
	return 0;
}
