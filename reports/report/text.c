/*
** text.c: escaping data text for the report page (HTML, Markdown)
** and the base64 of inline charts. See text.h.
*/
#include "text.h"

#include <string.h>


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

void rt_md(FILE *out, const char *s)
{
	escape(out, s, md_special);
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
