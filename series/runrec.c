/*
** runrec.c: the compact record of a staged row in a sort run (see runrec.h).
**
** Mask bits: RR_NINT integers, then RR_NDBL doubles, then RR_NSTR strings.
** A field is written only when its bit is set, i.e. when it differs from
** the previous row's. Doubles are compared and stored by their bytes, so
** -0, NaN payloads and every last bit come back as they went in.
*/
#include "runrec.h"

#include <stdlib.h>
#include <string.h>

#define BIT_DBL RR_NINT
#define BIT_STR (RR_NINT + RR_NDBL)

static uint64_t zigzag(int64_t v)
{
	return v < 0 ? ~((uint64_t)v << 1) : (uint64_t)v << 1;
}

static int64_t unzigzag(uint64_t u)
{
	return (u & 1) ? (int64_t)~(u >> 1) : (int64_t)(u >> 1);
}

static void room(struct rr_buf *b, size_t more)
{
	if (b->n + more <= b->cap)
		return;
	b->cap = (b->n + more) * 2;
	b->p = xrealloc(b->p, b->cap);
}

static void put_varint(struct rr_buf *b, uint64_t v)
{
	room(b, RR_LEN_MAX);
	while (v >= 0x80) {
		b->p[b->n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	b->p[b->n++] = (unsigned char)v;
}

static void put_bytes(struct rr_buf *b, const void *p, size_t n)
{
	room(b, n);
	memcpy(b->p + b->n, p, n);
	b->n += n;
}

/* A varint from p[*at..n): 0, or -1 past the end or over 64 bits. */
static int get_varint(const unsigned char *p, size_t n, size_t *at,
		      uint64_t *v)
{
	unsigned shift = 0;

	*v = 0;
	while (*at < n && shift < 64) {
		unsigned char c = p[(*at)++];

		*v |= (uint64_t)(c & 0x7f) << shift;
		if ((c & 0x80) == 0)
			return 0;
		shift += 7;
	}
	return -1;
}

static void ints_of(const struct srow *w, int64_t iv[RR_NINT])
{
	iv[0] = w->tag;
	iv[1] = (int64_t)w->seq;
	iv[2] = w->o.batch;
	iv[3] = w->o.kind;
	iv[4] = w->o.period.start;
	iv[5] = w->o.period.end;
	iv[6] = w->o.period.prec;
	iv[7] = w->o.base.start;
	iv[8] = w->o.base.end;
	iv[9] = w->o.base.prec;
	iv[10] = w->o.qual;
	iv[11] = w->o.as_of;
}

static void strs_of(const struct srow *w, const char *str[RR_NSTR])
{
	str[RR_SERIES] = w->o.series;
	str[RR_UNIT] = w->o.unit_text;
	str[RR_SOURCE] = w->o.source;
	str[RR_NOTE] = w->o.note;
	str[RR_NAME] = w->name;
	str[RR_DESC] = w->desc;
	str[RR_DIM] = w->o.unit.dim;
	str[RR_SYM] = w->o.unit.sym;
}

void rr_reset(struct rr_prev *pv)
{
	int i;

	memset(pv->iv, 0, sizeof(pv->iv));
	memset(pv->dv, 0, sizeof(pv->dv));
	for (i = 0; i < RR_NSTR; i++) {
		pv->str[i] = "";
		pv->len[i] = 0;
		if (pv->own[i])
			pv->own[i][0] = '\0';
	}
}

void rr_free(struct rr_prev *pv)
{
	int i;

	for (i = 0; i < RR_NSTR; i++) {
		free(pv->own[i]);
		pv->own[i] = NULL;
		pv->cap[i] = 0;
	}
}

/* The mask of w's fields that differ from pv's, and w's values. */
static uint32_t changed(const struct rr_prev *pv, const int64_t iv[RR_NINT],
			const double dv[RR_NDBL], const char *str[RR_NSTR],
			size_t len[RR_NSTR])
{
	uint32_t mask = 0;
	int i;

	for (i = 0; i < RR_NINT; i++)
		if (iv[i] != pv->iv[i])
			mask |= 1u << i;
	for (i = 0; i < RR_NDBL; i++)
		if (memcmp(&dv[i], &pv->dv[i], sizeof(double)) != 0)
			mask |= 1u << (BIT_DBL + i);
	for (i = 0; i < RR_NSTR; i++) {
		if (str[i] == NULL)
			str[i] = "";
		/* Most strings repeat: one pass over them, no strlen. */
		if (str[i] == pv->str[i] || strcmp(str[i], pv->str[i]) == 0) {
			len[i] = pv->len[i];
			continue;
		}
		len[i] = strlen(str[i]);
		mask |= 1u << (BIT_STR + i);
	}
	return mask;
}

void rr_encode(struct rr_prev *pv, const struct srow *w, struct rr_buf *out)
{
	int64_t iv[RR_NINT];
	double dv[RR_NDBL] = { w->o.value, w->o.unit.factor };
	const char *str[RR_NSTR];
	size_t len[RR_NSTR];
	struct rr_buf body = *out;
	unsigned char pre[RR_LEN_MAX];
	struct rr_buf head = { pre, 0, sizeof(pre) };
	uint32_t mask;
	int i;

	ints_of(w, iv);
	strs_of(w, str);
	mask = changed(pv, iv, dv, str, len);
	/* The body goes after room for the longest prefix, then moves up. */
	body.n = RR_LEN_MAX;
	room(&body, 0);
	put_varint(&body, mask);
	for (i = 0; i < RR_NINT; i++)
		if (mask & (1u << i))
			put_varint(&body, zigzag(iv[i]));
	for (i = 0; i < RR_NDBL; i++)
		if (mask & (1u << (BIT_DBL + i)))
			put_bytes(&body, &dv[i], sizeof(double));
	for (i = 0; i < RR_NSTR; i++)
		if (mask & (1u << (BIT_STR + i))) {
			put_varint(&body, len[i]);
			put_bytes(&body, str[i], len[i]);
		}
	put_varint(&head, body.n - RR_LEN_MAX);
	memmove(body.p + head.n, body.p + RR_LEN_MAX, body.n - RR_LEN_MAX);
	memcpy(body.p, pre, head.n);
	body.n = body.n - RR_LEN_MAX + head.n;
	*out = body;
	memcpy(pv->iv, iv, sizeof(iv));
	memcpy(pv->dv, dv, sizeof(dv));
	memcpy(pv->str, str, sizeof(str));
	memcpy(pv->len, len, sizeof(len));
}

int rr_size(const unsigned char *p, size_t n, size_t *total)
{
	size_t at = 0;
	uint64_t len;

	if (get_varint(p, n, &at, &len) || len > SIZE_MAX / 2)
		return -1;
	*total = at + (size_t)len;
	return 0;
}

/* Copy n bytes at p as pv's string i. */
static void keep_str(struct rr_prev *pv, int i, const unsigned char *p,
		     size_t n)
{
	if (pv->cap[i] < n + 1) {
		pv->cap[i] = n + 1 < 64 ? 64 : n + 1;
		pv->own[i] = xrealloc(pv->own[i], pv->cap[i]);
	}
	memcpy(pv->own[i], p, n);
	pv->own[i][n] = '\0';
	pv->len[i] = n;
}

static int decode_fields(struct rr_prev *pv, const unsigned char *p,
			 size_t n, size_t at, uint32_t mask)
{
	uint64_t v;
	int i;

	for (i = 0; i < RR_NINT; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (get_varint(p, n, &at, &v))
			return -1;
		pv->iv[i] = unzigzag(v);
	}
	for (i = 0; i < RR_NDBL; i++) {
		if (!(mask & (1u << (BIT_DBL + i))))
			continue;
		if (n - at < sizeof(double))
			return -1;
		memcpy(&pv->dv[i], p + at, sizeof(double));
		at += sizeof(double);
	}
	for (i = 0; i < RR_NSTR; i++) {
		if (!(mask & (1u << (BIT_STR + i))))
			continue;
		if (get_varint(p, n, &at, &v) || v > n - at)
			return -1;
		keep_str(pv, i, p + at, (size_t)v);
		at += (size_t)v;
	}
	return at == n ? 0 : -1;
}

static void copy_field(char *dst, size_t sz, const char *src, size_t n)
{
	if (n >= sz)
		n = sz - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static const char *str_at(struct rr_prev *pv, int i)
{
	if (pv->own[i] == NULL)
		keep_str(pv, i, (const unsigned char *)"", 0);
	return pv->own[i];
}

int rr_decode(struct rr_prev *pv, const unsigned char *p, size_t n,
	      struct srow *w)
{
	size_t at = 0;
	uint64_t v;

	if (get_varint(p, n, &at, &v) || v != n - at ||
	    get_varint(p, n, &at, &v) || v >> (BIT_STR + RR_NSTR) ||
	    decode_fields(pv, p, n, at, (uint32_t)v))
		return -1;
	memset(w, 0, sizeof(*w));
	w->tag = (long)pv->iv[0];
	w->seq = (uint64_t)pv->iv[1];
	w->o.batch = pv->iv[2];
	w->o.kind = (enum gs_kind)pv->iv[3];
	w->o.period.start = (int32_t)pv->iv[4];
	w->o.period.end = (int32_t)pv->iv[5];
	w->o.period.prec = (enum gs_prec)pv->iv[6];
	w->o.base.start = (int32_t)pv->iv[7];
	w->o.base.end = (int32_t)pv->iv[8];
	w->o.base.prec = (enum gs_prec)pv->iv[9];
	w->o.qual = (enum gs_qual)pv->iv[10];
	w->o.as_of = (int32_t)pv->iv[11];
	w->o.value = pv->dv[0];
	w->o.unit.factor = pv->dv[1];
	w->o.series = str_at(pv, RR_SERIES);
	w->o.unit_text = str_at(pv, RR_UNIT);
	w->o.source = str_at(pv, RR_SOURCE);
	w->o.note = str_at(pv, RR_NOTE);
	w->name = str_at(pv, RR_NAME);
	w->desc = str_at(pv, RR_DESC);
	copy_field(w->o.unit.dim, sizeof(w->o.unit.dim), str_at(pv, RR_DIM),
		   pv->len[RR_DIM]);
	copy_field(w->o.unit.sym, sizeof(w->o.unit.sym), str_at(pv, RR_SYM),
		   pv->len[RR_SYM]);
	return 0;
}
