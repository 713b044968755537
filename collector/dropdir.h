/*
** dropdir.h: a drop directory for scheduled ingestion: which of its files
** are ready, and moving each finished one to the archive or to the rejects.
**
** A file is ready when it is a regular file, its name does not mark it as
** still being written (a leading ".", or ending in ".part", ".tmp",
** ".partial" or "~") and it was last modified at least min_age seconds ago.
** Ready files come in byte order of their names, so names that start with a
** timestamp are loaded oldest first.
**
** Moves never overwrite: a name already taken in the target directory gets
** a number before its extension (data.csv, data.1.csv, ...), except that a
** file identical to the one already archived under its name is simply
** removed (a run that died after its commit but before its move). Moves
** across file systems copy, fsync, then remove the source.
*/
#ifndef GS_DROPDIR_H
#define GS_DROPDIR_H

#include "../common.h"

struct drop_file {
	char *name;        /* base name */
	char *path;        /* DIR/name */
	uint64_t size;
};

/* An entry that is not a regular file, refused by name, never opened. */
struct drop_refused {
	char *name;
	const char *why;   /* "a symbolic link", "a FIFO", ... */
};

struct drop_list {
	struct drop_file *v;
	size_t n;
	struct drop_refused *refused;
	size_t nrefused;
	long waiting;      /* files left for a later run (too new, temporary) */
	uint64_t bytes;    /* total size of the ready files */
};

/*
** The ready files of dir, and the entries refused by name: symbolic links
** (except to a directory), FIFOs, sockets and devices, which are looked at
** with lstat only and left where they are. Directories are passed over.
** GS_EX_NOINPUT when dir cannot be read. The files' paths are named
** under shown (dir as messages name it: dir itself, or the name a
** pinned dir was given).
*/
int drop_scan(const char *dir, const char *shown, long min_age,
	      struct drop_list *out, struct gs_err *e);
void drop_list_free(struct drop_list *l);

/* Create dir when missing (its parent must exist); a symbolic link there
 * is refused. GS_EX_CANTCREAT. */
int drop_mkdir(const char *dir, struct gs_err *e);

/*
** A directory files are moved or written into (the archive, the rejects),
** pinned: opened once, never through a link, and named from then on by
** its descriptor (at: "/proc/self/fd/N"), so replacing its name by a link
** while the run goes on cannot send a file anywhere else. shown is the
** name messages use. Without /proc, at is the name (checked as opened).
** Not to be copied (at may point into it).
*/
struct drop_pin {
	int fd;
	const char *shown;
	const char *at;
	char proc[48];
};

/* Create dir when missing (drop_mkdir) and pin it. GS_EX_CANTCREAT. */
int drop_pin_open(struct drop_pin *p, const char *dir, struct gs_err *e);
/*
** The drop directory itself, pinned the same way, so that its files are
** read and claimed where they were found even if its name is moved, or
** replaced by a link, while the run goes on. Not made when missing; the
** name may be a link (followed once, here). GS_EX_NOINPUT.
*/
int drop_pin_drop(struct drop_pin *p, const char *dir, struct gs_err *e);
void drop_pin_close(struct drop_pin *p);
bool drop_pin_is_open(const struct drop_pin *p);
/* path (under p->at) as messages name it, under p->shown, in buf (which
 * must not be path). */
const char *drop_pin_shown(const struct drop_pin *p, const char *path,
			   char *buf, size_t n);
/* Every p->at in the text s (size n) replaced by p->shown: for messages
 * made below, which name what they touched. */
void drop_pin_unname(const struct drop_pin *p, char *s, size_t n);

/* DIR/NAME for k = 0, DIR/STEM.k.EXT (or DIR/NAME.k) for k >= 1: the
 * numbering of gs_numbered_name, which reject CSVs share. */
void drop_candidate(const char *dir, const char *name, int k, char *out,
		    size_t n);
#define DROP_MAX_SUFFIX (GS_OUT_NUMBERS - 1)

/* What a refused file's companions are called: SLOT.errors (its problems)
 * and SLOT.rejects.csv (the rows --skip-bad left out). */
#define DROP_ERRORS ".errors"
#define DROP_REJECTS ".rejects.csv"

/*
** Move the file at path into the pinned dir under name (or name with a
** number); the path it got, as messages name it, is written to out.
** GS_EX_CANTCREAT on failure, the source then left where it was. Messages
** call the file name.
*/
int drop_archive(const char *path, const char *name,
		 const struct drop_pin *dir, char *out, size_t n,
		 struct gs_err *e);

/*
** A name for a file in the rejects folder dir: DIR/NAME, or DIR/STEM.k.EXT,
** the first such that neither it nor it + DROP_ERRORS nor it +
** DROP_REJECTS exists, so the three share one number and a later file of
** the same name never replaces an earlier one's. A NAME too long for
** those companions has its stem cut (its last extension kept).
*/
int drop_reject_slot(const char *dir, const char *name, char *out, size_t n,
		     struct gs_err *e);

/*
** Write `errors` (len bytes) to SLOT.errors, then move the file at path
** (called name in messages) to slot. Neither ever replaces an existing name.
** The errors quote the file's text: group and others may read them only as
** far as the file's src_mode let them read it.
*/
int drop_reject(const char *path, const char *name, const char *slot,
		const char *errors, size_t len, unsigned src_mode,
		struct gs_err *e);

#endif
