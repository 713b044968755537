/*
** extract_int.h: the internals of extract, shared by the extract*.c files
** of collector/extract/ only (and by unit tests that reach into them).
**
** The pipeline, one file each:
**   extract_text.c    input checks (binary, empty, not UTF-8), paragraphs
**                     and sentences
**   extract_tok.c     tokens: words, numbers, dates, punctuation
**   extract_words.c   word lists: spelled-out numbers, scale words, months
**                     and the cue words of tense and change
**   extract_units.c   the units after a number
**   extract_per.c     periods: a year, a shift by years, the CSV text
**   extract_tense.c   is a sentence about the future, about building?
**   extract_tword.c   token tests of the date patterns (a year, a month)
**   extract_pword.c   periods written as one word: "H1", "3Q22", "9M",
**                     "1П", "FY2022"
**   extract_span.c    dates relative to others ("since 2010", "by 2030",
**                     "compared to the same period last year")
**   extract_time.c    dates and periods in a sentence ("from 2020 to 2024",
**                     "this year", "January-August 2025"), then span's
**   extract_clause.c  asides and comparisons that keep a date from a
**                     sentence's figures ("than in 2021")
**   extract_date.c    how a sentence's dates combine, the document's own
**                     date and its planning horizon
**   extract_topic.c   the period the text reports on, for figures that
**                     state none ("подвёл итоги 2022 года: ...")
**   extract_qual.c    the qualifier before a number
**   extract_num.c     numbers with their scale, unit and qualifier; numbers
**                     in names and dates are left out
**   extract_unitof.c  where the unit of a number is
**   extract_parts.c   changes said as parts: "на четверть", "by a third"
**   extract_cue.c     kind (level, flow, multiple, percent, target, plan),
**                     period and base period of each figure
**   extract_hint.c    words near a figure that decide its kind and date
**                     ("should reach", "in 2023: 230", "the same period")
**   extract_series.c  a series key proposed from the figure's subject
**   extract_table.c   rows of a table flattened into text
**   extract_conf.c    each candidate's reasons and confidence
**   extract_ask.c     units an interview's question asks for; who
**                     participants are
**   extract_inputs.c  the texts of a run over files and directories
**   extract.c         the driver and the candidate list
**
** Each file calls only files listed above it (extract_text.c and
** extract_tok.c aside), so the files import no one in a circle.
**
** The public interface (struct xresult, extract_run) is extract.h.
*/
#ifndef GS_EXTRACT_INT_H
#define GS_EXTRACT_INT_H

#include "extract.h"

enum xtk { XT_WORD, XT_NUM, XT_DATE, XT_PUNCT };

/* Longest sentence, in bytes, before it is cut at the next space. */
#define XSENT_MAX 2048

/* Token flags. */
#define XF_TIME 0x01  /* part of a date or period expression */
#define XF_NAME 0x02  /* a number inside a name: PC-137, No. 5, type 2 */
#define XF_ORD 0x04   /* an ordinal number: 13th, 21st */
#define XF_USED 0x08  /* taken by a figure */
#define XF_GLUED 0x10 /* no space before and a letter right before */

struct xtok {
	enum xtk type;
	int off, len;   /* bytes in the sentence text */
	char w[48];     /* folded text of a word or a punctuation character */
	bool sp;        /* white space before the token */
	bool cap;       /* a word that starts with a capital letter */
	bool acro;      /* a word in capitals (an acronym), maybe plural "IRTCs" */
	bool cyr;       /* a Cyrillic word */
	double v;       /* XT_NUM: the value; XT_DATE: yyyymmdd */
	bool plain;     /* XT_NUM: digits only, no separators */
	int ndig;       /* XT_NUM: number of digits */
	int paren;      /* innermost parenthesis group (0 outside) */
	int clause;     /* clause index within the sentence */
	unsigned flags;
};

/* What a date or period expression says about the figures near it. */
enum xrole {
	XR_POINT,  /* in 2024, in March 2025, on October 7 */
	XR_RANGE,  /* from 2020 to 2024, January-August 2025, 2022-2023 */
	XR_SINCE,  /* since 2022, beginning in 2025 */
	XR_BY,     /* by 2030, by the end of 2026, until 2039 */
	XR_BASE,   /* compared to 2010 */
	XR_SAME,   /* compared to the same period last year, year on year */
	XR_PAST,   /* over the past 15 years (n) */
	XR_NEXT,   /* over the next 5 years (n, 0 for "few") */
	XR_NOW,    /* currently, today, now */
	XR_NAMEYEAR, /* a year inside a name: PhystechBio-2015 */
};

struct xtime {
	int t0, t1;        /* tokens [t0, t1) */
	enum xrole role;
	struct xper p;
	int n;             /* years of XR_PAST and XR_NEXT */
	bool bare;         /* XR_PAST without "past"/"last": "over five years"
			    * runs to the text's year, "the past five" not */
	bool prev;         /* XR_POINT n years before the sentence's own date:
			    * "a year earlier", "годом ранее"; still true
			    * when the sentence states none */
	bool fronted;      /* opens the sentence: "In 2025, ..." */
	bool noyear;       /* a month or day whose year was not written */
	int a0, a1;        /* a relative clause holding it (", which opened
			    * in 2016,"): tokens (a0, a1); a1 == 0 if none */
};

struct xsent {
	char *text;        /* the sentence on one line */
	int len;
	struct xtok *t;
	int nt;
	struct xtime *tm;
	int ntm;
	int para;          /* paragraph index */
	bool para_first;   /* first sentence of its paragraph */
	bool item;         /* its paragraph is a list item (starts with a dash) */
	bool lead;         /* its paragraph ends with ':' and introduces a list */
	long line;
	long start;        /* byte offset in the text */
};

/* An acronym defined in the text: "Technology Center (IRTC)". */
struct xacro {
	char acr[16];      /* folded, without a plural s */
	char head[40];     /* folded last word of the long form: "center" */
};

struct xdoc {
	struct xsent *s;
	int ns, cap;
	int32_t as_of;
	int ay, am, ad;    /* as_of split */
	int horizon;       /* latest target year the text looks to, or 0 */
	const struct xunit *asked; /* the unit the question before the
				    * sentence being read asks for, or NULL */
	char them[64];     /* what the sentence before counted ("residents"):
			    * "их было восемь", "1,100 of them"; "" if none */
	int them_cls;      /* its enum xucls */
	struct xacro acro[32];
	int nacro;
};

/* extract_text.c */
void xdoc_build(struct xdoc *d, const char *buf, size_t len);
void xdoc_free(struct xdoc *d);

/* extract_tok.c */
void xsent_tokenize(struct xsent *s);
/* Fold the UTF-8 text s (n bytes) into buf: lower case, ё as е, ’ as '. */
void xfold(const char *s, size_t n, char *buf, size_t size);
/* Character classes on valid UTF-8 at p (0 or false when not). */
int xspace_at(const unsigned char *p);   /* bytes of a space, NBSP, ... */
int xchar_len(const unsigned char *p);
bool xletter_at(const unsigned char *p);
bool xupper_at(const unsigned char *p);
bool xdigit(unsigned char c);

/* extract_words.c, extract_units.c */
enum xlist {
	XL_STOP,      /* words that end a unit phrase: of, in, is, в, на ... */
	XL_FUTURE,    /* will, planned, expected, будет, планируется ... */
	XL_PRESENT,   /* existing, currently, already, уже ... */
	XL_UP,        /* increased, grew, growth, вырос ... */
	XL_DOWN,      /* decreased, fell, снизился ... */
	XL_INVEST,    /* investment, invest, additional, инвестиции ... */
	XL_REPORT,    /* told, said, сообщили ... */
	XL_NAMEPFX,   /* words a number names: type, phase, route, корпус ... */
	XL_WEEKDAY,
	XL_BUILD,     /* underway, ongoing, строится ... */
	XL_BEGAN,     /* began, started, началось ... */
	XL_ENDED,     /* completed, finished, завершено ... */
	XL_EXCEED,    /* exceed, exceeded, превысил ... (a qualifier "over") */
	XL_RANK,      /* become, became, стал ... (before an ordinal) */
	XL_NLIST,
};
bool xw_in(enum xlist l, const char *w);
/* Month 1..12 of a month name (English or Russian, any case), or 0. */
int xw_month(const struct xtok *t);
/* A spelled-out number at token i ("five", "twenty-one", "три"); the
 * number of tokens it takes, or 0. */
int xw_spelled(const struct xsent *s, int i, double *v);

enum xucls {
	XU_NONE, XU_CUR, XU_AREA, XU_PCT, XU_PP, XU_TIMES, XU_YEARS,
	XU_PEOPLE, XU_COUNT, XU_OTHER,
};
struct xunit {
	const char *key;  /* folded words, space separated */
	const char *out;  /* the unit written in the CSV */
	enum xucls cls;
};
/* The unit that starts at token i; *ntok gets the tokens it takes (a
 * period inside "sq.m." included). NULL when none. */
const struct xunit *xw_unit(const struct xsent *s, int i, int *ntok);
/* A scale word at token i: its factor and the word to write, or 0. */
double xw_scale(const struct xsent *s, int i, int *ntok, const char **out);
/* A currency sign before a number ("$", "€", "₽"): the unit, or NULL. */
const char *xw_currency_sign(const struct xtok *t);

/* extract_per.c */
struct xper xper_year(int y);
struct xper xper_shift(struct xper p, int years);

/* extract_tense.c: a sentence about the future ("will", "planned"); one
 * about something being built ("under construction", "строится"). */
bool xcue_future(const struct xsent *s);
bool xcue_build(const struct xsent *s);
/* A verb in the past tense: "amounted", "rose", "составил". */
bool xcue_past(const struct xsent *s);
struct xfig;
/* Is f, to come, an increase ("4,500 new jobs", "another 100,000 square
 * metres", "ещё 5 тыс.")? Is it created ("create", "создать") within a
 * span of years? Then a plan over the period, not a level to reach. */
bool xcue_new_ones(const struct xsent *s, const struct xfig *f);
bool xcue_creates(const struct xsent *s, const struct xfig *f);

/* extract_parts.c */
/* Is there a word of falling a few words before i? */
bool xnum_down_before(const struct xsent *s, int i);
/* A change said as a part at i ("на четверть", "a quarter more", "fell
 * by a third") into f: the tokens taken, or 0. */
int xnum_part_change(const struct xsent *s, int i, struct xfig *f);

/* extract_hint.c */
/* Is f a level to be reached: "should reach 15 billion", "вырастут до"? */
bool xcue_reaches(const struct xsent *s, const struct xfig *f);
/* The date ending a label right before f ("in 2023: 230"), or NULL. */
const struct xtime *xcue_label_date(const struct xsent *s,
				    const struct xfig *f);
/* The date right before the bracket f stands in ("уровня 2020 года (1,8
 * млрд руб.)"), or NULL. */
const struct xtime *xcue_paren_date(const struct xsent *s,
				    const struct xfig *f);
/* The one year s states as a point ("in 2022"), or NULL. */
const struct xtime *xcue_sole_year(const struct xsent *s);
/* Does m name the figure a multiple is measured against ("times the
 * figure for January–June 2021", "the amount recorded ten years ago")? */
bool xcue_figure_of(const struct xsent *s, const struct xtime *m);
/* m, or for "the same period of 2020" in a sentence that states its
 * months, those months of 2020 in *t. */
const struct xtime *xcue_same_months(const struct xsent *s,
				     const struct xtime *m, struct xtime *t);

/* extract_tword.c, shared by extract_time.c and extract_span.c: token
 * tests ("is token i the word w", any of ws), a year at i (a 4-digit
 * 1900..2100 not followed by a unit), the Russian words after a year
 * ("году"), a dash, a day number, a small count in digits or words, a
 * month name, "this/last/next year" (*off the years), and a period from
 * its parts. */
bool xt_dash(const struct xsent *s, int i);
bool xt_day(const struct xsent *s, int i);
bool xt_w(const struct xsent *s, int i, const char *w);
bool xt_wa(const struct xsent *s, int i, const char *const *ws);
bool xt_free_num(const struct xsent *s, int i);
bool xt_year(const struct xsent *s, int i, int *y);
int xt_year_tail(const struct xsent *s, int i);
int xt_count(const struct xsent *s, int i, int *n);
int xt_month(const struct xsent *s, int i);
int xt_rel_year(const struct xsent *s, int i, int *off);
struct xper xt_per(int y0, int m0, int d0, int y1, int m1, int d1);

/* extract_span.c: since, by, base, past and next N years; as
 * xtime_match. */
int xtime_relation(const struct xsent *s, int i, const struct xdoc *d,
		   struct xtime *m);

/* periods (round six) */
/* extract_pword.c: a period written as one word at token i ("H1",
 * "1H23", "Q3", "3Q22", "1П 2023", "9M22", "FY2022", "fiscal 2022"):
 * fills m and returns the tokens it takes, or 0. */
int xpw_match(const struct xsent *s, int i, const struct xdoc *d,
	      struct xtime *m);
/* A 4-digit year at j right after a period word, whatever follows it:
 * the tokens it takes (with "г.", "года"), or 0. */
int xpw_year_after(const struct xsent *s, int j, int *y);
/* "по итогам года", "на конец года", "at the end of the year": the year
 * a text dated early in the next one sums up, else its own. */
int xpw_year_end(const struct xsent *s, int i, const struct xdoc *d,
		 struct xtime *m);
/* "q/q", "кв/кв" (*months 3), "m/m" (1), "y/y", "г/г" (0 for a year):
 * a change on the period before; the tokens, or 0. */
int xpw_on_prior(const struct xsent *s, int i, int *months);
/* "с начала года", "YTD" (January to the text's month), "2030E": as
 * xpw_match. */
int xpw_other(const struct xsent *s, int i, const struct xdoc *d,
	      struct xtime *m);
/* "end-2025", "mid-2023": the year of a one-word date, or 0. */
int xpw_year_word(const struct xsent *s, int i);
/* extract_hint.c: a date right after a dash after f ("до 15 млрд — в
 * 2026-м"), or NULL. */
const struct xtime *xcue_dash_date(const struct xsent *s,
				   const struct xfig *f);
/* The base of f's change: the first after f with no figure between,
 * else the sentence's first (f NULL: the first); NULL when none. */
const struct xtime *xcue_base_near(const struct xsent *s,
				   const struct xfig *f);
/* p moved n months back; a period without months a year back. */
struct xper xpw_months_back(struct xper p, int n);

/* extract_clause.c: a date inside an aside (m->a0, m->a1 set) and the
 * dates a comparison is against (their role set to XR_BASE). */
void xclause_aside(const struct xsent *s, struct xtime *m);
void xclause_than_base(struct xsent *s);
/* "Since the regime was renewed in 2011, ...": that year a since. */
void xclause_since(struct xsent *s);

/* extract_time.c */
/* The date or period expression that starts at token i: fills m (t0, t1
 * and fronted left to the caller) and returns the tokens it takes, or 0. */
int xtime_match(const struct xsent *s, int i, const struct xdoc *d,
		struct xtime *m);

/* extract_date.c */
void xtime_parse(struct xsent *s, const struct xdoc *d);
void xtime_asof(struct xdoc *d, const char *buf, size_t len,
		const struct xopts *o, struct xresult *r);
void xtime_horizon(struct xdoc *d);
/* Is s a date line ("Perm, 5 May 2023."): a date, maybe after a place,
 * and nothing else? Its date is the text's, not its paragraph's. */
bool xsent_dateline(const struct xsent *s);
/* Is m the date of a date line opening s ("Omsk, 5 April 2023 — The
 * park's output grew by 3.1% in 2022.")? */
bool xsent_datelead(const struct xsent *s, const struct xtime *m);

/* extract_qual.c: the qualifier of the number at i (the first token of
 * its qualifier into *start); a word of change within ten before i. */
enum gs_qual xqual_before(const struct xsent *s, int i, int *start);
bool xqual_change_near(const struct xsent *s, int i);

/* extract_num.c */
enum xpair { XP_NONE, XP_FROM, XP_TO, XP_LOW, XP_HIGH };
struct xfig {
	int t0, t1;          /* tokens of the figure: qualifier to unit */
	int tn;              /* the number token */
	double v;
	char scale[16];      /* the scale word as written in the CSV */
	char unit[64];
	enum xucls cls;
	enum gs_qual q;
	bool multiple;       /* "2.8-fold", "by 1.5 times", "doubled" */
	bool pct;            /* a percent figure */
	bool down;           /* a decrease ("fell by", "снизился в") */
	bool ratio_level;    /* "for every ruble ..., 11 rubles" */
	bool share;          /* "N percent of the ..." */
	bool rank;           /* "will become the 13th IRTC" */
	bool left_unit;      /* unit taken from the words before */
	enum xpair pair;
};
int xnum_spot(struct xsent *s, const struct xdoc *d, struct xfig *f,
	      int max);

/* extract_unitof.c: the unit of the number before token j (or at i) */
void xu_set(struct xfig *f, const char *unit, enum xucls cls);
/* Scale and unit from j, the token after the number: the figure's end, or
 * -1 when the number has none; *direct when the unit follows at once. */
int xu_after(struct xsent *s, const struct xdoc *d, int j, struct xfig *f,
	     bool *direct);
/* A known count a few words before the number at i ("the number of jobs
 * will increase to 4,400"); true when found. */
bool xu_behind(const struct xsent *s, int i, struct xfig *f);
/* The unit "the number of X" / "число X" names before the number at i. */
bool xu_number_of(const struct xsent *s, int i, struct xfig *f);
/* May the number that ends before j take its unit from before it? */
bool xu_bare(const struct xsent *s, int j);
/* Is the token at j a bracket giving an earlier value: "(32 a year
 * earlier)", "(годом ранее — 49)", "(2020: 23,800)"? */
bool xu_paren_earlier(const struct xsent *s, int j);
/* Is token j a multiple or percent unit ("times", "-fold", "%")? */
bool xu_relative_after(const struct xsent *s, int j);

/* extract_cue.c */
struct xctx {
	const struct xtime *para;   /* the paragraph's date, or NULL */
	bool para_future;           /* list item under a future lead */
	bool para_build;            /* list item under "construction is ongoing" */
	const struct xtime *topic;  /* the last past period the text stated
				     * before the sentence, or NULL */
};
void xcue_decide(const struct xdoc *d, const struct xsent *s,
		 const struct xctx *c, const struct xfig *f,
		 const struct xfig *all, int nf, struct xcand *out);

/* extract_conf.c: each candidate's confidence from its reasons (the
 * period reasons worded and weighed by r->as_of_src). */
void xconf_score(struct xresult *r);

/* A table's row figure (extract_table.c, extract_grid.c): one value per
 * column; plan when its column is a plan's ("план / факт", "— план"). */
struct xtrow {
	double v;
	struct xper period;
	char unit[64];
	enum xucls cls;
	bool plan;
};

/* extract_series.c */
/* How the key's subject was found: named in the sentence (or a key under
 * a name in brackets), named in an earlier one, not named (the metric
 * alone), or no key at all. */
enum xsubj { XS_NAMED, XS_EARLIER, XS_NONAME, XS_NONE };
/* The name of the zone, park or cluster s names ("ОЭЗ «Дубна»", "the
 * Tomsk special economic zone") as key text in name; "" if none. */
void xseries_name(const struct xsent *s, char *name, size_t size);
/* The key proposed for f: under the name s gives, else under prev (the
 * last name an earlier sentence gave, "" for none); *how says which. */
char *xseries_propose(const struct xsent *s, const struct xfig *f,
		      const char *prev, enum xsubj *how);

/* extract_ask.c: the unit question q asks for ("how many companies",
 * "Сколько компаний-участников"), or NULL; does the text call participants
 * companies ("participant companies", "компаний-участников")? If firms,
 * xask_participants makes the participants of s companies. */
const struct xunit *xask_asked(const struct xsent *q);
bool xask_firms(const struct xdoc *d);
void xask_participants(const struct xsent *s, bool firms, struct xfig *f);

/* periods (round five) */

/* extract_topic.c: the period a text is about. xtopic_of: m, the date a
 * sentence with nf figures states, if it may be the text's topic (a past
 * point or range, not a date line's, not in a sentence about the future),
 * else NULL. xtopic_take: the period an undated figure f takes, from an
 * earlier clause of its sentence or else topic, when its sentence is
 * past or verbless and neither future nor present; NULL when none. */
const struct xtime *xtopic_of(const struct xdoc *d, const struct xsent *s,
			      const struct xtime *m, int nf);
const struct xtime *xtopic_take(const struct xdoc *d, const struct xsent *s,
				const struct xfig *f, const struct xtime *topic,
				bool future, bool present);
/* "over two years" (bare, n years) said in a text whose topic is an
 * earlier year than its date line's: the n years up to the topic's, as a
 * range in *buf; else m. */
const struct xtime *xtopic_years(const struct xdoc *d,
				 const struct xtime *topic,
				 const struct xtime *m, struct xtime *buf);
/* Is f a stock (companies, people, area) in a list item under a lead
 * dated by months ("results for January–June:")? It is counted on the
 * text's date. */
bool xtopic_stock_item(const struct xsent *s, const struct xfig *f,
		       const struct xtime *lead);
/* The year a clause of "when" after it dates f in ("less than in 2021,
 * when shipments stood at RUB 17.1 bn"), or NULL. */
const struct xtime *xtopic_when(const struct xsent *s, const struct xfig *f);
/* extract_tense.c: a Russian past verb right before f ("заявили 1,2
 * трлн", "Создано более 1,5 тыс."): f is done, though its sentence plans
 * more. */
bool xcue_done_before(const struct xsent *s, const struct xfig *f);
/* Is f an average over its period ("average headcount", "среднесписочная
 * численность")? A level of the period, not a stock or a sum. */
bool xtopic_average(const struct xsent *s, const struct xfig *f);

/* values, units, qualifiers (round five) */
/* extract_unitof.c: the known unit the word at s->t[i] names before any
 * hyphen ("компаний-резидентов" -> компаний), or NULL. */
const struct xunit *xu_word_unit(const struct xsent *s, int i);
/* extract_parts.c: "a quarter of a million", "четверть миллиона": *v =
 * 0.25 and the tokens before the scale word, or 0. */
int xnum_part_scale(const struct xsent *s, int i, double *v);
/* extract_money.c: the currency one of the few sentences before s (a
 * sentence of d) names last, as the CSV writes it, or NULL: the money
 * of billions said alone ("выйти на 35 млрд"). */
const char *xmoney_before(const struct xdoc *d, const struct xsent *s);
/* extract_refs.c: does the figure opening at token t0 of s name where
 * ("at our two sites")? Do years from t0 to e (qualifier q) say how long
 * ("in the ten years since then", "Over five years we have ...")? */
bool xref_where(const struct xsent *s, int t0);
bool xref_since(const struct xsent *s, int t0, int e, enum gs_qual q);
/* Is the number at i a version in a name ("Industry 4.0")? */
bool xref_version(const struct xsent *s, int i);
/* Is the number at i the whole after a part ("62 hectares out of 95")? */
bool xref_out_of(const struct xsent *s, int i);
/* Is the number from i to e more of what the figure before counts ("two
 * more were under construction", "ещё два")? */
bool xref_more(const struct xsent *s, int i, int e);
/* The first count noun of s before token i, else of the sentence before
 * s (a sentence of d), for "19 of them" when no figure counted anything;
 * NULL if none. */
const struct xunit *xref_them(const struct xdoc *d, const struct xsent *s,
			      int i);
/* The unit of the number from i to e of s without one, from its context:
 * the question before (then true: said as if right after it), or "of
 * them" (the figure before, prev, or the sentence before). */
bool xref_context_unit(const struct xsent *s, const struct xdoc *d, int i,
		       int e, const struct xfig *prev, struct xfig *f);
/* Is the number from i to e the figure prev said again for a date of its
 * own ("40 residents in 2021 and 52 in 2022", "в 2022-м — 52")? */
bool xref_dated_again(const struct xsent *s, int i, int e,
		      const struct xfig *prev);
/* Is s only a date, a dash and the number from i to e ("В 2021 году —
 * 40."), the count of the sentence before said for another date? */
bool xref_dated_line(const struct xsent *s, int i, int e);
/* A thousand or a million said alone, f without a unit: the count of the
 * sentence before ("... 14 thousand people ... reach 20 thousand"). */
void xref_scale_alone(const struct xdoc *d, struct xfig *f);

/* values, units, qualifiers (round six) */
/* extract_forms.c: is the count of years f a term ("exempt for 10
 * years", "на 5 лет"), the one way a count of time is a figure? */
bool xform_term(const struct xsent *s, const struct xfig *f);
/* extract_parts.c: a share said as a part after a qualifier ("roughly
 * half", "about a fifth", "более половины") at i: the tokens, or 0. */
int xnum_share(const struct xsent *s, int i, struct xfig *f);
/* extract_words.c: a range in number words joined by a hyphen ("две-три",
 * "two-three", "пять-шесть"): its ends, or false. */
bool xw_word_range(const char *w, double *lo, double *hi);
/* extract_forms.c: the figures of a word range at i ("ещё две-три
 * компании"), low end into f and high into g, their unit from after:
 * the end, or -1. */
int xform_word_range(struct xsent *s, const struct xdoc *d, int i,
		     struct xfig *f, struct xfig *g);
/* extract_forms.c: the scale a short word at j after money names ("€300m",
 * "$1.4b", "RUB 1.1 tn"), or NULL. */
const char *xform_money_scale(const struct xsent *s, int j);
/* extract_forms.c: is the number at i no figure: an age or an
 * anniversary glued to it ("45-летний", "10-летие"), or the number of an
 * item, article, page or lot ("пункту 4", "Article 12", "лот № 2")? */
bool xform_not_figure(const struct xsent *s, int i);
/* extract_forms.c: "минус 3%", "minus 2%": the value is negative. */
void xform_sign(const struct xsent *s, struct xfig *f);
/* extract_forms.c: a qualifier after the number, at token j ("100 с
 * лишним", "5 с небольшим млрд", "40-plus", "40+", "40-odd"): sets f->q
 * and returns the tokens it takes, or 0. */
int xform_post_qual(const struct xsent *s, int j, struct xfig *f);
/* extract_forms.c: a Russian scale said alone before its unit at i
 * ("миллиард рублей", "миллион долларов"): one of it. */
bool xform_scale_alone(const struct xsent *s, int i);

/* periods (round seven) */
/* extract_said.c: is m the day a figure was told ("the department said on
 * 17 October 2023", "сообщил 17 октября 2023 года")? It dates the
 * telling, not the period the sentence reports on. */
bool xsaid_date(const struct xsent *s, const struct xtime *m);
/* extract_said.c: is the number at token a the recipients of the sum f
 * right before it ("RUB 640 million to 38 companies", "640 млн рублей на 38
 * проектов")? Then a date after them is f's too. */
bool xsaid_recipient(const struct xsent *s, const struct xfig *f, int a);
/* extract_said.c: is f reckoned ("оцениваются в 19 млрд рублей", "is
 * estimated at RUB 19 bn")? It takes the period the text reports on. */
bool xsaid_reckoned(const struct xsent *s, const struct xfig *f);
/* extract_said.c: is f in a part of its sentence, between semicolons,
 * that is done ("The company invested RUB 2.3 billion and has hired 310
 * staff; it intends to reach 450 next year")? The plan in another part
 * does not make f one. */
bool xsaid_done_part(const struct xsent *s, const struct xfig *f);
/* extract_said.c: the token after f, past the dot of an abbreviated unit
 * that does not end the sentence ("120 млн руб. в 2024 году"). */
int xsaid_fig_end(const struct xsent *s, const struct xfig *f);
/* extract_trail.c: "the twelve months to February 2024", "the six months
 * ended 30 June", "за 12 месяцев, закончившихся в феврале" (N months back
 * from a month), "since January", "с марта" (to the text's month) at i:
 * as xtime_match. */
int xtrail_match(const struct xsent *s, int i, const struct xdoc *d,
		 struct xtime *m);
/* extract_report.c: the end of the year an annual report's heading names
 * ("Годовой отчёт ... за 2022 год", "Annual report 2022"), its reason
 * into why; 0 when the text opens with no such heading. */
int32_t xreport_date(const struct xdoc *d, char *why, size_t n);
/* extract_report.c: the year a report's heading names ("Отчёт ... за 2021
 * год"), when over by the text's date: the topic of the whole text, for
 * past figures that state no date; NULL when none. */
const struct xtime *xreport_topic(const struct xdoc *d);
/* extract_sheet.c: is the line p (n bytes) a fact sheet's "Label: value"
 * ("Land: 855 ha", "Jobs created by residents: 1,180"): a capital, at
 * most six words, a colon, and (if number) a number in the first two
 * words after it, not a headline ("IT Park Kazan: output tops 100")? */
bool xsheet_label_line(const char *p, size_t n, bool number);

/* values, units, qualifiers (round seven) */
/* extract_share.c: a share said as "one technopark in four" or "every
 * fourth resident", "каждый четвёртый" at i: the tokens, or 0. */
int xshare_every(const struct xsent *s, int i, struct xfig *f);
/* extract_compound.c: the rest of a number said in parts after its
 * scale (factor) at j ("6 тыс. 300 человек", "1 млн 200 тыс."): folds
 * it into f and returns its tokens, or 0. */
int xcompound_rest(const struct xsent *s, int j, double factor,
		   struct xfig *f);
/* extract_compound.c: a count named right before the dash before the
 * number at i ("построено судов — 11"): sets f's unit, or false. */
bool xcompound_dash_noun(const struct xsent *s, int i, struct xfig *f);
/* extract_compound.c: the plural noun of a label line's words before
 * the colon before the number at i ("Hotel rooms: 1,050"), or false. */
bool xcompound_label_noun(const struct xsent *s, int i, struct xfig *f);

/* periods (round eight): is m counted back ("годом ранее", "a year
 * earlier"), even once counted from another date of its sentence?
 * (extract_clause.c) */
bool xclause_back(const struct xsent *s, const struct xtime *m);
/* "до 1,8% против 4,5%": is the value at t0 compared with a level? */
bool xclause_versus_level(const struct xsent *s, int t0);

#endif
