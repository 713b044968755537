/*
** test_extract_gen9a.c: extract's periods, ninth round (issue 16, branch
** extract9a). Before any rule changed, every period miss (a figure found
** with the right value, unit and qualifier and another period; its false
** candidate is the same figure) of old_holdout9 and old_holdout10 (blind
** until this session, two writers, never tuned on), then of dev10a and
** dev10b (two new writers, merged during the round) was classed by the
** language behind it, not by text. Counts are misses per folder:
**
**   phenomenon                                         oh9 oh10 10a 10b
**   A date line without a year ("РОСТОВ-НА-ДОНУ, 14      8    2   0  16
**     марта.", "ЕКАТЕРИНБУРГ, 25 янв", "23 октября"): the
**     key's year is not in the text (left)
**   A date line whose month is cut short, with a year     0    8   0   0
**     ("| 3 апр 2024"): read as no date, today's year
**   A report or audit on past years, its heading naming   0    5   6  22
**     them ("Report on the audit ..., 2021-2023", "... в
**     2022–2024 годах", "reports full-year 2023 results",
**     "отчёт ... за 2024 год", "Annual report 2023" in a
**     foot line), dated by its approval the next year
**   A level said now or at a stated date, dated by a       5    3   6   9
**     neighbouring sentence's period, a bracket's year or
**     put at the plan's horizon ("сейчас ... четыре
**     компании", "occupancy reached 91%", "На 01.10")
**   A plan whose horizon is in another sentence, line or   4    3   9   9
**     slide ("City plan to 2030: +6,000 jobs", a
**     programme's "к 2027 году", "2H24"), or keyed as a
**     target year against the majority
**   A statistics bulletin's title names its months: too    2    1   9   0
**     long in bytes, no word "information" beside the
**     office's name ("Novosibirskstat. Socio-economic
**     situation ..., January-September 2023"), or the
**     figure's clause in the present ("что составляет")
**   A tender's due line ("Term of performance: ... to      1    0   3   6
**     30.06.2025"); dev10a keys the works in the due year
**   "since YEAR" / "since its creation in YEAR": where it   0    2   1   3
**     ends (a January text on the year just over ends it
**     with that year) or a future clause beside it
**   A January speech on last year's results                0    0   3   0
**   Months so far ("с начала года", "за январь–май") in    1    1   2   3
**     a neighbouring clause, a quarter in a bullet
**   A change's base taken as the figure's period ("чем     2    0   1   3
**     во II кв. 2023", "8% above the same months of 2022")
**   A date in a neighbouring clause ("this year" before    0    0   3   0
**     "by 2026", "в текущем году" after a past year)
**   A flattened table's year columns (extract9b's reader)   0    4   0   1
**   single cases (a convention, "this year and next",      1    2   1   0
**     "over three years")
**   total period misses                                   24   31  44  72
**
** Rules, phenomena of two folders or more first, then those of one folder
** with three wordings of our own: a bulletin's title measured in letters
** and "чем годом ранее" that does not count the months back
** (test_long_title, test_than_earlier); short months in date lines
** (test_short_month); an audit's years (test_report_years); "since" in a
** January text on last year's results (test_since_results); statistics
** offices' names (test_stat_office); a heading of a year's results and
** its label items (test_results_heading); "чем во" (test_than_vo); a
** tender's "Term"/"Deadline" line (test_tender_term); "к отчёту" and a
** report's foot line (test_report_forms); a board that approves
** construction (test_approved_build).
**
** Conventions counted in the keys: jobs "by YEAR" are a plan from the
** text's year in 18 keys of 10 folders, a target in that year in 8 of 7
** folders (kept both: "create N jobs" against "reach N jobs"); "since
** YEAR" in a January text ends the year before in 5 keys (dev10b twice,
** old_holdout10, old_holdout7 twice), runs through the text's year in 2
** (old_holdout3, no results of last year named): the rule follows the
** results cue; "за последние N лет" runs through the text's year in 5
** keys of 5 folders, through the last whole year in 2 (an audit's years,
** a hearing); a tender's works are a plan from the text's year to the
** due year in old_holdout6 (two notices), dev9a, dev9b and dev10b (five
** keys of one notice), figures of the due year alone in dev10a's one
** notice (3 keys); "plans to 2030" on a slide is a plan over 2024..2027
** in dev10b (2 keys) and a "plan" in 2030 alone in dev10a (3 keys, which
** the README's "a flow planned over the period" does not fit): left.
** Expected rows ("period|kind|value|unit|qualifier|base") follow
** tests/extract/corpus/README.md and the main README's kinds, worked out
** by hand from the wording, never copied from extract's output.
*/
#include "test_extract_cases.h"

/* A statistics office's title names the half-year or months it reports
 * on; in Russian its 100 letters are some 190 bytes. Its undated flows
 * and "за полугодие" are that half-year's, not the date line's year. */
static const struct case_ long_title[] = {
	{ "Туластат\nЭкспресс-информация «О промышленном производстве в "
	  "Щёкинском районе» за I полугодие 2024 года\nДата выпуска: "
	  "02.08.2024\n\nИнвестиции предприятий в основной капитал за "
	  "полугодие — 5,2 млрд руб.\n", 0,
	  { "2024-01..2024-06|flow|5.2|млрд рублей||" } },
	{ "Татарстанстат\nОперативная информация о деятельности резидентов "
	  "ТОР «Зеленодольск»\nза I полугодие 2024 года\nДата публикации: "
	  "19.08.2024\n\nОбъём отгруженных товаров резидентов составил 12,6 "
	  "млрд рублей.\n", 0,
	  { "2024-01..2024-06|flow|12.6|млрд рублей||" } },
	{ "Самарастат\nИнформация о промышленном производстве предприятий "
	  "индустриального парка «Чапаевск» Самарской области за январь–"
	  "сентябрь 2023 года\nДата выпуска: 10.11.2023\n\nРезиденты "
	  "отгрузили продукции на 3,4 млрд рублей.\n", 0,
	  { "2023-01..2023-09|flow|3.4|млрд рублей||" } },
	{ "Пермьстат\nСведения «Об основных показателях деятельности "
	  "резидентов территории опережающего развития» за I квартал 2024 "
	  "года\nДата выпуска: 15.05.2024\n\nИнвестиции резидентов за "
	  "квартал — 640 млн рублей.\n", 0,
	  { "2024-01..2024-03|flow|640|млн рублей||" } },
};

CASES_TEST(test_long_title, long_title)

/* "за полугодие", "за девять месяцев" without a year are the text's year
 * so far unless the sentence counts back ("Годом ранее рост за девять
 * месяцев составлял 11%"); "чем годом ранее", "than a year earlier" is
 * the base of a change, no counting back (old_holdout9's Щёкино bulletin
 * and wordings of our own). */
static const struct case_ than_earlier[] = {
	{ "Туластат\nЭкспресс-информация «О промышленном производстве в "
	  "Щёкинском районе» за I полугодие 2024 года\nДата выпуска: "
	  "02.08.2024\n\nИнвестиции предприятий кластера в основной капитал "
	  "за полугодие — 5,2 млрд руб., в 1,4 раза больше, чем годом "
	  "ранее.\n", 0,
	  { "2024-01..2024-06|flow|5.2|млрд рублей||",
	    "2024-01..2024-06|multiple|1.4|times||2023-01..2023-06" } },
	{ "Казань, 15 октября 2023 г. Выручка резидентов за девять месяцев "
	  "— 4,2 млрд рублей, на 12% больше, чем годом ранее.", 0,
	  { "2023-01..2023-09|flow|4.2|млрд рублей||",
	    "2023-01..2023-09|percent|12|%||2022-01..2022-09" } },
	{ "Kazan, 15 October 2023. Over the nine months residents shipped "
	  "goods worth RUB 3 billion, 20% more than a year earlier.", 0,
	  { "2023-01..2023-09|flow|3|billion RUB||",
	    "2023-01..2023-09|percent|20|%||2022-01..2022-09" } },
	{ "Липецк, 10 августа 2024 г. Отгрузка резидентов за полугодие — "
	  "1,9 млрд рублей, что на 8% меньше, чем годом ранее.", 0,
	  { "2024-01..2024-06|flow|1.9|млрд рублей||",
	    "2024-01..2024-06|percent|-8|%||2023-01..2023-06" } },
};

CASES_TEST(test_than_earlier, than_earlier)

/* A date line whose month is cut short, as social posts and wire feeds
 * print it ("3 апр 2024", "11 ноя", "12 сент. 2023"): the text's date,
 * not today's year (old_holdout10's VK post and wire item, dev10b's
 * flash). Without a year it stays a date without a year. */
static const struct case_ short_month[] = {
	{ "Индустриальный парк «Углич» | запись сообщества | 3 апр 2024\n\n"
	  "За I квартал резиденты отгрузили продукции на 410 млн рублей.\n",
	  0, { "2024-01..2024-03|flow|410|млн рублей||" } },
	{ "Технопарк | пост | 12 сент. 2023\n\nЗа январь–август резиденты "
	  "отгрузили продукции на 310 млн рублей.\n", 0,
	  { "2023-01..2023-08|flow|310|млн рублей||" } },
	{ "ОЭЗ «Липецк» · 5 дек 2022\n\nВ прошлом году средняя зарплата в "
	  "парке составила 61 тыс. рублей.\n", 0,
	  { "2021|level|61|тыс. рублей||" } },
	{ "ЕКАТЕРИНБУРГ, 25 янв — РИА Урал. Сейчас в парке 19 резидентов.", 0,
	  { "|level|19|компаний||" } },
};

CASES_TEST(test_short_month, short_month)

/* An audit or a report whose heading names the years it covers ("Report
 * on the audit ..., 2021-2023", "Отчёт ... в 2022–2024 годах"), dated by
 * its approval the year after: its undated past figures and "за три
 * года", "over the three years under review" are those years, not the
 * three up to the approval date (dev10a, dev10b: two writers). */
static const struct case_ report_years[] = {
	{ "СЧЁТНАЯ ПАЛАТА ВЛАДИМИРСКОЙ ОБЛАСТИ\nОтчёт о результатах "
	  "контрольного мероприятия «Проверка эффективности использования "
	  "бюджетных средств, направленных на развитие ТОР \"Радужный\" в "
	  "2022–2024 годах» (извлечение)\nУтверждён коллегией 20.02.2025\n\n"
	  "Объём налоговых льгот, предоставленных резидентам за три года, — "
	  "63,8 млн руб.\n", 0,
	  { "2022..2024|flow|63.8|млн рублей||" } },
	{ "Report on the audit of the Kaluga SEZ, 2020-2022\nApproved 3 March "
	  "2023\n\nOver the three years under review the region spent RUB "
	  "1.2 billion on roads.\n", 0,
	  { "2020..2022|flow|1.2|billion RUB||" } },
	{ "Отчёт о проверке использования субсидий технопарку «Модуль» в "
	  "2019–2021 годах\nУтверждён 15.02.2022\n\nЗа три года резидентам "
	  "предоставлено льгот на 41 млн рублей.\n", 0,
	  { "2019..2021|flow|41|млн рублей||" } },
	{ "Счётная палата. Отчёт о результатах проверки ОЭЗ «Тольятти» за "
	  "2021–2023 годы\nУтверждён 11.04.2024\n\nИз областного бюджета на "
	  "дороги было направлено 820 млн рублей.\n", 0,
	  { "2021..2023|flow|820|млн рублей||" } },
};

CASES_TEST(test_report_years, report_years)

/* A total "since YEAR" in a text dated in January that reports on the
 * year just over ("итоги 2024 года", "2023 results", "по итогам 2023
 * года") is tallied to that year's end: 5 keys of dev10b, old_holdout10
 * and old_holdout7 say so. Without such results, or later in the year,
 * it runs through the text's year (old_holdout3's January text, 2 keys). */
static const struct case_ since_results[] = {
	{ "Министерство экономического развития\nПресс-релиз, 20 января 2024 "
	  "г.\n\nТехнопарк «Импульс»: итоги 2023 года\n\nС 2015 года "
	  "резиденты вложили в проекты 8,2 млрд рублей.\n", 0,
	  { "2015..2023|flow|8.2|млрд рублей||" } },
	{ "Kazan, 24 January 2024\n\nIT park: 2023 results\n\nSince 2012 "
	  "residents have invested RUB 30 billion in the park.\n", 0,
	  { "2012..2023|flow|30|billion RUB||" } },
	{ "Томск, 18 января 2025 г. По итогам 2024 года в ОЭЗ 62 резидента. "
	  "Всего с 2006 года они вложили 41 млрд рублей.", 0,
	  { "2024|level|62|компаний||", "2006..2024|flow|41|млрд рублей||" } },
	{ "Кемерово, 30 января 2024 г. — С 2016 года резиденты вложили в "
	  "экономику региона 47 млрд руб.", 0,
	  { "2016..2024|flow|47|млрд рублей||" } },
	{ "Казань, 14 марта 2024 г. Итоги 2023 года. С 2017 года резиденты "
	  "вложили 5 млрд рублей.", 0,
	  { "2017..2024|flow|5|млрд рублей||" } },
};

CASES_TEST(test_since_results, since_results)

/* A statistics office names itself ("Novosibirskstat", "Самарастат",
 * "Kemerovostat") above a title that names the months reported on, with
 * no word "information" or "bulletin" ("Socio-economic situation of
 * Iskitim district, January-September 2023", dev10a): the office's name
 * says it is a bulletin, whose undated figures are about those months. */
static const struct case_ stat_office[] = {
	{ "Novosibirskstat. Socio-economic situation of Iskitim district, "
	  "January-September 2023 (excerpt)\nReleased 10 November 2023\n\n"
	  "Their average headcount was 2,215 people, 1.08 times that of "
	  "January-September 2022.\n", 0,
	  { "2023-01..2023-09|level|2215|people||",
	    "2023-01..2023-09|multiple|1.08|times||2022-01..2022-09" } },
	{ "Kemerovostat. Industrial output of Kuzbass parks, January-June "
	  "2024\nReleased 5 August 2024\n\nResidents shipped goods worth "
	  "RUB 12 billion.\n", 0,
	  { "2024-01..2024-06|flow|12|billion RUB||" } },
	{ "Самарастат\nДеятельность резидентов ОЭЗ «Тольятти» в январе–"
	  "сентябре 2023 года\n14.11.2023\n\nРезиденты отгрузили продукции "
	  "на 48 млрд рублей.\n", 0,
	  { "2023-01..2023-09|flow|48|млрд рублей||" } },
};

CASES_TEST(test_stat_office, stat_office)

/* A heading that announces a whole past year's results ("SibPolymer
 * Seversk reports full-year 2023 results", "Технопарк «Идея»: итоги 2023
 * года") dates the undated past figures under it, as "Annual report
 * 2023" does (dev10b's IR release, old_holdout10's annual report), and
 * its verbless label items ("- Export share: 18%"). */
static const struct case_ results_heading[] = {
	{ "Press release | Investor relations\nSibPolymer Seversk reports "
	  "full-year 2023 results\nSeversk, 21 February 2024\n\n- Revenue: up "
	  "32% year on year.\n", 0, { "2023|percent|32|%||2022" } },
	{ "Press release\nKamaz Park reports full-year 2023 results\n"
	  "Naberezhnye Chelny, 20 February 2024\n\nResidents' sales rose 12% "
	  "year on year.\n", 0, { "2023|percent|12|%||2022" } },
	{ "Технопарк «Идея»: итоги 2023 года\nКазань, 15 февраля 2024 г.\n\n"
	  "Выручка резидентов выросла на 15% к 2022 году.\n", 0,
	  { "2023|percent|15|%||2022" } },
	{ "Press release\nKamaz Park reports full-year 2023 results\n"
	  "Naberezhnye Chelny, 20 February 2024\n\n- Export share: 18%.\n"
	  "- Share of residents' own R&D: 4.5%.\n", 0,
	  { "2023|level|18|%||", "2023|level|4.5|%||" } },
	{ "Results for 2022\nTomsk, 3 March 2023\n\nThe number of patents "
	  "filed by residents grew by 18% on the previous year.\n", 0,
	  { "2022|percent|18|%||2021" } },
};

CASES_TEST(test_results_heading, results_heading)

/* "во" is "в" before some consonants ("во II кв. 2023", "во втором
 * квартале"): "чем во II кв. 2023" is a change's base as "чем в 2023
 * году" is, not the period of the figure before it (old_holdout9's
 * VEB.RF note and wordings of our own). */
static const struct case_ than_vo[] = {
	{ "Москва, 15 августа 2024 г.\n\n• II кв. 2024: подписано 31 новое "
	  "соглашение с резидентами — вдвое больше, чем во II кв. 2023.\n", 0,
	  { "2024-04..2024-06|flow|31|соглашение||",
	    "2024-04..2024-06|multiple|2|times||2023-04..2023-06" } },
	{ "Самара, 20 августа 2024 г. Во втором квартале 2024 года резиденты "
	  "отгрузили продукции на 2,3 млрд рублей, на 14% больше, чем во "
	  "втором квартале 2023 года.", 0,
	  { "2024-04..2024-06|flow|2.3|млрд рублей||",
	    "2024-04..2024-06|percent|14|%||2023-04..2023-06" } },
	{ "Пермь, 5 февраля 2024 г. Резиденты во II полугодии 2023 года "
	  "вложили 1,1 млрд рублей — на 25% больше, чем во II полугодии 2022 "
	  "года.", 0,
	  { "2023-07..2023-12|flow|1.1|млрд рублей||",
	    "2023-07..2023-12|percent|25|%||2022-07..2022-12" } },
};

CASES_TEST(test_than_vo, than_vo)

/* A tender notice's due line may open "Term of performance", "Deadline"
 * or "Сроки выполнения работ" as well as "Completion" or "Срок": the
 * works put out are planned from the text's year to it (dev10b's notice;
 * the keys of old_holdout6, dev9a and dev9b). */
static const struct case_ tender_term[] = {
	{ "NOTICE OF OPEN TENDER No. 0129200005324000871\nDate of "
	  "publication: 05.03.2024\n\nScope: water supply network 4.3 km.\n"
	  "Term of performance: from the date of the contract to "
	  "30.06.2025.\n", 0, { "2024..2025|plan|4.3|km||" } },
	{ "NOTICE OF OPEN TENDER No. 17\nDate of publication: 12.02.2024\n\n"
	  "Scope: substation capacity 16 MVA.\nDeadline: 15 December 2025.\n",
	  0,
	  { "2024..2025|plan|16|MVA||" } },
	{ "ИЗВЕЩЕНИЕ о проведении открытого конкурса № 12\nДата размещения: "
	  "14.03.2024\n\nОбъект: водовод протяжённостью 5,2 км.\nСроки "
	  "выполнения работ: до 01.11.2025.\n", 0,
	  { "2024..2025|plan|5.2|км||" } },
};

CASES_TEST(test_tender_term, tender_term)

/* A report named in any case ("Приложение 3 к отчёту ... за 2024 год")
 * or in a foot line ("Annual report 2023, approved by the general meeting
 * on 30 May 2024", old_holdout10; "Годовой отчёт за 2023 год утверждён
 * ...") is about that year. */
static const struct case_ report_forms[] = {
	{ "Приложение 2 к отчёту о деятельности технопарка «Импульс» за 2023 "
	  "год\nДата составления: 20.02.2024\n\nВыручка резидентов выросла "
	  "на 11% к 2022 году.\n", 0, { "2023|percent|11|%||2022" } },
	{ "3. Operating review\n\nResidents' revenue grew 14% on 2022.\n\n"
	  "Annual report 2023, approved by the general meeting on 30 May "
	  "2024\n", 0, { "2023|percent|14|%||2022" } },
	{ "Раздел 4. Результаты\n\nВыручка резидентов выросла на 9% к 2022 "
	  "году.\n\nГодовой отчёт за 2023 год утверждён собранием "
	  "акционеров 28 июня 2024 г.\n", 0, { "2023|percent|9|%||2022" } },
};

CASES_TEST(test_report_forms, report_forms)

/* A board that approves construction decides to build: what it approves
 * is planned from the text's year to the due date of the next sentence
 * ("Completion: 3Q 2025"), as "agreed to build" already is (dev10b's
 * board minutes and wordings of our own). */
static const struct case_ approved_build[] = {
	{ "Bugulma, 18 June 2024\n\nThe Board approved construction of "
	  "building No. 2 of 9,600 sq m at an estimated cost not exceeding RUB "
	  "410 million. Completion: 3Q 2025.\n", 0,
	  { "2024..2025|plan|9600|square meters||",
	    "2024..2025|plan|410|million RUB|up_to|" } },
	{ "Kazan, 3 April 2024\n\nThe supervisory board approved the "
	  "construction of a 12,000 sq m warehouse. Completion: 2026.\n", 0,
	  { "2024..2026|plan|12000|square meters||" } },
	{ "Липецк, 3 апреля 2024 г.\n\nСовет директоров одобрил строительство "
	  "корпуса площадью 8 тыс. кв. м. Ввод в эксплуатацию — 2025 год.\n",
	  0, { "2024..2025|plan|8|тыс. кв. м||" } },
};

CASES_TEST(test_approved_build, approved_build)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_title),
		cmocka_unit_test(test_than_earlier),
		cmocka_unit_test(test_short_month),
		cmocka_unit_test(test_report_years),
		cmocka_unit_test(test_since_results),
		cmocka_unit_test(test_stat_office),
		cmocka_unit_test(test_results_heading),
		cmocka_unit_test(test_than_vo),
		cmocka_unit_test(test_tender_term),
		cmocka_unit_test(test_report_forms),
		cmocka_unit_test(test_approved_build),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
