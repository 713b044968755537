/*
** test_extract_gen9b.c: extract's values, units, qualifiers and kinds,
** ninth round on issue 16 (branch extract9b). Before any rule changed,
** every miss and false candidate of old_holdout9 (oh9) and old_holdout10
** (oh10), two folders by two writers not tuned on before, that is not a
** period's (not marked [period], not "found as ...: period") was classed
** by the language behind it, not by text; dev10a and dev10b (two more
** writers) were classed the same way from main's binary when they
** arrived. Counts are misses/false candidates per folder:
**
**   phenomenon                                     oh9  oh10 10a  10b
**   A table flattened into one run of text, its   14/5 17/4 12/0 12/0
**     dated column heads and every row on one
**     line ("Показатель 2021 2022 2023 Резиденты,
**     ед. 14 19 26 ...", "Indicator | 2021 | 2022
**     | 2023 Residents | 6 | 8 | 11 ...", "на
**     01.01.2023 на 01.01.2024"); of them a table
**     whose columns are subjects (oh9: 6/2)
**   A statistics index read as a level ("104.2%    3/3  2/2  4/3  4/2
**     of the level", "96,3% к"), a change of N-100
**     % in the keys: its kind is decided in
**     extract_cue.c, the periods engineer's
**   A count whose unit is taken from the wrong      2/2  9/8  1/2  7/7
**     noun ("число резидентов ТОР" as territories,
**     "участников кластера" as clusters,
**     "инвесторов" that the keys count as
**     companies, "1,500 jobs" for people)
**   A plan/fact report ("план — 6, факт — 7",       0/0  5/2  3/0  4/0
**     "ед.: 10 / 11", "Показатель план факт ...")
**   A share in words ("half of", "две трети",       1/0  3/0  1/0  3/0
**     "three quarters", "a third")
**   A count said without its noun or in words      5/0  3/0  1/0  3/0
**     ("we have fifteen", "Около 1 700" after a
**     question, "двое из них")
**   A qualifier read or lost ("from RUB 45",       0/0  3/0  3/0  4/0
**     "перевалила за 900", "перешагнули отметку",
**     "до 256 га", "capped at")
**   A label's number with a bracket after it      2/0  0/0  3/0  2/0
**     ("Residents: 6 (as of 1 July 2024)")
**   Tonnes abbreviated ("3.4 mln t", "thousand t")  0/0  0/0  3/0  4/0
**   A table ending in a change column ("|          0/0  0/0  6/0  0/0
**     изменение", "+2")
**   No-figures: a time of day ("10:42 MSK")         0/0  0/1  0/0  0/2
**   No-figures: a day before a month cut short     0/0  0/2  0/0  0/1
**     ("25 янв", "3 апр 2024", "11 ноя")
**   No-figures: terms and spans ("status for ten   0/2  0/0  0/3  0/1
**     years", "три-четыре года вперёд", "2
**     рабочих дней")
**   No-figures, other ("three things", "two        0/3  0/3  0/2  0/5
**     zones", "3 показателей", "2 pumping stations")
**
** Rules follow phenomena seen in two folders or more, largest first:
** flattened tables (test_flat_table); values of one measure listed
** after its label with the unit said once (test_listed_values); the
** count a "число/количество/number of" names (test_number_of); tonnes
** abbreviated (test_tonnes); a bare "half of" a whole as 50 %
** (test_bare_half); a label's number before a bracket that dates it or
** gives other figures (test_label_aside, test_label_words); a Russian
** month cut short (test_month_abbr); who attended a meeting (four
** folders: test_attendance); a mark gone past as over
** (test_mark_passed); investors as companies (test_unit_noun.c); a
** price floor "from RUB 45" (test_from_floor); a time of day
** (test_clock_time); a count of the text's own items (test_own_items);
** the end of "from N units to M" and "при плане M" (oh10, dev10b:
** test_from_to).
** One folder only, each with wordings of my own: a change column
** (dev10a 6: test_change_column); the term of a zone's status as no
** figure, a benefit's term still one as the seed texts key it (dev10a
** 3: test_status_term); shares in words in the genitive ("двух
** третей", dev10b 1: test_share_cases); "we will finish it with
** fifteen" (oh10 1: test_ends_with, value, unit and qualifier only).
**
** Left: the statistics index (extract9a's), tables whose columns are
** subjects or whose "план факт" heads run into one line (no year on
** the line), counts said only in answers to a question, the other
** no-figures, and the kinds and periods of the new figures (a plan
** column as target or plan, tonnes shipped as a flow, a report's year
** from its heading: extract_cue.c and the period files). Where a case's
** period or kind is not this round's, its wording makes them plain (an
** explicit year, a level).
**
** Expected rows ("period|kind|value|unit|qualifier|base") follow
** tests/extract/corpus/README.md and the main README's kinds, worked out
** by hand from the wording, never copied from extract's output.
*/
#include "test_extract_cases.h"
#include "test_extract_vuq.h"

/* A table pasted as one line: a head word, dated columns, then rows of a
 * label and one value a column. Each value has its column's period and
 * its label's unit; thousands grouped by spaces run together and are
 * split where only one split gives a value a column. */
static const struct case_ flat_table[] = {
	{ "Показатели технопарка\n\nПоказатель 2022 2023 Резиденты, ед. 31 "
	  "35 Выручка резидентов, млн руб. 2 450 3 120\n", 20240301,
	  { "2022|level|31|компаний||", "2023|level|35|компаний||",
	    "2022|flow|2450|млн рублей||", "2023|flow|3120|млн рублей||" } },
	{ "Park at a glance\n\nIndicator | 2020 | 2021 | 2022 Jobs | 120 | "
	  "245 | 310 Investment, RUB bn | 1.5 | 2.25 | 4\n", 20230301,
	  { "2020|level|120|jobs||", "2021|level|245|jobs||",
	    "2022|level|310|jobs||", "2020|flow|1.5|billion RUB||",
	    "2021|flow|2.25|billion RUB||", "2022|flow|4|billion RUB||" } },
	{ "Сведения о парке\n\nПоказатель на 01.07.2023 на 01.07.2024 "
	  "Площадь, га 12,5 18 Работники, чел. 1 050 1 210\n", 20240801,
	  { "2023-07-01|level|12.5|га||",
	    "2024-07-01|level|18|га||",
	    "2023-07-01|level|1050|человек||",
	    "2024-07-01|level|1210|человек||" } },
	{ "Cluster data\n\nMetric 2019 2020 2021 Residents 212 305 388 "
	  "Exports, USD mln 14 19 26\n", 20220301,
	  { "2019|level|212|companies||", "2020|level|305|companies||",
	    "2021|level|388|companies||", "2019|flow|14|million USD||",
	    "2020|flow|19|million USD||", "2021|flow|26|million USD||" } },
};
CASES_TEST(test_flat_table, flat_table)

/* "half of X" with no qualifier before is a share of 50 % ("but half of
 * its residents are SMEs", "half of the new space is already booked");
 * a half of time ("the first half of 2023", "во второй половине") and
 * a breakdown ("half of whom") are none. */
static const struct case_ bare_half[] = {
	{ "In 2023 half of the park's residents exported their goods.\n",
	  20240301, { "2023|level|50|%||" } },
	{ "Половина резидентов технопарка в 2023 году — малые предприятия.\n",
	  20240301, { "2023|level|50|%||" } },
	{ "В 2023 году резиденты заняли половину площадей парка.\n", 20240301,
	  { "2023|level|50|%||" } },
	{ "The second half of 2023 was quiet for the park.\n", 20240301,
	  { NULL } },
	{ "Во второй половине года парк не принимал новых резидентов.\n",
	  20240301, { NULL } },
	{ "Residents hired new staff, half of whom came from Kazan.\n",
	  20240301, { NULL } },
};
CASES_TEST(test_bare_half, bare_half)

/* Values of one measure after its label: apart by a slash, or each after
 * the word that says which value it is. The unit said with the first is
 * the unit of the rest; a second label with a unit noun of its own keeps
 * it ("Площадь — 1500 га, резидентов — 15"). */
static const struct case_ listed_values[] = {
	{ "В 2023 году число резидентов, ед.: 10 / 11.\n", 20240301,
	  { "2023|level|10|компаний||", "2023|level|11|компаний||" } },
	{ "In 2023, jobs: 180 / 152.\n", 20240301,
	  { "2023|level|180|jobs||", "2023|level|152|jobs||" } },
	{ "В 2023 году число резидентов: оценка — 12, факт — 14.\n",
	  20240301, { "2023|level|12|компаний||", "2023|level|14|компаний||" } },
	{ "In 2023, residents: estimate: 12, actual: 14.\n", 20240301,
	  { "2023|level|12|companies||", "2023|level|14|companies||" } },
	{ "В 2023 году численность работников, чел.: 1 200 / 1 350.\n",
	  20240301, { "2023|level|1200|человек||",
		      "2023|level|1350|человек||" } },
	{ "Площадь зоны — 1500 га, резидентов — 15.\n", 20210709,
	  { "2021|level|1500|га||", "2021|level|15|компаний||" } },
};
CASES_TEST(test_listed_values, listed_values)

/* Tonnes abbreviated, in either language, and the Russian forms after
 * two to four ("3 тонны"). */
static const struct case_ tonnes[] = {
	{ "In 2023 the mill's capacity was 2.5 mln t of pellets.\n", 20240301,
	  { "2023|level|2.5|million tonnes||" } },
	{ "В 2023 году мощность завода составила 12 тыс. т удобрений.\n",
	  20240301, { "2023|level|12|тыс. т||" } },
	{ "В 2023 году на складе хранились 3 тонны сырья.\n", 20240301,
	  { "2023|level|3|тонн||" } },
};
CASES_TEST(test_tonnes, tonnes)

/* A Russian month cut to its first letters is a month: the day before it
 * is a date, not a count, and the date dates the text. */
static const struct case_ month_abbr[] = {
	{ "ТОМСК, 14 фев 2024 — В технопарке работают 12 резидентов.\n", 0,
	  { "2024-02-14|level|12|компаний||" } },
	{ "Пост от 3 апр 2024\n\nВ 2023 году в парке работали 140 "
	  "человек.\n", 0, { "2023|level|140|человек||" } },
	{ "ОМСК, 9 дек. 2023. Площадь парка на 1 декабря 2023 года — 45 "
	  "га.\n", 0, { "2023-12-01|level|45|га||" } },
};
CASES_TEST(test_month_abbr, month_abbr)

/* Hours and minutes are when a text was filed, never a figure; a ratio
 * or a score written with spaces around the colon is not a time. */
static const struct case_ clock_time[] = {
	{ "KAZAN, May 5, 2024, 09:15 MSK - In 2023 the park had 31 "
	  "residents.\n", 0, { "2023|level|31|companies||" } },
	{ "Опубликовано в 18:05. В 2023 году в парке работали 140 "
	  "человек.\n", 20240301, { "2023|level|140|человек||" } },
	{ "Updated 7:30 GMT. In 2023 the park had 45 residents.\n",
	  20240301, { "2023|level|45|companies||" } },
};
CASES_TEST(test_clock_time, clock_time)

/* "число X ... N": N counts X, whatever nouns stand between ("ТОР",
 * "кластера", "the SEZ"), and X may follow words that qualify it. */
static const struct case_ number_of[] = {
	{ "В 2023 году число участников кластера увеличилось с 38 до 46.\n",
	  20240301, { "2022|level|38|компаний||", "2023|level|46|компаний||" } },
	{ "За 2023 год число резидентов ОЭЗ выросло с 38 до 46.\n", 20240301,
	  { "2022|level|38|компаний||", "2023|level|46|компаний||" } },
	{ "In 2023 the number of residents of the Kaluga SEZ grew from 38 to "
	  "46.\n", 20240301,
	  { "2022|level|38|companies||", "2023|level|46|companies||" } },
	{ "В 2023 году количество постоянных рабочих мест в технопарке "
	  "достигло 410.\n", 20240301, { "2023|level|410|рабочих мест||" } },
};
CASES_TEST(test_number_of, number_of)

/* A label's number followed by a bracket that dates it or gives another
 * figure still counts what the label names. */
static const struct case_ label_aside[] = {
	{ "FACT SHEET\nUpdated: 01.03.2024\n\nResidents: 12 (as of 1 March "
	  "2024)\n", 0, { "2024-03-01|level|12|companies||" } },
	{ "Паспорт площадки\nОбновлено: 01.03.2024\n\nРезиденты: 9 (на 1 "
	  "марта 2024 года)\n", 0, { "2024-03-01|level|9|компаний||" } },
	{ "FACT SHEET, 2023\n\nTenants in 2023: 31 (27 in 2022)\n", 0,
	  { "2023|level|31|companies||", "2022|level|27|companies||" } },
};
CASES_TEST(test_label_aside, label_aside)

/* "from" after a label's colon or dash with no "to" after it is where
 * the value starts: a floor; "from 27 to 31" stays a range. */
static const struct case_ from_floor[] = {
	{ "In 2024 office rent: from RUB 900 per sq m a month.\n", 20240601,
	  { "2024|level|900|RUB|at_least|" } },
	{ "В 2024 году стоимость земли — от 300 рублей за кв. м.\n", 20240601,
	  { "2024|level|300|рублей|at_least|" } },
	{ "In 2024 the land price: from 120 roubles per square metre.\n",
	  20240601, { "2024|level|120|rubles|at_least|" } },
	{ "In 2024 the land price: from 120 to 150 roubles per square metre.\n",
	  20240601, { "2024|level|120|rubles|at_least|",
		      "2024|level|150|rubles|up_to|" } },
};
CASES_TEST(test_from_floor, from_floor)

/* Going past a mark is "over": "перевалить за", "перешагнуть/преодолеть
 * отметку (в) / рубеж", "crossed/passed the ... mark". */
static const struct case_ mark_passed[] = {
	{ "В 2023 году число резидентов парка перевалило за 40.\n",
	  20240301, { "2023|level|40|компаний|over|" } },
	{ "В 2023 году численность работников преодолела рубеж 5 тыс. "
	  "человек.\n", 20240301, { "2023|level|5|тыс. человек|over|" } },
	{ "In 2023 the park's staff passed the 2,000 people mark.\n",
	  20240301, { "2023|level|2000|people|over|" } },
};
CASES_TEST(test_mark_passed, mark_passed)

/* A change column after the dated ones: its value is the change over the
 * span between the last two (a year's columns: the last year; first days
 * of months: the months between), sign and all. */
static const struct case_ change_column[] = {
	{ "Показатели парка\n\nПоказатель | на 01.01.2023 | на 01.01.2024 | "
	  "прирост\nРезиденты, ед. | 12 | 15 | +3\n", 20240301,
	  { "2023-01-01|level|12|компаний||", "2024-01-01|level|15|компаний||",
	    "2023|level|3|компаний||" } },
	{ "Park data\n\nIndicator | 2022 | 2023 | change\nJobs | 410 | 385 | "
	  "-25\n", 20240301,
	  { "2022|level|410|jobs||", "2023|level|385|jobs||",
	    "2023|level|-25|jobs||" } },
	{ "Park data\n\nIndicator | 1 April 2024 | 1 October 2024 | +/-\n"
	  "Residents | 20 | 26 | +6\n", 20241101,
	  { "2024-04-01|level|20|companies||",
	    "2024-10-01|level|26|companies||",
	    "2024-04..2024-09|level|6|companies||" } },
};
CASES_TEST(test_change_column, change_column)

/* A share in words keeps its value in every case after a qualifier:
 * "более двух третей", "около трёх четвертей". */
static const struct case_ share_cases[] = {
	{ "В 2023 году резиденты заняли более двух третей площади парка.\n",
	  20240301, { "2023|level|66.7|%|over|" } },
	{ "В 2023 году на экспорт ушло около трёх четвертей продукции.\n",
	  20240301, { "2023|level|75|%|about|" } },
	{ "В 2023 году занято почти трех четвертей офисов.\n", 20240301,
	  { "2023|level|75|%|almost|" } },
};
CASES_TEST(test_share_cases, share_cases)

/* How long a status lasts is no figure of the zone; how long a tax
 * benefit lasts is (the seed texts key it). */
static const struct case_ status_term[] = {
	{ "The park received its status in 2021 for fifteen years.\n",
	  20240301, { NULL } },
	{ "В 2020 году площадке присвоен статус ОЭЗ сроком на 49 лет.\n",
	  20240301, { NULL } },
	{ "Its status of a priority territory runs for 10 years from 2018.\n",
	  20240301, { NULL } },
	{ "In 2025 residents are exempt from property tax for 10 years.\n",
	  20250301, { "2025|level|10|years||" } },
};
CASES_TEST(test_status_term, status_term)

/* "from N units to M", "с N единиц до M", "N units при плане M": M
 * counts what N counts. */
static const struct case_ from_to[] = {
	{ "The park grew from 4 residents in 2021 to 12 in 2023.\n",
	  20240301, { "2021|level|4|companies||", "2023|level|12|companies||" } },
	{ "В 2023 году площадь цехов составила 40 тыс. кв. м при плане "
	  "45.\n", 20240301, { "2023|level|40|тыс. кв. м||",
				"2023|level|45|тыс. кв. м||" } },
	{ "В 2023 году в парке работали 120 человек при плане 150.\n",
	  20240301, { "2023|level|120|человек||", "2023|level|150|человек||" } },
};
CASES_TEST(test_from_to, from_to)

/* "start/begin/end/finish/close ... with N": N counts what the sentence
 * counted before. */
static const struct case_ ends_with[] = {
	{ "KAZAN, 10 December 2023 - We started the year with twelve "
	  "residents and we will end it with eighteen.\n", 0,
	  { "12|companies|", "18|companies|" } },
	{ "OMSK, 5 December 2024 - The park began the year with 30 tenants "
	  "and will close it with 34.\n", 0,
	  { "30|companies|", "34|companies|" } },
	{ "TULA, 1 December 2023 - We had 7 residents in January and will "
	  "finish the year with 9.\n", 0, { "7|companies|", "9|companies|" } },
};
VUQ_TEST(test_ends_with, ends_with)

/* A meeting's attendance and quorum count no figure of the park; the
 * minutes' own figures still count. */
static const struct case_ attendance[] = {
	{ "Minutes of the supervisory board, 12 March 2024\n\nPresent: 11 "
	  "of 15 directors.\n", 0, { NULL } },
	{ "Протокол заседания совета, 12.03.2024\n\nНа заседании "
	  "присутствуют 5 из 9 членов, кворум есть.\n", 0, { NULL } },
	{ "Attendance: 8 of 12 board members. In 2023 the park had 40 "
	  "residents.\n", 20240312, { "2023|level|40|companies||" } },
};
CASES_TEST(test_attendance, attendance)

/* The bracket may give its figures in words. Value, unit and qualifier
 * only:
 * a fact sheet's date is the periods engineer's. */
static const struct case_ label_words[] = {
	{ "FACT SHEET\nUpdated: 01.03.2024\n\nResidents: 8 (two of them "
	  "foreign)\n", 0, { "8|companies|", "2|companies|" } },
	{ "FACT SHEET\nUpdated: 01.03.2024\n\nTenants: 14 (nine of them "
	  "in production)\n", 0, { "14|companies|", "9|companies|" } },
	{ "Паспорт площадки\nОбновлено: 01.03.2024\n\nРезиденты: 7 (из них "
	  "два иностранных)\n", 0, { "7|компаний|", "2|компаний|" } },
};
VUQ_TEST(test_label_words, label_words)

/* A count of the items the text itself lists or reports on is no
 * figure of the park. */
static const struct case_ own_items[] = {
	{ "Five facts from 2023:\nIn 2023 the park had 31 residents.\n",
	  20240301, { "2023|level|31|companies||" } },
	{ "В 2023 году план по всем пяти показателям выполнен: в парке 31 "
	  "резидент.\n", 20240301, { "2023|level|31|компаний||" } },
	{ "All four indicators were met in 2023.\n", 20240301, { NULL } },
};
CASES_TEST(test_own_items, own_items)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flat_table),
		cmocka_unit_test(test_bare_half),
		cmocka_unit_test(test_listed_values),
		cmocka_unit_test(test_tonnes),
		cmocka_unit_test(test_month_abbr),
		cmocka_unit_test(test_clock_time),
		cmocka_unit_test(test_number_of),
		cmocka_unit_test(test_label_aside),
		cmocka_unit_test(test_from_floor),
		cmocka_unit_test(test_mark_passed),
		cmocka_unit_test(test_change_column),
		cmocka_unit_test(test_share_cases),
		cmocka_unit_test(test_status_term),
		cmocka_unit_test(test_from_to),
		cmocka_unit_test(test_ends_with),
		cmocka_unit_test(test_attendance),
		cmocka_unit_test(test_label_words),
		cmocka_unit_test(test_own_items),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
