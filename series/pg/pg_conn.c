/*
** pg_conn.c: the bottom of the PostgreSQL backend: running statements with
** parameters, errors (the password masked, the exit code from SQLSTATE)
** and reading fields, used by every other file of series/pg/ (which calls
** nothing above it).
*/
#include "pg_int.h"

#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/*
** Results come and go in blocks of megabytes: a re-ingest's chunk reads
** about 33,000 stored rows (7 MB of libpq's result, freed when decided),
** a report fetches 8,192 rows at a time. glibc gives the top of its heap
** back to the kernel past 128 KiB free and maps blocks past 128 KiB
** (raised as they are freed) on their own, so every chunk touched fresh
** pages: a 1M-row re-ingest took 76,000 page faults (SQLite's 12,000) and
** 0.16-0.48 s of system time. Kept for the next result, they are touched
** once. Peak memory is what it was: only what was freed is kept.
*/
void pg_heap_keep(void)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

int pg_err(struct series_db *db, const PGresult *r, struct gs_err *e,
	   const char *what)
{
	const char *st = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	char msg[512];
	size_t n;
	int code = GS_EX_IOERR;

	gs_snprintf(msg, sizeof(msg), "%s",
		    m ? m : PG(db)->conn ? PQerrorMessage(PG(db)->conn) : "out of memory");
	pg_secret_scrub(db, msg, sizeof(msg));
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (st && (strncmp(st, "22", 2) == 0 || strncmp(st, "23", 2) == 0))
		code = GS_EX_DATAERR;
	else if (st && (strncmp(st, "40", 2) == 0 || strcmp(st, "55P03") == 0 ||
			strcmp(st, "57014") == 0 || strncmp(st, "08", 2) == 0 ||
			strncmp(st, "53", 2) == 0))
		code = GS_EX_TEMPFAIL;
	else if (st == NULL && PG(db)->conn && PQstatus(PG(db)->conn) != CONNECTION_OK)
		code = GS_EX_TEMPFAIL;
	return gs_errf(e, code, "%s: %s: %s", db->path, what, msg);
}

/* A plan's read-ahead (pg_plan.c): collected before any statement. */
void pg_ahead_collect(struct series_db *db)
{
	PGresult *r;

	if (!PG(db)->ahead)
		return;
	PG(db)->ahead = false;
	while ((r = PQgetResult(PG(db)->conn)) != NULL) {
		if (PQresultStatus(r) == PGRES_TUPLES_OK &&
		    PG(db)->ahead_r == NULL)
			PG(db)->ahead_r = r;
		else
			PQclear(r);
	}
}

void pg_ahead_drop(struct series_db *db)
{
	pg_ahead_collect(db);
	PQclear(PG(db)->ahead_r);
	PG(db)->ahead_r = NULL;
}

int pg_copy_finish(struct series_db *db, bool ok, struct gs_err *e)
{
	PGconn *conn = PG(db)->conn;
	PGresult *r;
	int ret = 0;

	pg_ahead_collect(db);
	if (!PG(db)->copying)
		return 0;
	PG(db)->copying = false;
	if (PQputCopyEnd(conn, ok ? NULL : "the batch is abandoned") != 1)
		ret = pg_err(db, NULL, e, "storing figures");
	while ((r = PQgetResult(conn)) != NULL) {
		if (ret == 0 && ok && PQresultStatus(r) != PGRES_COMMAND_OK)
			ret = pg_err(db, r, e, "storing figures");
		PQclear(r);
	}
	return ret;
}

PGresult *pg_run(struct series_db *db, const char *sql, int n,
		 const char *const *params, ExecStatusType want,
		 struct gs_err *e, const char *what)
{
	PGresult *r;

	if (pg_copy_finish(db, true, e))
		return NULL;
	r = PQexecParams(PG(db)->conn, sql, n, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(r) == want)
		return r;
	pg_err(db, r, e, what);
	PQclear(r);
	return NULL;
}

int pg_exec(struct series_db *db, const char *sql, struct gs_err *e,
		   const char *what)
{
	PGresult *r;
	int ret = 0;

	if (pg_copy_finish(db, true, e))
		return -1;
	r = PQexec(PG(db)->conn, sql);

	if (PQresultStatus(r) != PGRES_COMMAND_OK &&
	    PQresultStatus(r) != PGRES_TUPLES_OK)
		ret = pg_err(db, r, e, what);
	PQclear(r);
	return ret;
}

char *pg_text(const PGresult *r, int row, int col)
{
	return xstrdup(PQgetisnull(r, row, col) ? "" : PQgetvalue(r, row, col));
}

/* A report over every series reads eight integers a row: strtoll (its
 * locale and base handling) was the client's largest cost at 1M rows, so
 * a plain decimal of up to 18 digits, as the server writes integers, is
 * read here, anything else by strtoll. */
long long pg_int_text(const char *s)
{
	const char *p = s + (*s == '-');
	long long v = 0;
	int d = 0;

	while (*p >= '0' && *p <= '9' && d++ < 18)
		v = v * 10 + (*p++ - '0');
	if (*p == '\0' && d > 0)
		return *s == '-' ? -v : v;
	return strtoll(s, NULL, 10);
}

long long pg_int(const PGresult *r, int row, int col)
{
	const char *s = PQgetvalue(r, row, col);

	return *s || !PQgetisnull(r, row, col) ? pg_int_text(s) : 0;
}

/*
** The server writes a float8 as the shortest decimal that reads back as
** the same double (PostgreSQL 12 on), e.g. 481.834: a mantissa of a few
** digits and a small power of ten. Both are exact doubles when the
** mantissa is below 2^53 and the power at most 10^22, and then one IEEE
** multiplication or division rounds the exact quotient once, correctly:
** the double strtod gives (Clinger's fast path; x86-64 and AArch64
** evaluate doubles in double precision). Anything else (more digits, a
** larger exponent, NaN, Infinity) goes to strtod. glibc's strtod, with
** its locale and arbitrary-precision path, cost about 100 ns a value: a
** tenth of the client's time reading a report's or a re-ingest's rows.
*/
#define FAST_MANT_MAX 9007199254740992ULL /* 2^53 */

static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Digits at *pp into *m; false when the mantissa would pass 2^53. */
static bool fast_digits(const char **pp, unsigned long long *m, int *nd,
			int *scale, bool frac)
{
	const char *p = *pp;

	for (; *p >= '0' && *p <= '9'; p++, (*nd)++) {
		if (*m > (FAST_MANT_MAX - (unsigned)(*p - '0')) / 10)
			return false;
		*m = *m * 10 + (unsigned)(*p - '0');
		*scale -= frac;
	}
	*pp = p;
	return true;
}

/* The exponent of "e+07" at *pp into *scale; false when malformed. */
static bool fast_exp(const char **pp, int *scale)
{
	const char *p = *pp + 1;
	int sign = 1, x = 0, nd = 0;

	if (*p == '+' || *p == '-')
		sign = *p++ == '-' ? -1 : 1;
	for (; *p >= '0' && *p <= '9' && nd < 4; p++, nd++)
		x = x * 10 + (*p - '0');
	*scale += sign * x;
	*pp = p;
	return nd > 0;
}

double pg_strtod(const char *s)
{
	const char *p = s + (*s == '-');
	unsigned long long m = 0;
	int nd = 0, scale = 0;
	double v;

	if (!fast_digits(&p, &m, &nd, &scale, false))
		goto slow;
	if (*p == '.' && (p++, !fast_digits(&p, &m, &nd, &scale, true)))
		goto slow;
	if ((*p == 'e' || *p == 'E') && !fast_exp(&p, &scale))
		goto slow;
	if (*p != '\0' || nd == 0 || scale < -22 || scale > 22)
		goto slow;
	v = (double)m;
	v = scale < 0 ? v / pow10_exact[-scale] : v * pow10_exact[scale];
	return (*s == '-' ? -v : v) + 0.0; /* -0 is 0 */
slow:
	return strtod(s, NULL) + 0.0;
}

double pg_double(const PGresult *r, int row, int col)
{
	return pg_strtod(PQgetvalue(r, row, col));
}

void pg_copy_text(char *dst, size_t n, const char *s)
{
	size_t len = strlen(s);

	if (len >= n)
		len = n - 1;
	memcpy(dst, s, len);
	dst[len] = '\0';
}
