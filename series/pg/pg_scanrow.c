/*
** pg_scanrow.c: the report's COPY rows on PostgreSQL taken in, split and
** read (pg_scan_int.h), on the scan's reading thread.
**
** COPY's text rows are split here in place, in one pass over their
** bytes: a memchr per field for the tab and another for a backslash
** were a fifth of the client's samples at 1M rows.
*/
#include "pg_scan_int.h"

#include <stdlib.h>
#include <string.h>

/* A field of COPY's text format as its text, in place: \N (NULL) is ""
 * as PQgetvalue gives it; \t, \n and the other escapes COPY writes are
 * their characters. */
static void unescape(char *s)
{
	char *w = s;

	if (s[0] == '\\' && s[1] == 'N' && s[2] == '\0') {
		s[0] = '\0';
		return;
	}
	for (const char *r = s; *r; r++) {
		if (*r != '\\' || r[1] == '\0') {
			*w++ = *r;
			continue;
		}
		switch (*++r) {
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'v': *w++ = '\v'; break;
		default: *w++ = *r; break;
		}
	}
	*w = '\0';
}

/* The bytes split_row stops at: a tab, a backslash and the row's NUL. */
static const unsigned char stop[256] = { ['\0'] = 1, ['\t'] = 1,
					 ['\\'] = 1 };

/* Row buf[0..n) (its fields tab-separated, ending in a newline; libpq
 * ends it with a NUL too) into s->f; false when it has fewer fields than
 * the statement's. Fields past them are left as they are. The bytes
 * between stops are skipped by a table, four instructions a byte. */
static bool split_row(struct stream *s, int want, char *buf, int n)
{
	char *p = buf;
	bool esc = false;
	int k = 0;

	if (n > 0 && buf[n - 1] == '\n')
		buf[n - 1] = '\0';
	s->f[k++] = buf;
	for (;;) {
		while (!stop[(unsigned char)*p])
			p++;
		if (*p == '\\') {
			esc = true;
			p++;
			continue;
		}
		if (*p == '\0' || k == want) { /* the last field wanted */
			*p = '\0';
			if (esc)
				unescape(s->f[k - 1]);
			break;
		}
		*p++ = '\0';
		if (esc)
			unescape(s->f[k - 1]);
		esc = false;
		s->f[k++] = p;
	}
	return k == want;
}

/* An error of stream s: the result's, or its connection's. The first
 * stream's connection is the database's own (pg_err), and so is a
 * second's result that has the server's SQLSTATE; else a second
 * stream's lost connection is 75 too, as pg_err says for the first
 * (the same server restart must not exit 74 or 75 by which connection
 * sees it first). */
int scan_stream_err(struct scan *sc, struct stream *s, const PGresult *r,
		    struct gs_err *e)
{
	char msg[512];
	size_t n;
	const char *m = r ? PQresultErrorMessage(r) : "";

	if (s->conn == PG(sc->db)->conn ||
	    (r && PQresultErrorField(r, PG_DIAG_SQLSTATE)))
		return pg_err(sc->db, r, e, "reading all series");
	gs_snprintf(msg, sizeof(msg), "%s", m[0] ? m : PQerrorMessage(s->conn));
	pg_secret_scrub(sc->db, msg, sizeof(msg));
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	return gs_errf(e, PQstatus(s->conn) != CONNECTION_OK ?
		       GS_EX_TEMPFAIL : GS_EX_IOERR,
		       "%s: reading all series: %s", sc->db->path, msg);
}

/* Stream s's COPY has ended: its status. */
static int copy_done(struct scan *sc, struct stream *s, struct gs_err *e)
{
	PGresult *r = PQgetResult(s->conn), *more;
	int ret = 0;

	s->copying = false;
	s->end = true;
	if (PQresultStatus(r) != PGRES_COMMAND_OK && e)
		ret = scan_stream_err(sc, s, r, e);
	PQclear(r);
	while ((more = PQgetResult(s->conn)) != NULL)
		PQclear(more);
	return ret;
}

int scan_next_id(struct scan *sc, struct stream *s, long long *id,
		 struct gs_err *e)
{
	int n;

	*id = 0;
	if (s->row) {
		*id = s->id;
		return 0;
	}
	if (s->end)
		return 0;
	n = PQgetCopyData(s->conn, &s->row, 0);
	if (n == -1)
		return copy_done(sc, s, e);
	if (n < 0) { /* the connection failed: no more rows come */
		s->copying = false;
		s->end = true;
		return scan_stream_err(sc, s, NULL, e);
	}
	if (!split_row(s, sc->st->ncols, s->row, n)) { /* the rest is drained */
		s->end = true;
		return gs_errf(e, GS_EX_IOERR, "%s: reading all series: a row"
			       " of %d bytes with too few fields", sc->db->path,
			       n);
	}
	*id = s->id = pg_int_text(s->f[sc->st->id_col]);
	return 0;
}

void scan_take_row(struct stream *s)
{
	PQfreemem(s->row);
	s->row = NULL;
}

void scan_drain(struct scan *sc, struct stream *s)
{
	char *buf;

	scan_take_row(s);
	if (!s->copying)
		return;
	while (PQgetCopyData(s->conn, &buf, 0) >= 0)
		PQfreemem(buf);
	copy_done(sc, s, NULL);
}

/* A figure's base from its column's text, "start end prec". */
static void read_base(const char *s, struct gs_period *b)
{
	char *p;

	b->start = (int32_t)strtol(s, &p, 10);
	b->end = (int32_t)strtol(p, &p, 10);
	b->prec = prec_from_name(*p == ' ' ? p + 1 : p);
}

/* As pg_read_obs_fields reads SQL_OBS_READ's columns (pg_query.c). */
void scan_read_figure(char *const *f, const char *key, struct gs_obs *o)
{
	memset(o, 0, sizeof(*o));
	o->series = key;
	o->kind = kind_from_name(f[0]);
	o->period.start = (int32_t)pg_int_text(f[1]);
	o->period.end = (int32_t)pg_int_text(f[2]);
	o->period.prec = prec_from_name(f[3]);
	if (f[4][0])
		read_base(f[4], &o->base);
	else
		o->base.prec = prec_from_name("");
	o->value = pg_strtod(f[5]);
	o->qual = qual_from_name(f[6]);
	o->unit_text = "";
	o->note = "";
	o->unit.factor = 1;
	o->as_of = (int32_t)pg_int_text(f[7]);
	o->retracted = (int32_t)pg_int_text(f[9]); /* NULL: 0 */
}
