/*
** keyglob.h: the KEY arguments of the report commands (check, growth,
** project, implied, chart) with globs read as `series GLOB` reads them.
**
** An argument with a glob character (* ? [) that is not itself a stored
** key stands for every stored key it matches (series/glob.h), in key
** order; one that matches nothing is an error. Any other argument is
** passed on as it is: the command's own loading names an unknown key.
*/
#ifndef GS_KEYGLOB_H
#define GS_KEYGLOB_H

#include "../series/series.h"

struct key_args {
	char **v;  /* the keys, owned by the list */
	size_t n;
	size_t globs; /* arguments that were expanded */
};


/*
** Expand args[0..n) into *out (freed with key_args_free, also on error).
** A key a glob brings that is already in the list is not added again;
** arguments without glob characters are always kept, in their place.
** Errors: GS_EX_DATAERR "no series matches 'GLOB'", or the database's.
*/
int keys_expand(struct series_db *db, size_t n, char *const *args,
		struct key_args *out, struct gs_err *e);
void key_args_free(struct key_args *k);

/*
** Each of globs[0..n) must match at least one stored series, as a glob
** or as a key (report GLOB..., project --all GLOB, chart --all GLOB): a
** typing slip in a cron job's pattern is exit 65, not an empty page.
** Errors: GS_EX_DATAERR "no series matches 'GLOB'", or the database's.
*/
int keys_require(struct series_db *db, const char *const *globs, size_t n,
		 struct gs_err *e);

#endif
