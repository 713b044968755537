/*
** figure.h: checking the fields of one figure and turning them into an
** observation: parsed, validated, the value normalised to its base unit.
*/
#ifndef GS_FIGURE_H
#define GS_FIGURE_H

#include "layout.h"

/* The last unit text parsed and its result: files repeat their units. */
struct unit_memo {
	char text[96];
	struct gs_unit unit;
	bool valid;
};

struct figure_defaults {
	int32_t as_of;        /* vintage when the row has none */
	int32_t as_of_max;    /* a later vintage is refused (0: none is) */
	const char *source;   /* source when the row has none */
	struct unit_memo memo;
};

/*
** Fill *o from *f (o's strings point into f). On a bad field returns -1
** with e naming file, line, column and field.
*/
int figure_parse(const struct fields *f, struct figure_defaults *d,
		 const char *file, long line, struct gs_obs *o,
		 struct gs_err *e);

/*
** A row figure_parse refused may hold more than one bad field ("Oct-24" as
** the period and "20.11.2026" as the as_of): each group of fields (key,
** kind, qualifier, periods, value and unit, as_of and source) is checked
** on its own, and say() gets every problem but the first (e, already
** reported). Only for refused rows: the good path stays one pass.
** Returns how many it said.
*/
typedef void (*figure_say_fn)(void *arg, const struct gs_err *p);
int figure_more(const struct fields *f, struct figure_defaults *d,
		const char *file, long line, const struct gs_err *first,
		figure_say_fn say, void *arg);

#endif
