/*
** file.c: the report page put where -o says: written whole under an
** exclusive temporary name and renamed into place (gs_out_*), so a reader
** never sees half a page and a link planted at the name is replaced,
** never written through; replacing only an earlier page of its own; or,
** for "-", to standard output. See page.h.
*/
#include "page.h"

#include <errno.h>
#include <string.h>

/* The exit code of a failure e describes. */
static int failed(const struct gs_err *e)
{
	return e->code ? e->code : GS_EX_SOFTWARE;
}

/* "-": the page to stdout, flushed; a write that failed (a closed pipe,
 * a full disk) is an error, not a short page and exit 0. */
static int to_stdout(struct rpage *pg, struct gs_err *e)
{
	pg->out = stdout;
	rpage_write(pg);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		gs_errf(e, GS_EX_IOERR, "writing the page to standard output: "
			"%s", strerror(errno));
		return failed(e);
	}
	return 0;
}

/* The opening of pages before the mark (RPAGE_HTML_MARK): the head up to
 * the title, and the style sheet's first rules after it. */
static const char legacy_head[] =
	"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	"<meta name=\"viewport\" content=\"width=device-width, "
	"initial-scale=1\">\n<title>";
static const char legacy_style[] =
	"</title>\n<style>\n*{box-sizing:border-box}\n"
	"body{font:15px/1.45 \"DejaVu Sans\"";

/* The rows that open a Markdown page from before RPAGE_MD_MARK, after
 * its "# title" line and an empty one: a weekly cron run over last week's
 * page must go on after an upgrade. */
static const char legacy_md[] =
	"\n\n| report |  |\n| --- | --- |\n| generated | ";

/* Is head a Markdown page from before the mark: "# ", a title line, then
 * legacy_md? */
static bool old_md_page(const char *head, size_t n)
{
	const char *nl;

	if (n < 2 || memcmp(head, "# ", 2) != 0 ||
	    (nl = memchr(head, '\n', n)) == NULL)
		return false;
	n -= (size_t)(nl - head);
	return n >= sizeof(legacy_md) - 1 &&
	       memcmp(nl, legacy_md, sizeof(legacy_md) - 1) == 0;
}

/* Is head the opening of a page this program wrote (HTML or Markdown,
 * with the mark, or from before it)? */
static bool our_page(const char *head, size_t n)
{
	const size_t lh = sizeof(legacy_head) - 1;
	const size_t md = strlen(RPAGE_MD_MARK);
	char text[GS_OUT_HEAD + 1];

	if ((n >= md && memcmp(head, RPAGE_MD_MARK, md) == 0) ||
	    old_md_page(head, n))
		return true;
	if (n < lh || n > GS_OUT_HEAD || memcmp(head, legacy_head, 16) != 0)
		return false;
	/* as a string: a NUL (no page has one) ends the search early */
	memcpy(text, head, n);
	text[n] = '\0';
	return strstr(text, RPAGE_HTML_MARK) != NULL ||
	       (memcmp(text, legacy_head, lh) == 0 &&
		strstr(text + lh, legacy_style) != NULL);
}

/*
** Replace only a page of our own (the weekly cron run over last week's
** page), an empty file or a link: `report -o notes.html` over a page a
** person wrote, or over a data file, took it without a word. Refused with
** 73 before anything is written.
*/
int rpage_file(struct rpage *pg, const char *path, struct gs_err *e)
{
	struct gs_out out;

	if (strcmp(path, "-") == 0)
		return to_stdout(pg, e);
	if (gs_out_only_ours(path, our_page, "a report page", e) ||
	    gs_out_open(&out, path, false, e))
		return failed(e);
	pg->out = out.fp;
	rpage_write(pg);
	if (fflush(pg->out) != 0 || ferror(pg->out)) {
		gs_errf(e, GS_EX_IOERR, "writing '%s': %s", path,
			strerror(errno));
		gs_out_abort(&out);
		return failed(e);
	}
	if (gs_out_commit(&out, e))
		return failed(e);
	return 0;
}
