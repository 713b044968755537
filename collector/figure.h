/*
** figure.h: checking the fields of one figure and turning them into an
** observation: parsed, validated, the value normalised to its base unit.
*/
#ifndef GS_FIGURE_H
#define GS_FIGURE_H

#include "layout.h"

struct figure_defaults {
	int32_t as_of;        /* vintage when the row has none */
	const char *source;   /* source when the row has none */
};

/*
** Fill *o from *f (o's strings point into f). On a bad field returns -1
** with e naming file, line, column and field.
*/
int figure_parse(const struct fields *f, const struct figure_defaults *d,
		 const char *file, long line, struct gs_obs *o,
		 struct gs_err *e);

#endif
