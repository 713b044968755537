/*
** test_extract_gen8a.c: extract's periods, eighth round on issue 16
** (branch extract8a). Before any rule changed, every period miss of
** old_holdout6, old_holdout7, old_holdout8 and own7b (figures found with
** the right value, unit and qualifier and another period; their false
** candidates are the same figures) was classed by the language behind it,
** not by text. Counts are misses per folder (oh6 oh7 oh8 own7b):
**
**   phenomenon                                             oh6 oh7 oh8 o7b
**   A plan toward a year to come, keyed from the text's      14  10  12   0
**     year to that year ("a further 40k sq m by 2023",
**     "до 2025 года построить 300 тыс. кв. м", "to be ready
**     in 2024", the year in another sentence or the
**     horizon: "The seven-year facility will pay for ...")
**       of them the year in the same sentence ("by", "до")     5   5   4   0
**   A level said now ("now", "сейчас", present tense,          5  11   3   0
**     "currently", "still") dated by a neighbouring
**     sentence's period, a future event or a "since"
**   A flattened table or list whose year columns/rows          0   0   0   8
**     date the values (Perm newsletter)
**   A report period in a heading or label inherited by         1   1   6   1
**     "за полугодие", "9 months", undated figures
**   The base of a comparison taken as the period ("nearly      0   2   3   0
**     double what it cost in 2019", "1.4 times their 2022
**     figure", "в 1,3 раза выше показателя 9 месяцев 2022 г.",
**     "+18% vs 1Q23")
**   A date line not found (after a heading or a correction     0   4   4   0
**     line, a registry without one): period from today
**   Years in words ("к двадцать первому году", "в двадцать     0   0   5   0
**     четвёртом — двадцать пятом годах")
**   "since YEAR" / "за последние N лет": through the text's    1   2   1   0
**     year or through the last whole year (a convention)
**   Months or a quarter without a year ("С января по июль",    2   0   2   4
**     "В IV квартале" under a heading of IV кв. 2023, "На 1
**     июля"), and a flow "so far this year" (year to date)
**   A Russian founding participle ("в зоне, созданной в        1   0   2   0
**     2020 году") dating the zone's figures
**   "this year", "в нынешнем году" not read                    0   0   2   0
**   A document's own date ("Постановлением от 2 февраля")      0   1   1   0
**     taken for the figure's
**   other single cases (budget years, a decree's horizon)      2   1   0   4
**
** Rules follow phenomena seen in at least two folders, largest first.
** Expected rows ("period|kind|value|unit|qualifier|base") follow
** tests/extract/corpus/README.md and the main README's kinds (a plan is
** "a flow planned over the period", a target "a level to reach by the end
** of the period"), worked out by hand, never copied from extract's
** output. An as-of of 0 runs as an analyst runs a fresh release.
*/
#include "test_extract_cases.h"

/* Something to be added by a year to come ("a further 300 MW by 2027",
 * "a second building of 20,000 square metres by the end of 2025", "до
 * 2026 года построить второй корпус"): an increase planned from the
 * text's year to that year. A level the whole is raised to ("bring its
 * area to 100 ha by 2026", "площадь достигнет 120 га") stays a target. */
static const struct case_ built_by[] = {
	{ "Kazan, 3 March 2023. A further 300 MW of capacity is planned by "
	  "2027.", 0, { "2023..2027|plan|300|MW||" } },
	{ "Kazan, 3 March 2023. A second building of 20,000 square metres "
	  "should open by the end of 2025.", 0,
	  { "2023..2025|plan|20000|square meters||" } },
	{ "Тула, 3 марта 2023 г. До 2026 года планируется построить второй "
	  "корпус площадью 15 тыс. кв. м.", 0,
	  { "2023..2026|plan|15|тыс. кв. м||" } },
	{ "Тула, 3 марта 2023 г. К 2025 году на новой площадке проложат 7 км "
	  "дорог.", 0, { "2023..2025|plan|7|км||" } },
	{ "Perm, 9 June 2022. The park will add another 12 ha of serviced land "
	  "by 2024.", 0, { "2022..2024|plan|12|hectares||" } },
	{ "Kazan, 3 March 2023. The park plans to bring its area to 100 ha by "
	  "2026.", 0, { "2026|target|100|hectares||" } },
	{ "Тула, 3 марта 2023 г. К 2026 году площадь нового парка достигнет "
	  "120 га.", 0, { "2026|target|120|га||" } },
};

CASES_TEST(test_built_by, built_by)

/* The date a multiple or change is measured against, said after
 * "times ... their/what/the", "vs" or "выше показателя": the base, not
 * the figure's period ("grew 1.4 times in 2021", old_holdout/en_samara,
 * stays 2021: "in" says when). */
static const struct case_ times_base[] = {
	{ "Perm, 12 January 2024. Residents earned RUB 2.6 bn in 2023, which "
	  "is 1.4 times their 2022 figure.", 0,
	  { "2023|level|2.6|billion RUB||", "2023|multiple|1.4|times||2022" } },
	{ "Perm, 12 January 2024. Exports reached RUB 3 bn in 2023, 2.1 "
	  "times what they were in 2020.", 0,
	  { "2023|level|3|billion RUB||", "2023|multiple|2.1|times||2020" } },
	{ "Пермь, 12 января 2024 г. Турпоток за 9 месяцев 2023 г. — 87,5 тыс. "
	  "человек, что в 1,3 раза выше показателя 9 месяцев 2022 г.", 0,
	  { "2023-01..2023-09|flow|87.5|тыс. человек||",
	    "2023-01..2023-09|multiple|1.3|times||2022-01..2022-09" } },
	{ "Пермь, 12 января 2024 г. Выручка за 2023 год — 4 млрд рублей, в "
	  "1,2 раза больше показателя 2021 года.", 0,
	  { "2023|level|4|млрд рублей||", "2023|multiple|1.2|times||2021" } },
	{ "Perm, 12 April 2024. Skier visits 1Q24: 392k (+18% vs 1Q23).", 0,
	  { "2024-01..2024-03|flow|392|thousand visits||",
	    "2024-01..2024-03|percent|18|%||2023-01..2023-03" } },
};

CASES_TEST(test_times_base, times_base)

/* A date in a part said after a figure (", из них за прошлый год
 * освоено 11,2 млрд", ", причём в прошлом году пришли 1200", ", of which
 * RUB 4 bn in 2023") dates that part only: the stock before it is as of
 * the text's date (written as the date, as the keys write stocks). */
static const struct case_ part_date[] = {
	{ "Рыбинск, 26 мая 2023 г. Численность занятых — около 17 тысяч "
	  "человек, причём в 2021 году их было 15 тысяч.", 0,
	  { "2023-05-26|level|17|тыс. человек|about|",
	    "2021|level|15|тыс. человек||" } },
	{ "Норильск, 25 января 2024 г. Резиденты обязались вложить 96,5 млрд "
	  "рублей, из них в 2023 году — 11,2 млрд.", 0,
	  { "2024-01-25|level|96.5|млрд рублей||",
	    "2023|level|11.2|млрд рублей||" } },
	{ "Tver, 5 March 2024. The residents have pledged RUB 30 bn, of which "
	  "RUB 4 bn in 2023.", 0,
	  { "2024-03-05|level|30|billion RUB||",
	    "2023|level|4|billion RUB||" } },
};

CASES_TEST(test_part_date, part_date)

/* "still", "already", "уже": a part that stands now ("31 of which are
 * still trading") or what is done before a plan ("уже создали 380
 * рабочих мест, к 2026 году ...") is a level as of the text's date, not
 * the span since a year nor the plan's target. Start-ups are companies,
 * as in the keys. */
static const struct case_ still_now[] = {
	{ "Tambov, 1 September 2022. Since 2016 the incubator has graduated 60 "
	  "start-ups, 41 of which are still in business.", 0,
	  { "2016..2022|flow|60|companies||", "2022|level|41|companies||" } },
	{ "Тамбов, 1 сентября 2022 г. С 2016 года инкубатор выпустил 60 "
	  "стартапов, из которых 41 уже вышел на рынок.", 0,
	  { "2016..2022|flow|60|компаний||", "2022|level|41|компаний||" } },
	{ "Тамбов, 1 сентября 2022 г. Резиденты уже создали 450 рабочих мест, "
	  "к 2025 году их число должно вырасти до 900.", 0,
	  { "2022|level|450|рабочих мест||",
	    "2025|target|900|рабочих мест||" } },
	{ "Tambov, 1 September 2022. Residents have already created 450 jobs, "
	  "and by 2025 the number of jobs should reach 900.", 0,
	  { "2022|level|450|jobs||", "2025|target|900|jobs||" } },
};

CASES_TEST(test_still_now, still_now)

/* A wire's date line ("VLADIMIR, April 11, 2023 - ...") opening the
 * first paragraph after a headline and a correction or update line dates
 * the text even when its sentence speaks of plans; without it "now" and
 * undated stocks fell back to the machine's clock. (A stock's period is
 * the text's year here; the scorer takes the year and the day alike.) */
static const struct case_ wire_dateline[] = {
	{ "CORRECTED-Cluster lifts output\n\n(Corrects figure in paragraph "
	  "2)\n\nVLADIMIR, April 11, 2023 - Makers plan to raise exports to "
	  "RUB 5 bn by 2030.\n\nThey employ 19,000 people.", 0,
	  { "2030|target|5|billion RUB||", "2023|level|19000|people||" } },
	{ "UPDATE 1-Park adds residents\n\n(Adds quote)\n\nKAZAN, March 3, "
	  "2023 (Reuters) - The park will grow, its director said.\n\nIt has "
	  "40 residents.", 0, { "2023|level|40|companies||" } },
	{ "Парк расширяется\n\nТУЛА, 5 мая 2023 г. — Резиденты планируют к "
	  "2026 году вложить 9 млрд рублей.\n\nВ парке 30 резидентов.", 0,
	  { "2023..2026|plan|9|млрд рублей||", "2023|level|30|компаний||" } },
};

CASES_TEST(test_wire_dateline, wire_dateline)

/* The months a heading reports on ("Информация о ... за январь–июнь
 * 2023 года", "итоги восьми месяцев", "quarterly review, July–September
 * 2023") date the undated past and verbless figures below it, averages
 * included; "за полугодие" without a year is the half of the text's
 * year, January to June, once June is over. */
static const struct case_ heading_months[] = {
	{ "Информация о положении г. Заречный за январь–июнь 2023 года\n"
	  "(выпуск от 04.08.2023)\n\nСреднесписочная численность работников "
	  "парка — 1 500 человек. Инвестиции за полугодие — 300 млн руб.", 0,
	  { "2023-01..2023-06|level|1500|человек||",
	    "2023-01..2023-06|flow|300|млн рублей||" } },
	{ "Промпарк «Заря»: итоги восьми месяцев\n12.09.2023\n\nСредняя "
	  "зарплата — 48 тыс. рублей.", 0,
	  { "2023-01..2023-08|level|48|тыс. рублей||" } },
	{ "Technopark quarterly review, July–September 2023\nReleased "
	  "12.10.2023\n\nResidents earned RUB 4 bn.", 0,
	  { "2023-07..2023-09|flow|4|billion RUB||" } },
	{ "Ростов, 4 августа 2023 г. Резиденты за полугодие вложили 300 млн "
	  "рублей.", 0, { "2023-01..2023-06|flow|300|млн рублей||" } },
};

CASES_TEST(test_heading_months, heading_months)

/* Years said in words, as speeches and transcripts say them ("к
 * двадцать первому году", "в двадцать четвёртом — двадцать пятом
 * годах", "к тридцатому году", "в две тысячи двадцать третьем году"):
 * dates, not the figure 20 with the unit "первому году". */
static const struct case_ word_years[] = {
	{ "Ставрополь, 16 мая 2023 г. В прошлом году выпуск составил 27,3 "
	  "млрд рублей. Это плюс 11 процентов к двадцать первому году.", 0,
	  { "2022|level|27.3|млрд рублей||", "2022|percent|11|%||2021" } },
	{ "Ставрополь, 16 мая 2023 г. На сети нужно 640 млн рублей в двадцать "
	  "четвёртом — двадцать пятом годах.", 0,
	  { "2024..2025|plan|640|млн рублей||" } },
	{ "Ставрополь, 16 мая 2023 г. К тридцатому году число резидентов "
	  "должно вырасти до 50.", 0, { "2030|target|50|компаний||" } },
	{ "Москва, 10 марта 2024 г. В две тысячи двадцать третьем году в парке "
	  "работали 40 компаний.", 0, { "2023|level|40|компаний||" } },
	{ "Тула, 5 мая 2023 г. В двадцать втором году в парке работали 25 "
	  "компаний.", 0, { "2022|level|25|компаний||" } },
};

CASES_TEST(test_word_years, word_years)

/* A number that could be a year followed by a Russian count noun is a
 * count ("в них входят 1950 предприятий", "трудятся 2010 человек"): the
 * sentence is not dated 1950, and its other figures keep their date. */
static const struct case_ count_not_year[] = {
	{ "Москва, 28.12.2023. В реестре 89 кластеров, в них входят 1950 "
	  "предприятий.", 0,
	  { "2023|level|89|кластеров||", "2023|level|1950|компаний||" } },
	{ "Тула, 5 мая 2023 г. На предприятиях кластера трудятся 2010 "
	  "человек.", 0, { "2023|level|2010|человек||" } },
	{ "Тула, 5 мая 2023 г. Резиденты парка создали 1985 рабочих мест.", 0,
	  { "2023-05-05|level|1985|рабочих мест||" } },
	{ "Тула, 5 мая 2023 г. В парке работают 2015 человек.", 0,
	  { "2023|level|2015|человек||" } },
};

CASES_TEST(test_count_not_year, count_not_year)

/* A founding aside in any case of the participle ("в зоне, созданной в
 * 2020 году,", "в парке, открытом в 2019 году,", "в кластере, основанном
 * в 2012 году,") dates the founding, not the figures around it. */
static const struct case_ founding_cases[] = {
	{ "Астрахань, 15 мая 2023 г. Всего в зоне, созданной в 2020 году, "
	  "зарегистрированы 8 резидентов.", 0, { "2023|level|8|компаний||" } },
	{ "Тула, 5 мая 2023 г. В парке, открытом в 2019 году, работают 15 "
	  "компаний.", 0, { "2023|level|15|компаний||" } },
	{ "Тула, 5 мая 2023 г. В кластере, основанном в 2012 году, 30 "
	  "участников.", 0, { "2023|level|30|компаний||" } },
	{ "Тула, 5 мая 2023 г. На территории, созданной в 2016 году, "
	  "зарегистрированы 12 резидентов.", 0, { "2023|level|12|компаний||" } },
};

CASES_TEST(test_founding_cases, founding_cases)

/* "в нынешнем году", "нынешнего года", "в уходящем году" (said in
 * December) are the text's year, like "в этом году": a plan for this
 * year is not a target at a horizon another sentence names. */
static const struct case_ this_year[] = {
	{ "Муром, 11 сентября 2022 г. В нынешнем году предприятия направят на "
	  "модернизацию 1,5 млрд рублей. А к 2025 году участников будет "
	  "двадцать.", 0,
	  { "2022|target|1.5|млрд рублей||", "2025|target|20|компаний||" } },
	{ "Муром, 11 сентября 2022 г. В нынешнем году резиденты вложат 2 млрд "
	  "рублей, а к 2025 году — ещё 5 млрд.", 0,
	  { "2022|plan|2|млрд рублей||", "2022..2025|plan|5|млрд рублей||" } },
	{ "Эльбрус, 27 декабря 2022 г. В уходящем году курорт принял 620 тыс. "
	  "человек.", 0, { "2022|level|620|тыс. человек||" } },
	{ "Тула, 5 мая 2023 г. В нынешнем году резиденты вложат 3 млрд рублей, "
	  "а к 2026 году — ещё 10 млрд.", 0,
	  { "2023|plan|3|млрд рублей||", "2023..2026|plan|10|млрд рублей||" } },
};

CASES_TEST(test_this_year, this_year)

/* A quarter or half without a year that has not begun by the text's
 * date is last year's when the sentence reports on it ("В IV квартале
 * арендаторы взяли ..." in January 2024 is October-December 2023); a
 * sentence about the future keeps the text's year. */
static const struct case_ part_last_year[] = {
	{ "Ростов, 22 января 2024 г. В IV квартале арендаторы взяли в аренду "
	  "96 тыс. кв. м.", 0, { "2023-10..2023-12|flow|96|тыс. кв. м||" } },
	{ "Rostov, 22 May 2024. In the third quarter residents invested RUB 5 "
	  "bn.", 0, { "2023-07..2023-09|flow|5|billion RUB||" } },
	{ "Rostov, 22 May 2024. In the second half residents invested RUB 9 "
	  "bn.", 0, { "2023-07..2023-12|flow|9|billion RUB||" } },
	{ "Rostov, 22 May 2024. In the first quarter residents invested RUB 5 "
	  "bn.", 0, { "2024-01..2024-03|flow|5|billion RUB||" } },
	{ "Rostov, 10 February 2024. In the third quarter residents invested "
	  "RUB 3 bn.", 0, { "2023-07..2023-09|flow|3|billion RUB||" } },
};

CASES_TEST(test_part_last_year, part_last_year)

/* "с января по июль", "с марта по май 2023 года": a range of months,
 * not "since January" to the text's month. */
static const struct case_ from_to_months[] = {
	{ "Барнаул, 30.08.2023. С января по июль зону посетили 1,24 млн "
	  "человек.", 0, { "2023-01..2023-07|flow|1.24|млн человек||" } },
	{ "Барнаул, 30.08.2023. С марта по май 2023 года резиденты вложили 2 "
	  "млрд рублей.", 0, { "2023-03..2023-05|flow|2|млрд рублей||" } },
	{ "Barnaul, 30 August 2023. Since January to June residents invested "
	  "RUB 2 bn.", 0, { "2023-01..2023-06|flow|2|billion RUB||" } },
	{ "Тула, 30 ноября 2023 г. С февраля по октябрь резиденты вложили 4 "
	  "млрд рублей.", 0, { "2023-02..2023-10|flow|4|млрд рублей||" } },
};

CASES_TEST(test_from_to_months, from_to_months)

/* A label's date before a range of values ("Capex plan 2024-2026: RUB
 * 11-13 bn") dates both ends, as it dates a single value. */
static const struct case_ label_range[] = {
	{ "Moscow, 14 March 2024. Capex plan 2024-2026: RUB 11-13 bn", 0,
	  { "2024..2026|plan|11|billion RUB|at_least|",
	    "2024..2026|plan|13|billion RUB|up_to|" } },
	{ "Москва, 14 марта 2024 г. Инвестиции на 2024–2026 гг.: 11–13 млрд "
	  "рублей.", 0,
	  { "2024..2026|plan|11|млрд рублей|at_least|",
	    "2024..2026|plan|13|млрд рублей|up_to|" } },
	{ "Moscow, 14 March 2024. Revenue 2022: RUB 5-6 bn.", 0,
	  { "2022|level|5|billion RUB|at_least|",
	    "2022|level|6|billion RUB|up_to|" } },
	{ "Moscow, 14 March 2024. Investment programme for 2024–2027: RUB "
	  "20–25 bn.", 0,
	  { "2024..2027|plan|20|billion RUB|at_least|",
	    "2024..2027|plan|25|billion RUB|up_to|" } },
};

CASES_TEST(test_label_range, label_range)

/* "Label: value" lines right under a line that leads them with a colon
 * ("Key numbers, 2021 vs 2020:", "Итоги 2022 года:") are the items of
 * its list, bullets or not: they take its date (the earlier value in
 * brackets, "Residents: 74 (62)": test_vs_brackets). */
static const struct case_ lead_lines[] = {
	{ "Perm technopark newsletter (September 2022)\n\nKey numbers, 2021 "
	  "vs 2020:\nResidents: 74\nOccupancy of office space: 93%\n", 0,
	  { "2021|level|74|companies||", "2021|level|93|%||" } },
	{ "Tomsk technopark newsletter (March 2023)\n\nKey figures for "
	  "2022:\nResidents: 40\nStaff at residents: 1,200\n", 0,
	  { "2022|level|40|companies||", "2022|level|1200|people||" } },
	{ "Новости технопарка (март 2023 г.)\n\nИтоги 2022 года:\nРезиденты: "
	  "40\nЧисленность работников: 1 200 человек\n", 0,
	  { "2022|level|40|компаний||", "2022|level|1200|человек||" } },
	{ "Kirov cluster bulletin (February 2024)\n\nResults for 2023:\n"
	  "Members: 41\nStaff at members: 5,200\n", 0,
	  { "2023|level|41|members||", "2023|level|5200|people||" } },
};

CASES_TEST(test_lead_lines, lead_lines)

/* "снизилась до 1,8% против 4,5% годом ранее" after a date of its own
 * ("На 1 июля"): the date counted back from it is the compared value's,
 * and that value is a level like the one it is compared with ("до"),
 * not a fall of 4.5%. A change compared with a change stays a change. */
static const struct case_ versus_back[] = {
	{ "Тула, 7 октября 2023 г. На 1 октября доля свободных площадей "
	  "снизилась до 4% против 6% годом ранее.", 0,
	  { "2023-10-01|level|4|%||", "2022-10-01|level|6|%||" } },
	{ "Tula, 7 October 2023. Vacancy fell to 4% against 6% a year "
	  "earlier.", 0, { "2023-10-07|level|4|%||", "2022-10-07|level|6|%||" } },
	{ "Tula, 7 October 2023. Revenue rose 12% against 9% a year "
	  "earlier.", 0,
	  { "2023-10-07|percent|12|%||2022-10-07",
	    "2022-10-07|percent|9|%||2021-10-07" } },
};

CASES_TEST(test_versus_back, versus_back)

/* A "now" that opens a part after a comma ("..., сейчас их 21")
 * dates that part, not the figure of the first half-year before it.
 * ("теперь" is left out: test_extract_gen6b reads "В 2021 году ...,
 * и теперь их общее число достигло 18" as 2021's.) */
static const struct case_ now_part[] = {
	{ "Тула, 7 июля 2021 г. В первом полугодии в парк пришли три компании, "
	  "сейчас их 21.", 0,
	  { "2021-01..2021-06|flow|3|компаний||", "2021|level|21|компаний||" } },
	{ "Тула, 7 октября 2021 г. За девять месяцев резиденты вложили 2 млрд "
	  "рублей, сегодня в парке 30 компаний.", 0,
	  { "2021-01..2021-09|flow|2|млрд рублей||",
	    "2021|level|30|компаний||" } },
	{ "Tula, 7 July 2021. In the first half three companies joined, and "
	  "now the park has 21.", 0,
	  { "2021-01..2021-06|flow|3|companies||",
	    "2021|level|21|companies||" } },
};

CASES_TEST(test_now_part, now_part)

/* What is being built until a year to come ("We are building a
 * 15,000-square-metre technopark, to be ready in 2024", "строится
 * корпус площадью 8 тыс. кв. м, ввод — в 2025 году") is planned from the
 * text's year to that year. A building merely due in a year ("the
 * second building, 12,000 square metres, is due in 2024": "building" is
 * a noun) stays that year, as the keys of yugra and own7b have it
 * (the eval's old_holdout6 yugra guards it). */
static const struct case_ building_until[] = {
	{ "Korolev, 9 March 2022. We are building a technopark of 15,000 "
	  "square metres, to be ready in 2024.", 0,
	  { "2022..2024|plan|15000|square meters||" } },
	{ "Тула, 3 марта 2023 г. В парке строится корпус площадью 8 тыс. кв. "
	  "м, его откроют в 2025 году.", 0,
	  { "2023..2025|plan|8|тыс. кв. м||" } },
	{ "Perm, 9 March 2022. The region is putting RUB 1.2bn into a new "
	  "park, to open in 2024.", 0,
	  { "2022..2024|plan|1.2|billion RUB||" } },
};

CASES_TEST(test_building_until, building_until)

/* A sum for each year of a span ("по 40 млн руб. ежегодно в 2025–2026
 * годах", "RUB 2 bn a year in 2024-2026", "В 2024 и 2025 гг. ... по 0,8
 * млрд руб. ежегодно") is one figure per year, as the keys write it; a
 * sum over the span stays one. "В 2024 и 2025 гг." is a span. */
static const struct case_ each_year[] = {
	{ "Магас, 14 февраля 2024 г. Парку предоставляется субсидия по 40 млн "
	  "руб. ежегодно в 2025–2026 годах.", 0,
	  { "2025|plan|40|млн рублей||", "2026|plan|40|млн рублей||" } },
	{ "Tver, 5 March 2024. The region will spend RUB 2 bn a year in "
	  "2024-2026 on the parks.", 0,
	  { "2024|plan|2|billion RUB||", "2025|plan|2|billion RUB||",
	    "2026|plan|2|billion RUB||" } },
	{ "Симферополь, 30 ноября 2022 г. В 2024 и 2025 гг. на эти цели "
	  "запланировано ещё по 0,8 млрд руб. ежегодно.", 0,
	  { "2024|plan|0.8|млрд рублей||", "2025|plan|0.8|млрд рублей||" } },
	{ "Симферополь, 30 ноября 2022 г. В 2024 и 2025 годах резиденты "
	  "вложат 3 млрд рублей.", 0, { "2024..2025|plan|3|млрд рублей||" } },
};

CASES_TEST(test_each_year, each_year)

/* A label's date reaches every figure of its line, the second after a
 * comma too ("Guests received in 2023: about 410 thousand, 1.6 times
 * more than in 2022"; "Выручка за 2022 г.: 5 млрд рублей, на 20%
 * больше, чем годом ранее"). */
static const struct case_ label_comma[] = {
	{ "Altai, 1 January 2024. Guests received in 2023: about 410 "
	  "thousand, 1.6 times more than in 2022.", 0,
	  { "2023|level|410|thousand people|about|",
	    "2023|multiple|1.6|times||2022" } },
	{ "Tula, 1 March 2024. Exports in 2023: RUB 5 bn, 1.2 times more "
	  "than in 2022.", 0,
	  { "2023|level|5|billion RUB||", "2023|multiple|1.2|times||2022" } },
	{ "Тула, 1 марта 2024 г. Выручка в 2023 году: 5 млрд рублей, в 1,2 "
	  "раза больше, чем в 2022 году.", 0,
	  { "2023|level|5|млрд рублей||", "2023|multiple|1.2|times||2022" } },
	{ "Tula, 1 March 2024. Exports 2023: RUB 5 bn, up 20% on 2022.", 0,
	  { "2023|level|5|billion RUB||", "2023|percent|20|%||2022" } },
};

CASES_TEST(test_label_comma, label_comma)

/* Under a lead that compares two years ("Key numbers, 2021 vs 2020:",
 * "Показатели 2022 года против 2021 года:"), the value in brackets
 * right after another ("Residents: 74 (62)") is the compared year's. */
static const struct case_ vs_brackets[] = {
	{ "Perm technopark newsletter (September 2022)\n\nKey numbers, 2021 "
	  "vs 2020:\nResidents: 74 (62)\n", 0,
	  { "2021|level|74|companies||", "2020|level|62|companies||" } },
	{ "Tomsk technopark newsletter (March 2023)\n\nKey figures, 2022 vs "
	  "2021:\n- Residents: 40 (33)\n- Occupancy: 91% (85%)\n", 0,
	  { "2022|level|40|companies||", "2021|level|33|companies||",
	    "2022|level|91|%||", "2021|level|85|%||" } },
	{ "Новости технопарка (март 2023 г.)\n\nПоказатели 2022 года против "
	  "2021 года:\nРезиденты: 40 (33)\n", 0,
	  { "2022|level|40|компаний||", "2021|level|33|компаний||" } },
	{ "Kirov cluster bulletin (February 2024)\n\nKey numbers, 2023 vs "
	  "2022:\n- Residents: 41 (37)\n", 0,
	  { "2023|level|41|companies||", "2022|level|37|companies||" } },
};

CASES_TEST(test_vs_brackets, vs_brackets)

/* An annual report's heading ("Из годового отчёта ... за 2022 год")
 * dates the report, as of its year's end, before a date its body
 * states for one figure ("Портфель заказов на 1 января 2023 года"); a
 * day in the heading or a place and date at the top still win. */
static const struct case_ report_first[] = {
	{ "Из годового отчёта технопарка за 2022 год\n\nРезидентов — 40. "
	  "Портфель заказов на 1 января 2023 года оценивается в 5 млрд руб.",
	  0, { "2022|level|40|компаний||", "2023-01-01|level|5|млрд рублей||" } },
	{ "Annual report 2022 of the Kirov cluster\n\nMembers: 32. The order "
	  "book as of 1 January 2023 stood at RUB 5 bn.", 0,
	  { "2022|level|32|members||", "2023-01-01|level|5|billion RUB||" } },
	{ "Годовой отчёт кластера за 2022 год\n\nНа 1 марта 2023 года в "
	  "кластер входят 40 компаний. Численность работников — 6 тыс. "
	  "человек.", 0,
	  { "2023-03-01|level|40|компаний||", "2022|level|6|тыс. человек||" } },
	{ "Annual report 2023 of the Tver park\n\nResidents: 55. The backlog "
	  "as of 1 February 2024 was RUB 7 bn.", 0,
	  { "2023|level|55|companies||", "2024-02-01|level|7|billion RUB||" } },
};

CASES_TEST(test_report_first, report_first)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_built_by),
		cmocka_unit_test(test_times_base),
		cmocka_unit_test(test_part_date),
		cmocka_unit_test(test_still_now),
		cmocka_unit_test(test_wire_dateline),
		cmocka_unit_test(test_heading_months),
		cmocka_unit_test(test_word_years),
		cmocka_unit_test(test_count_not_year),
		cmocka_unit_test(test_founding_cases),
		cmocka_unit_test(test_this_year),
		cmocka_unit_test(test_part_last_year),
		cmocka_unit_test(test_from_to_months),
		cmocka_unit_test(test_label_range),
		cmocka_unit_test(test_lead_lines),
		cmocka_unit_test(test_versus_back),
		cmocka_unit_test(test_now_part),
		cmocka_unit_test(test_building_until),
		cmocka_unit_test(test_each_year),
		cmocka_unit_test(test_label_comma),
		cmocka_unit_test(test_vs_brackets),
		cmocka_unit_test(test_report_first),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
