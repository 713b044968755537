/*
** test_plot_prop.c: the property that no byte of user text can make
** gnuplot do anything but draw it, checked with real gnuplot.
**
** Random strings from the dangerous alphabet (quotes, backslash,
** backquote, @, $, ;, #, braces, brackets, CR, LF, TAB, "EOD", "`touch
** PWNED`", @macros of variables the scripts define, bytes that are not
** UTF-8, Cyrillic, bidirectional controls and marks) go
**   1. through plot_gp_string() into 500 labels per script, whose SVG
**      output file has a random hostile name;
**   2. through plot_write() as title, unit, series titles, notes and the
**      image path (the script's own `set output`, no -e override).
** gnuplot runs each script (no shell) in an empty scratch
** directory that is also $HOME. Then (a) the directory holds exactly the
** script and the image named, so no command ran and no file was written
** anywhere else, and (b) every text is drawn exactly as the test's own
** model says: the input with each run of control characters (C0, DEL,
** C1, and the bidirectional embeddings, overrides and isolates
** U+202A..U+202E, U+2066..U+2069) as one space and each byte that is
** not UTF-8 as U+FFFD, compared with the <text> elements of gnuplot's
** SVG.
**
** GS_PLOT_PROP_N strings (default 2000; `make fuzz`-sized runs: 100000),
** GS_PLOT_PROP_SEED the seed (default fixed, so a failure reproduces).
** Skipped when gnuplot is not installed.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../reports/chart/plot.h"

#define BATCH 500

static const char *const alphabet[] = {
	"'", "\"", "\\", "`", "@", "$", ";", "#", "{", "}", "[", "]", "\n",
	"\r", "\t", "EOD", "\n@x", "\nEOD\n", "`touch PWNED`",
	"$(touch PWNED)", "system(\"touch PWNED\")", "'.system(\"touch PWNED\").'",
	"\\'", "@outfile", "@GPVAL_PWD", "@x", "\xFF", "\xC0\xAF", "\xE2\x82",
	"\xED\xA0\x80", "\xF4\x90\x80\x80", "\x1B[31m", "\xC2\x85", "\x7F",
	"\xD0\x96", "привет", "a", "Z", "0", "1", "7", "8", " ", "~", "^", "_",
	"&", "<", ">", "|", "!", "%", "=", "&amp;", "\\0041", "\\n", "-e",
	"\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x80\xAA", "\xE2\x81\xA9",
	"\xE2\x80\x8F",
};

static unsigned long long rng;

static unsigned rnd(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(rng >> 33) % n;
}

/* A random string of up to maxtok pieces, at most maxlen bytes. */
static char *hostile(unsigned maxtok, size_t maxlen, bool name)
{
	char *s = xcalloc(1, maxlen + 1);
	unsigned i, n = rnd(maxtok + 1);
	size_t len = 0;

	for (i = 0; i < n; i++) {
		const char *t = alphabet[rnd(GS_ARRAY_LEN(alphabet))];
		size_t k = strlen(t);

		if (len + k > maxlen)
			break;
		memcpy(s + len, t, k);
		len += k;
	}
	/* A file name: something, never "." or "..", no '/' (none above) */
	if (name && (len == 0 || strcmp(s, ".") == 0 || strcmp(s, "..") == 0))
		memcpy(s + len, "_n", 3);
	return s;
}

/* ---- the model: what a label shows ---- */

/* The code point of the UTF-8 sequence at p (length *k), or -1 when the
 * byte at p does not begin a well-formed one: computed from the bits,
 * overlong forms, surrogates and values past U+10FFFF refused. */
static long decode(const unsigned char *p, size_t *k)
{
	static const long min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t n, i;
	long cp;

	if (p[0] < 0x80)
		return *k = 1, p[0];
	n = (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 :
	    (p[0] & 0xF8) == 0xF0 ? 4 : 0;
	if (n == 0)
		return -1;
	cp = p[0] & (0x7F >> n);
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return -1;
		cp = cp << 6 | (p[i] & 0x3F);
	}
	if (cp < min[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return -1;
	return *k = n, cp;
}

/* What an invalid byte is shown as; -DGS_PROP_BAD='"?"' models the chart
 * writer before U+FFFD, to show that its failures are not only this. */
#ifndef GS_PROP_BAD
#define GS_PROP_BAD "\xEF\xBF\xBD"
#endif

static char *model(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char *out = xmalloc(3 * strlen(s) + 1);
	size_t i = 0, k;
	bool run = false;

	for (; *p; p += k) {
		long cp = decode(p, &k);

		if (cp < 0) {
			memcpy(out + i, GS_PROP_BAD, strlen(GS_PROP_BAD));
			i += strlen(GS_PROP_BAD);
			k = 1;
			run = false;
		} else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
			   (cp >= 0x202A && cp <= 0x202E) ||
			   (cp >= 0x2066 && cp <= 0x2069)) {
			if (!run)
				out[i++] = ' ';
			run = true;
		} else {
			memcpy(out + i, p, k);
			i += k;
			run = false;
		}
	}
	out[i] = '\0';
	return out;
}

/* ---- gnuplot's SVG ---- */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, k;
	char chunk[65536];

	if (f == NULL)
		return NULL;
	while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf = xrealloc(buf, n + k + 1);
		memcpy(buf + n, chunk, k);
		n += k;
	}
	fclose(f);
	if (buf == NULL)
		buf = xcalloc(1, 1);
	buf[n] = '\0';
	return buf;
}

/* The XML character data of [p, end) with its references decoded. */
static char *xml_text(const char *p, const char *end)
{
	char *out = xmalloc((size_t)(end - p) + 1);
	size_t i = 0;

	while (p < end) {
		static const struct { const char *ent; char ch; } ents[] = {
			{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
			{ "&quot;", '"' }, { "&apos;", '\'' },
		};
		size_t e;

		for (e = 0; e < GS_ARRAY_LEN(ents); e++)
			if (strncmp(p, ents[e].ent, strlen(ents[e].ent)) == 0)
				break;
		if (*p == '&' && e < GS_ARRAY_LEN(ents)) {
			out[i++] = ents[e].ch;
			p += strlen(ents[e].ent);
		} else {
			assert_false(*p == '&' && p[1] == '#'); /* none seen */
			out[i++] = *p++;
		}
	}
	out[i] = '\0';
	return out;
}

/* The contents of every <text ...>...</text> of svg, in order. */
static size_t svg_texts(const char *svg, char ***v)
{
	const char *p = svg, *gt, *end;
	size_t n = 0;

	*v = NULL;
	while ((p = strstr(p, "<text")) != NULL) {
		gt = strchr(p, '>');
		assert_non_null(gt);
		end = strstr(gt, "</text>");
		assert_non_null(end);
		*v = xrealloc(*v, (n + 1) * sizeof(**v));
		(*v)[n++] = xml_text(gt + 1, end);
		p = end;
	}
	return n;
}

static void free_v(char **v, size_t n)
{
	while (n)
		free(v[--n]);
	free(v);
}

/* ---- the scratch directory and gnuplot ---- */

struct scratch {
	char home[64];          /* $HOME, holding run/ only */
	char run[80];           /* gnuplot's directory */
};

/* Run gnuplot with one argument in dir (NULL: here), stdout and stderr
 * to /dev/null; its exit status, 127 when it cannot be run. Its own
 * fork and exec (not plot_run), so this test builds against any
 * version of the chart writer. */
static int run_gnuplot(const char *dir, const char *arg)
{
	int st = 127;
	pid_t pid = fork();

	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		dup2(null, 1);
		dup2(null, 2);
		if ((dir == NULL || chdir(dir) == 0))
			execlp("gnuplot", "gnuplot", arg, (char *)NULL);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return 127;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

static bool have_gnuplot(void)
{
	return run_gnuplot(NULL, "-V") == 0;
}

/* Every name in dir but "." and "..", each as its own string. */
static size_t list(const char *dir, char ***v)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	*v = NULL;
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		*v = xrealloc(*v, (n + 1) * sizeof(**v));
		(*v)[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	return n;
}

/* Fail, showing the names, unless dir holds exactly a and b. */
static void expect_only(const char *dir, const char *a, const char *b)
{
	char **v, shown[512];
	size_t n = list(dir, &v), i;
	bool ok = n == 2 && ((strcmp(v[0], a) == 0 && strcmp(v[1], b) == 0) ||
			     (strcmp(v[0], b) == 0 && strcmp(v[1], a) == 0));

	for (i = 0; !ok && i < n; i++) {
		gs_escape(shown, sizeof(shown), v[i]);
		print_message("# in %s: %s\n", dir, shown);
	}
	gs_escape(shown, sizeof(shown), b);
	if (!ok)
		print_message("# wanted the script and %s\n", shown);
	free_v(v, n);
	assert_true(ok);
}

/* Run gnuplot on run/s.gp; it must succeed. */
static void gnuplot(const struct scratch *sc)
{
	assert_int_equal(run_gnuplot(sc->run, "s.gp"), 0);
}

/* Remove the files of run/ after a pass. */
static void clean(const struct scratch *sc)
{
	char **v, path[4096];
	size_t n = list(sc->run, &v), i;

	for (i = 0; i < n; i++) {
		gs_snprintf(path, sizeof(path), "%s/%s", sc->run, v[i]);
		unlink(path);
	}
	free_v(v, n);
}

static int setup(void **state)
{
	struct scratch *sc = xcalloc(1, sizeof(*sc));

	gs_snprintf(sc->home, sizeof(sc->home), "/tmp/gs-plotprop.XXXXXX");
	if (mkdtemp(sc->home) == NULL)
		return -1;
	gs_snprintf(sc->run, sizeof(sc->run), "%s/run", sc->home);
	if (mkdir(sc->run, 0700) != 0)
		return -1;
	/* a ~ that reached gnuplot would land here, and show */
	setenv("HOME", sc->home, 1);
	*state = sc;
	return 0;
}

static int teardown(void **state)
{
	struct scratch *sc = *state;

	clean(sc);
	rmdir(sc->run);
	rmdir(sc->home);
	free(sc);
	return 0;
}

static size_t env_n(const char *name, size_t dflt)
{
	const char *v = getenv(name);

	return v && *v ? strtoul(v, NULL, 10) : dflt;
}

/* ---- 1: the encoder, 500 labels a script ---- */

static void label_batch(const struct scratch *sc, size_t count)
{
	char *name = hostile(6, 60, true), path[4096], *svg, **got, *want;
	char *q, **text = xcalloc(count, sizeof(*text));
	size_t i, n;
	FILE *f;

	gs_snprintf(path, sizeof(path), "%s/s.gp", sc->run);
	f = fopen(path, "w");
	assert_non_null(f);
	gs_snprintf(path, sizeof(path), "%s/%s", sc->run, name);
	q = plot_gp_string(path, 0, true);
	fprintf(f, "set encoding utf8\nset terminal svg size 600,400 "
		"noenhanced\nset output %s\nunset tics\nunset border\n"
		"unset key\n", q);
	free(q);
	for (i = 0; i < count; i++) {
		text[i] = hostile(12, 400, false);
		q = plot_gp_string(text[i], 0, false);
		fprintf(f, "set label %zu %s noenhanced at screen 0.1, screen "
			"0.5\n", i + 1, q);
		free(q);
	}
	fputs("plot [0:1][0:1] NaN notitle\n", f);
	assert_int_equal(fclose(f), 0);
	gnuplot(sc);
	expect_only(sc->run, "s.gp", name);
	svg = slurp(path);
	assert_non_null(svg);
	n = svg_texts(svg, &got);
	assert_int_equal(n, count);
	for (i = 0; i < count; i++) {
		want = model(text[i]);
		assert_string_equal(got[i], want);
		free(want);
		free(text[i]);
	}
	free(text);
	free_v(got, n);
	free(svg);
	free(name);
	clean(sc);
}

static void test_labels(void **state)
{
	const struct scratch *sc = *state;
	size_t n = env_n("GS_PLOT_PROP_N", 2000), done;

	if (!have_gnuplot())
		skip();
	rng = env_n("GS_PLOT_PROP_SEED", 13);
	for (done = 0; done < n; done += BATCH)
		label_batch(sc, n - done < BATCH ? n - done : BATCH);
}

/* ---- 2: every text plot_write() puts in a script ---- */

/* Is want one of the n texts? */
static bool among(char **v, size_t n, const char *want)
{
	while (n--)
		if (strcmp(v[n], want) == 0)
			return true;
	return false;
}

static void expect_drawn(char **got, size_t n, const char *what,
			 const char *text)
{
	char *want = model(text), shown[2048];

	if (!among(got, n, want)) {
		gs_escape(shown, sizeof(shown), want);
		print_message("# %s not drawn as %s\n", what, shown);
	}
	assert_true(among(got, n, want));
	free(want);
}

static void chart_once(const struct scratch *sc)
{
	static const struct plot_obs obs[] = {
		{ 2020, 2021, 10, 0, 0, PLOT_EXACT, GS_QUAL_NONE, false, false },
		{ 2021, 2022, 12, 0, 0, PLOT_EXACT, GS_QUAL_NONE, false, false },
	};
	struct plot_series ps[PLOT_MAX_SERIES];
	char *title[PLOT_MAX_SERIES], *notes[2], *name, *svg, **got, path[4096];
	struct plot_spec sp;
	struct gs_err e;
	size_t i, n;
	FILE *f;

	memset(&sp, 0, sizeof(sp));
	memset(ps, 0, sizeof(ps));
	name = hostile(4, 40, true);
	sp.output = name;
	sp.term = PLOT_SVG;
	sp.width = 1280;
	sp.height = 720;
	sp.title = hostile(4, 40, false);
	sp.unit = hostile(3, 24, false);
	sp.nseries = 1 + rnd(PLOT_MAX_SERIES);
	for (i = 0; i < sp.nseries; i++) {
		title[i] = hostile(4, 40, false);
		ps[i].title = title[i];
		ps[i].obs = obs;
		ps[i].nobs = 2;
	}
	sp.series = ps;
	notes[0] = hostile(4, 40, false);
	notes[1] = hostile(4, 40, false);
	sp.notes = (const char *const *)notes;
	sp.nnotes = 2;
	gs_snprintf(path, sizeof(path), "%s/s.gp", sc->run);
	f = fopen(path, "w");
	assert_non_null(f);
	gs_err_clear(&e);
	assert_int_equal(plot_write(f, &sp, &e), 0);
	assert_int_equal(fclose(f), 0);
	gnuplot(sc);
	expect_only(sc->run, "s.gp", name);
	gs_snprintf(path, sizeof(path), "%s/%s", sc->run, name);
	svg = slurp(path);
	assert_non_null(svg);
	n = svg_texts(svg, &got);
	if (*sp.title)
		expect_drawn(got, n, "title", sp.title);
	expect_drawn(got, n, "unit", sp.unit);
	for (i = 0; i < sp.nseries; i++) {
		/* a key entry per series when there are several; an empty
		 * title is none in gnuplot */
		if (sp.nseries > 1 && *title[i])
			expect_drawn(got, n, "series title", title[i]);
		free(title[i]);
	}
	for (i = 0; i < 2; i++) {
		/* a footnote wraps at spaces; these are too short to */
		if (*notes[i] && strspn(notes[i], " ") == 0)
			expect_drawn(got, n, "note", notes[i]);
		free(notes[i]);
	}
	free_v(got, n);
	free(svg);
	free((char *)sp.title);
	free((char *)sp.unit);
	free(name);
	clean(sc);
}

static void test_charts(void **state)
{
	const struct scratch *sc = *state;
	size_t n = env_n("GS_PLOT_PROP_N", 2000) / 100, i;

	if (!have_gnuplot())
		skip();
	rng = env_n("GS_PLOT_PROP_SEED", 13) + 1;
	for (i = 0; i < n; i++)
		chart_once(sc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_labels, setup, teardown),
		cmocka_unit_test_setup_teardown(test_charts, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
