/*
** fuzz_csv.c: libFuzzer harness for the CSV reader and what reads its
** records: csvin over the input, then the layout and the figure checks on
** every record (no database). The first byte chooses the layout and the
** options; the rest is the file. A record handed out must hold valid
** UTF-8 without NUL bytes, and no figure may come out with its period's
** end before its start. A first byte of 0x10 asks for a round trip
** instead (see roundtrip).
*/
#include "../../common.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../collector/csvin.h"
#include "../../collector/figure.h"
#include "../../collector/layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What every record handed out must be. */
static void check_record(const struct csv_record *rec)
{
	size_t i;

	if (rec->n == 0 || rec->line < 1)
		abort();
	for (i = 0; i < rec->n; i++)
		if (strlen(rec->f[i]) != rec->len[i] ||
		    rec->len[i] > CSVIN_MAX_FIELD ||
		    !utf8_valid(rec->f[i], rec->len[i]))
			abort();
}

static void figures(struct layout *l, const struct csv_record *rec)
{
	struct figure_defaults def = { .as_of = 20250101, .source = "fuzz" };
	size_t i, n = layout_count(l, rec);

	for (i = 0; i < n; i++) {
		struct fields f;
		struct gs_obs o;
		struct gs_err e;

		gs_err_clear(&e);
		if (layout_figure(l, rec, i, &f, &e) == 1 &&
		    figure_parse(&f, &def, "fuzz.csv", rec->line, &o, &e) == 0 &&
		    (o.series == NULL || o.period.start > o.period.end))
			abort();
	}
}

/*
** Round trip: the input is records of fields (a 0x00 byte ends a field, a
** 0x01 byte a record); written as CSV with libcsv's quoting, the reader
** must give back exactly those records.
*/
static void roundtrip(const uint8_t *d, size_t n)
{
	char *buf = NULL, *copy = xmalloc(n + 1);
	size_t blen = 0, i, start = 0;
	FILE *out = open_memstream(&buf, &blen), *in = NULL;
	struct csvin *r = NULL;
	const struct csv_record *rec;
	struct gs_err e;
	size_t fi = 0;

	memcpy(copy, d, n);
	copy[n] = '\x01';
	for (i = 0; i <= n; i++) {
		if (copy[i] != '\0' && copy[i] != '\x01')
			continue;
		if (!utf8_valid(copy + start, i - start))
			goto out;
		if (start < i || copy[i] == '\0' || fi > 0)
			csv_fwrite(out, copy + start, i - start);
		else
			fputs("\"\"", out);
		fputc(copy[i] == '\0' ? ',' : '\n', out);
		fi = copy[i] == '\0' ? fi + 1 : 0;
		start = i + 1;
	}
	fclose(out);
	out = NULL;
	if ((in = fmemopen(buf, blen, "rb")) == NULL ||
	    (r = csvin_open_stream(in, "rt.csv", &e)) == NULL)
		goto out;
	start = 0;
	while (csvin_next(r, &rec, &e) == 1) {
		for (fi = 0; fi < rec->n; fi++) {
			for (i = start; i < n && copy[i] != '\0' && copy[i] != '\x01'; i++)
				;
			if (i - start != rec->len[fi] ||
			    memcmp(copy + start, rec->f[fi], rec->len[fi]) != 0 ||
			    (fi + 1 < rec->n) != (i < n && copy[i] == '\0'))
				abort();
			start = i + 1;
		}
	}
	if (start != n + 1) /* every record read back */
		abort();
out:
	if (out)
		fclose(out);
	csvin_close(r);
	if (in)
		fclose(in);
	free(buf);
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ingest_opts o;
	struct gs_err e;
	const struct csv_record *rec;
	struct csvin *in = NULL;
	struct layout *l = NULL;
	bool header = false;
	FILE *fp;
	char *copy;
	int k;

	if (size < 1)
		return 0;
	if (data[0] == 0x10) {
		roundtrip(data + 1, size - 1);
		return 0;
	}
	memset(&o, 0, sizeof(o));
	/* bits 0-1: long, wide, transposed (3 = long); bit 2: --set; bit 3:
	 * --columns for World Bank style keys */
	o.layout = (data[0] & 3) == 3 ? LAYOUT_LONG :
		   (enum ingest_layout)(data[0] & 3);
	if (data[0] & 4)
		o.set = "unit=rubles,as_of=2025-01-01,kind=level";
	if (data[0] & 8)
		o.columns = "series=Country Code+Indicator Code";
	/* fmemopen needs a non-empty buffer it may not write to */
	copy = xmalloc(size);
	memcpy(copy, data + 1, size - 1);
	fp = fmemopen(copy, size - 1 ? size - 1 : 1, "rb");
	gs_err_clear(&e);
	if (fp == NULL || (in = csvin_open_stream(fp, "fuzz.csv", &e)) == NULL ||
	    (l = layout_new(&o, "fuzz.csv", &e)) == NULL)
		goto out;
	if (size == 1)
		goto out;
	while ((k = csvin_next(in, &rec, &e)) == 1) {
		check_record(rec);
		if (header) {
			figures(l, rec);
			continue;
		}
		gs_err_clear(&e);
		if ((k = layout_header(l, rec, &e)) < 0)
			break;
		header = k == 1;
	}
	if (csvin_bytes(in) > size - 1)
		abort();
out:
	layout_free(l);
	csvin_close(in);
	if (fp)
		fclose(fp);
	free(copy);
	return 0;
}
