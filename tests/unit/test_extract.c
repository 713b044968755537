/*
** test_extract.c: table-driven unit tests of extract: one short text per
** rule (English and Russian), the figures it must give, written as
** "period|kind|value|unit|qualifier|base"; the input checks; the as-of
** date from the text; and the period texts. Expected rows are worked out
** by hand from the rules in collector/extract*.c.
*/
#include "test_extract_cases.h"

static const struct case_ cases[] = {
	/* values, scale words, units, qualifiers */
	{ "Output reached 154 billion rubles in 2024.", 20250301,
	  { "2024|level|154|billion rubles||" } },
	{ "The plant covers 28,100 square meters.", 20250301,
	  { "2025|level|28100|square meters||" } },
	{ "It produced 353.5 thousand packages in 2024.", 20250301,
	  { "2024|level|353.5|thousand packages||" } },
	{ "The park has over 6,300 jobs and approximately 20 companies.",
	  20250301, { "2025|level|6300|jobs|over|",
		      "2025|level|20|companies|about|" } },
	{ "Capacity is up to 5.4 million vials, almost 300 people work there.",
	  20250301, { "2025|level|5.4|million vials|up_to|",
		      "2025|level|300|people|almost|" } },
	{ "It built a 2.2-hectare site and a 43,000-square-meter plant.",
	  20250301, { "2025|level|2.2|hectares||",
		      "2025|level|43000|square meters||" } },
	{ "The city has five plants and two ice arenas.", 20250301,
	  { "2025|level|5|plants||", "2025|level|2|ice arenas||" } },
	/* multiples and percent changes with their base */
	{ "From 2020 to 2024, output increased 2.8-fold to 154 billion rubles.",
	  20250301, { "2024|multiple|2.8|times||2020",
		      "2024|level|154|billion rubles||" } },
	{ "Over the past 15 years, output has doubled.", 20250301,
	  { "2025|multiple|2|times||2010" } },
	{ "From January to August 2025, growth was 5.7 percent compared to "
	  "the same period last year.", 20251007,
	  { "2025-01..2025-08|percent|5.7|%||2024-01..2024-08" } },
	{ "Exports rose by 1.5 times compared to 2021.", 20250301,
	  { "2025|multiple|1.5|times||2021" } },
	/* targets and plans */
	{ "By 2030, revenue will reach 230 billion rubles.", 20250301,
	  { "2030|target|230|billion rubles||" } },
	{ "Investment from 2020 to 2030 will amount to 191.5 billion rubles.",
	  20250301, { "2020..2030|plan|191.5|billion rubles||" } },
	{ "We plan to open two new production lines next year.", 20251007,
	  { "2026|target|2|production lines||" } },
	/* relative dates */
	{ "This year, the company raised 5 billion rubles.", 20231115,
	  { "2023|level|5|billion rubles||" } },
	{ "Last year, 1,200 students completed internships.", 20240303,
	  { "2023|level|1200|students||" } },
	{ "The 26,700-square-meter center was completed in March of this "
	  "year; it has 100 beds.", 20251007,
	  { "2025-03|level|26700|square meters||",
	    "2025|level|100|beds||" } },
	/* not figures */
	{ "Bus routes No. 3 and 27 and Proektiruemy Proezd No. 5557 opened.",
	  20250301, { NULL } },
	{ "It produced the Sputnik V vaccine and treats type 2 diabetes and "
	  "COVID-19.", 20250301, { NULL } },
	{ "The meeting took place on July 26, 2022, two participants told "
	  "Vedomosti.", 20250301, { NULL } },
	/* Russian */
	{ "В 2024 году выручка составила 148,3 млрд рублей.", 20250212,
	  { "2024|level|148.3|млрд рублей||" } },
	{ "К 2030 году будет создано более 6 300 рабочих мест.", 20250212,
	  { "2025..2030|plan|6300|рабочих мест|over|" } },
	{ "С 2015 года выручка выросла в 3,4 раза.", 20250212,
	  { "2025|multiple|3.4|times||2015" } },
	{ "За последние пять лет технопарк получил 4,6 млрд рублей.", 20250212,
	  { "2020..2024|flow|4.6|млрд рублей||" } },
	{ "Площадь составляет около 25 тыс. кв. м.", 20250212,
	  { "2025|level|25|тыс. кв. м|about|" } },
	/* issue 16: failures seen on unseen text. A currency code or sign
	 * before the number keeps the qualifier before it. */
	{ "Investment reached more than RUB 13 bn in 2021.", 20220301,
	  { "2021|level|13|billion RUB|over|" } },
	{ "Investment reached more than $13 billion in 2021.", 20220301,
	  { "2021|level|13|billion USD|over|" } },
	{ "Residents invested almost RUB 150 billion.", 20220301,
	  { "2022|level|150|billion RUB|almost|" } },
	{ "Residents invested about RUB 50 billion.", 20220301,
	  { "2022|level|50|billion RUB|about|" } },
	{ "В технопарке работают свыше 370 компаний.", 20230305,
	  { "2023|level|370|компаний|over|" } },
	{ "Residents have invested RUB 12 billion to date.", 20210709,
	  { "2021|level|12|billion RUB||" } },
	{ "Revenue reached RUB 9.8 billion in 2020, up 12% from 2019.",
	  20210602, { "2020|level|9.8|billion RUB||",
		      "2020|percent|12|%||2019" } },
	/* "the first three quarters of 2021" is 2021-01..2021-09; "the same
	 * period of 2020" is its base; "3 quarters" itself is no figure */
	{ "During the first three quarters of 2021 residents invested RUB 4.2 "
	  "billion, 3 times the amount invested in the same period of 2020.",
	  20211019, { "2021-01..2021-09|flow|4.2|billion RUB||",
		      "2021-01..2021-09|multiple|3|times||2020-01..2020-09" } },
	/* two figures in one sentence, each with its own period */
	{ "The number of residents reached 72 companies, compared with 58 in "
	  "2020.", 20211019, { "2021|level|72|companies||",
			       "2020|level|58|companies||" } },
	/* counts of time are not figures; a bare "over five years" runs to
	 * the text's year (as the corpus keys have it; test_extract_gen.c) */
	{ "Residents have created 1,500 jobs over five years.", 20220301,
	  { "2017..2022|flow|1500|jobs||" } },
	/* new jobs to be created by a year: a plan from now, not a level */
	{ "More than 4,500 new jobs will be created by 2030.", 20220301,
	  { "2022..2030|plan|4500|jobs|over|" } },
	/* tables flattened into text: a label, the column years, the values */
	{ "Park figures\n\nResidents 2020 2021 2022 | 40 52 61\nRevenue, RUB "
	  "bn 2021 2022 | 7.5 9\n", 20230301,
	  { "2020|level|40|companies||", "2021|level|52|companies||",
	    "2022|level|61|companies||", "2021|flow|7.5|billion RUB||",
	    "2022|flow|9|billion RUB||" } },
	{ "Key figures\n\nResidents 2021 2022 | 150 175\n", 20230301,
	  { "2021|level|150|companies||", "2022|level|175|companies||" } },
	{ "Показатели парка\n\nРезиденты 2021 2022 | 48 52\nВыручка, млрд "
	  "рублей 2021 2022 | 10,1 11,3\n", 20230301,
	  { "2021|level|48|компаний||", "2022|level|52|компаний||",
	    "2021|flow|10.1|млрд рублей||", "2022|flow|11.3|млрд рублей||" } },
	/* a table flattened into one sentence: items apart by ";", the date
	 * said once in brackets at the end */
	{ "Итоги ОЭЗ: резиденты — 30; выручка — 4,2 млрд рублей; инвестиции "
	  "— 1,1 млрд рублей (2021 год).", 20220301,
	  { "2021|level|30|компаний||", "2021|level|4.2|млрд рублей||",
	    "2021|level|1.1|млрд рублей||" } },
	{ "Key results: residents — 30; revenue — RUB 4.2 billion; "
	  "investment — RUB 1.1 billion (2021).", 20220301,
	  { "2021|level|30|companies||", "2021|level|4.2|billion RUB||",
	    "2021|level|1.1|billion RUB||" } },
	/* "since it opened in 2012" is "since 2012", as "since its opening
	 * in 2012" was */
	{ "The park has attracted RUB 30 bn of investment since it opened in "
	  "2012.", 20220315, { "2012..2022|flow|30|billion RUB||" } },
	{ "Members have created 900 jobs since the cluster was founded in "
	  "2015.", 20220315, { "2015..2022|flow|900|jobs||" } },
	/* "rose to 41% ... from 35% in 2022": the percent after "from" is
	 * the earlier level, not a change */
	{ "The share of exports in the park's output rose to 41% in 2023 "
	  "from 35% in 2022.", 20240314,
	  { "2023|level|41|%||", "2022|level|35|%||" } },
	{ "The park's occupancy rose to 90% in 2023, up from 82% in 2022.",
	  20240314, { "2023|level|90|%||", "2022|level|82|%||" } },
	{ "Доля экспорта выросла до 41% в 2023 году с 35% в 2022 году.",
	  20240314, { "2023|level|41|%||", "2022|level|35|%||" } },
	/* a count of years that opens the sentence is its period ... */
	{ "Over ten years residents invested 60 billion rubles.", 20220412,
	  { "2012..2022|flow|60|billion rubles||" } },
	/* ... its end year from the text's date line, not the clock */
	{ "Калуга, 12 апреля 2022 года. Инвестиции резидентов за десять лет "
	  "превысили 60 млрд рублей.", 0,
	  { "2012..2022|flow|60|млрд рублей|over|" } },
	/* a period after "on" or "against" is the base of a change, the
	 * other period its own */
	{ "In the first half of 2023 the park's residents earned RUB 2.4 "
	  "billion, up 15% on the first half of 2022.", 20231010,
	  { "2023-01..2023-06|flow|2.4|billion RUB||",
	    "2023-01..2023-06|percent|15|%||2022-01..2022-06" } },
	/* a negated "exceed" is an upper bound, not "over" */
	{ "Revenue did not exceed 12 billion rubles in 2021.", 20220803,
	  { "2021|level|12|billion rubles|up_to|" } },
	{ "В 2021 году выручка не превысила 7 млрд рублей.", 20220803,
	  { "2021|level|7|млрд рублей|up_to|" } },
	{ "Exports have never exceeded 40 million rubles a year.", 20220803,
	  { "2022|level|40|million rubles|up_to|" } },
	/* the two ends of a range share one period and kind: the date and
	 * the tense are said once for both */
	{ "The cluster expects members to invest from 2 to 3 billion rubles "
	  "in equipment in 2026.", 20220803,
	  { "2026|plan|2|billion rubles|at_least|",
	    "2026|plan|3|billion rubles|up_to|" } },
	{ "Участники кластера вложат от 2 до 3 млрд рублей в 2026 году.",
	  20220803, { "2026|plan|2|млрд рублей|at_least|",
		      "2026|plan|3|млрд рублей|up_to|" } },
	/* an undated past figure takes the year of the sentence before it,
	 * not the date line that opens the paragraph */
	{ "Perm, 5 May 2023. Members' revenue amounted to 14 billion rubles "
	  "in 2022. Exports reached 3 billion rubles.", 0,
	  { "2022|level|14|billion rubles||", "2022|level|3|billion rubles||" } },
	{ "Пермь, 5 мая 2023 года. Выручка участников в 2022 году составила "
	  "14 млрд рублей. Экспорт составил 3 млрд рублей.", 0,
	  { "2022|level|14|млрд рублей||", "2022|level|3|млрд рублей||" } },
	/* a date line without a year and no year elsewhere: the periods that
	 * hang on the text's date stay empty for a person to fill, never the
	 * machine's clock (today is 2000-01-01 here) */
	{ "ПЕРМЬ, 19 октября. В технопарке работают 40 компаний.", 0,
	  { "|level|40|компаний||" } },
	{ "PERM, October 19. The park hosts 40 companies. They invested "
	  "9 billion rubles over ten years.", 0,
	  { "|level|40|companies||", "|flow|9|billion rubles||" } },
	/* ... but a year stated elsewhere in the text completes it */
	{ "ПЕРМЬ, 19 октября. В 2021 году выручка составила 5 млрд рублей. "
	  "В технопарке работают 40 компаний.", 0,
	  { "2021|level|5|млрд рублей||", "2021|level|40|компаний||" } },
};

static void test_extract_rules(void **state)
{
	(void)state;
	run_cases(cases, GS_ARRAY_LEN(cases));
}

struct check_case {
	const char *in;
	size_t len;
	int ok;
	const char *msg; /* part of the message */
	long line;
};

static void test_extract_check_refuses_non_text(void **state)
{
	static const struct check_case cs[] = {
		{ "", 0, 0, "empty file", 0 },
		{ " \n\t\n", 4, 0, "no text", 0 },
		{ "ab\0cd", 5, 0, "NUL byte at offset 2", 0 },
		{ "\xff\xfeR\0", 4, 0, "UTF-16", 0 },
		{ "ok\n\xcf\xf0\xe8", 6, 0, "not UTF-8 (byte 0xCF)", 2 },
		{ "a\xc0\x80", 3, 0, "not UTF-8", 1 },
		{ "\xef\xbb\xbfText", 7, 1, "", 0 },
		{ "Выручка 5 млрд", 21, 1, "", 0 },
	};
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(cs); i++) {
		struct gs_err e;
		int rc;

		gs_err_clear(&e);
		rc = extract_check(cs[i].in, cs[i].len, "f.txt", &e);
		if ((rc == 0) != cs[i].ok)
			BAD("case %zu: check returned %d", i, rc);
		if (!cs[i].ok && (strstr(e.msg, cs[i].msg) == NULL ||
				  e.code != GS_EX_DATAERR ||
				  strcmp(e.file, "f.txt") != 0 ||
				  e.line != cs[i].line))
			BAD("case %zu: message '%s' line %ld code %d", i, e.msg,
			    e.line, e.code);
	}
	DONE();
}

static void test_extract_as_of_from_the_text(void **state)
{
	static const struct {
		const char *text;
		int32_t want;
		enum xasof_src src;
	} cs[] = {
		{ "Title\n\nMay 13, 2025\n\nIt has 5 plants.\n", 20250513,
		  XASOF_DATELINE },
		{ "Title\n\n13 мая 2025 г.\n\nТекст.\n", 20250513,
		  XASOF_DATELINE },
		{ "Title\n\n2024-03-03\n\nText.\n", 20240303, XASOF_DATELINE },
		{ "On Industry Day, October 7, the mayor spoke. In 2025, "
		  "loans grew.\n", 20251007, XASOF_TEXT },
		{ "No date here.\n", 20000101, XASOF_TODAY },
		/* issue 16: date lines of agencies and releases */
		{ "Title\n\nMoscow, October 2021.\n\nText.\n", 20211001,
		  XASOF_DATELINE },
		{ "Title\n\n19.10.2021\n\nТекст.\n", 20211019,
		  XASOF_DATELINE },
		{ "Томск, январь 2023 года. Показатели: 52 резидента.\n",
		  20230101, XASOF_TEXT },
		/* a date without a year and none in the text: no as-of,
		 * never today's year */
		{ "ДУБНА, 22 мая. Создано 9 тыс. рабочих мест.\n", 0,
		  XASOF_NOYEAR },
		{ "DUBNA, May 22. It has 9 plants; 2 opened in 2021.\n",
		  20210522, XASOF_TEXT },
		/* a month and year that end the first line: a byline */
		{ "Interview with a park director, Kazan, March 2022.\n\n"
		  "It has 9 plants.\n", 20220301, XASOF_TEXT },
		{ "Kama park in figures (Kazan, January 2023)\n\nIt has 9 "
		  "plants.\n", 20230101, XASOF_TEXT },
	};
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(cs); i++) {
		struct xopts o = { 0, 20000101 };
		struct xresult r;
		struct gs_err e;

		gs_err_clear(&e);
		extract_run(cs[i].text, strlen(cs[i].text), &o, &r, &e);
		if (r.as_of != cs[i].want || r.as_of_src != cs[i].src)
			BAD("case %zu: as of %d (source %d), want %d (%d)", i,
			    (int)r.as_of, (int)r.as_of_src, (int)cs[i].want,
			    (int)cs[i].src);
		xresult_free(&r);
	}
	DONE();
}

/* Issue 16: English series keys from a small dictionary of metric words,
 * not transliterations ("vyruchka"). */
static void test_series_keys_from_metric_words(void **state)
{
	static const struct {
		const char *text;
		const char *want;
	} cs[] = {
		{ "Выручка резидентов составила 5 млрд рублей в 2021 году.",
		  "output" },
		{ "Объём производства составил 51 млрд рублей.", "output" },
		{ "Residents' revenue rose to 38 billion rubles.", "output" },
		{ "Инвестиции резидентов превысили 60 млрд рублей.",
		  "investment" },
		{ "Число рабочих мест превысило 9 тыс.", "jobs" },
		{ "Площадь технопарков составляет 4 млн кв. м.", "area" },
		{ "Резиденты составляют 52 компании.", "residents" },
	};
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(cs); i++) {
		struct xopts o = { 20220301, 20000101 };
		struct xresult r;
		struct gs_err e;

		gs_err_clear(&e);
		if (extract_run(cs[i].text, strlen(cs[i].text), &o, &r, &e) != 0)
			BAD("\"%s\": failed: %s", cs[i].text, e.msg);
		else if (r.n < 1 || strcmp(r.v[0].series, cs[i].want) != 0)
			BAD("\"%s\": series '%s', want '%s'", cs[i].text,
			    r.n ? r.v[0].series : "(no row)", cs[i].want);
		xresult_free(&r);
	}
	DONE();
}

/* Issue 16: the subject (a zone, park or cluster the text names) heads
 * the proposed key; a later sentence about the same subject takes it. */
static void test_series_keys_name_the_subject(void **state)
{
	static const struct {
		const char *text;
		size_t row;
		const char *want;
	} cs[] = {
		{ "Revenue of the Kama special economic zone reached 12 billion "
		  "rubles in 2023.", 0, "kama.output" },
		{ "Выручка резидентов ОЭЗ «Кама» составила 12 млрд рублей в 2023 "
		  "году.", 0, "kama.output" },
		{ "Резиденты технопарка «Сигма» в 2023 году вложили 3 млрд "
		  "рублей. Инвестиции резидентов составили 5 млрд рублей в 2024 "
		  "году.", 1, "sigma.investment" },
		{ "The Oka Valley cluster was founded in 2010. Its output "
		  "reached 4 billion rubles in 2023.", 0, "oka_valley.output" },
		/* no name: the metric alone, as before */
		{ "Выручка резидентов составила 5 млрд рублей в 2021 году.", 0,
		  "output" },
	};
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(cs); i++) {
		struct xopts o = { 20240301, 20000101 };
		struct xresult r;
		struct gs_err e;

		gs_err_clear(&e);
		if (extract_run(cs[i].text, strlen(cs[i].text), &o, &r, &e) != 0)
			BAD("\"%s\": failed: %s", cs[i].text, e.msg);
		else if (r.n <= cs[i].row ||
			 strcmp(r.v[cs[i].row].series, cs[i].want) != 0)
			BAD("\"%s\": series '%s', want '%s'", cs[i].text,
			    r.n > cs[i].row ? r.v[cs[i].row].series : "(no row)",
			    cs[i].want);
		xresult_free(&r);
	}
	DONE();
}

static void test_xper_format_coarsens_ranges(void **state)
{
	static const struct {
		struct xper p;
		const char *want;
	} cs[] = {
		{ { 2024, 0, 0, 2024, 0, 0 }, "2024" },
		{ { 2025, 3, 0, 2025, 3, 0 }, "2025-03" },
		{ { 2025, 10, 7, 2025, 10, 7 }, "2025-10-07" },
		{ { 2020, 0, 0, 2024, 0, 0 }, "2020..2024" },
		{ { 2025, 1, 0, 2025, 8, 0 }, "2025-01..2025-08" },
		{ { 2022, 0, 0, 2025, 10, 0 }, "2022..2025" },
		{ { 0, 0, 0, 0, 0, 0 }, "" },
	};
	char buf[48];
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(cs); i++) {
		xper_format(&cs[i].p, buf, sizeof(buf));
		if (strcmp(buf, cs[i].want) != 0)
			BAD("case %zu: '%s', want '%s'", i, buf, cs[i].want);
	}
	DONE();
}

/* A run-on sentence of 650 KB (the hostile input that took 10 s and
 * 527 MB under ASan) is cut into sentences of at most XSENT_MAX bytes plus
 * one word, so the work per sentence is bounded and the whole is linear;
 * every byte but the spaces at the cuts is kept. */
static void test_run_on_sentence_is_cut(void **state)
{
	static const char *const w[] = { "output", "grew", "2.8-fold", "since",
		"2010", "to", "154", "billion", "rubles", "in", "2024" };
	size_t len = 0, cap = 700 * 1024, kept = 0, i;
	char *buf = malloc(cap);
	struct xdoc d;
	int k;

	(void)state;
	nbad = 0;
	for (i = 0; len + 16 < cap - 1024 * 50; i++)
		len += (size_t)sprintf(buf + len, "%s ", w[i % 11]);
	memset(&d, 0, sizeof(d));
	xdoc_build(&d, buf, len);
	if (d.ns < (int)(len / (XSENT_MAX + 16)))
		BAD("%d sentences from %zu bytes", d.ns, len);
	for (k = 0; k < d.ns; k++) {
		if (d.s[k].len > XSENT_MAX + 16)
			BAD("sentence %d has %d bytes", k, d.s[k].len);
		kept += (size_t)d.s[k].len + 1;
	}
	if (kept != len)
		BAD("%zu bytes kept of %zu", kept, len);
	xdoc_free(&d);
	free(buf);
	DONE();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract_rules),
		cmocka_unit_test(test_extract_check_refuses_non_text),
		cmocka_unit_test(test_extract_as_of_from_the_text),
		cmocka_unit_test(test_series_keys_from_metric_words),
		cmocka_unit_test(test_series_keys_name_the_subject),
		cmocka_unit_test(test_xper_format_coarsens_ranges),
		cmocka_unit_test(test_run_on_sentence_is_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
