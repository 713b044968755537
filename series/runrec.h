/*
** runrec.h: the compact record of a staged row in a sort run (runs.c).
** Internal to series/.
**
** A run holds rows sorted by series, so neighbours share most fields (the
** series, its unit, source, batch, vintage, ...). A record therefore holds
** only what differs from the previous row of the same run: a mask of the
** changed fields, then those fields (integers as zig-zag varints, doubles
** as their 8 bytes, strings as length and bytes). Each record is preceded
** by its length, so a reader knows how much to fetch before decoding.
** A 1M-row file's runs shrink from about 1.8 times the CSV to a third of
** it, and so does the time spent writing and reading them.
*/
#ifndef GS_RUNREC_H
#define GS_RUNREC_H

#include "runs.h"

enum { RR_SERIES, RR_UNIT, RR_SOURCE, RR_NOTE, RR_NAME, RR_DESC, RR_DIM,
       RR_SYM, RR_NSTR };
enum { RR_NINT = 12, RR_NDBL = 2 };

/* The longest length prefix of a record (a varint of a 64-bit number). */
#define RR_LEN_MAX 10

/* The previous row of a run, as the encoder or the decoder last saw it.
 * A decoder owns copies of the strings (str[i], cap[i] bytes). */
struct rr_prev {
	int64_t iv[RR_NINT];
	double dv[RR_NDBL];
	const char *str[RR_NSTR]; /* encoder: the caller's strings */
	char *own[RR_NSTR];       /* decoder: its copies */
	size_t len[RR_NSTR], cap[RR_NSTR];
};

/* A growing byte buffer for one encoded record. */
struct rr_buf {
	unsigned char *p;
	size_t n, cap;
};

/* Start a run: the previous row is empty (zeros, empty strings). */
void rr_reset(struct rr_prev *pv);
/* Free a decoder's string copies. */
void rr_free(struct rr_prev *pv);

/* Encode w against pv into out (length prefix included); pv becomes w,
 * pointing at w's strings, which must live until the next call. */
void rr_encode(struct rr_prev *pv, const struct srow *w, struct rr_buf *out);

/*
** The length prefix at p[0..n): the record's total size (prefix included)
** in *total; 0, or -1 when p holds no valid prefix.
*/
int rr_size(const unsigned char *p, size_t n, size_t *total);

/* Decode the record p[0..n) (n from rr_size) against pv into *w, whose
 * strings point into pv's copies until the next decode: 0, or -1 when
 * the record is damaged. */
int rr_decode(struct rr_prev *pv, const unsigned char *p, size_t n,
	      struct srow *w);

#endif
