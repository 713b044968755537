/*
** plot_path.h: the file paths of a chart: checking an output path before
** anything is written to it (never the database, never a gnuplot pipe),
** and naming the image from the script's directory so the script can be
** run from there. Returns messages instead of printing.
*/
#ifndef GS_PLOT_PATH_H
#define GS_PLOT_PATH_H

#include "../../common.h"

/* path ends with suffix. */
bool plot_path_ends(const char *path, const char *suffix);

/* The directory part of path ("." when none, "/" for the root) into dir;
 * returns a pointer to the base name within path. */
const char *plot_path_split(const char *path, char *dir, size_t n);

/* Is path the file other: the same inode when both exist, else the same
 * absolute name. */
bool plot_path_same(const char *path, const char *other);

/*
** Can path be an output? Fails (GS_EX_USAGE, message in e) for an empty
** path, a control character, a leading '|' (gnuplot pipes such outputs to
** a shell), the database db or its -wal, -shm, -journal or .lock file
** (series_file_suffix: one list for every output check), a
** directory, and an existing file that is neither a regular file nor a
** symbolic link (a link is replaced, never written through). `what` names
** the option in the message.
*/
int plot_path_check(const char *what, const char *path, const char *db,
		    struct gs_err *e);

/*
** The image path as a script in script's directory names it: the base
** name when both are in one directory, else an absolute path. Fails
** (GS_EX_CANTCREAT) when a directory does not exist.
*/
int plot_path_rel(const char *out, const char *script, char *buf, size_t n,
		  struct gs_err *e);

#endif
