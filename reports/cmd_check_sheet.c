/*
** cmd_check_sheet.c: CSV and JSON rows of `growthstat check`. See
** cmd_check_sheet.h.
*/
#include "cmd_check_sheet.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum cell_type { C_NULL = 0, C_NUM, C_INF, C_STR };

struct cell {
	enum cell_type type;
	char *text;                 /* the number as fmt_num writes it */
};

struct row {
	size_t sec;
	struct cell *cell;
};

struct sheet {
	const char *const *cols;
	size_t ncols;
	const struct sheet_section *sec;
	size_t nsec;
	struct row *rows;
	size_t nrows;
};

struct sheet *sheet_new(const char *const *cols, size_t ncols,
			const struct sheet_section *sec, size_t nsec)
{
	struct sheet *sh = xcalloc(1, sizeof(*sh));

	sh->cols = cols;
	sh->ncols = ncols;
	sh->sec = sec;
	sh->nsec = nsec;
	return sh;
}

void sheet_row(struct sheet *sh, size_t sec)
{
	GS_GROW(sh->rows, sh->nrows);
	sh->rows[sh->nrows].sec = sec;
	sh->rows[sh->nrows].cell = xcalloc(sh->ncols, sizeof(struct cell));
	sh->nrows++;
}

static struct cell *cur(struct sheet *sh, size_t col)
{
	struct cell *c = &sh->rows[sh->nrows - 1].cell[col];

	free(c->text);
	c->text = NULL;
	c->type = C_NULL;
	return c;
}

void sheet_num(struct sheet *sh, size_t col, double v)
{
	struct cell *c = cur(sh, col);
	char buf[64];

	if (isnan(v))
		return;
	fmt_num(v, buf, sizeof(buf));
	c->type = isinf(v) ? C_INF : C_NUM;
	c->text = xstrdup(buf);
}

void sheet_str(struct sheet *sh, size_t col, const char *s)
{
	struct cell *c = cur(sh, col);

	c->type = C_STR;
	c->text = xstrdup(s);
}

size_t sheet_rows(const struct sheet *sh)
{
	return sh->nrows;
}

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
		const struct row *w = &sh->rows[r];

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

static void json_cell(const struct sheet *sh, const struct cell *c,
		      size_t col, FILE *out)
{
	json_string(out, sh->cols[col]);
	fputs(": ", out);
	if (c->type == C_NUM)
		fputs(c->text, out);
	else if (c->type == C_STR)
		json_string(out, c->text);
	else
		fputs("null", out);
	if (c->type == C_INF)
		fprintf(out, ", \"%s_infinite\": true", sh->cols[col]);
}

static void json_rows(const struct sheet *sh, size_t sec, FILE *out)
{
	size_t r, c, n = 0;

	fputc('[', out);
	for (r = 0; r < sh->nrows; r++) {
		const struct row *w = &sh->rows[r];
		bool first = true;

		if (w->sec != sec)
			continue;
		fputs(n++ ? ",\n {" : "\n {", out);
		for (c = 0; c < sh->ncols; c++) {
			if (!(sh->sec[sec].cols >> c & 1))
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

void sheet_free(struct sheet *sh)
{
	size_t r, c;

	if (sh == NULL)
		return;
	for (r = 0; r < sh->nrows; r++) {
		for (c = 0; c < sh->ncols; c++)
			free(sh->rows[r].cell[c].text);
		free(sh->rows[r].cell);
	}
	free(sh->rows);
	free(sh);
}
