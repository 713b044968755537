/*
** pg_secret.c: keeping a PostgreSQL password out of every message.
**
** The URI names the server for messages with its password masked
** (gs_redact_uri), but libpq's own messages may echo what it was given: the
** whole URI ('... in URI: "postgresql://gs:PW@[::1/db"'), or one token of
** it ('invalid percent-encoded token: "PW"'). So the password is also
** looked for literally, in each spelling a message could hold: as written
** in the URI (user:PW@, ?password=PW) and as libpq decoded it. A password
** shorter than PG_SECRET_MIN is not searched for (masking every "a" would
** make the message unreadable, and so short a password protects nothing);
** the URI's structure still masks it.
*/
#include "pg_int.h"

#include <stdlib.h>
#include <string.h>

#define PG_SECRET_MIN 4

static void add(struct series_db *db, const char *s, size_t n)
{
	size_t i;

	if (n < PG_SECRET_MIN)
		return;
	for (i = 0; i < GS_ARRAY_LEN(PG(db)->secret); i++)
		if (PG(db)->secret[i] == NULL) {
			PG(db)->secret[i] = xstrndup(s, n);
			return;
		}
}

/* The password of "scheme://user:PW@host", and the value of each
 * "password=" parameter (URI query or keyword string), as written: found
 * by the rules gs_redact_uri masks by (series/redact.c). */
static void as_written(struct series_db *db, const char *uri)
{
	const char *p, *pw;
	size_t len = 0, key;

	if ((pw = gs_uri_userinfo_password(uri, &len)) != NULL)
		add(db, pw, len);
	for (p = uri; *p; p++)
		if ((key = gs_uri_password_key(uri, p)) > 0)
			add(db, p + key, strcspn(p + key, "&# \t"));
}

void pg_secret_note(struct series_db *db, const char *conninfo)
{
	PQconninfoOption *opts, *o;
	char *err = NULL;

	as_written(db, conninfo);
	opts = PQconninfoParse(conninfo, &err);
	PQfreemem(err);
	for (o = opts; o && o->keyword; o++)
		if (strcmp(o->keyword, "password") == 0 && o->val)
			add(db, o->val, strlen(o->val));
	PQconninfoFree(opts);
}

void pg_secret_scrub(const struct series_db *db, char *msg, size_t n)
{
	char *tmp = xmalloc(n), *hit;
	size_t i;

	gs_redact_uri(tmp, n, msg);
	gs_snprintf(msg, n, "%s", tmp);
	for (i = 0; i < GS_ARRAY_LEN(PG(db)->secret) && PG(db)->secret[i]; i++) {
		size_t k = strlen(PG(db)->secret[i]);

		while ((hit = strstr(msg, PG(db)->secret[i])) != NULL) {
			*hit = '\0';
			gs_snprintf(tmp, n, "%s***%s", msg, hit + k);
			gs_snprintf(msg, n, "%s", tmp);
		}
	}
	free(tmp);
}

void pg_secret_free(struct series_db *db)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(PG(db)->secret); i++) {
		free(PG(db)->secret[i]);
		PG(db)->secret[i] = NULL;
	}
}
