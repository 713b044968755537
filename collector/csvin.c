/*
** csvin.c: the streaming CSV reader of csvin.h.
**
** Input is read in 64 KiB blocks and cut into lines; each line (with its
** terminator) goes to csv_parse on its own. A line holds at most one record
** terminator, so after each line at most one record is complete, and the
** line a record starts on is the line fed while the parser was between
** records (libcsv's pstate 0). Strict mode makes a stray or unterminated
** quote an error instead of swallowing the rest of the file.
*/
#include "csvin.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BLOCK (64u * 1024u)

struct csvin {
	FILE *fp;
	bool own_fp;
	char *name;
	struct csv_parser p;
	unsigned char *buf;     /* current block */
	size_t len, pos;        /* bytes in buf, next unread */
	bool eof, finished, bom_checked;
	long line;              /* line being fed, 1-based */
	long rec_line;          /* start line of the record being built */
	uint64_t bytes, hash, size;
	struct stat opened;     /* a regular file as opened (size > 0 ...) */
	bool regular;
	/* the record being built */
	char *data;             /* fields, each NUL-terminated */
	size_t data_len, data_cap;
	size_t *off, *flen;
	size_t nf, f_cap;
	bool complete;
	int fail;               /* set by callbacks: 1 too many fields */
	char **fv;              /* pointers handed out */
	size_t fv_cap;
	struct csv_record rec;
};

/* libcsv grows its field buffer with this; refusing past the cap makes
 * csv_parse stop with CSV_ENOMEM, which we report as a field too long. */
static void *capped_realloc(void *p, size_t n)
{
	if (n > CSVIN_MAX_FIELD + BLOCK)
		return NULL;
	return realloc(p, n);
}

static void on_field(void *s, size_t n, void *ctx)
{
	struct csvin *r = ctx;

	if (r->nf >= CSVIN_MAX_FIELDS) {
		r->fail = 1;
		return;
	}
	if (r->nf == r->f_cap) {
		r->f_cap = r->f_cap ? r->f_cap * 2 : 32;
		r->off = xrealloc(r->off, r->f_cap * sizeof(*r->off));
		r->flen = xrealloc(r->flen, r->f_cap * sizeof(*r->flen));
	}
	if (r->data_len + n + 1 > r->data_cap) {
		while (r->data_len + n + 1 > r->data_cap)
			r->data_cap = r->data_cap ? r->data_cap * 2 : 4096;
		r->data = xrealloc(r->data, r->data_cap);
	}
	r->off[r->nf] = r->data_len;
	r->flen[r->nf] = n;
	if (n)
		memcpy(r->data + r->data_len, s, n);
	r->data_len += n;
	r->data[r->data_len++] = '\0';
	r->nf++;
}

static void on_record(int c, void *ctx)
{
	struct csvin *r = ctx;

	(void)c;
	r->complete = true;
}

/* The parts of opening common to a path and a stream; r->fp is set. */
static struct csvin *start(struct csvin *r, struct gs_err *e)
{
	struct stat sb;

	if (fstat(fileno(r->fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		gs_errf_at(e, GS_EX_NOINPUT, r->name, 0, 0, "is a directory");
		csvin_close(r);
		return NULL;
	}
	if (fstat(fileno(r->fp), &sb) == 0 && S_ISREG(sb.st_mode)) {
		r->size = (uint64_t)sb.st_size;
		r->opened = sb;
		r->regular = true;
	}
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		gs_errf(e, GS_EX_SOFTWARE, "cannot start the CSV parser");
		csvin_close(r);
		return NULL;
	}
	csv_set_realloc_func(&r->p, capped_realloc);
	/* libcsv grows a field's buffer by this much at a time (128 bytes by
	 * default: thousands of copies for a long field) */
	csv_set_blk_size(&r->p, BLOCK);
	r->buf = xmalloc(BLOCK);
	r->line = 1;
	r->rec_line = 1;
	r->hash = 14695981039346656037ULL;
	return r;
}

struct csvin *csvin_open(const char *path, const char *name, struct gs_err *e)
{
	struct csvin *r = xcalloc(1, sizeof(*r));

	r->name = xstrdup(name ? name : path);
	if (strcmp(path, "-") == 0) {
		r->fp = stdin;
	} else if ((r->fp = fopen(path, "rb")) == NULL) {
		gs_errf_at(e, GS_EX_NOINPUT, r->name, 0, 0, "cannot open: %s",
			   strerror(errno));
		csvin_close(r);
		return NULL;
	} else {
		r->own_fp = true;
	}
	return start(r, e);
}

struct csvin *csvin_open_stream(FILE *fp, const char *name, struct gs_err *e)
{
	struct csvin *r = xcalloc(1, sizeof(*r));

	r->name = xstrdup(name);
	r->fp = fp;
	return start(r, e);
}

/* The change time is compared too (a writer can set the modification
 * time back, never the change time), unless the number of links changed:
 * a file renamed over or removed while read changes it, its content
 * intact. */
int csvin_changed(const struct csvin *r, char *why, size_t n)
{
	const struct stat *a = &r->opened;
	struct stat b;

	if (!r->regular)
		return 0;
	if (fstat(fileno(r->fp), &b) != 0) {
		gs_snprintf(why, n, "cannot be checked: %s", strerror(errno));
		return 1;
	}
	if (a->st_size != b.st_size || r->bytes != (uint64_t)b.st_size) {
		gs_snprintf(why, n, "%lld bytes when opened, %lld read, %lld "
			    "now", (long long)a->st_size,
			    (long long)r->bytes, (long long)b.st_size);
		return 1;
	}
	if (a->st_mtim.tv_sec != b.st_mtim.tv_sec ||
	    a->st_mtim.tv_nsec != b.st_mtim.tv_nsec ||
	    (a->st_nlink == b.st_nlink &&
	     (a->st_ctim.tv_sec != b.st_ctim.tv_sec ||
	      a->st_ctim.tv_nsec != b.st_ctim.tv_nsec))) {
		gs_snprintf(why, n, "written to while it was read");
		return 1;
	}
	return 0;
}

void csvin_close(struct csvin *r)
{
	if (r == NULL)
		return;
	if (r->buf)
		csv_free(&r->p);
	if (r->own_fp)
		fclose(r->fp);
	free(r->name);
	free(r->buf);
	free(r->data);
	free(r->off);
	free(r->flen);
	free(r->fv);
	free(r);
}

/*
** Read what is there, up to n bytes: read(2) on a descriptor, so rows of a
** pipe are handled as they arrive and a signal interrupts a blocked read
** (EINTR is an error: the caller stops); fread on a memory stream.
*/
static ssize_t read_some(struct csvin *r, unsigned char *buf, size_t n)
{
	int fd = fileno(r->fp);
	size_t k;

	if (fd >= 0)
		return read(fd, buf, n);
	k = fread(buf, 1, n, r->fp);
	return ferror(r->fp) ? -1 : (ssize_t)k;
}

static int refill(struct csvin *r, struct gs_err *e)
{
	size_t keep = r->len - r->pos, i;
	ssize_t got;

	memmove(r->buf, r->buf + r->pos, keep);
	r->len = keep;
	r->pos = 0;
	if (r->eof)
		return 0;
	if ((got = read_some(r, r->buf + r->len, BLOCK - r->len)) < 0)
		return gs_errf_at(e, GS_EX_IOERR, r->name, r->line, 0,
				  "read error: %s", strerror(errno));
	i = (size_t)got;
	if (i == 0)
		r->eof = true;
	for (size_t k = 0; k < i; k++) {
		r->hash ^= r->buf[r->len + k];
		r->hash *= 1099511628211ULL;
	}
	r->bytes += i;
	r->len += i;
	if (!r->bom_checked && (r->len >= 3 || r->eof)) {
		r->bom_checked = true;
		if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
			r->pos = 3;
	}
	return 0;
}

/*
** Where the first LF or CR of b[0..n) is, or n. Two memchr scans (a word
** or more at a time) instead of a loop over each byte: the line scan was
** a ninth of the reading thread's work, which sets the pace while a file
** is read. The scan for CR covers only the part before the first LF.
*/
static size_t line_end(const unsigned char *b, size_t n)
{
	const unsigned char *lf = memchr(b, '\n', n);
	size_t i = lf ? (size_t)(lf - b) : n;
	const unsigned char *cr = memchr(b, '\r', i);

	return cr ? (size_t)(cr - b) : i;
}

/*
** The next line of input: up to and including one LF, CRLF or lone CR.
** Returns its length (0 at end of input); -1 on error.
*/
static long next_line(struct csvin *r, const unsigned char **s, struct gs_err *e)
{
	for (;;) {
		unsigned char *b = r->buf + r->pos;
		size_t n = r->len - r->pos, i = line_end(b, n);

		if (i + 1 == n && b[i] == '\r' && !r->eof)
			i = n; /* CR at the end of the block: need more */
		if (i < n) {
			if (b[i] == '\r' && i + 1 < n && b[i + 1] == '\n')
				i++;
			*s = b;
			r->pos += i + 1;
			return (long)(i + 1);
		}
		/* No line end in the block: hand out what we have when the block
		 * is full (a long line) or at end of input. */
		if (r->eof || (r->pos == 0 && r->len == BLOCK)) {
			*s = b;
			r->pos = r->len;
			return (long)n;
		}
		if (refill(r, e))
			return -1;
	}
}

static int feed_error(struct csvin *r, struct gs_err *e)
{
	int err = csv_error(&r->p);

	if (r->fail)
		return gs_errf_at(e, GS_EX_DATAERR, r->name, r->rec_line, 0,
				  "more than %u fields in a record",
				  CSVIN_MAX_FIELDS);
	if (err == CSV_ENOMEM || err == CSV_ETOOBIG)
		return gs_errf_at(e, GS_EX_DATAERR, r->name, r->line,
				  (int)r->nf + 1, "field longer than %u bytes",
				  CSVIN_MAX_FIELD);
	return gs_errf_at(e, GS_EX_DATAERR, r->name, r->line, (int)r->nf + 1,
			  "malformed CSV: a quote inside an unquoted field, or "
			  "text after a closing quote (%s)", csv_strerror(err));
}

#define LOW7 0x7f7f7f7f7f7f7f7fULL
#define HIGH 0x8080808080808080ULL

/* The NUL bytes of w, counted: exact (a zero byte has its high bit set
 * in z, no other byte has), then summed into the top byte. */
static unsigned zero_bytes(uint64_t w)
{
	uint64_t z = ~(((w & LOW7) + LOW7) | w | LOW7);

	return (unsigned)(((z >> 7) * 0x0101010101010101ULL) >> 56);
}

/*
** Whether every field of the record is plain ASCII with no NUL in it, the
** usual case, seen a word at a time over the record's bytes: these hold
** one NUL per field (its terminator) and no other. Checking each field
** byte by byte for UTF-8, and by memchr for NUL, was a ninth of the
** reading thread's work; a record that is not plain goes that way still,
** so the error names the same field.
*/
static bool record_plain(const struct csvin *r)
{
	const unsigned char *p = (const unsigned char *)r->data;
	size_t n = r->data_len, i, zeros = 0;
	uint64_t high = 0;

	for (i = 0; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		high |= w;
		zeros += zero_bytes(w);
	}
	for (; i < n; i++) {
		high |= (uint64_t)p[i] << 56;
		zeros += p[i] == 0;
	}
	return (high & HIGH) == 0 && zeros == r->nf;
}

static int check_fields(struct csvin *r, struct gs_err *e)
{
	size_t i;

	if (record_plain(r))
		return 0;
	for (i = 0; i < r->nf; i++) {
		const char *f = r->data + r->off[i];

		if (memchr(f, '\0', r->flen[i]))
			return gs_errf_at(e, GS_EX_DATAERR, r->name, r->rec_line,
					  (int)i + 1, "NUL byte in field");
		if (!utf8_valid(f, r->flen[i]))
			return gs_errf_at(e, GS_EX_DATAERR, r->name, r->rec_line,
					  (int)i + 1, "invalid UTF-8 in field");
	}
	return 0;
}

static const struct csv_record *hand_out(struct csvin *r)
{
	size_t i;

	if (r->nf > r->fv_cap || r->fv == NULL) {
		r->fv_cap = r->nf > 16 ? r->nf : 16;
		r->fv = xrealloc(r->fv, r->fv_cap * sizeof(*r->fv));
	}
	for (i = 0; i < r->nf; i++)
		r->fv[i] = r->data + r->off[i];
	r->rec.n = r->nf;
	r->rec.f = r->fv;
	r->rec.len = r->flen;
	r->rec.line = r->rec_line;
	return &r->rec;
}

static void reset_record(struct csvin *r)
{
	r->nf = 0;
	r->data_len = 0;
	r->complete = false;
}

static int finish(struct csvin *r, struct gs_err *e)
{
	r->finished = true;
	if (csv_fini(&r->p, on_field, on_record, r) != 0)
		return gs_errf_at(e, GS_EX_DATAERR, r->name, r->rec_line, 0,
				  "input ends inside a quoted field that starts "
				  "on this line");
	return 0;
}

void csvin_set_delim(struct csvin *r, char delim)
{
	if (delim != '\0')
		csv_set_delim(&r->p, (unsigned char)delim);
}

int csvin_next(struct csvin *r, const struct csv_record **rec, struct gs_err *e)
{
	const unsigned char *s;
	long n;

	reset_record(r);
	while (!r->complete) {
		if (r->finished)
			return 0;
		if (r->pos >= r->len && !r->eof && refill(r, e))
			return -1;
		if ((n = next_line(r, &s, e)) < 0)
			return -1;
		if (n == 0) {
			if (finish(r, e))
				return -1;
			continue;
		}
		if (r->nf == 0 && r->p.pstate == 0)
			r->rec_line = r->line;
		if (csv_parse(&r->p, s, (size_t)n, on_field, on_record, r) !=
		    (size_t)n || r->fail)
			return feed_error(r, e);
		if (s[n - 1] == '\n' || s[n - 1] == '\r')
			r->line++;
	}
	if (check_fields(r, e))
		return -1;
	*rec = hand_out(r);
	return 1;
}

const char *csvin_name(const struct csvin *r)
{
	return r->name;
}

uint64_t csvin_bytes(const struct csvin *r)
{
	return r->bytes;
}

uint64_t csvin_size(const struct csvin *r)
{
	return r->size;
}

void csvin_hash_hex(const struct csvin *r, char out[17])
{
	gs_snprintf(out, 17, "%016llx", (unsigned long long)r->hash);
}

bool utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t k;
		unsigned cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			k = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 3, cp = c & 0x07;
		else
			return false;
		if (i + k >= n)
			return false;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + j] & 0x3F);
		}
		if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		    (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			return false;
		i += k + 1;
	}
	return true;
}
