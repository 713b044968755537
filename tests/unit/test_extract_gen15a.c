/*
** test_extract_gen15a.c: extract's periods, fifteenth round (issue 16,
** branch extract15a). Before any rule changed, every period miss (a
** figure found with the right value, unit and qualifier and another
** period; its false candidate is the same figure) of old_holdout21 and
** old_holdout22 (blind until last session, two writers, never tuned
** on) was classed by the language behind it, not by text. Counts are
** misses per folder, make extract-eval (no --as-of), main's binary
** d269176 (32 and 35 period misses; the other misses, units and values,
** are the second engineer's):
**
**   phenomenon                                             oh21 oh22
**   T  A stock said now (present tense, "now", "today", "are    8    6
**      leased", "has 230 employees", "This year we aim")
**      takes the past year or months of an earlier sentence
**      or another clause ("Last year ... . Tenants pay rent
**      of about 400 roubles", "came to the park in 2019 and
**      has 230 employees", "Of the park's 48 hectares, 31 are
**      leased" under "Results of 2024", "Of its 96 hectares
**      ... are taken" after January-September, "6 МВт" after
**      "в 2024 году переработано")
**   P  A plan's span from the text's year to its deadline       5    6
**      read as the deadline's year alone: a slide's title
**      "Plans to 2028", "Plans 2026-2028" over its items
**      (oh21 4, oh22 3), "by the end of 2026; the extension
**      will cost", "due to open in the second half of 2027",
**      "a further 12 MW by Q4 2026", "it opens in the autumn
**      of twenty twenty-six"
**   Y  The text's year of a yearless date line: a planned       0    8
**      year ("Запуск намечен на конец 2026 года") taken as
**      the latest year stated, over "за тот же период 2024
**      года" and the weekday; a post "Our 2024 in numbers"
**      dated "14 Jan" read as of 2024
**   R  A date in the next clause or a bracket taken by a        3    3
**      figure before it ("RUB 740 million in 2021-2024, RUB
**      310 million planned for 2025-2026", "five residents
**      and 450 new jobs by the end of 2024", "ещё столько же
**      ... в будущем году", "9 residents (2023: 6) and 410
**      jobs", "В 2026 году ... 1,1 млрд рублей и к 2028
**      году")
**   Q  "promised in 2023 that ... by the end of 2025",          2    1
**      "In 2021 the region announced ... by 2025": the year
**      of the promise is no start of the plan
**   A  An audit's span for what it found ("312 jobs had been    2    1
**      created", "Выявлено нарушений на сумму")
**   F  A court's investment under an agreement: from its        2    1
**      year to the check date (keys split; round fourteen)
**   H  A heading's months so far for the lines under it         2    1
**      ("Slide 2. The park in figures (8M25)", "показатели
**      за январь–июнь 2025 года" over "112,4% к")
**   S  A total "since the park's launch in 2020", "to date"      1    1
**      under "Founded: 2019": from that year to the text's
**   N  "годом ранее", "a year earlier" after a compared         0    2
**      figure: the year before the sentence's
**   C  A change's ends: "cut from 60% in 2021 to under 25%",    1    2
**      "стало 9 (было 6)", "closed the year with 9"
**   single cases (oh21 "this spring", "started with",          6    3
**      "to double ... by 2027", a fiscal year's share, "from
**      2027", a multiple's "тот же период"; oh22 "10M25 vs
**      10M24", a fiscal fourth quarter, "В 2025-м")
**   total period misses                                   32   35
**
** Rules, largest and widest first, each with its test below (recall of
** the folders it changed in its commit message; seed texts 139/143 and
** 147/157 after every rule, no folder lost more than one figure):
**   T  extract_nowst.c: a level in a clause of the present tense or
**      with a word for now stands at the text's year
**      (test_stock_now)
**   P  extract_ptitle.c: a list under a title of plans for a span
**      ("Plans to 2028", "Plans 2026-2028") is planned over the span,
**      items that date themselves in their own clause excepted
**      (test_plan_title: four writers, oh21, oh22, dev13b, oh17)
**   Y  extract_latest.c: a report or post of a year's results is put
**      out after that year, which bounds a yearless date line's year
**      from below; extract_tense.c: "намечен" is future, as
**      "scheduled", so its year is no year the text speaks from
**      (test_text_year; oh22 only, but the study's target across
**      nine writers: the text's year when the date line has none)
**   H  extract_like.c: a change against months of a year is over the
**      same months of the next, not the whole year (test_like_months:
**      five writers, oh22 severouralsk "112,4% к январю–июню 2024
**      года", oh16, dev10a, dev13a, dev13b; the study's widest class);
**      a change against "the same period last year" or a table's year
**      before, right after a quantity of months, is over those months
**      (test_like_flow: oh21 vereshchagino, oh19, oh15, oh14, dev14a)
**   R  extract_front.c: a date that opens a sentence dates the figures
**      of its clause, not the date that opens the next clause after
**      them (test_front_date: oh21 sernur, oh22 belyov, dev11b tulun)
**   T  extract_nowst.c xnowst_power: a power capacity given as a label's
**      value stands at the text's date (test_power_now: oh21
**      chernushka, oh22 aniva, dev12b, dev13b)
**   P  extract_ptitle.c xptitle_sibling: an undated figure left at the
**      horizon after a plan of its sentence shares the plan's span
**      (test_plan_sibling: oh22 dolinsk, cherdakly; dev14a; oh7)
**   N  extract_coord.c xcoord_back: the date that closes a coordination
**      of figures ("11 residents and 930 jobs a year earlier") dates
**      both (test_coord_back: oh22 cherdakly; a rule of the language,
**      with four wordings of our own)
** After them (make extract-eval, no --as-of) the period misses are 23
** and 19 (32 and 35 before): recall old_holdout21 224 -> 233 of 271,
** old_holdout22 160 -> 176 of 225; eleven other folders gained 1-7, none
** lost; seed texts 139/143 and 147/157 throughout.
**
** Left alone: stocks in an audit of years past at the span's end (class
** A; keys of every audit: 41 counts at a year's end, 5 at the text's
** date, but a rule giving the span's end lost four keyed at the text's
** date, dev10b raduzhny, oh14 kameshkovo, oh20 uray, for one found);
** a court's investment under an agreement from its year (class F, keys
** split as round fourteen found); "promised in 2023 ... by the end of
** 2025" (class Q: these keys a target at the deadline, round ten's a
** plan from the pledge's year); a power rule for land and floor space
** (dev14a, dev9b key "new space" over a year); "(now 10)" under "Our
** 2024 in numbers" (oh22 keys 2024's end, as oh12 does "всего их
** теперь 12" after "По итогам 2024 года"; one text, left as the text's
** year); a label's value after a present clause ("работают 1 140
** человек, средняя заработная плата — 52,3"): averages keep the months
** of a flow (extract_stock.c), and the draft found nothing else.
*/
#include "test_extract_cases.h"

/* A stock said now (class T, both folders: oh21 dno "Tenants pay rent
 * of about four hundred roubles" after "Last year ...", naryshkino
 * "came to the park in 2019 and has 230 employees"; oh22 kirzhach "Of
 * the park's 48 hectares, 31 hectares are leased" under "Results of
 * 2024"): a level whose own clause is in the present tense ("employs",
 * "насчитывает", "are occupied", "has 310 employees") and states no
 * time stands at the text's date, not at a past year an earlier
 * sentence or another clause names. Keys of every folder: 230 levels
 * said now at the text's date, one at the year before. Not a bare
 * copula ("The total area of the building is around 11,000 sq.m."
 * after "In 2015 ... launched a new building" is 2015's, seed 004), nor
 * a clause to come ("is to reach"), nor a results release's "всего их
 * теперь" (old_holdout12). Wordings of our own, periods by hand. */
static const struct case_ stock_now[] = {
	{ "Kaluga, 12 May 2025\n\nThe bakery joined the park in 2020 and "
	  "employs 95 people.\n", 0, { "2025|level|95|people||" } },
	{ "Тула, 12 мая 2025 г.\n\nЗавод пришёл в парк в 2019 году и "
	  "насчитывает 260 сотрудников.\n", 0,
	  { "2025|level|260|человек||" } },
	{ "Kaluga, 12 May 2025\n\nThe company opened its plant in the park "
	  "in 2018 and has 310 employees.\n", 0,
	  { "2025|level|310|people||" } },
	{ "Kirov, 14 March 2025\n\nIn 2024 the residents shipped goods worth "
	  "RUB 2.4 billion. Of the 60 hectares, 52 are occupied.\n", 0,
	  { "2024|level|2.4|billion RUB||", "2025|level|60|hectares||",
	    "2025|level|52|hectares||" } },
	{ "Kirov, 14 March 2025\n\nResults of 2024. The park closed the year "
	  "with revenue of RUB 2.4 billion. Of its 48 hectares, 31 hectares "
	  "are leased.\n", 0,
	  { "2024|level|2.4|billion RUB||", "2025|level|48|hectares||",
	    "2025|level|31|hectares||" } },
	{ "Kaluga, 12 May 2025\n\nLast year the park handled 30,000 "
	  "containers. Tenants pay rent of about RUB 450 per square metre a "
	  "month.\n", 0,
	  { "2024|level|30000|containers||",
	    "2025|level|450|RUB|about|" } },
	{ "Омск, 3 марта 2026 г.\n\nПо данным за 2025 год, резиденты "
	  "отгрузили продукции на 5,1 млрд рублей. На предприятиях парка "
	  "трудятся 1 200 человек.\n", 0,
	  { "2025|level|5.1|млрд рублей||", "2026|level|1200|человек||" } },
	/* what stays */
	{ "Kaluga, 12 May 2025\n\nIn 2015 the company launched a new "
	  "building. The total area of the building is around 11,000 "
	  "sq.m.\n", 0, { "2015|level|11000|square meters|about|" } },
	{ "Тула, 17 января 2025 г.\n\nПо итогам 2024 года резидентами парка "
	  "стали ещё две компании, всего их теперь 9.\n", 0,
	  { "2024|level|2|компаний||", "2024|level|9|компаний||" } },
	{ "Kaluga, 12 May 2025\n\nThe plant opened in 2022. After an upgrade "
	  "due in 2026, capacity is to reach 40,000 tonnes a year.\n", 0,
	  { "2026|level|40000|tonnes||" } },
	/* a number word after "is" is no participle: "eleven" and
	 * "seventeen" end in -en (found by the round's review) */
	{ "Dolgoprudny, 5 March 2025\n\nIn 2015 MIPT launched a new building. "
	  "The total area of the building is eleven thousand sq.m.\n", 0,
	  { "2015|level|11|thousand square meters||" } },
};

CASES_TEST(test_stock_now, stock_now)

/* A list under a title of plans naming a span (class P, both folders:
 * oh21 chernushka "Slide 4. Plans to 2028" over "5-6 new residents",
 * "investment of RUB 4-5bn"; oh22 sabetta "Slide 5. Plans 2026-2028"
 * over "RUB 18-20 bn, first ships in 2027", "at least 1,500 people over
 * the three years"): what an item does not date in its own clause is
 * planned over the title's span, "to YEAR" from the text's year. An
 * item with its own date ("output to reach RUB 30bn in 2029", "a target
 * of 90% occupancy by 2027") keeps it; a title of one year ("Plans for
 * 2026") is no span. Wordings of our own, periods by hand. */
static const struct case_ plan_title[] = {
	{ "Volga Forum, 3 June 2025. Notes from the slides\n\nSlide 6. Plans "
	  "to 2029\n- 8 new residents\n- private investment of RUB 6bn\n- "
	  "output to reach RUB 30bn in 2029\n", 0,
	  { "2025..2029|plan|8|companies||", "2025..2029|plan|6|billion RUB||",
	    "2029|level|30|billion RUB||" } },
	{ "Kazan, 2 October 2025\n\nOur plans for 2026-2027:\n- two new "
	  "workshops of 12,000 sq m;\n- 250 jobs over the two years;\n- a "
	  "target of 90% occupancy by 2027.\n", 0,
	  { "2026..2027|plan|2|workshops||",
	    "2026..2027|plan|12000|square meters||",
	    "2026..2027|plan|250|jobs||", "2027|target|90|%||" } },
	{ "Итоги и планы, 14 апреля 2025 г.\n\nПланы на 2026–2028 годы:\n- 4 "
	  "новых резидента;\n- инвестиции 3,5 млрд рублей;\n- 600 рабочих "
	  "мест.\n", 0,
	  { "2026..2028|plan|4|компаний||", "2026..2028|plan|3.5|млрд рублей||",
	    "2026..2028|plan|600|рабочих мест||" } },
	{ "Kazan, 2 October 2025\n\nPlans for 2026:\n- 3 new residents;\n- "
	  "RUB 900 million of investment.\n", 0,
	  { "2026|target|3|companies||", "2026|plan|900|million RUB||" } },
	/* a title that also names results heads results, and a plan in
	 * brackets names no list of plans (found by the round's review) */
	{ "Тверь, 4 марта 2025 г.\n\nИтоги 2024 года и планы до 2028 года:\n"
	  "- 5 новых резидентов;\n- 300 рабочих мест.\n", 0,
	  { "2024|level|5|компаний||", "2024|level|300|рабочих мест||" } },
	{ "Forum notes, 20 October 2025\n\nSlide 3. The park today (a master "
	  "plan to 2030 is in the works)\n- 45 residents\n", 0,
	  { "2025|level|45|companies||" } },
};

CASES_TEST(test_plan_title, plan_title)

/* The text's year when the date line has none (class Y, oh22: a post
 * "Our 2024 in numbers" dated "14 Jan" read as of 2024, so "This year
 * we aim for 12 residents" was 2024's; a wire "9 октября ... в
 * четверг" read as of 2026 from "Запуск намечен на конец 2026 года",
 * where 9 October 2025 is the Thursday). A year's results are put out
 * after the year; a year planned is no year the text speaks from. The
 * clock is 5 December 2026; wordings of our own, periods by hand (9
 * October 2025 is a Thursday, 2026's a Friday; 14 October 2025 a
 * Tuesday). */
static const struct case_ text_year[] = {
	{ "Kama Park | VK - 12 Feb\n\nOur 2025 in numbers:\n- 4 new "
	  "residents\n- RUB 1.2 bn of private investment\n\nThis year we aim "
	  "for 15 residents.\n", 0,
	  { "2025|level|4|companies||", "2025|level|1.2|billion RUB||",
	    "2026|level|15|companies||" } },
	{ "КАЗАНЬ, 9 октября. /ТатИнформ/. Индустриальный парк «Кама» в "
	  "четверг принял нового резидента. Открытие завода намечено на "
	  "конец 2027 года.\n\nС начала года резиденты парка отгрузили "
	  "продукции на 4,2 млрд рублей.\n", 0,
	  { "2025-01..2025-10|flow|4.2|млрд рублей||" } },
	{ "Tomsk Park @tomskpark - 20 Jan\n\nOur results for 2025:\n- 7 new "
	  "residents\n- 420 jobs\n\nToday the park has 33 residents.\n", 0,
	  { "2025|level|7|companies||", "2025|level|420|jobs||",
	    "2026|level|33|companies||" } },
	{ "Промпарк «Сура» @surapark · 22 янв.\n\nИтоги 2025 года:\n— 7 новых "
	  "резидентов;\n— 420 рабочих мест.\n\nСегодня в парке 33 "
	  "резидента.\n", 0,
	  { "2025|level|7|компаний||", "2025|level|420|рабочих мест||",
	    "2026|level|33|компаний||" } },
	{ "ПЕНЗА, 14 октября. /ПензаИнформ/. Технопарк «Сура» во вторник "
	  "открыл второй корпус. Ввод третьей очереди намечен на 2028 "
	  "год.\n\nС начала года резиденты технопарка выпустили продукции на "
	  "1,6 млрд рублей.\n", 0,
	  { "2025-01..2025-10|flow|1.6|млрд рублей||" } },
	{ "TULA, Oct 9 (Wire) - The Tula park signed a new resident on "
	  "Thursday. The plant's launch is slated for the end of 2027.\n\n"
	  "Since the start of the year residents have shipped goods worth "
	  "RUB 4.2 billion.\n", 0,
	  { "2025-01..2025-10|flow|4.2|billion RUB||" } },
};

/* The cases run with the clock at 5 December 2026: the weekday finds
 * the last fitting year up to today. */
static void test_text_year(void **state)
{
	(void)state;
	case_today = 20261205;
	run_cases(text_year, GS_ARRAY_LEN(text_year));
	case_today = 20000101;
}

/* A change is measured like for like (class H, oh22 severouralsk
 * "Отгружено ... на 3,84 млрд рублей, что составляет 112,4% к
 * январю–июню 2024 года"; the same in oh16 dobrinka, dev10a livny,
 * dev13a ruzayevka, dev13b ostrogozhsk): a percent change or multiple
 * against months of one year is over the same months of the next, not
 * the next whole year. A base of a whole year stays. Wordings of our
 * own, periods by hand. */
static const struct case_ like_months[] = {
	{ "Кострома, 5 августа 2025 г.\n\nСреднемесячная зарплата в парке — 58 "
	  "тыс. рублей, что на 14% больше, чем в январе–июне 2024 года.\n", 0,
	  { "2025|level|58|тыс. рублей||",
	    "2025-01..2025-06|percent|14|%||2024-01..2024-06" } },
	{ "Кострома, 5 августа 2025 г.\n\nЧисленность работников — 980 "
	  "человек, в 1,2 раза больше, чем в январе–июне 2024 года.\n", 0,
	  { "2025|level|980|человек||",
	    "2025-01..2025-06|multiple|1.2|times||2024-01..2024-06" } },
	{ "Kostroma, 5 May 2025\n\nAverage monthly pay in the park is RUB "
	  "61,000, 1.2 times the level of January-March 2024.\n", 0,
	  { "2025|level|61000|RUB||",
	    "2025-01..2025-03|multiple|1.2|times||2024-01..2024-03" } },
	{ "Kostroma, 5 November 2025\n\nResidents paid RUB 410 million in "
	  "taxes, 12% more than in 2024.\n", 0,
	  { "2025|level|410|million RUB||", "2025|percent|12|%||2024" } },
	/* months after the text's date are not the change's: "up 6% on
	 * December 2024" in August 2025 stays the year (it was 2025-12;
	 * found by the round's review) */
	{ "Kaluga, 5 August 2025\n\nRents in the park are up 6% on December "
	  "2024.\n", 0, { "2025|percent|6|%||2024-12" } },
};

CASES_TEST(test_like_months, like_months)

/* The same like for like when the base is "the same period last year",
 * "годом ранее" or a table's column before, read as a whole year, and
 * the change follows the quantity it measures, dated by months in a
 * clause of its own (class H, oh21 vereshchagino "завод ..., который за
 * первое полугодие выпустил 6,5 тыс. тонн продукции, в полтора раза
 * больше, чем за тот же период прошлого года"; oh19 kozlovka, oh14
 * kharovsk, oh15 ust_dzheguta, dev14a shipunovo). Not a comparison with
 * something else than a time ("чем в среднем по отрасли"). Wordings of
 * our own, periods by hand. */
static const struct case_ like_flow[] = {
	{ "Кострома, 5 октября 2025 г.\n\nКрупнейший резидент — завод, который "
	  "за девять месяцев выпустил 14 тыс. тонн продукции, на 9% больше, "
	  "чем за тот же период прошлого года.\n", 0,
	  { "2025-01..2025-09|flow|14|тыс. тонн||",
	    "2025-01..2025-09|percent|9|%||2024-01..2024-09" } },
	{ "Кострома, 5 августа 2025 г.\n\nСамый крупный резидент — молокозавод, "
	  "который за первое полугодие переработал 21 тыс. тонн молока, в 1,3 "
	  "раза больше, чем за тот же период прошлого года.\n", 0,
	  { "2025-01..2025-06|flow|21|тыс. тонн||",
	    "2025-01..2025-06|multiple|1.3|times||2024-01..2024-06" } },
	{ "Кострома, 5 октября 2025 г.\n\nЛидер парка — кирпичный завод, "
	  "который с января по сентябрь выпустил 30 млн штук кирпича, на 15% "
	  "больше, чем годом ранее.\n", 0,
	  { "2025-01..2025-09|flow|30|млн units||",
	    "2025-01..2025-09|percent|15|%||2024-01..2024-09" } },
	{ "Кострома, 5 октября 2025 г.\n\nЛидер парка — завод, который за "
	  "девять месяцев выпустил продукции на 2 млрд рублей, на 8% больше, "
	  "чем в среднем по отрасли.\n", 0,
	  { "2025-01..2025-09|flow|2|млрд рублей||", "2025|percent|8|%||2024" } },
};

CASES_TEST(test_like_flow, like_flow)

/* A date that opens a sentence dates its clause's figures; the date
 * that opens the next clause, after a comma or an "и"/"and", is that
 * clause's (class R, both folders: oh21 sernur "В 2026 году мы
 * планируем запустить цех ... стоимостью 1,1 млрд рублей и к 2028 году
 * довести ..."; oh22 belyov "В прошлом году район вложил ...
 * восемнадцать миллионов рублей, ещё столько же область обещает в
 * будущем году"). Wordings of our own, periods by hand. */
static const struct case_ front_date[] = {
	{ "Тверь, 4 февраля 2025 г.\n\nВ прошлом году район потратил на дороги "
	  "25 млн рублей, в будущем году область добавит ещё 40 млн "
	  "рублей.\n", 0,
	  { "2024|level|25|млн рублей||", "2026|level|40|млн рублей||" } },
	{ "Tver, 4 February 2025\n\nLast year the residents invested RUB 900 "
	  "million, this year they plan RUB 1.2 billion.\n", 0,
	  { "2024|level|900|million RUB||", "2025|level|1.2|billion RUB||" } },
	{ "Tver, 4 February 2025\n\nIn 2023 the park had 12 residents, by 2026 "
	  "it expects 20.\n", 0,
	  { "2023|level|12|companies||", "2026|target|20|companies||" } },
	{ "Тверь, 4 февраля 2025 г.\n\nВ 2022 году в парке работали 300 "
	  "человек, к 2027 году их будет 800.\n", 0,
	  { "2022|level|300|человек||", "2027|target|800|человек||" } },
};

CASES_TEST(test_front_date, front_date)

/* A power capacity given as a label's value stands at the text's date,
 * not over the months or the past year of a flow near it (class T,
 * both folders: oh21 chernushka "gas: 6,000 cu m/h; power: 15 MW" on a
 * slide of 8M25; oh22 aniva "Свободная электрическая мощность — 6 МВт."
 * after "в 2024 году переработано 61,3 тыс. т"). A capacity said with
 * its own year stays. Wordings of our own, periods by hand. */
static const struct case_ power_now[] = {
	{ "Тверь, 4 марта 2025 г.\n\nВ 2024 году резиденты отгрузили продукции "
	  "на 2 млрд рублей. Свободная мощность — 8 МВт.\n", 0,
	  { "2024|level|2|млрд рублей||", "2025|level|8|МВт||" } },
	{ "Forum notes, 20 October 2025\n\nSlide 2. The park in 9M25\n- "
	  "residents' revenue: RUB 3bn\n- grid capacity: 20 MW\n", 0,
	  { "2025-01..2025-09|flow|3|billion RUB||", "2025|level|20|MW||" } },
	{ "Omsk, 3 March 2026\n\nIn January-February the residents paid RUB 80 "
	  "million in taxes; available capacity - 7.5 MW.\n", 0,
	  { "2026-01..2026-02|flow|80|million RUB||", "2026|level|7.5|MW||" } },
	{ "Tver, 4 March 2025\n\nIn 2024 the park commissioned a substation of "
	  "25 MW.\n", 0, { "2024|level|25|MW||" } },
	/* energy is no power: a year's output keeps its year, a 9M flow its
	 * months (the review found "кВт·ч" and "MWh" read as power) */
	{ "Тверь, 4 марта 2025 г.\n\nВ 2024 году резиденты отгрузили продукции "
	  "на 2 млрд рублей, выработка солнечной станции — 12 млн кВт·ч.\n", 0,
	  { "2024|level|2|млрд рублей||", "2024|level|12|млн кВт·ч||" } },
	{ "Forum notes, 20 October 2025\n\nSlide 2. The park in 9M25\n- "
	  "power consumed: 12 MWh\n- grid capacity: 20 MW\n", 0,
	  { "2025-01..2025-09|flow|12|MWh||", "2025|level|20|MW||" } },
};

CASES_TEST(test_power_now, power_now)

/* Figures of one sentence about the future share its plan (class P,
 * oh22 dolinsk "The newcomer will invest about 1.2 billion roubles and
 * create 140 jobs; its plant is due to open in the second half of
 * 2027", cherdakly "by the end of 2026; the extension will cost about
 * RUB 700 million"; and dev14a skovorodino, oh7 kalmykia): the undated
 * figure left a target at the horizon is planned over the span of the
 * plan before it. Wordings of our own, periods by hand. */
static const struct case_ plan_sibling[] = {
	{ "Tver, 4 March 2025\n\nThe park will add another 20 hectares by the "
	  "end of 2026; the extension will cost about RUB 500 million.\n", 0,
	  { "2025..2026|plan|20|hectares||",
	    "2025..2026|plan|500|million RUB|about|" } },
	{ "Tver, 4 March 2025\n\nThe newcomer will invest RUB 800 million and "
	  "create 90 jobs; its plant is due to open in the first half of "
	  "2026.\n", 0,
	  { "2025..2026|plan|800|million RUB||", "2025..2026|plan|90|jobs||" } },
	{ "Тверь, 4 марта 2025 г.\n\nИнвестор вложит 800 млн рублей и создаст "
	  "90 рабочих мест; завод должен заработать в первом полугодии 2026 "
	  "года.\n", 0,
	  { "2025..2026|plan|800|млн рублей||",
	    "2025..2026|plan|90|рабочих мест||" } },
};

CASES_TEST(test_plan_sibling, plan_sibling)

/* The date that closes a coordination of figures dates both (class N,
 * oh22 cherdakly "As of 1 July the park had 14 residents and 1,120
 * jobs, compared with 11 residents and 930 jobs a year earlier": the 11
 * kept the sentence's 1 July 2025). One folder; the rule is about
 * coordination, whatever the figures: four wordings of our own, periods
 * by hand. */
static const struct case_ coord_back[] = {
	{ "Kazan, 15 July 2025\n\nAs of 1 July the park had 14 residents and "
	  "1,120 jobs, compared with 11 residents and 930 jobs a year "
	  "earlier.\n", 0,
	  { "2025-07-01|level|14|companies||", "2025-07-01|level|1120|jobs||",
	    "2024-07-01|level|11|companies||", "2024-07-01|level|930|jobs||" } },
	{ "Казань, 15 июля 2025 г.\n\nНа 1 июля в парке 14 резидентов и 1 120 "
	  "рабочих мест против 11 резидентов и 930 рабочих мест годом "
	  "ранее.\n", 0,
	  { "2025-07-01|level|14|компаний||",
	    "2025-07-01|level|1120|рабочих мест||",
	    "2024-07-01|level|11|компаний||",
	    "2024-07-01|level|930|рабочих мест||" } },
	{ "Тула, 5 марта 2025 г.\n\nСейчас в парке 20 резидентов и 1 500 "
	  "рабочих мест против 16 резидентов и 1 200 рабочих мест годом "
	  "ранее.\n", 0,
	  { "2025|level|20|компаний||", "2025|level|1500|рабочих мест||",
	    "2024|level|16|компаний||", "2024|level|1200|рабочих мест||" } },
	{ "Tula, 5 March 2025\n\nThe park now has 20 residents and 1,500 jobs, "
	  "up from 16 residents and 1,200 jobs a year ago.\n", 0,
	  { "2025|level|20|companies||", "2025|level|1500|jobs||",
	    "2024|level|16|companies||", "2024|level|1200|jobs||" } },
};

CASES_TEST(test_coord_back, coord_back)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stock_now),
		cmocka_unit_test(test_plan_title),
		cmocka_unit_test(test_text_year),
		cmocka_unit_test(test_like_months),
		cmocka_unit_test(test_like_flow),
		cmocka_unit_test(test_front_date),
		cmocka_unit_test(test_power_now),
		cmocka_unit_test(test_plan_sibling),
		cmocka_unit_test(test_coord_back),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
