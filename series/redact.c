/*
** redact.c: a database path or URI as it may be shown (gs_redact_uri,
** declared in common.h): the password masked the way libpq would read it,
** so that no message, log line or report names it.
*/
#include "common.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Copy src[0..len) into dst at *k, bounded. */
static void put_span(char *dst, size_t n, size_t *k, const char *src,
		     size_t len)
{
	if (*k + len >= n)
		len = n - 1 - *k;
	memcpy(dst + *k, src, len);
	*k += len;
}

/*
** The '@' that ends the user information of "scheme://user:PW@host", or
** NULL. libpq ends it at the first '@' before any '/', whatever else the
** password holds ('?' and '#' included: "u:se?cret@h" is user u, password
** "se?cret"). A password may also hold an unencoded '@' or '/' (libpq then
** misreads the URI, but the text is still a secret), so the last '@' before
** the first '/' after the first '@' is taken: that masks at least as much.
*/
static const char *userinfo_end(const char *auth)
{
	const char *first = strchr(auth, '@'), *q, *at = NULL;
	const char *end;

	if (first == NULL)
		return NULL;
	end = first + strcspn(first, "/");
	for (q = first; q < end; q++)
		if (*q == '@')
			at = q;
	return at;
}

/*
** The length of the parameter name "want=" at p, or 0. libpq decodes %XX
** in a URI parameter's name too ("?%70assword=PW" is a password), so the
** name is compared decoded, ignoring case.
*/
static size_t key_named(const char *p, const char *want)
{
	const char *q = p;

	for (; *want; want++) {
		int c = (unsigned char)*q;

		if (c == '%' && isxdigit((unsigned char)q[1]) &&
		    isxdigit((unsigned char)q[2])) {
			char hex[3] = { q[1], q[2], '\0' };

			c = (int)strtol(hex, NULL, 16);
			q += 2;
		}
		if (tolower(c) != *want)
			return 0;
		q++;
	}
	return *q == '=' ? (size_t)(q + 1 - p) : 0;
}

/*
** A parameter whose value libpq keeps secret: "password", and
** "sslpassword", the passphrase of the client's SSL key (PostgreSQL 13
** on), which is as much a secret and was printed in full before.
*/
static size_t password_key(const char *p)
{
	size_t k = key_named(p, "password");

	return k ? k : key_named(p, "sslpassword");
}

const char *gs_uri_userinfo_password(const char *uri, size_t *len)
{
	const char *auth = strstr(uri, "://"), *at, *colon;

	if (auth == NULL)
		return NULL;
	auth += 3;
	at = userinfo_end(auth);
	colon = at ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
	if (colon == NULL)
		return NULL;
	*len = (size_t)(at - colon - 1);
	return colon + 1;
}

size_t gs_uri_password_key(const char *uri, const char *p)
{
	if (p != uri && strchr("?&; \t", p[-1]) == NULL)
		return 0;
	return password_key(p);
}

char *gs_redact_uri(char *dst, size_t n, const char *uri)
{
	const char *p = uri, *pw, *colon = NULL;
	size_t k = 0, key, len = 0;

	if (n == 0)
		return dst;
	pw = gs_uri_userinfo_password(uri, &len);
	if (pw)
		colon = pw - 1;
	while (*p && k + 1 < n) {
		if (p == colon) {
			put_span(dst, n, &k, ":***", 4);
			p = pw + len;
			continue;
		}
		if ((key = gs_uri_password_key(uri, p)) > 0) {
			put_span(dst, n, &k, p, key);
			put_span(dst, n, &k, "***", 3);
			p += key;
			/* a quoted keyword value ('...') or up to a separator */
			if (*p == '\'')
				for (p++; *p && *p != '\''; p += (*p == '\\' && p[1]) ? 2 : 1)
					;
			p += strcspn(p, "& \t");
			continue;
		}
		dst[k++] = *p++;
	}
	dst[k] = '\0';
	return dst;
}
