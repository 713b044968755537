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

#endif
