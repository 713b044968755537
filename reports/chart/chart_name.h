/*
** chart_name.h: the names of the files `growthstat chart` writes. One
** chart: the image from -o (else KEY.png, KEY.svg with --svg) and the
** script beside it (the image's name with .gp). --all: one base name
** per series (plot_index_name: the key's safe name, made unique in the
** batch with -2, -3 ...), DIR/BASE.png or .svg and DIR/BASE.gp, and the
** entries of DIR/index.md that name them. Names depend on the keys
** alone: files already there are replaced, never renamed around.
*/
#ifndef GS_CHART_NAME_H
#define GS_CHART_NAME_H

#include "../../common.h" /* first: its feature macros give PATH_MAX */

#include <limits.h>

#include "../../series/series.h"
#include "plot_index.h"

/* The files of one chart. */
struct chart_paths {
	char out[PATH_MAX];         /* the image */
	char script[PATH_MAX];
	bool svg, pdf;              /* the image's format (else PNG) */
};

/*
** Name the files of a chart of key (the first series): output and script
** as given (NULL: not given), svg for --svg; an output ending .svg is
** SVG, .pdf PDF. Each is checked as an output (plot_path_check, db the
** database's path). 0, or -1 with e filled (GS_EX_USAGE): --svg with a
** .pdf output, or a path that cannot be an output.
*/
int chart_paths(const char *output, const char *script, const char *key,
		bool svg, const char *db, struct chart_paths *p,
		struct gs_err *e);

/* One series of --all: its files, and its entry of the index. */
struct chart_item {
	char *base;                 /* unique in the batch (names[i]) */
	char *out, *script;         /* DIR/BASE.png (.svg), DIR/BASE.gp */
};

struct chart_batch {
	char *dir;
	bool svg;
	struct plot_index_entry *ix;   /* for plot_index_write */
	struct chart_item *it;
	char **names;               /* it[i].base: the bases in use */
	size_t n;
};

/* An empty batch writing into dir (copied without its trailing slashes,
 * so names join as "charts/x.png", never "charts//x.png"). */
void chart_batch_init(struct chart_batch *b, const char *dir, bool svg);
/* Add si (listed as not charted until chart_batch_drawn); returns its
 * index. */
size_t chart_batch_add(struct chart_batch *b, const struct series_info *si);
/* Series i charted: the index links its image and script; proj_note
 * (may be NULL) says why it has no projection. */
void chart_batch_drawn(struct chart_batch *b, size_t i, const char *proj_note);
/* Series i not charted: why (msg, without a leading "KEY: "). */
void chart_batch_failed(struct chart_batch *b, size_t i, const char *msg);
/* Series i not charted because its files cannot be written: msg. */
void chart_batch_refused(struct chart_batch *b, size_t i, const char *msg);
/* Can series i's files be written (plot_path_check, as --dir; db the
 * database's path)? 0, or -1 with e filled (GS_EX_USAGE). */
int chart_batch_check(const struct chart_batch *b, size_t i, const char *db,
		      struct gs_err *e);
/* DIR/index.md: a new string. */
char *chart_batch_index(const struct chart_batch *b);
/* How many series are charted. */
size_t chart_batch_charted(const struct chart_batch *b);
void chart_batch_free(struct chart_batch *b);

#endif
