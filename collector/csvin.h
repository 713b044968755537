/*
** csvin.h: a streaming CSV reader over libcsv that knows where it is.
**
** Reads RFC 4180 CSV (quoted commas, doubled quotes, embedded newlines,
** CRLF or LF or CR line ends, a UTF-8 byte order mark) from a file or
** stdin in fixed-size blocks, never the whole file. libcsv reports no
** positions, so the reader feeds it one line at a time and knows the line
** each record starts on. Fields are checked: no NUL bytes, valid UTF-8,
** at most CSVIN_MAX_FIELD bytes, at most CSVIN_MAX_FIELDS per record.
*/
#ifndef GS_CSVIN_H
#define GS_CSVIN_H

#include "../common.h"

#include <stdio.h>

#define CSVIN_MAX_FIELD (1u << 20)  /* 1 MiB */
#define CSVIN_MAX_FIELDS 100000

struct csvin;

/* One record; valid until the next csvin_next or csvin_close. */
struct csv_record {
	size_t n;          /* fields */
	char **f;          /* NUL-terminated fields */
	size_t *len;       /* their lengths */
	long line;         /* line the record starts on, 1-based */
};

/* Open `path` ("-" = stdin); `name` is used in messages (NULL = path). */
struct csvin *csvin_open(const char *path, const char *name, struct gs_err *e);
/*
** Read an open stream (not closed by csvin_close); for tests and fuzzing,
** e.g. over fmemopen. `name` is used in messages.
*/
struct csvin *csvin_open_stream(FILE *fp, const char *name, struct gs_err *e);
/*
** Fields are separated by delim instead of ',' (0 keeps ','), e.g. the ';'
** of spreadsheets saved in locales whose decimal mark is ','. Call before
** the first csvin_next. Quotes, line ends and blanks around unquoted
** fields are read as with ','.
*/
void csvin_set_delim(struct csvin *r, char delim);
/* 1 with *rec set, 0 at end of input, -1 on error (e has file:line). */
int csvin_next(struct csvin *r, const struct csv_record **rec, struct gs_err *e);
void csvin_close(struct csvin *r);

const char *csvin_name(const struct csvin *r);
/* Bytes read so far and their FNV-1a 64-bit hash as 16 hex digits. */
uint64_t csvin_bytes(const struct csvin *r);
void csvin_hash_hex(const struct csvin *r, char out[17]);
/* The size of the input when known (a regular file), else 0. */
uint64_t csvin_size(const struct csvin *r);

/*
** After the last record: 1 when a regular file is not what it was when
** opened (another size, not read to its end, modified or its times
** reset), with why in why[0..n); 0 otherwise and for streams. A writer
** rewriting a file in place while it is read would give rows of two
** versions, or a row cut short.
*/
int csvin_changed(const struct csvin *r, char *why, size_t n);

/* True when s[0..n) is valid UTF-8 (no overlongs, no surrogates). */
bool utf8_valid(const char *s, size_t n);

#endif
