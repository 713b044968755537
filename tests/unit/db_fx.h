/*
** db_fx.h: removing a unit test's scratch SQLite database with the -wal
** and -shm files SQLite keeps beside it. Included by the tests that make
** one (after stdio.h and unistd.h).
*/
#ifndef GS_DB_FX_H
#define GS_DB_FX_H

static void fx_unlink_db(const char *path)
{
	char p[320];

	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
}

#endif
