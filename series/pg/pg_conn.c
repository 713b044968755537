/*
** pg_conn.c: the bottom of the PostgreSQL backend: running statements with
** parameters, errors (the password masked, the exit code from SQLSTATE)
** and reading fields, used by every other file of series/pg/ (which calls
** nothing above it).
*/
#include "pg_int.h"
#include "../fastnum.h"

#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/*
** Results come and go in blocks of megabytes: a re-ingest's chunk reads
** about 33,000 stored rows (7 MB of libpq's result, freed when decided);
** a report's COPY hands over one row at a time. glibc gives the top of its
** heap back to the kernel past 128 KiB free and maps blocks past 128 KiB
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
			/* the server shut down or restarting: 57P01-57P03 */
			(strncmp(st, "57P0", 4) == 0 && st[4] >= '1' &&
			 st[4] <= '3') ||
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

/* The server writes a float8 as the shortest decimal that reads back as
 * the same double (PostgreSQL 12 on): fastnum.c reads most of them by
 * one exact operation. A -0 is read as 0. */
double pg_strtod(const char *s)
{
	return fastnum_strtod(s) + 0.0;
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
