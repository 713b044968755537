/*
** text.h: text as `growthstat report` writes it into a page: every
** piece of data (keys, names, units, sources, notes, the title) goes
** through one of these escapers, so no byte of anyone's text can open a
** tag, an attribute, a character reference or a Markdown construct; charts
** go in as base64 data: URIs. Pure: no database, no process.
*/
#ifndef GS_REPORT_TEXT_H
#define GS_REPORT_TEXT_H

#include <stdio.h>

#include "../../common.h"

/*
** s as HTML text or attribute value: & < > " ' as character references;
** each run of control characters (C0, DEL, C1; CR, LF and TAB among them)
** as one space; each byte that is not part of valid UTF-8 as U+FFFD.
** NULL writes nothing.
*/
void rt_html(FILE *out, const char *s);

/*
** s as Markdown inline text (a paragraph or a table cell): the same
** control and UTF-8 rules, & and < as character references, and
** \ ` * _ [ ] | # ! > ~ backslash-escaped, so text can neither start a
** construct nor end a table cell. A URL (http:// or https:// not inside
** a word, up to a space, control, < or >, less the sentence's closing
** . , : ; ! ? or unbalanced ')') is written as an autolink <URL>, its
** '|' as %7C: escapes inside it would break the link a viewer makes.
*/
void rt_md(FILE *out, const char *s);

/* n bytes of buf in base64 (RFC 4648, with padding, no line breaks). */
void rt_base64(FILE *out, const unsigned char *buf, size_t n);

/*
** The length of a key's group prefix: the key without its last
** dot-separated component ("moscow.pharma.output" -> 13, "moscow.pharma");
** a key without a dot is its own group (its whole length).
*/
size_t rt_group_len(const char *key);

/* An HTML id fragment from a key: [A-Za-z0-9_] kept, every other byte
 * as '-' followed by its hex value, so distinct keys give distinct ids. */
void rt_id(FILE *out, const char *key);

#endif
