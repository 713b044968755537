/*
** fuzz_value.c: libFuzzer harness for the parsers of a figure's words:
** value_parse, unit_parse, qual_parse and kind_parse on the same text.
*/
#include "../../common.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../series/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);
	const char *why = NULL;
	struct gs_unit u;
	enum gs_qual q;
	enum gs_kind k;
	bool pct;
	double v;

	memcpy(s, data, size);
	s[size] = '\0';
	if (value_parse(s, &v, &pct, &why) == 0) {
		if (!isfinite(v))
			abort();
	} else if (why == NULL) {
		abort();
	}
	why = NULL;
	if (unit_parse(s, &u, &why) == 0) {
		if (!isfinite(u.factor) || u.factor <= 0 ||
		    memchr(u.dim, '\0', sizeof(u.dim)) == NULL ||
		    memchr(u.sym, '\0', sizeof(u.sym)) == NULL)
			abort();
	} else if (why == NULL) {
		abort();
	}
	why = NULL;
	if (qual_parse(s, &q, &why) != 0 && why == NULL)
		abort();
	why = NULL;
	if (kind_parse(s, &k, &why) != 0 && why == NULL)
		abort();
	free(s);
	return 0;
}
