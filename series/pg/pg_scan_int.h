/*
** pg_scan_int.h: the report's scan on PostgreSQL, shared by pg_scan.c
** (the statements, the series and the streams opened) and pg_scanrow.c
** (the COPY's text rows taken in and read). Internal to series/pg/.
*/
#ifndef GS_PG_SCAN_INT_H
#define GS_PG_SCAN_INT_H

#include "pg_int.h"

#define SCAN_MAX_COLS 16
#define SCAN_STREAMS 4 /* at most */

/* How a statement's rows are read: its text, how many columns, where
 * the source id and the series id are, and (everything) where
 * pg_read_obs_fields finds the columns after SQL_OBS_READ's first nine. */
struct scan_stmt {
	const char *sql;
	int ncols, source_col, id_col;
	struct pg_obs_cols cols;
};

/* One COPY of a share of the series, on a connection of its own. */
struct stream {
	PGconn *conn;
	char *row;       /* its row read last, NULL once taken */
	char *f[SCAN_MAX_COLS]; /* the row's fields, unescaped in place */
	long long id;    /* the row's series id */
	bool end;        /* the COPY has no more rows */
	bool copying;    /* the COPY is on (its rows not all read) */
};

/* One scan: the series, the streams and the names. */
struct scan {
	struct series_db *db;
	const struct scan_stmt *st; /* the statement, by flags */
	PGresult *list;  /* id, key, name, description, dimension, unit */
	PGresult *names; /* id, name: sorted by id */
	struct stream s[SCAN_STREAMS];
	int nstreams;
	int flags;
	const char *glob; /* the series wanted (NULL: all) */
	int next;        /* the list's row to read next */
	int matched;     /* series handed over so far */
};

/* Series in a row of the list go to one stream, the next as many to
 * the next (pg_scan.c's statement deals them out the same way). */
#define SCAN_BLOCK 64

/* The series id of stream s's next row, reading it when needed; 0 at the
 * end (pg_scanrow.c). */
int scan_next_id(struct scan *sc, struct stream *s, long long *id,
		 struct gs_err *e);
/* An error of stream s (its result r, or its connection's when NULL)
 * into e, coded as the first connection's would be; -1. */
int scan_stream_err(struct scan *sc, struct stream *s, const PGresult *r,
		    struct gs_err *e);
/* Stream s's row read last is used: free it. */
void scan_take_row(struct stream *s);
/* Read and drop the rest of stream s's COPY, as its connection takes no
 * other statement until the COPY ends. */
void scan_drain(struct scan *sc, struct stream *s);
/* A figures-only row's fields into o (no unit, note, batch or source). */
void scan_read_figure(char *const *f, const char *key, struct gs_obs *o);

#endif
