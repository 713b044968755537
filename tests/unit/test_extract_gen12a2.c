/*
** test_extract_gen12a2.c: extract's periods, twelfth round (issue 16,
** branch extract12a), second part: the cases of the round's later
** rules. The phenomenon table, the rules and what was left are in the
** head comment of test_extract_gen12a.c (classes K, F1, G, R, Q, I, L,
** N and D there).
**
** Expected rows ("period|kind|value|unit|qualifier|base") follow
** tests/extract/corpus/README.md and the main README's kinds, worked out
** by hand from the wording, never copied from extract's output.
*/
#include "test_extract_cases.h"

/* What a court decided stands at the decision's date, not at the date
 * of the facts told before it (class K: oh15 pitkyaranta, dev11b
 * kandalaksha, dev12a partizansk; wordings of our own). */
static const struct case_ court_now[] = {
	{ "АРБИТРАЖНЫЙ СУД ОБЛАСТИ\nг. Киров, 12 марта 2025 г.\n\nНа 1 января "
	  "2024 года на заводе работали 40 человек. Суд взыскал с ответчика "
	  "неустойку в размере 3,4 млн рублей.\n", 0,
	  { "2024-01-01|level|40|человек||", "2025|level|3.4|млн рублей||" } },
	{ "COMMERCIAL COURT OF THE REPUBLIC\nKazan, 4 June 2025\n\nOn 1 "
	  "January 2024 the plant employed 35 people. The court reduced the "
	  "penalty to RUB 1.2 million.\n", 0,
	  { "2024-01-01|level|35|people||", "2025|level|1.2|million RUB||" } },
	{ "Арбитражный суд края\nг. Пермь, 20 мая 2025 г.\n\nНа 1 января 2024 "
	  "года на заводе работали 12 человек. Суд снизил неустойку до 0,8 млн "
	  "рублей.\n", 0,
	  { "2024-01-01|level|12|человек||", "2025|level|0.8|млн рублей||" } },
};

CASES_TEST(test_court_now, court_now)

/* A level said now in a clause of its own ("Сейчас ...", "теперь их
 * 520", "We have eight residents") stands at the text's date, though
 * another clause or the question before dates the rest (class F1: oh16
 * mirny, pugachev, staraya russa; oh12 lebedyan; dev12b golyshmanovo;
 * wordings of our own). */
static const struct case_ now_level[] = {
	{ "СТАРАЯ РУССА, 16 мая 2025 г. Сейчас в парке шесть резидентов, год "
	  "назад было четыре.\n", 0,
	  { "2025|level|6|компаний||", "2024|level|4|компаний||" } },
	{ "ОМСК, 5 февраля 2025 г. В 2023 году в парке работали 400 человек, "
	  "теперь их 520.\n", 0,
	  { "2023|level|400|человек||", "2025|level|520|человек||" } },
	{ "Yakutsk, 11 March 2025.\n\nQ: How did the site do last year?\nA: "
	  "Output was about 2.9 billion roubles. We have eight residents; two "
	  "of them came in 2024.\n", 0,
	  { "2024|level|2.9|billion rubles|about|",
	    "2025|level|8|companies||", "2024|level|2|companies||" } },
};

CASES_TEST(test_now_level, now_level)

/* "the year before" after a compared figure counts back from the
 * sentence's own year, as "a year earlier" does (class G: oh16 pechory,
 * oh13, dev11a; wordings of our own). */
static const struct case_ year_before[] = {
	{ "KIROV, 3 March 2025. Last year the park's residents invested RUB "
	  "2.1 billion, against RUB 1.6 billion the year before.\n", 0,
	  { "2024|level|2.1|billion RUB||", "2023|level|1.6|billion RUB||" } },
	{ "OMSK, 5 June 2025. In 2024 exports reached 18% of output, up from "
	  "12% the year before.\n", 0,
	  { "2024|level|18|%||", "2023|level|12|%||" } },
	{ "TULA, 4 April 2025. The residents paid RUB 310 million in taxes in "
	  "2024 and RUB 260 million the year before.\n", 0,
	  { "2024|level|310|million RUB||",
	    "2023|level|260|million RUB||" } },
};

CASES_TEST(test_year_before, year_before)

/* A minutes item's heading that names a past year dates the item (class
 * R: oh15 galich, oh16 kimovsk; wordings of our own). */
static const struct case_ item_year[] = {
	{ "MINUTES No. 2 of the Supervisory Board\nTula, 15 April 2025\n\n"
	  "Item 1. Performance in 2024.\nThe director reported that "
	  "residents' revenue for the year was RUB 2.4 billion.\n", 0,
	  { "2024|level|2.4|billion RUB||" } },
	{ "ПРОТОКОЛ № 5\nг. Тула, 15 апреля 2025 г.\n\n1. Об итогах 2024 "
	  "года.\nВыручка управляющей компании составила 98,5 млн руб.\n", 0,
	  { "2024|level|98.5|млн рублей||" } },
	{ "Minutes of the board, Kazan, 20 March 2025.\n\nItem 3. Results for "
	  "2024.\nThe park's residents paid RUB 410 million in taxes.\n", 0,
	  { "2024|level|410|million RUB||" } },
};

CASES_TEST(test_item_year, item_year)

/* "1.3x the 2023 crop": the year after a multiple and before any noun
 * is the multiple's base, not its period (class Q: oh15 minusinsk,
 * dev10b; wordings of our own, the second a guard that passed before). */
static const struct case_ times_the_year[] = {
	{ "OMSK, 3 March 2025. In 2024 the park shipped 52 thousand tonnes of "
	  "grain, 1.4x the 2023 harvest.\n", 0,
	  { "2024|level|52|thousand tonnes||",
	    "2024|multiple|1.4|times||2023" } },
	{ "KAZAN, 3 March 2025. Residents invested RUB 6 billion in 2024, 2.5 "
	  "times the 2022 total.\n", 0,
	  { "2024|level|6|billion RUB||", "2024|multiple|2.5|times||2022" } },
	{ "PERM, 4 March 2025. In 2024 the cluster made 310 machines, 1.2x "
	  "the 2023 output.\n", 0,
	  { "2024|level|310|machines||", "2024|multiple|1.2|times||2023" } },
};

CASES_TEST(test_times_the_year, times_the_year)

/* Years counted on from the text's: "через два года", "через пять
 * лет", "до конца будущего года" (class I: oh15 slobodskoy, oh16 staraya
 * russa, dev11a, oh9; wordings of our own). */
static const struct case_ years_on[] = {
	{ "КИРОВ, 19 ноября 2024 г. Через два года в парке будет двадцать "
	  "резидентов.\n", 0, { "2026|target|20|компаний||" } },
	{ "КИРОВ, 16 мая 2025 г. Планируем ещё два резидента до конца "
	  "будущего года.\n", 0, { "2025..2026|plan|2|компаний||" } },
	{ "ПЕРМЬ, 10 марта 2025 г. Через пять лет выручка резидентов "
	  "достигнет 12 млрд рублей.\n", 0,
	  { "2030|target|12|млрд рублей||" } },
};

CASES_TEST(test_years_on, years_on)

/* In a bracket of several dated figures each takes the date nearest to
 * it, not the bracket's first (class L and N: oh16 bataysk "RUB 214.1
 * million in 2025, RUB 142.8 million in 2026", oh15 belorechensk
 * "(end-1Q25: 12; end-2Q24: 9)"; wordings of our own). */
static const struct case_ bracket_nearest[] = {
	{ "Bank note | 21.07.2025\n\n- Tenants: 15 at end-2Q25 (end-1Q25: 13; "
	  "end-2Q24: 11).\n", 0,
	  { "2025-06-30|level|15|companies||", "2025-03-31|level|13|companies||",
	    "2024-06-30|level|11|companies||" } },
	{ "TULA, 3 March 2025. The park has 14 residents (9 at end-2023, 6 at "
	  "end-2022).\n", 0,
	  { "2025|level|14|companies||", "2023|level|9|companies||",
	    "2022|level|6|companies||" } },
	{ "ТУЛА, 3 марта 2025 г. В парке 14 резидентов (9 на конец 2023 года, "
	  "6 на конец 2022 года).\n", 0,
	  { "2025|level|14|компаний||", "2023|level|9|компаний||",
	    "2022|level|6|компаний||" } },
};

CASES_TEST(test_bracket_nearest, bracket_nearest)

/* "the financial year ended 30 September 2025 (FY2025)": a fiscal year
 * declared by its last day (class D: dev12a dmitrov; the bracket's FY
 * name says which year names it); and a figure compared "up from ... in
 * FY2024" lends that year to no later sentence (dev12a, dev12b).
 * Wordings of our own. */
static const struct case_ fiscal_ended[] = {
	{ "Volga Boards plc\n\nSamara, 20 November 2025 - Volga Boards today "
	  "published results for the financial year ended 30 September 2025 "
	  "(FY2025). Revenue reached RUB 4.4 billion, against RUB 3.9 "
	  "billion in FY2024.\n", 0,
	  { "2024-10..2025-09|flow|4.4|billion RUB||",
	    "2023-10..2024-09|level|3.9|billion RUB||" } },
	{ "Kama Timber plc\n\nKazan, 1 August 2025 - Kama Timber today "
	  "published results for the fiscal year ended 31 March 2025 "
	  "(FY2025). Output reached 240 thousand cubic metres, against 221 "
	  "thousand cubic metres in FY2024.\n", 0,
	  { "2024-04..2025-03|flow|240|thousand cubic meters||",
	    "2023-04..2024-03|level|221|thousand cubic meters||" } },
	{ "Oka Boards plc\n\nKaluga, 27 November 2025 - Oka Boards today "
	  "published results for FY2025 (October 2024 - September 2025). "
	  "Sales reached 212 thousand cubic metres, up from 187 thousand "
	  "cubic metres in FY2024. EBITDA was RUB 1.1 billion.\n", 0,
	  { "2024-10..2025-09|level|212|thousand cubic meters||",
	    "2023-10..2024-09|level|187|thousand cubic meters||",
	    "2024-10..2025-09|level|1.1|billion RUB||" } },
	{ "Results for 2024\n\nKazan, 3 March 2025. Exports reached RUB 2.2 "
	  "billion, up from RUB 1.8 billion in 2023.\nThe park's residents "
	  "paid RUB 310 million in taxes.\n", 0,
	  { "2025-03-03|level|2.2|billion RUB||", "2023|level|1.8|billion RUB||",
	    "2025-03-03|level|310|million RUB||" } },
};

CASES_TEST(test_fiscal_ended, fiscal_ended)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_court_now),
		cmocka_unit_test(test_now_level),
		cmocka_unit_test(test_year_before),
		cmocka_unit_test(test_item_year),
		cmocka_unit_test(test_times_the_year),
		cmocka_unit_test(test_years_on),
		cmocka_unit_test(test_bracket_nearest),
		cmocka_unit_test(test_fiscal_ended),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
