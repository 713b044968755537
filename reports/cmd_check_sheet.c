/*
** cmd_check_sheet.c: CSV and JSON rows of `growthstat check` printed
** from a sheet (checksheet.h). See cmd_check_sheet.h.
*/
#include "cmd_check_sheet.h"

#include <stdlib.h>

/* Through the table module, which quotes CSV. */
static void print_csv(const struct sheet *sh, FILE *out)
{
	size_t off = sh->nsec > 1, n = sh->ncols + off, r, c;
	const char **cells = xcalloc(n, sizeof(*cells));
	struct table *t;

	if (off)
		cells[0] = "section";
	for (c = 0; c < sh->ncols; c++)
		cells[c + off] = sh->cols[c];
	t = table_new(n, cells);
	for (r = 0; r < sh->nrows; r++) {
		const struct sheet_row *w = &sh->rows[r];

		if (off)
			cells[0] = sh->sec[w->sec].name;
		for (c = 0; c < sh->ncols; c++)
			cells[c + off] = w->cell[c].text ? w->cell[c].text : "";
		table_add(t, cells);
	}
	table_print(t, FMT_CSV, out);
	table_free(t);
	free(cells);
}

static void json_cell(const struct sheet *sh, const struct sheet_cell *c,
		      size_t col, FILE *out)
{
	json_string(out, sh->cols[col]);
	fputs(": ", out);
	if (c->type == SHEET_NUM)
		fputs(c->text, out);
	else if (c->type == SHEET_STR)
		json_string(out, c->text);
	else
		fputs("null", out);
	if (c->type == SHEET_INF)
		fprintf(out, ", \"%s_infinite\": true", sh->cols[col]);
}

static void json_rows(const struct sheet *sh, size_t sec, FILE *out)
{
	size_t r, c, n = 0;

	fputc('[', out);
	for (r = 0; r < sh->nrows; r++) {
		const struct sheet_row *w = &sh->rows[r];
		bool first = true;

		if (w->sec != sec)
			continue;
		fputs(n++ ? ",\n {" : "\n {", out);
		for (c = 0; c < sh->ncols; c++) {
			if (!sheet_in_section(sh, sec, c))
				continue;
			if (!first)
				fputs(", ", out);
			first = false;
			json_cell(sh, &w->cell[c], c, out);
		}
		fputc('}', out);
	}
	fputs(n ? "\n]" : "]", out);
}

static void print_json(const struct sheet *sh, FILE *out)
{
	size_t s;

	if (sh->nsec == 1) {
		json_rows(sh, 0, out);
		fputc('\n', out);
		return;
	}
	fputc('{', out);
	for (s = 0; s < sh->nsec; s++) {
		fputs(s ? ",\n" : "", out);
		json_string(out, sh->sec[s].plural);
		fputs(": ", out);
		json_rows(sh, s, out);
	}
	fputs("}\n", out);
}

void sheet_print(const struct sheet *sh, enum out_format f, FILE *out)
{
	if (f == FMT_JSON)
		print_json(sh, out);
	else
		print_csv(sh, out);
}
