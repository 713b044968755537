/*
** sqlite_walbuf.h: the VFS through which writers open an SQLite database,
** their writes to the write-ahead log gathered into large ones
** (sqlite_walbuf.c). Included by the backend and by test_walbuf.
*/
#ifndef GS_SQLITE_WALBUF_H
#define GS_SQLITE_WALBUF_H

/* The VFS's name for sqlite3_open_v2, or NULL (the default VFS) when it
 * could not be registered. */
const char *walbuf_vfs(void);

/* What went through it since the program started. */
struct walbuf_counts {
	unsigned long calls;    /* log writes SQLite asked for */
	unsigned long writes;   /* writes made to the file */
	unsigned long rewrites; /* asked for below the log's end: a frame
				 * written again in place */
};
void walbuf_counts(struct walbuf_counts *c);

#endif
