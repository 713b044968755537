/*
** test_extract_gen13a.c: extract's periods, thirteenth round (issue 16,
** branch extract13a). Before any rule changed, every period miss (a
** figure found with the right value, unit and qualifier and another
** period; its false candidate is the same figure) of old_holdout17 and
** old_holdout18 (blind until this session, two writers, never tuned on)
** was classed by the language behind it, not by text. Counts are misses
** per folder (106 in all: 52 and 54), make extract-eval (no --as-of):
**
**   phenomenon                                             oh17 oh18
**   B  The text's year when the date line has none and a    15   19
**      weekday is named ("Oct 7 ... opened on Tuesday"
**      with only "opened in 2021" before it; "12 мая ...
**      в понедельник" with no year at all; "Feb 11 ...
**      said on Tuesday" with only "by 2027"; "14 мая ...
**      в среду" with "с 2022 года"): the weekday was
**      tried in two years only, so a "since" year became
**      the text's year, or no year was found at all
**   T  A post's or list's title period for the lines under  12    4
**      it ("Итоги 2024 года — коротко" under "3 февраля";
**      "Our nine months in numbers"; "May in numbers",
**      "Since January: 97 thousand tonnes")
**   S  A cumulative "since YEAR" / "from YEAR" figure: the    2    5
**      span from YEAR to the text's (or report's) date
**      ("since the park opened in 2019 had reached",
**      "с 2022 года резиденты вложили", "Since 2021 they
**      have invested")
**   W  Years said in words ("in twenty twenty-one", "by       2    3
**      twenty twenty-seven", "when we opened it in twenty
**      nineteen")
**   P  A plan "by YEAR" / "до конца 2026 года" / "over the    0    6
**      two years" as a span from the text's year (keys
**      2024..2026, 2025..2026); a sentence's plan year lent
**      to an earlier clause ("летом ... к 2026 году")
**   E  A slide's heading span of years ("Слайд 4. Планы       5    0
**      2025–2027" over its bullets)
**   J  An agreement's term from its date to its deadline      5    0
**      ("по соглашению от 15.02.2022 ... до 31 декабря
**      2024 года")
**   N  A level said now dated by the period it is compared    4    2
**      with ("c. 88% occupancy vs 93% at end-2024", "flat
**      on 2Q25", "against the 400 jobs ... for 2025")
**   A  An audit's or a question's span ("2021–2024",          0    3
**      "From 2021 to 2023") for undated shares and money
**   H  A half-year or months-to-date read as a quarter or     2    2
**      the next month ("1H 2025" -> Q2, "Jan-May" -> 1H)
**   single cases (a rate said now, a minutes item's plan     5   10
**      year, an IR year to 31 March for a margin, a tender's
**      funding year, a catalogue's date, a stock at the end
**      of last year in a job advert, a bank note's base year)
**   total period misses                                      52   54
**
** Rules, largest first, each with its test below (recall of the folders
** it changed in its commit message; seed texts 139/143 and 147/157):
**   B  extract_tagyear.c xweekday_year: the weekday is tried from
**      today's year down to the latest year the text states (the last
**      ten years when it states none) (test_weekday_year)
**   W  extract_wyear.c en_year: "twenty twenty-one", "twenty nineteen",
**      "in two thousand and five" fold into one year token, as the
**      Russian "в двадцать первом году" did (test_words_year)
**   B  (dev13b) extract_tagyear.c hashtag_year: a year among a
**      hashtag's letters and digits ("#2025results", "#итоги9мес2025")
**      (test_tag_year)
**   T  extract_report.c report_heading: a post's title of a year's
**      results as its third line, under a masthead and a date line,
**      heads it as a report's heading does (test_post_results)
**   S  extract_hint.c label_colon: "Private investment since 2020,
**      cumulative: RUB 1.94 bn", a label's date before a comma and a
**      word or two of the label (test_label_comma)
**   T/E extract_r13.c (new, called from extract_r12.c): the heading
**      line above a list dates its undated items of money, quantities,
**      plans and new ones (test_list_heading)
**   (round twelve's report) extract_pword.c xpw_match: "к 1П прошлого
**      года", "on 1H last year" as a base (test_part_rel_year)
**   D  (dev13a) extract_fiscal.c join_bracket: "(July 2024 to June
**      2025)" near the top is one fiscal year that a results release's
**      heading finds (test_fiscal_bracket)
**   (dev13b) extract_clause.c xclause_aside: ", set up in 2023," is an
**      aside on the founding (test_set_up_aside)
**   H  extract_r13.c ytd_to_base: months so far end where the compared
**      months of last year end (test_ytd_base)
**   S  (dev13a) extract_r13.c since_earlier: "С момента создания ...",
**      "since its creation" run from the founding year an earlier
**      sentence gave to the text's year (test_since_founding)
** dev13a and dev13b (two more writers, brought in at mid-session; main's
** binary 158/243 and 173/261, 60 and 61 period misses) showed classes B,
** T, E, S and H again, and a fiscal year in a bracket, hashtag years
** and ", set up in", taken with wordings of our own.
** After them 23 and 34 period misses remain in oh17 and oh18 (52 and 54
** before), 44 and 44 in dev13a and dev13b. Left alone: plans "by YEAR"
** whose kind is a target ("promises 120 jobs by 2026": keys of jobs by a
** year are 98 plans over the years and 65 levels to reach; reading jobs
** by a year as a plan cost the seed texts 9 figures); "с начала года"
** without a base (keys split); an agreement's term (oh17 selenginsk);
** levels said now beside a compared period ("c. 88% occupancy vs 93% at
** end-2024", oh17 yanaul); "over the two years" of a plan read back
** (oh18 teykovo); a heading "Plans to 2028" over plans (dev13b ipatovo:
** keys 2025..2028); Russian "о результатах за финансовый год (июль 2024
** – июнь 2025 г.)" ("результатах" is no report word); "(+6,2% к
** предыдущему году)" already takes the year before in our wordings.
**
** The weekday rule reads the clock when the text states no year or the
** year it states fits: unit cases run at case_today (test_extract_cases.h).
*/
#include "test_extract_cases.h"

/* A date line without a year and a weekday named in the lead: the
 * year is the last in which the day falls on that weekday up to today,
 * and not before the latest year the text states ("since 2020", "с 2019
 * года" come before the text, "founded in 2014" fits itself; class B:
 * oh17 unecha, urus_martan; oh18 teykovo, inta; dev13a zori; every case is a wording of our own, the years worked out from
 * the calendar: 18 March is a Tuesday in 2014 and 2025, 9 April a
 * Friday in 2010 and 2021, 19 November a Wednesday in 2014 and 2025, 2
 * June a Monday in 2014 and 2025). The clock is 5 December 2026. Kinds
 * and units are extract's usual ones; the periods are the point. */
static const struct case_ weekday_year[] = {
	{ "NOVGOROD, Mar 18 - Residents of the Pankovka park, which has "
	  "operated since 2020, invested 2.4 billion roubles last year, the "
	  "regional government said on Tuesday.\n", 0,
	  { "2024|level|2.4|billion rubles||" } },
	/* the year stated fits itself, and is not the text's year */
	{ "KIROV, Mar 18 - The Vyatka technopark, founded in 2014, said on "
	  "Tuesday that its residents paid 1.1 billion roubles in taxes last "
	  "year.\n", 0, { "2024|level|1.1|billion rubles||" } },
	{ "ВОЛОГДА, 19 ноября. /Корр./ — Резиденты парка «Шексна», "
	  "работающего с 2019 года, в прошлом году выпустили продукции на "
	  "3,2 млрд рублей, сообщили в среду в правительстве области.\n", 0,
	  { "2024|level|3.2|млрд рублей||" } },
	{ "ЯРОСЛАВЛЬ, 9 апреля. /Корр./ — В технопарке «Ярославль» в "
	  "пятницу открылся корпус площадью 6 тыс. кв. м, сообщили в "
	  "мэрии.\n", 0, { "2021-04-09|level|6|тыс. кв. м||" } },
	{ "TULA, June 2 - The Uzlovaya park expects 12 residents by 2028, "
	  "its director said on Monday. Last year its residents paid 310 "
	  "million roubles in taxes.\n", 0,
	  { "2028|target|12|companies||",
	    "2024|level|310|million rubles||" } },
};

static void test_weekday_year(void **state)
{
	(void)state;
	case_today = 20261205;
	run_cases(weekday_year, GS_ARRAY_LEN(weekday_year));
	case_today = 20000101;
}

/* A year said in English words: a century and a pair ("twenty twenty-
 * two", "twenty thirty", "nineteen ninety-eight"), or after a
 * preposition "two thousand and nineteen" (class W: oh17 zeya, oh18
 * megion; every case is a wording of our own). Without a preposition
 * "two thousand and twenty" stays a count. */
static const struct case_ words_year[] = {
	{ "In twenty twenty-two the park had five residents.\n", 20250301,
	  { "2022|level|5|companies||" } },
	{ "By twenty thirty we want forty residents in the park.\n",
	  20250301, { "2030|target|40|companies||" } },
	{ "In two thousand and nineteen the park employed 120 people.\n",
	  20250301, { "2019|level|120|people||" } },
	{ "The mill, built in nineteen ninety-eight, made 40 thousand tonnes "
	  "of board last year.\n", 20250301,
	  { "2024|level|40|thousand tonnes||" } },
	{ "Last year the park employed two thousand and twenty people.\n",
	  20250301, { "2024|level|2020|people||" } },
};

CASES_TEST(test_words_year, words_year)

/* A year inside a hashtag names the post's year when its date line has
 * none: before letters ("#2025год", "#2025Q3"), among other digits
 * ("#итоги1пол2025") as well as at the tag's end (dev13b kolpashevo
 * "#2025results", muravlenko "#итоги9мес2025"; one writer, so every
 * case is a wording of our own and the rule is about hashtags, not the
 * text). */
static const struct case_ tag_year[] = {
	{ "Промпарк «Кстово»\n14 окт\n\nВ прошлом году резиденты выпустили "
	  "продукции на 2,1 млрд рублей.\n\n#Кстово #2025год\n", 0,
	  { "2024|level|2.1|млрд рублей||" } },
	{ "Tomsk SEZ\n2 Oct\n\nLast year residents exported goods worth RUB "
	  "1.4 billion.\n\n#TomskSEZ #2025Q3\n", 0,
	  { "2024|level|1.4|billion RUB||" } },
	{ "Технопарк «Анкудиновка»\n5 авг\n\nВ прошлом году резиденты "
	  "заплатили 310 млн рублей налогов.\n\n#технопарк #итоги1пол2025\n",
	  0, { "2024|level|310|млн рублей||" } },
};

CASES_TEST(test_tag_year, tag_year)

/* A post's title of a year's results as its third line, under a
 * masthead and a date line without a year, dates what the post lists,
 * as a report's heading does (class T: oh17 davlekanovo; the layout
 * of posts, not the text: every case is a wording of our own). */
static const struct case_ post_results[] = {
	{ "Технопарк «Тверь» | канал\n📍 12 января\n\nИтоги 2023 года 👇\n\n"
	  "✅ Резиденты выпустили продукции на 1,9 млрд ₽ — на 12% больше, "
	  "чем в 2022 году\n✅ Создано 85 рабочих мест\n\nВ 2024-м ждём "
	  "новых резидентов!\n", 0,
	  { "2023|level|1.9|млрд рублей||", "2023|percent|12|%||2022",
	    "2023|level|85|рабочих мест||" } },
	{ "Vyksa Industrial Park\n9 Jan\n\nOur 2024 in numbers\n\n- "
	  "residents invested RUB 650 mln, 1.5x the 2023 figure\n- 40 new "
	  "jobs created\n\nSee you in 2025!\n", 0,
	  { "2024|level|650|million RUB||", "2024|multiple|1.5|times||2023",
	    "2024|level|40|jobs||" } },
	{ "Кластер «Калуга-Фарма»\n15 фев\n\nИтоги 2024 года в цифрах\n\n"
	  "• налоги: 120 млн ₽, +20% к 2023 году\n• новых рабочих мест: "
	  "140\n", 0,
	  { "2024|level|120|млн рублей||", "2024|percent|20|%||2023",
	    "2024|level|140|рабочих мест||" } },
};

CASES_TEST(test_post_results, post_results)

/* A label's date stays the label's when a comma and a word or two of
 * the label follow it before the colon ("since 2020, cumulative:",
 * class S: oh17 zakamensk; one writer, so every case is a wording of
 * our own and the rule is about labels). */
static const struct case_ label_comma[] = {
	{ "Tomsk, 1 July 2025\n\nResidents' investment since 2019, total: "
	  "RUB 4.2 bn\n", 0, { "2019..2025|flow|4.2|billion RUB||" } },
	{ "Tomsk, 1 July 2025\n\nИнвестиции резидентов с 2018 года, всего: "
	  "7,5 млрд рублей\n", 0, { "2018..2025|flow|7.5|млрд рублей||" } },
	{ "Tomsk, 1 July 2025\n\nВыручка резидентов за 2023 год, итого: 2,4 "
	  "млрд рублей\n", 0, { "2023|level|2.4|млрд рублей||" } },
};

CASES_TEST(test_label_comma, label_comma)

/* The heading of a list dates its items that say no date of their own:
 * a slide's months or years, a post's months above its date line (class
 * T/E: oh17 karachev, dev13a mikhaylov and cherlak, dev13b ipatovo;
 * every case is a wording of our own). Counts that stand (residents,
 * staff) are left at the text's date, as most keys have them. */
static const struct case_ list_heading[] = {
	{ "Forum notes, 20 November 2025\n\nSlide 6. 9M25 vs 9M24\n- Revenue "
	  "RUB 4.1 bn\n- Exports RUB 0.9 bn\n", 0,
	  { "2025-01..2025-09|level|4.1|billion RUB||",
	    "2025-01..2025-09|level|0.9|billion RUB||" } },
	{ "Форум, 20 ноября 2025 г.\n\nСлайд 3. Планы на 2026–2027\n• "
	  "Инвестиции: 2 млрд ₽\n• Выручка резидентов: 5 млрд ₽\n", 0,
	  { "2026..2027|level|2|млрд рублей||",
	    "2026..2027|level|5|млрд рублей||" } },
	{ "Агропарк «Ишим»\n📊 Январь–август: коротко\n4 сентября, 12:00\n\n"
	  "✅ Поставили в Казахстан 12 тыс. тонн муки\n✅ Вложили в новый цех "
	  "45 млн ₽\n\n#агропарк #Ишим2025\n", 0,
	  { "2025-01..2025-08|level|12|тыс. тонн||",
	    "2025-01..2025-08|level|45|млн рублей||" } },
};

CASES_TEST(test_list_heading, list_heading)

/* A half, a quarter or months in one word before a relative year ("к
 * 1П прошлого года", "on 1H last year") are that part of that year: the
 * base of a change (round twelve's report, dev12a; every case is a
 * wording of our own). */
static const struct case_ part_rel_year[] = {
	{ "Томск, 14 октября 2025 г.\n\nВыручка резидентов за 1П 2025 — 2,4 "
	  "млрд руб., +18% к 1П прошлого года.\n", 0,
	  { "2025-01..2025-06|flow|2.4|млрд рублей||",
	    "2025-01..2025-06|percent|18|%||2024-01..2024-06" } },
	{ "Tomsk, 14 October 2025\n\nRevenue in 1H25 was RUB 3.2 bn, up 35% "
	  "on 1H last year.\n", 0,
	  { "2025-01..2025-06|flow|3.2|billion RUB||",
	    "2025-01..2025-06|percent|35|%||2024-01..2024-06" } },
	{ "Томск, 14 октября 2025 г.\n\nОтгрузки за 9М 2025 г. — 5,1 млрд "
	  "руб., +7% к 9М прошлого года.\n", 0,
	  { "2025-01..2025-09|flow|5.1|млрд рублей||",
	    "2025-01..2025-09|percent|7|%||2024-01..2024-09" } },
};

CASES_TEST(test_part_rel_year, part_rel_year)

/* Twelve months said in a bracket as two dates or months near the top
 * ("(July 2024 to June 2025)", "(1 October 2024 - 30 September 2025)")
 * are one fiscal year, which a results release is about (dev13a
 * lesozavodsk: one writer, so every case is a wording of our own). */
static const struct case_ fiscal_bracket[] = {
	{ "Kama Board: results for the year ended 30 June 2025\n\nPerm, 20 "
	  "August 2025. Kama Board reports results for the 2024/25 financial "
	  "year (July 2024 to June 2025).\n\nRevenue was RUB 3.4 billion.\n",
	  0, { "2024-07..2025-06|flow|3.4|billion RUB||" } },
	{ "Oka Polymers: full-year results\n\nDzerzhinsk, 5 December 2025. "
	  "Oka Polymers today reported results for its financial year (1 "
	  "October 2024 - 30 September 2025).\n\nSales were RUB 12.5 "
	  "billion.\n", 0, { "2024-10..2025-09|flow|12.5|billion RUB||" } },
	{ "Tver Glass: annual results\n\nTver, 12 June 2025. Tver Glass "
	  "reports results for the year (April 2024 to March 2025).\n\n"
	  "Exports were RUB 640 million.\n", 0,
	  { "2024-04..2025-03|flow|640|million RUB||" } },
};

CASES_TEST(test_fiscal_bracket, fiscal_bracket)

/* ", set up in 2019," is an aside on the founding, as ", founded in
 * 2019," is: its year is not the sentence's (dev13b ostashkov: one
 * writer, so every case is a wording of our own). */
static const struct case_ set_up_aside[] = {
	{ "Tomsk, 14 October 2025\n\nThe Pervouralsk park, set up in 2019, "
	  "has 12 residents.\n", 0, { "2025|level|12|companies||" } },
	{ "Tomsk, 14 October 2025\n\nThe Kama technopark, set up in an old "
	  "mill in 2020, houses 8 firms.\n", 0, { "2025|level|8|companies||" } },
	{ "Tomsk, 14 October 2025\n\nToday the cluster, set up by the region "
	  "in 2021, unites 30 firms.\n", 0, { "2025|level|30|companies||" } },
};

CASES_TEST(test_set_up_aside, set_up_aside)

/* Months so far ("с начала года", "year to date", "since the start of
 * the year") end where the months of last year they are compared with
 * end: the last month reported, not the text's own month (dev12a
 * kulebaki, oh18 korenovsk; every case is a wording of our own). */
static const struct case_ ytd_base[] = {
	{ "Tomsk, 16 October 2025\n\nС начала года резиденты вложили 2,2 млрд "
	  "рублей — на 8% больше, чем за январь–сентябрь прошлого года.\n", 0,
	  { "2025-01..2025-09|flow|2.2|млрд рублей||",
	    "2025-01..2025-09|percent|8|%||2024-01..2024-09" } },
	{ "Kazan, 5 August 2025\n\nYear to date, residents have shipped goods "
	  "worth RUB 4.5 billion, up 10% on January-July last year.\n", 0,
	  { "2025-01..2025-07|flow|4.5|billion RUB||",
	    "2025-01..2025-07|percent|10|%||2024-01..2024-07" } },
	{ "Perm, 3 June 2025\n\nSince the start of the year the park has "
	  "processed 52 thousand tonnes, 1.3x Jan-April last year.\n", 0,
	  { "2025-01..2025-04|flow|52|thousand tonnes||",
	    "2025-01..2025-04|multiple|1.3|times||2024-01..2024-04" } },
};

CASES_TEST(test_ytd_base, ytd_base)

/* "С момента открытия", "since its creation", "since its launch": what
 * was done since a founding an earlier sentence dated runs from that
 * year to the text's (dev13a zori: one writer, so every case is a
 * wording of our own). */
static const struct case_ since_founding[] = {
	{ "Tomsk, 16 October 2025\n\nТехнопарк «Сибирь», открытый в 2019 "
	  "году, объединяет 30 компаний. С момента открытия они вложили 4,2 "
	  "млрд рублей.\n", 0,
	  { "2025|level|30|компаний||", "2019..2025|flow|4.2|млрд рублей||" } },
	{ "Kazan, 5 August 2025\n\nThe Kama zone, created in 2018, has 40 "
	  "residents. Since its creation they have invested RUB 12 "
	  "billion.\n", 0,
	  { "2025|level|40|companies||", "2018..2025|flow|12|billion RUB||" } },
	{ "Perm, 3 June 2025\n\nThe Parma park was launched in 2021 with two "
	  "tenants. Since its launch residents have created 350 jobs.\n", 0,
	  { "2021|level|2|companies||", "2021..2025|flow|350|jobs||" } },
};

CASES_TEST(test_since_founding, since_founding)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weekday_year),
		cmocka_unit_test(test_words_year),
		cmocka_unit_test(test_tag_year),
		cmocka_unit_test(test_post_results),
		cmocka_unit_test(test_label_comma),
		cmocka_unit_test(test_list_heading),
		cmocka_unit_test(test_part_rel_year),
		cmocka_unit_test(test_fiscal_bracket),
		cmocka_unit_test(test_set_up_aside),
		cmocka_unit_test(test_ytd_base),
		cmocka_unit_test(test_since_founding),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
