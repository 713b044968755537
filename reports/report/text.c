/*
** text.c: escaping data text for the report page (HTML, Markdown)
** and the base64 of inline charts. See text.h.
*/
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>


/*
** Write s with controls folded to one space and bad bytes as U+FFFD; each
** ASCII byte for which special() gives a replacement is written as that.
*/
static void escape(FILE *out, const char *src,
		   const char *(*special)(unsigned char c))
{
	const unsigned char *s = (const unsigned char *)src;
	bool space = false;

	if (s == NULL)
		return;
	while (*s) {
		size_t n = gs_control_len((const char *)s);
		const char *r;

		if (n) {
			if (!space)
				fputc(' ', out);
			space = true;
			s += n;
			continue;
		}
		space = false;
		if ((n = gs_utf8_len((const char *)s)) == 0) {
			fputs("\xef\xbf\xbd", out);
			s++;
		} else if (n == 1 && (r = special(*s)) != NULL) {
			fputs(r, out);
			s++;
		} else {
			fwrite(s, 1, n, out);
			s += n;
		}
	}
}

static const char *html_special(unsigned char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	}
	return NULL;
}

void rt_html(FILE *out, const char *s)
{
	escape(out, s, html_special);
}

static const char *md_special(unsigned char c)
{
	static const char marks[] = "\\`*_[]|#!>~";
	static char buf[3] = "\\";
	const char *hit;

	if (c == '&')
		return "&amp;";
	if (c == '<')
		return "&lt;";
	if ((hit = strchr(marks, c)) == NULL || c == '\0')
		return NULL;
	buf[1] = *hit;
	return buf;
}

/* Does a URL start at s (after p, the byte before it or '\0')? http://
 * or https://, any case, not inside a word: the scheme's length, else 0. */
static size_t url_at(const char *s, char p)
{
	size_t n = strncasecmp(s, "http://", 7) == 0 ? 7 :
		   strncasecmp(s, "https://", 8) == 0 ? 8 : 0;

	if ((p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') ||
	    (p >= '0' && p <= '9'))
		return 0;
	return n;
}

/* The URL's length: up to a space, a control, < or > or bad UTF-8, less
 * the punctuation that ends the sentence around it (. , : ; ! ? and an
 * unbalanced ')'), as GitHub leaves them out of a link. */
static size_t url_len(const char *s)
{
	size_t n = 0, k;
	int open = 0;

	while (s[n] && s[n] != ' ' && s[n] != '<' && s[n] != '>' &&
	       !gs_control_len(s + n) && (k = gs_utf8_len(s + n)) != 0)
		n += k;
	for (k = 0; k < n; k++)
		open += (s[k] == '(') - (s[k] == ')');
	while (n > 0 && (strchr(".,:;!?", s[n - 1]) ||
			 (s[n - 1] == ')' && open < 0))) {
		open += s[n - 1] == ')';
		n--;
	}
	return n;
}

/* A URL as an autolink, <https://...>: a viewer links all of it and
 * nothing else (no backslash escape inside one would be undone), and a
 * '|' in it, percent-encoded, cannot end the table cell. */
static void md_url(FILE *out, const char *s, size_t n)
{
	size_t i;

	fputc('<', out);
	for (i = 0; i < n; i++)
		if (s[i] == '|')
			fputs("%7C", out);
		else
			fputc(s[i], out);
	fputc('>', out);
}

void rt_md(FILE *out, const char *s)
{
	char *copy;
	size_t i, from = 0, n, k;

	if (s == NULL)
		return;
	copy = xstrdup(s);
	for (i = 0; copy[i]; i++) {
		k = url_at(copy + i, i ? copy[i - 1] : '\0');
		if (k == 0 || (n = url_len(copy + i)) <= k)
			continue;
		copy[i] = '\0';
		escape(out, copy + from, md_special);
		copy[i] = s[i];
		md_url(out, copy + i, n);
		from = i + n;
		i = from - 1;
	}
	escape(out, copy + from, md_special);
	free(copy);
}

void rt_base64(FILE *out, const unsigned char *buf, size_t n)
{
	static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				  "abcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;

	for (i = 0; i + 2 < n; i += 3) {
		unsigned long w = (unsigned long)buf[i] << 16 |
				  (unsigned long)buf[i + 1] << 8 | buf[i + 2];

		fputc(abc[w >> 18 & 63], out);
		fputc(abc[w >> 12 & 63], out);
		fputc(abc[w >> 6 & 63], out);
		fputc(abc[w & 63], out);
	}
	if (i < n) {
		unsigned long w = (unsigned long)buf[i] << 16 |
				  (i + 1 < n ? (unsigned long)buf[i + 1] << 8 : 0);

		fputc(abc[w >> 18 & 63], out);
		fputc(abc[w >> 12 & 63], out);
		fputc(i + 1 < n ? abc[w >> 6 & 63] : '=', out);
		fputc('=', out);
	}
}

size_t rt_group_len(const char *key)
{
	const char *dot = strrchr(key, '.');

	return dot ? (size_t)(dot - key) : strlen(key);
}

void rt_id(FILE *out, const char *key)
{
	const unsigned char *s = (const unsigned char *)key;

	for (; *s; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '_')
			fputc(*s, out);
		else
			fprintf(out, "-%02x", *s);
	}
}
