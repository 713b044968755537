/*
** common.h: the first include of every growthstat source file.
**
** It fixes the feature macros (POSIX 2008 on top of C11), the exit codes the
** command line promises, and the one error record that the library layers
** (series/, collector/, reports/) fill and only the command layer prints.
*/
#ifndef GS_COMMON_H
#define GS_COMMON_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GS_VERSION "0.1.0"

/*
** Exit codes. 0, 1 and 2 follow the convention of test(1) and grep(1) so a
** script can write `growthstat check ... || alert`; the rest are sysexits(3).
*/
enum gs_exit {
	GS_EX_OK = 0,          /* success, every check passed */
	GS_EX_FAIL = 1,        /* a check or threshold failed */
	GS_EX_USAGE = 2,       /* bad command line */
	GS_EX_NOTSTORED = 64,  /* the command line names a database that
				* would not persist (sysexits EX_USAGE) */
	GS_EX_DATAERR = 65,    /* bad input data, unknown series, too few points */
	GS_EX_NOINPUT = 66,    /* an input file cannot be opened */
	GS_EX_UNAVAILABLE = 69,/* a needed program (gnuplot) is missing or failed */
	GS_EX_SOFTWARE = 70,   /* internal error */
	GS_EX_CANTCREAT = 73,  /* an output file cannot be created */
	GS_EX_IOERR = 74,      /* read/write error, database error */
	GS_EX_TEMPFAIL = 75,   /* database busy or locked by another run */
};

/*
** The error record. A function that fails fills it (first error wins) and
** returns -1; the command layer prints it as
**   growthstat: FILE:LINE:COL: MESSAGE
** with the location parts left out when unknown (line 0).
*/
struct gs_err {
	int code;            /* an enum gs_exit value suggested to the caller */
	long line;           /* 1-based line, 0 when not about a line */
	int col;             /* 1-based field/column, 0 when unknown */
	char file[256];
	char msg[768];
};

void gs_err_clear(struct gs_err *e);
/* Fill e (when still empty) and return -1. */
int gs_errf(struct gs_err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Same, with a location. */
int gs_errf_at(struct gs_err *e, int code, const char *file, long line,
	       int col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Format e as one line (no newline) into buf. */
void gs_err_format(const struct gs_err *e, char *buf, size_t n);
/* msg without its leading "KEY: " (for a page or note that names key). */
const char *gs_msg_unkeyed(const char *key, const char *msg);

/* Allocation that never returns NULL: out of memory aborts with a message. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Out of memory: a message on stderr, then abort. */
_Noreturn void gs_nomem(void);

/*
** A growable array: v holds n elements and room for the next power of two
** (its capacity is implied by n, so no cap field): GS_GROW(v, n) makes
** room for v[n], reallocating v (doubling) when n is 0 or a power of two.
** Grow an array only this way, from NULL and n = 0; free(v) frees it.
** size may be a row of several elements (n counts rows).
*/
static inline void *gs_grow(void *v, size_t n, size_t size)
{
	size_t want = n ? 2 * n : 1;

	if (n & (n - 1)) /* room up to the next power of two */
		return v;
	if (want < n || (size && want > SIZE_MAX / size))
		gs_nomem();
	return xrealloc(v, want * size);
}
#define GS_GROW(v, n) ((v) = gs_grow((v), (n), sizeof(*(v))))

/*
** A small string buffer: append text, formatted text or bytes; s is NULL
** until something is added, then always NUL-terminated (gs_buf_str gives
** "" for an empty one). Start from { 0 }; gs_buf_free frees and empties.
*/
/* FNV-1a, 64 bits: the batch log's content hash (csvin.c), also a hash
 * for tables of strings. Not a security feature. */
#define GS_FNV1A_INIT 14695981039346656037ULL
static inline uint64_t gs_fnv1a(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return h;
}

struct gs_buf {
	char *s;
	size_t len, cap;
};

/* Room for extra more bytes and a NUL. */
static inline void gs_buf_reserve(struct gs_buf *b, size_t extra)
{
	size_t cap = b->cap ? b->cap : 64;

	if (b->s && b->len + extra + 1 <= b->cap)
		return;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

static inline void gs_buf_addn(struct gs_buf *b, const char *s, size_t n)
{
	gs_buf_reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static inline void gs_buf_add(struct gs_buf *b, const char *s)
{
	gs_buf_addn(b, s, strlen(s));
}

static inline __attribute__((format(printf, 2, 3)))
void gs_buf_printf(struct gs_buf *b, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k <= 0) /* nothing added: s stays as it was */
		return;
	gs_buf_reserve(b, (size_t)k);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)k + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)k;
}

static inline const char *gs_buf_str(const struct gs_buf *b)
{
	return b->s ? b->s : "";
}

static inline void gs_buf_free(struct gs_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}


/* Bounded formatting into a fixed buffer; always NUL-terminates. */
size_t gs_snprintf(char *buf, size_t n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* fmt and ap formatted into a new string (the caller frees it). */
char *gs_vformat(const char *fmt, va_list ap);

/*
** Text for a terminal or a log line: control characters (C0, DEL and the
** C1 controls U+0080..U+009F as UTF-8, the bidirectional controls of
** gs_bidi_len) become visible escapes (\n, \r, \t, \e, \xHH, \uHHHH),
** so a file name or a field cannot forge a line, send an escape sequence
** or reorder what follows it; so do bytes that are no part of a valid
** UTF-8 character (\xHH: a lone 0x9b is CSI to a terminal that reads
** 8-bit controls). Always NUL-terminates; returns the length written
** (truncated to fit).
*/
size_t gs_escape(char *dst, size_t n, const char *src);
/* s with each byte that is no part of a valid UTF-8 character written as
 * \xHH: a file name as a database may store it (text columns hold
 * UTF-8; PostgreSQL refuses anything else). Free it. */
char *gs_utf8_shown(const char *s);

/*
** The length (3) of a bidirectional embedding, override or isolate at s
** (U+202A..U+202E, U+2066..U+2069), else 0. Invisible, each reorders the
** text after it to the end of its paragraph, the tool's own words and
** numbers included: gs_escape shows it as \u202e, the report page and
** the charts as a space, like the other control characters.
*/
size_t gs_bidi_len(const char *s);
/* The length of the control character s starts with: 1 for C0 and DEL,
 * 2 for a C1 control (U+0080..U+009F as UTF-8), 3 for a bidirectional
 * one (gs_bidi_len); 0 when s starts with no control character. */
size_t gs_control_len(const char *s);

/*
** The length of the valid UTF-8 sequence at s (1 for ASCII), 0 when it is
** not one (a stray continuation byte, an overlong form, a surrogate, past
** U+10FFFF, or cut short by the NUL that ends s).
*/
size_t gs_utf8_len(const char *s);

/*
** An output file created exclusively: a fresh temporary name in the target's
** directory (".NAME.XXXXXX", O_CREAT|O_EXCL|O_NOFOLLOW, so never through an
** existing name or link), written, flushed, fsync'd, then put in place by
** gs_out_commit. With noreplace the final name must not exist (link, then
** unlink the temporary name: an existing file is never replaced, not even
** one that appeared meanwhile); otherwise rename() replaces a previous file
** (or a link: the link itself, never its target). gs_out_abort removes the
** temporary file. Errors are GS_EX_CANTCREAT naming the path.
*/
struct gs_out {
	void *fp;            /* FILE *, opened for writing */
	char *tmp;           /* the temporary name, NULL once settled */
	char *path;          /* the final name */
	bool noreplace;
	unsigned mode;       /* given at commit; the file is 0600 until then */
};

int gs_out_open(struct gs_out *o, const char *path, bool noreplace,
		struct gs_err *e);
/*
** Remove what a killed writer of path left: its temporary names
** (".NAME.hhhhhh" beside it; regular files or links, never a link's
** target). Only for outputs written under a lock (the rejects of an
** ingest): another writer's file in progress would go too.
*/
void gs_out_sweep(const char *path);
/* Is name (a base name) one of gs_out_open's temporary names? */
bool gs_out_is_temporary(const char *name);
/*
** An output that copies an input's text (a reject CSV, NAME.errors) is
** readable by no one the input was not: group and other permissions of
** the temporary are cut to those of src_mode (the input's st_mode). Call
** it before writing. 0, or -1 with errno set.
*/
int gs_out_private_as(struct gs_out *o, unsigned src_mode);
/*
** An output that replaces only what this program wrote there (a report
** page, as a chart its own files): 0 when path is missing, empty, a link
** (gs_out replaces it, never writes through it), not a regular file
** (gs_out_open refuses that itself), or a file whose first GS_OUT_HEAD
** bytes ours() recognises; else GS_EX_CANTCREAT naming path and what
** ("a report page"). Call it before gs_out_open, before writing.
*/
#define GS_OUT_HEAD 8192
int gs_out_only_ours(const char *path,
		     bool (*ours)(const char *head, size_t n),
		     const char *what, struct gs_err *e);
int gs_out_commit(struct gs_out *o, struct gs_err *e);
/*
** Put the output in place under the first free name of path, path.1,
** path.2 ... (the number before the last extension: "a.rejects.csv",
** "a.rejects.1.csv"), never replacing a file or a link; the name used goes
** to used (n bytes). For outputs an earlier run may have left and someone
** may be editing (the default reject CSV).
*/
#define GS_OUT_NUMBERS 10000
/* path for k = 0, else path with ".k" before the last extension of its
 * file name ("dir/a.csv" -> "dir/a.1.csv"), or at its end when the name
 * has none (or only a leading dot). Drop directories number the same way. */
void gs_numbered_name(const char *path, unsigned k, char *out, size_t n);
/* Link from to the first free of gs_numbered_name(path, 0 ...
 * GS_OUT_NUMBERS - 1), never replacing anything; the name in used (n
 * bytes). 0, or an errno (EEXIST when every name is taken). */
int gs_link_free(const char *from, const char *path, char *used, size_t n);
int gs_out_commit_free(struct gs_out *o, char *used, size_t n,
		       struct gs_err *e);
void gs_out_abort(struct gs_out *o);
/*
** Remove the temporary names of outputs still being written when SIGINT,
** SIGTERM or SIGHUP ends the run, then die of the signal as before. main
** installs it for every command; ingest replaces it with its own (it
** stops between files and sweeps its rejects' temporaries itself).
*/
void gs_out_catch_signals(void);

/*
** Open path for appending (a log): created when missing, mode 0600 (a
** log repeats values and names of inputs that may be private; an
** existing log keeps its mode), never through a
** symbolic link (O_NOFOLLOW), refused unless it is a regular file with
** one name (a hard link would have another file written).
** Returns a FILE * or NULL with e filled (GS_EX_CANTCREAT).
*/
void *gs_open_append(const char *path, struct gs_err *e);

/*
** Open path for reading only if it is a regular file (not a FIFO to hang
** on, nor a device), following a symbolic link only when follow says so.
** Returns a FILE * or NULL with errno set (EINVAL: not a regular file).
*/
void *gs_open_read(const char *path, bool follow);

/*
** A database path or URI as it may be shown (messages, logs, -v): the
** password of "scheme://user:PASSWORD@host" and the value of a
** "password=" parameter are replaced by "***". Returns dst.
*/
char *gs_redact_uri(char *dst, size_t n, const char *uri);

/*
** Where gs_redact_uri finds a password, for those who must find it too
** (series/pg/pg_secret.c looks for it literally in libpq's messages).
** gs_uri_userinfo_password: the password of "scheme://user:PW@host" as
** written (*len its length), or NULL. gs_uri_password_key: the length of
** a "password=" parameter name starting at p within uri (after a
** separator, the name %XX-decoded and compared ignoring case), or 0.
*/
const char *gs_uri_userinfo_password(const char *uri, size_t *len);
size_t gs_uri_password_key(const char *uri, const char *p);
/*
** A path that is no server URI but holds a password by gs_redact_uri's
** rules ("host=h password=pw", "POSTGRESQL://u:pw@h/db") would name a
** SQLite file, its lock and journals after the password: GS_EX_USAGE
** (-1, e filled, the password masked); 0 for any other path.
*/
int gs_refuse_secret_path(const char *path, struct gs_err *e);

#define GS_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/*
** Numbers as text: the one formatter under the CLI tables (cli.c), the
** charts (reports/chart/) and the report page. A value that rounds to
** zero is written without a sign everywhere ("0", "0.00", never "-0").
**
** gs_num_exact: the shortest text (%.15g to %.17g) that reads back as
**   exactly v: "154000000000", "0.1"; NaN "nan", infinities "inf", "-inf".
** gs_num_grouped: v with d decimals (rounded as printf rounds: to the
**   nearest double, ties to even) and "," between thousands: "1,250.5".
** gs_num_decimals: the fewest decimals from lo up to hi that show x to a
**   relative 1e-9, in fixed (%f) or scientific (%e) notation.
** gs_scale_for: the scale word for values up to maxabs: trn from 1e12, bn
**   from 1e9, mn from 1e6, and with thousands "thousand" (factor 1e3) from
**   1e4 (so 9,500 stays 9,500); else { 1, "" }.
** fmt_num: for scripts: gs_num_exact, NaN as "" (an empty cell).
** fmt_human: for people: v with a scale word and the unit symbol:
**   "154.0 bn RUB", "28,100 m²", "2.80×" for sym "×", "10.5 %" for "%";
**   decimals as few as show v to the most it may have (scaled 1 to 2,
**   × 2 to 3, plain 0 to 3 under 1,000 and 0 to 1 from it): 326,086.98
**   m² is "326,087 m²", never "326,087.0"; a whole value has none;
**   from a million trillion on, scientific notation: "1.5e300 RUB";
**   NaN "n/a", infinities "∞", "-∞".
*/
struct gs_scale {
	double factor;
	const char *word;
};
void gs_num_exact(double v, char *buf, size_t n);
void gs_num_grouped(double v, int d, char *buf, size_t n);
int gs_num_decimals(double x, bool sci, int lo, int hi);
struct gs_scale gs_scale_for(double maxabs, bool thousands);
void fmt_num(double v, char *buf, size_t n);
void fmt_human(double v, const char *sym, char *buf, size_t n);

#endif
