/*
** outpath.h: an output path that would destroy an input, found before
** anything is written. Paths are compared by what they name (device and
** inode, following links), not by how they are spelt: "db", "./db" and a
** link to it are one file. A path that does not exist yet names nothing.
*/
#ifndef GS_OUTPATH_H
#define GS_OUTPATH_H

#include "../common.h"

/*
** -1 with e filled (GS_EX_USAGE, a message starting with out) when out is
** the SQLite database db_path or one of its companions (-wal, -shm,
** -journal, the ingest lock DB.lock: series_file_suffix, the one list
** chart, report and export check too); 0 otherwise (also for a server
** URI).
*/
int outpath_is_db(const char *out, const char *db_path, struct gs_err *e);

/* The same when out is one of the n input files ("-" is stdin: skipped). */
int outpath_is_input(const char *out, char *const *in, size_t n,
		     struct gs_err *e);

/* The same when the folder dir is the folder drop (which is named in the
 * message as the drop directory). */
int outpath_same_dir(const char *dir, const char *drop, struct gs_err *e);

/*
** -1 with e filled (GS_EX_USAGE, naming the file as `what` and path) when
** the file path (the database, the log) lives in the drop directory drop,
** following links: every run would take it for an input file. The
** database would be moved into the rejects without its -wal, and the
** rows of the files loaded before with it. 0 otherwise (a server URI).
*/
int outpath_in_drop(const char *what, const char *path, const char *drop,
		    struct gs_err *e);

/*
** The same for the reject CSVs --skip-bad writes without --rejects: each
** input FILE's FILE.rejects.csv ("-": stdin.rejects.csv; the name
** ingest.c gives), when it is the database, an input, or the reject CSV of
** an earlier input (whose rejected rows it would replace).
*/
int outpath_default_rejects(char *const *in, size_t n, const char *db_path,
			    struct gs_err *e);

#endif
