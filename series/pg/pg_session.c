/*
** pg_session.c: the session settings every PostgreSQL connection of ours
** gets, the database's own (pg.c pg_open) and a report's second one
** (pg_scan.c): in a file of its own, as pg.c calls the scan.
*/
#include "pg_int.h"

static void quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

/* Every connection of ours, the scan's second one too, gets these: no
 * notice printed raw to stderr, a lock wait bounded (else a report's
 * second COPY queued behind another session's exclusive lock request
 * waits as long as that session does), only warnings sent. */
PGresult *pg_session_setup(PGconn *conn)
{
	static const char *const set[] = {
		"SET lock_timeout = '10s'",
		"SET client_min_messages = warning",
	};
	size_t i;

	PQsetNoticeProcessor(conn, quiet, NULL);
	for (i = 0; i < sizeof(set) / sizeof(set[0]); i++) {
		PGresult *r = PQexec(conn, set[i]);

		if (PQresultStatus(r) != PGRES_COMMAND_OK)
			return r ? r : PQmakeEmptyPGresult(conn,
							   PGRES_FATAL_ERROR);
		PQclear(r);
	}
	return NULL;
}
