/*
** test_extract_gen18.c: extract, eighteenth round (issue 16, branch r18),
** rules meant to generalise across writers. Tuned on every corpus folder
** but old_holdout27/ and old_holdout28/, which were kept unseen and only
** scored for totals. Every miss and false candidate of the tuning folders
** (make extract-eval, no --as-of, main 22fee22) was classed by cause and
** counted by the folders (writers) it occurs in; a rule was kept only
** when the tuning folders gained in total, no folder lost more than one
** figure, the seed texts kept 139/143 and 147/157 and the two unseen
** folders did not fall (tests/extract/round18.md).
**
**   cause (tuning folders: 42 folders, 9,049 candidates)   figures folders
**   P  the right value with another period (wrong period)     977     42
**      of which: a level at the text's date read as an       ~70     25
**      earlier sentence's year or months, or the reverse
**      a flow of last year at the text's year (a text of      ~60     20
**      January-March about the year before)
**      months so far against the whole year                  ~45     20
**      a yearless date line: period left empty                 51      8
**      a plan's span (text's year to the deadline) read       ~25     13
**      as a target at the deadline
**      an undated plan at the text's horizon                   72     28
**   S  a share said of a figure ("of which 55%", "из них        9      8
**      почти половина") dated otherwise than that figure
**      (the rule moves 9: right after in 7, wrong in 2)
**   N  not found at all                                       184     32
**   U  found with another unit or qualifier                   108     30
**   F  candidates no key has (not the same value)             306     42
**
** Rules of this round, with wordings of our own and rows by hand: S (a
** share said of a figure takes that figure's period and its reason,
** extract_ofwhich.c); of P's plan spans, an addition said by a deadline
** ("+10 резидентов" under "Планы до 2030 г.", "two more residents by
** the end of next year") is planned from the text's year to it
** (extract_incby.c; 9 such figures of 7 writers, against 16 levels to
** reach by a deadline that stay targets); of U, people a firm will
** hire or needs are jobs (J: "hire 140 people", "we need 45 more
** people", "needs 35 people: 28 line operators", extract_r15b.c; 19
** such figures keyed jobs in 10 folders, 4 people in 3). P's other parts were each measured as a default over
** every folder and none was right more often across writers than the
** rules' choice (round18.md), so they are left.
*/
#include "test_extract_cases.h"
#include "test_extract_vuq.h"

/* S: a share said "of which", "of them", "из них" of the figure before
 * it (dev11a "210 people at work, every third of them under 30", dev12b
 * "They employ some 1,450 people, nearly half of them", dev13a "Cheese
 * output, 2024: 7,400 t, of which hard cheeses 55%", old_holdout10 "48
 * гектаров, из которых застроено чуть больше половины"): the share is of
 * the whole's period, not of an earlier sentence's year. */
static const struct case_ ofwhich[] = {
	/* people counted now: a fifth of them now, not over the half-year
	 * the sentence before reports on */
	{ "Тверь, 3 октября 2025 г.\n\nВ первом полугодии 2025 года резиденты "
	  "отгрузили 900 тонн продукции.\n\nНа предприятиях парка сейчас "
	  "трудятся 500 человек, и почти каждый пятый из них приехал из "
	  "соседних районов.\n", 0,
	  { "2025-01..2025-06|flow|900|тонн||", "2025|level|500|человек||",
	    "2025|level|20|%|almost|" } },
	/* the whole's year stated in its own sentence */
	{ "Tver, 3 October 2025\n\nWool output, 2024: 3,200 t, of which fine "
	  "wool 35%.\n", 0,
	  { "2024|level|3200|tonnes||", "2024|level|35|%||" } },
	/* the whole dated by a heading of results */
	{ "Tver, 3 October 2025\n\nAnnual results for 2024\n\nLeased space: "
	  "20,000 sq m, of which warehouses 40 per cent.\n", 0,
	  { "2024|level|20000|square meters||", "2024|level|40|%||" } },
	/* a stock at the text's date after an earlier year's sentence */
	{ "Тверь, 3 октября 2025 г.\n\nВ 2023 году в парке было 20 "
	  "резидентов.\n\nПарк занимает 60 гектаров, из которых застроено "
	  "около трети.\n", 0,
	  { "2023|level|20|компаний||", "2025|level|60|га||",
	    "2025|level|33.3|%|about|" } },
};

CASES_TEST(test_share_of_which, ofwhich)

/* A: an addition by a deadline (dev14a iglino "Планы до 2030 г.: ...
 * +10 резидентов, +1 000 рабочих мест", dev14a skovorodino "will take
 * in two more residents by the end of next year", old_holdout10 sheksna
 * "roughly three hundred more by the end of 2025"; the keys of
 * dev10b, dev11b, old_holdout22 and old_holdout23 date other wordings
 * so): a plan from the text's year to the deadline. A level to reach
 * by then, an addition in a named year, and a deadline of another
 * clause stay targets. */
static const struct case_ incby[] = {
	{ "Tver, 3 October 2025\n\nThe zone will attract four more "
	  "investors by the end of 2027.\n", 0,
	  { "2025..2027|plan|4|investors||" } },
	{ "Тверь, 3 октября 2025 г.\n\nДо 2028 года в парке появятся ещё 5 "
	  "резидентов.\n", 0,
	  { "2025..2028|plan|5|компаний||" } },
	{ "Tver, 3 October 2025\n\nThe region hopes to sign agreements with "
	  "three more investors by 2027.\n", 0,
	  { "2025..2027|plan|3|investors||" } },
	/* what stays: a level to reach, an addition in a named year */
	{ "Tver, 3 October 2025\n\nThe park hopes to have 30 residents by "
	  "2028.\n", 0,
	  { "2028|target|30|companies||" } },
	{ "Tver, 3 October 2025\n\nThe park expects two more residents in "
	  "2026.\n", 0,
	  { "2026|target|2|companies||" } },
};

CASES_TEST(test_addition_by, incby)

/* J: people a firm will hire or needs are posts (dev10b "hire 140
 * people when the kiln starts", dev9b, dev14b "need at least 90 more
 * workers", old_holdout17 "plans to hire about 120 more staff", "we need
 * 45 more people", old_holdout19 "We need 85 more people", old_holdout26
 * "needs 35 people: 28 line operators, ..."): jobs, as round fifteen
 * made the object of "recruiting" and "hiring" (six writers more, none
 * the other way among the figures it moved). Counts of firms stay, and
 * what is needed that is not people. Value, unit and qualifier only. */
static const struct case_ hire_need[] = {
	{ "Tver, 3 October 2025\n\nThe new sawmill will hire 75 people.\n",
	  0, { "75|jobs|" } },
	{ "Tver, 3 October 2025\n\nThe dairy needs 30 people: 20 milkers "
	  "and 10 drivers.\n", 0,
	  { "30|jobs|", "20|jobs|", "10|jobs|" } },
	{ "Тверь, 3 октября 2025 г.\n\nНа новую линию нужны 25 операторов."
	  "\n", 0, { "25|рабочих мест|" } },
	/* what stays */
	{ "Tver, 3 October 2025\n\nThe park needs 5 more residents.\n", 0,
	  { "5|companies|" } },
	{ "Tver, 3 October 2025\n\nThe plant needs 12 hectares.\n", 0,
	  { "12|hectares|" } },
};

VUQ_TEST(test_hire_need, hire_need)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_share_of_which),
		cmocka_unit_test(test_addition_by),
		cmocka_unit_test(test_hire_need),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
