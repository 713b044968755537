/*
** dropclaim.h: a file of a drop directory read and moved as one object.
**
** Other programs write into a drop directory, and a writer may rename new
** content over a name while growthstat reads it (the "write NAME.part,
** then rename" protocol does exactly that). So a file is opened once
** (never through a link, never blocking on a FIFO), read from that
** descriptor, and moved only if its name still refers to the object read:
** the name is first renamed to a private hidden name in the same
** directory (".gs-claim.XXXXXX.NAME": names starting with "." are never
** picked up; renamed without ever replacing a name), the object
** found there is compared with the one read (device, inode, size, mtime),
** and only then moved on. Another object is put back under its name (or,
** if that name was taken meanwhile, a numbered one: nothing is replaced)
** and left for the next run.
*/
#ifndef GS_DROPCLAIM_H
#define GS_DROPCLAIM_H

#include "../common.h"

#include <sys/stat.h>

struct drop_obj {
	int fd;              /* open while the file is processed */
	struct stat sb;      /* fstat of fd when it was opened */
};

/*
** Open path for reading as described above. Errors: GS_EX_DATAERR for a
** symbolic link or anything but a regular file (refused by name: the
** target is never opened), GS_EX_NOINPUT when it cannot be opened.
*/
int drop_open(const char *path, struct drop_obj *o, struct gs_err *e);
void drop_obj_close(struct drop_obj *o);

/*
** Claim dir/name for a move: returns 1 with the private name written to
** hidden (the caller moves it on); 0 when the name no longer refers to o
** (removed, or replaced by another file, which is put back), with why in
** e (code 0); -1 on error (GS_EX_CANTCREAT).
*/
int drop_claim(const char *dir, const char *name, const struct drop_obj *o,
	       char *hidden, size_t n, struct gs_err *e);

/*
** Put a claimed file back as dir/name, or under the first free numbered
** name (link: never replacing what a writer put there since): 0 with
** where it went in e (code 0), -1 (GS_EX_CANTCREAT) when it stays hidden.
*/
int drop_unclaim(const char *hidden, const char *dir, const char *name,
		 struct gs_err *e);

/*
** Undo the claims of a run that was killed between a claim and its move
** (private names left in dir): each file goes back under its name (or a
** numbered one), said through say(arg, message). Call under the ingest
** lock, before scanning.
*/
void drop_recover(const char *dir, void (*say)(void *, const char *),
		  void *arg);

/*
** Remove what a killed run left half-written in dir (the archive or the
** rejects folder): its unfinished outputs, under the temporary names
** gs_out_open gives (".NAME.hhhhhh"; never a name a finished file has, as
** files whose names start with "." are never taken from a drop directory).
** Each removal is said through say(arg, message). Call under the ingest
** lock.
*/
void drop_sweep(const char *dir, void (*say)(void *, const char *),
		void *arg);

#endif
