/*
** test_extract_gen5b.c: extract rules of the sixth session on issue 16,
** values, units and qualifiers (the periods are another branch's): the
** classes of misses "not found", "found with another unit" and "found
** with another qualifier" and of false candidates with a wrong value or
** unit, across every development folder, each written as cases in our
** own words, English and Russian. Expected rows are worked out by hand
** from the text ("period|kind|value|unit|qualifier|base"), never copied
** from extract's output. Today is 2000-01-01 in these tests.
*/
#include "test_extract_cases.h"

/* The noun phrase a number counts ends at its noun: a Russian noun after
 * the adjectives ("17 индустриальных парков региона" counts парков, not
 * "региона"; "в 3 парках работают" not "работают"), an English plural
 * before a verb ("14 industrial parks paid RUB 2 bn" counts parks, and
 * RUB is the money's). */
static const struct case_ phrase_noun[] = {
	{ "Сейчас в 4 агропарках работают 31 резидент.", 20230301,
	  { "2023|level|4|агропарках||", "2023|level|31|компаний||" } },
	{ "Резиденты 9 промышленных площадок области заплатили налоги.",
	  20230301, { "2023|level|9|промышленных площадок||" } },
	{ "На 6 опытных полигонах страны идут испытания.", 20230301,
	  { "2023|level|6|опытных полигонах||" } },
	{ "Residents of the 12 agro parks paid RUB 1.4 bn in taxes in 2022.",
	  20230301, { "2023|level|12|agro parks||",
		      "2022|level|1.4|billion RUB||" } },
	{ "The 7 test sites employ 900 people.", 20230301,
	  { "2023|level|7|test sites||", "2023|level|900|people||" } },
	{ "In 2022, 64 robots went home.", 20230301,
	  { "2022|level|64|robots||" } },
};

CASES_TEST(test_phrase_noun, phrase_noun)

/* Russian numbers in words in every case ("до сорока двух", "около
 * трёхсот миллионов", "более шестидесяти"), not only the nominative and a
 * few genitives: "тридцати пяти" is 35, not 5. ("Grew from 19 to 37
 * in 2022" dates 19 a year earlier, as with digits.) */
static const struct case_ ru_number_cases[] = {
	{ "К 2026 году число резидентов планируется довести до сорока двух.",
	  20230301, { "2026|target|42|компаний||" } },
	{ "В 2022 году инвесторы вложили около трёхсот миллионов рублей.",
	  20230301, { "2022|level|300|млн рублей|about|" } },
	{ "В 2022 году в парке работали более шестидесяти компаний.",
	  20230301, { "2022|level|60|компаний|over|" } },
	{ "В 2021 году резиденты вложили около двухсот пятидесяти "
	  "миллиардов рублей.", 20230301,
	  { "2021|level|250|млрд рублей|about|" } },
	{ "Число резидентов выросло с девятнадцати до тридцати семи в 2022 "
	  "году.", 20230301,
	  { "2021|level|19|компаний||", "2022|level|37|компаний||" } },
};

CASES_TEST(test_ru_number_cases, ru_number_cases)

/* An interview's question names what it counts a few words on ("Сколько
 * у парка резидентов?"), its answer may open with a time word ("—
 * Сегодня 57.") and go on with an earlier count said alone ("There were
 * 90 in 2021.", "в 2021 году было 44"). */
static const struct case_ asked_counts[] = {
	{ "— Сколько в парке сейчас резидентов?\n— Сегодня 57, в 2021 году "
	  "было 44.", 20230301,
	  { "2023|level|57|компаний||", "2021|level|44|компаний||" } },
	{ "— Сколько у кластера участников?\n— Сейчас 63.", 20230301,
	  { "2023|level|63|компаний||" } },
	{ "Q: How many firms does the incubator host today?\nA: 118. There "
	  "were 90 in 2021.", 20230301,
	  { "2023|level|118|companies||", "2021|level|90|companies||" } },
	{ "The park has 64 residents. There were 50 at the end of 2021.",
	  20230301,
	  { "2023|level|64|companies||", "2021|level|50|companies||" } },
};

CASES_TEST(test_asked_counts, asked_counts)

/* "не превышал", "превышала" in the past imperfective are "did not
 * exceed" (up_to) and "exceeded" (over), as the perfective forms. */
static const struct case_ exceeded_past[] = {
	{ "Доля импорта в 2022 году не превышала 15%.", 20230301,
	  { "2022|level|15|%|up_to|" } },
	{ "Загрузка площадок в 2021 году превышала 80%.", 20230301,
	  { "2021|level|80|%|over|" } },
	{ "Долг на 1 марта 2023 года не превышал 7% доходов бюджета.",
	  20230401, { "2023-03-01|level|7|%|up_to|" } },
};

CASES_TEST(test_exceeded_past, exceeded_past)

/* Billions said alone are money in the currency the text spoke of in
 * the sentences just before ("…на 12 млрд рублей. К 2027 году мы
 * планируем выйти на 20 млрд."), not a count the words before name. */
static const struct case_ billions_earlier[] = {
	{ "В 2022 году резиденты выпустили продукции на 12 млрд рублей. К "
	  "2027 году мы планируем выйти на 20 млрд.", 20230301,
	  { "2022|level|12|млрд рублей||", "2027|target|20|млрд рублей||" } },
	{ "Residents sold goods worth RUB 4 bn in 2022. By 2028 the park "
	  "wants its sales to reach 9 billion.", 20230301,
	  { "2022|level|4|billion RUB||", "2028|target|9|billion RUB||" } },
};

CASES_TEST(test_billions_earlier, billions_earlier)

/* A bracket after a count that opens with an earlier value and its date
 * or where a change came from ("(38 на 1 января)", "(up from 27)",
 * "(против 27 в 2021 году)") gives that value the count's unit, and a
 * label's count before such a bracket keeps the label's unit. */
static const struct case_ paren_earlier_value[] = {
	{ "В парке работают 45 резидентов (38 на 1 января).", 20230301,
	  { "2023|level|45|компаний||", "2023-01-01|level|38|компаний||" } },
	{ "Results:\n- residents: 31 (up from 27);\n- jobs: 340.", 20230301,
	  { "2023|level|31|companies||", "2023|level|27|companies||",
	    "2023|level|340|jobs||" } },
	{ "Итоги:\n- резиденты: 31 (против 27 в 2021 году);\n- рабочие "
	  "места: 340.", 20230301,
	  { "2023|level|31|компаний||", "2021|level|27|компаний||",
	    "2023|level|340|рабочих мест||" } },
};

CASES_TEST(test_paren_earlier_value, paren_earlier_value)

/* Where and how long are no figures: a number after a preposition and a
 * possessive names a place the text knows ("at our three sites", "на
 * трёх его площадках", "in two of them"); years "since then", "in the ... years", or
 * "Over six years" opening a sentence say how long. A term stays. */
static const struct case_ where_and_how_long[] = {
	{ "We have 272 residents at our three sites.", 20230301,
	  { "2023|level|272|companies||" } },
	{ "В 2022 году на трёх его площадках работали 40 компаний.", 20230301,
	  { "2022|level|40|компаний||" } },
	{ "Investors have put RUB 5 bn into its two sites.", 20230301,
	  { "2023|level|5|billion RUB||" } },
	{ "In the eight years since then residents have invested RUB 9 bn.",
	  20230301, { "2023|level|9|billion RUB||" } },
	/* The years are no figure; the quote's span is the period of what
	 * it counts, as old_holdout5's Togliatti key has it ("Over five
	 * years we have localised 300 parts": 2018..2023). */
	{ "\"Over six years we have built 12 plants,\" he said.", 20230301,
	  { "2017..2023|flow|12|plants||" } },
	{ "Residents are exempt from property tax for 10 years.", 20230301,
	  { "2023|level|10|years||" } },
	{ "The region has 12 parks; in two of them occupancy is 100%.",
	  20230301, { "2023|level|12|parks||", "2023|level|100|%||" } },
	{ "В 2023 году парки привлекли 20 новых резидентов. Заполняемость "
	  "парков составляет 78%, а у трёх из них — почти 100%.", 20230301,
	  { "2023|level|20|компаний||", "2023|level|78|%||",
	    "2023|level|100|%|almost|" } },
};

CASES_TEST(test_where_and_how_long, where_and_how_long)

/* A hundred or a thousand said as a noun: "превысит сотню", "более
 * тысячи рабочих мест", "около сотни компаний", "тысяча рабочих мест",
 * "a hundred residents"; "3 тысячи" stays a scale. */
static const struct case_ hundred_thousand_nouns[] = {
	{ "К 2025 году число резидентов превысит сотню.", 20230301,
	  { "2025|target|100|компаний|over|" } },
	{ "В 2022 году резиденты создали более тысячи рабочих мест.", 20230301,
	  { "2022|level|1000|рабочих мест|over|" } },
	{ "В 2022 году в парке работали около сотни компаний.", 20230301,
	  { "2022|level|100|компаний|about|" } },
	{ "В 2022 году резиденты создали 3 тысячи рабочих мест.", 20230301,
	  { "2022|level|3|тыс. рабочих мест||" } },
	{ "В 2022 году создана тысяча рабочих мест.", 20230301,
	  { "2022|level|1000|рабочих мест||" } },
	{ "In 2022 the park had a hundred residents.", 20230301,
	  { "2022|level|100|companies||" } },
};

CASES_TEST(test_hundred_thousand_nouns, hundred_thousand_nouns)

/* "five of them", "пять из них" after a count of parks, sites or other
 * things the unit list does not know count the same things. */
static const struct case_ of_them_phrase[] = {
	{ "В регионе 12 агропарков, пять из них государственные.", 20230301,
	  { "2023|level|12|агропарков||", "2023|level|5|агропарков||" } },
	{ "The zone has 9 test sites, four of them new.", 20230301,
	  { "2023|level|9|test sites||", "2023|level|4|test sites||" } },
};

CASES_TEST(test_of_them_phrase, of_them_phrase)

/* The whole a part is said of takes the part's unit: "62 hectares out
 * of 95", "40 гектаров из 75", "12 участков из 30". */
static const struct case_ out_of_whole[] = {
	{ "In 2022 the park leased 48 hectares out of 70.", 20230301,
	  { "2022|level|48|hectares||", "2022|level|70|hectares||" } },
	{ "Свободно 12 участков из 30.", 20230301,
	  { "2023|level|12|участков||", "2023|level|30|участков||" } },
};

CASES_TEST(test_out_of_whole, out_of_whole)

/* A capitalised word before a number is a name ("Windows 11") unless it
 * is a preposition opening a clause after a date line ("Омск, 3 мая
 * 2023 г. — На 6 площадках ...", "- In 12 industrial parks ..."). */
static const struct case_ clause_preposition[] = {
	{ "Омск, 3 мая 2023 г. — На шести площадках парка работают 85 "
	  "резидентов.", 0,
	  { "2023-05-03|level|6|площадках||",
	    "2023-05-03|level|85|компаний||" } },
	{ "Omsk, 3 May 2023 - In 12 industrial parks of the region, 300 "
	  "companies work.", 0,
	  { "2023-05-03|level|12|industrial parks||",
	    "2023-05-03|level|300|companies||" } },
	{ "He runs Windows 11 on 40 computers.", 20230301,
	  { "2023|level|40|computers||" } },
};

CASES_TEST(test_clause_preposition, clause_preposition)

/* More of what the figure before counts: "six plants ... and two more
 * were under construction", "ещё два строились" (a verb names nothing
 * counted). "5 more than in 2021" is a difference the keys count (see
 * test_extract_gen8b.c). */
static const struct case_ more_of_same[] = {
	{ "At the end of 2022 six plants were in operation and two more were "
	  "under construction.", 20230301,
	  { "2022|level|6|plants||", "2022|level|2|plants||" } },
	{ "В конце 2022 года работали шесть заводов, ещё два строились.",
	  20230301, { "2022|level|6|plants||", "2022|level|2|plants||" } },
};

CASES_TEST(test_more_of_same, more_of_same)

/* "of them", "их" after a sentence that named what is counted without a
 * figure of it count those things: its subject, the first count noun;
 * so does "(there are 80 of them)" after the noun in its own sentence. */
static const struct case_ them_named_before[] = {
	{ "Our electronics companies shipped products worth RUB 5 bn in 2022. "
	  "There are 23 of them in the park now.", 20230301,
	  { "2022|level|5|billion RUB||", "2023|level|23|companies||" } },
	{ "Малые предприятия региона получили субсидии. Сейчас их 40.",
	  20230301, { "2023|level|40|компаний||" } },
	{ "Residents of the zone (there are 80 of them) paid RUB 2 bn in "
	  "taxes in 2022.", 20230301,
	  { "2023|level|80|companies||", "2022|level|2|billion RUB||" } },
};

CASES_TEST(test_them_named_before, them_named_before)

/* "k" glued to a number is a thousand ("5k jobs", "RUB 300k"), as "bn"
 * and "m" are; a "k" on its own is not. Percentage points glued ("3pp")
 * and after 2-4 ("3 процентных пункта") are pp. */
static const struct case_ glued_k[] = {
	{ "In 2022 residents created 2.5K new jobs.", 20230301,
	  { "2022|level|2.5|thousand jobs||" } },
	{ "In 2022 the park paid RUB 300k in fees.", 20230301,
	  { "2022|level|300|thousand RUB||" } },
	{ "In 2022 there were 5 k residents.", 20230301,
	  { "2022|level|5|companies||" } },
	{ "In 2022 the share of exports rose 3pp.", 20230301,
	  { "2022|level|3|pp||" } },
	{ "В 2022 году доля экспорта выросла на 3 процентных пункта.",
	  20230301, { "2022|level|3|pp||" } },
};

CASES_TEST(test_glued_k, glued_k)

/* Words for numbers: "a dozen", "two dozen" (not 2); "из них 10
 * иностранных" counts what "них" are, not "иностранных". */
static const struct case_ dozen_and_of_them_adj[] = {
	{ "In 2022 the incubator had two dozen residents.", 20230301,
	  { "2022|level|24|companies||" } },
	{ "In 2021 the park had a dozen residents.", 20230301,
	  { "2021|level|12|companies||" } },
	{ "В парке 42 резидента (из них 10 иностранных).", 20230301,
	  { "2023|level|42|компаний||", "2023|level|10|компаний||" } },
};

CASES_TEST(test_dozen_and_of_them_adj, dozen_and_of_them_adj)

/* A count said once and again for another date, the unit implied: "40
 * residents in 2021 and 52 in 2022", "from 40 in 2021 to 52 in 2022",
 * "было 40, а в 2022 году — 52", "; in 2021 it had 40.", a next sentence
 * "В 2021 году — 40."; not "to reach 15,000 by 2030" after
 * another figure (that number's unit is said before it). */
static const struct case_ dated_again[] = {
	{ "The park had 40 residents in 2021 and 52 in 2022.", 20230301,
	  { "2021|level|40|companies||", "2022|level|52|companies||" } },
	{ "В 2021 году резидентов было 40, а в 2022 году — 52.", 20230301,
	  { "2021|level|40|компаний||", "2022|level|52|компаний||" } },
	{ "В парке работали 40 резидентов в 2021 году и 52 в 2022 году.",
	  20230301,
	  { "2021|level|40|компаний||", "2022|level|52|компаний||" } },
	{ "The park has 52 residents; in 2021 it had 40.", 20230301,
	  { "2023|level|52|companies||", "2021|level|40|companies||" } },
	{ "В парке 52 резидента. В 2021 году — 40.", 20230301,
	  { "2023|level|52|компаний||", "2021|level|40|компаний||" } },
	{ "The city will build 9,000 square metres of offices by 2026 and "
	  "expects its population to reach 8,000 by 2030.", 20230301,
	  { "2026|target|9000|square meters||", "2030|target|8000|people||" } },
};

CASES_TEST(test_dated_again, dated_again)

/* A negated bound turns over: "no fewer than", "not less than" are
 * at_least, "no more than", "не больше" up_to (as "не менее", "не
 * более"); plain "over", "under" stay. */
static const struct case_ negated_bounds[] = {
	{ "In 2022 residents employed no fewer than 3,000 people.", 20230301,
	  { "2022|level|3000|people|at_least|" } },
	{ "In 2022 the zone had not less than 40 residents.", 20230301,
	  { "2022|level|40|companies|at_least|" } },
	{ "In 2022 investment was no more than RUB 5 bn.", 20230301,
	  { "2022|level|5|billion RUB|up_to|" } },
	{ "В 2022 году на предприятиях работали не больше 3 тыс. человек.",
	  20230301, { "2022|level|3|тыс. человек|up_to|" } },
	{ "In 2022 residents employed just under 3,000 people.", 20230301,
	  { "2022|level|3000|people|almost|" } },
};

CASES_TEST(test_negated_bounds, negated_bounds)

/* Numbers that are no figures, probed with own wordings: a house number
 * before a verb ("ул. Ленина, 12 обеспечивает"), how long a range of
 * years takes ("in 2-3 years", "займёт 2–3 года"), a version in a name
 * ("Industry 4.0"); "RUB 12.0 bn" and a term "for 5-10 years" stay. */
static const struct case_ not_figures[] = {
	{ "Завод на ул. Ленина, 12 обеспечивает работой 300 человек.",
	  20230301, { "2023|level|300|человек||" } },
	{ "The project will be completed in 2-3 years.", 20230301, { NULL } },
	{ "Проект займёт 2–3 года.", 20230301, { NULL } },
	{ "The Industry 4.0 centre opened in 2022.", 20230301, { NULL } },
	{ "Output rose to RUB 12.0 bn in 2022.", 20230301,
	  { "2022|level|12|billion RUB||" } },
	{ "Residents are exempt from property tax for 5-10 years.", 20230301,
	  { "2023|level|5|years|at_least|", "2023|level|10|years|up_to|" } },
};

CASES_TEST(test_not_figures, not_figures)

/* A cluster's or park's participants are companies, a gathering's are
 * people: "The cluster now unites 36 participants" but "The meeting of
 * the cluster gathered 36 participants", "The forum drew 1,200". */
static const struct case_ cluster_participants[] = {
	{ "The agro cluster now unites 44 participants, from farms to "
	  "packaging makers.", 20230301, { "2023|level|44|companies||" } },
	{ "The meeting of the cluster gathered 36 participants.", 20230301,
	  { "2023|level|36|people||" } },
	{ "The forum drew 1,200 participants.", 20230301,
	  { "2023|level|1200|people||" } },
};

CASES_TEST(test_cluster_participants, cluster_participants)

/* An incubator's or accelerator's teams are companies ("Last year 64
 * teams went through our programmes", "акселератор прошли 35 команд");
 * a hackathon's stay teams. */
static const struct case_ incubator_teams[] = {
	{ "The incubator opened in 2019. In 2022, 64 teams went through our "
	  "programmes.", 20230301, { "2022|level|64|companies||" } },
	{ "В 2022 году акселератор прошли 35 команд.", 20230301,
	  { "2022|level|35|компаний||" } },
	{ "In 2022, 40 teams joined the hackathon.", 20230301,
	  { "2022|level|40|teams||" } },
};

CASES_TEST(test_incubator_teams, incubator_teams)

/* Parts: "a quarter of a million", "четверть миллиона" are 0.25 of the
 * scale (not 1); "up a third", "down a quarter" are changes, as "by a
 * third" is; "A quarter of residents" is no figure of its own. */
static const struct case_ quarter_parts[] = {
	{ "In 2022 the park built a quarter of a million square metres.",
	  20230301, { "2022|level|0.25|million square meters||" } },
	{ "В 2022 году парк посетили четверть миллиона человек.", 20230301,
	  { "2022|level|0.25|млн человек||" } },
	{ "In 2022 output was up a third.", 20230301,
	  { "2022|percent|33.3|%||2021" } },
	{ "A quarter of residents are foreign.", 20230301, { NULL } },
};

CASES_TEST(test_quarter_parts, quarter_parts)

/* A hyphenated noun counts what its first part names, as a question's
 * "компаний-участников" does: "57 компаний-резидентов" are companies. */
static const struct case_ hyphen_nouns[] = {
	{ "Всего в парке работают 57 компаний-резидентов.", 20230301,
	  { "2023|level|57|компаний||" } },
	{ "В 2022 году к кластеру присоединились 9 предприятий-участников.",
	  20230301, { "2022|level|9|компаний||" } },
};

CASES_TEST(test_hyphen_nouns, hyphen_nouns)

/* More words for companies: a park's "tenants", "12 фирм", "21
 * компания", "23 арендатора", "41 предприятие" count companies; "42
 * специалиста", "сотрудника" people; "SEZs", "ОЭЗ", "ТОР" zones. */
static const struct case_ company_words[] = {
	{ "In 2022 the park was home to 85 tenants.", 20230301,
	  { "2022|level|85|companies||" } },
	{ "В 2022 году в парке работали 12 фирм.", 20230301,
	  { "2022|level|12|компаний||" } },
	{ "В 2022 году в парке работала 21 компания.", 20230301,
	  { "2022|level|21|компаний||" } },
	{ "В 2022 году в парке было 23 арендатора.", 20230301,
	  { "2022|level|23|компаний||" } },
	{ "В 2022 году в центре было 42 специалиста и 22 сотрудника охраны.",
	  20230301, { "2022|level|42|человек||", "2022|level|22|человек||" } },
	{ "In 2022 the region had 4 SEZs and 3 ТОР.", 20230301,
	  { "2022|level|4|zones||", "2022|level|3|территорий||" } },
};

CASES_TEST(test_company_words, company_words)

/* "including 850 hired in 2023", "в том числе 850 принятых", "of which
 * 9", "из которых 9" count what the figure before counts; "expects the number to pass 130" is over
 * 130, as "passed" is. */
static const struct case_ including_and_pass[] = {
	{ "Some 6,300 people work at the parks, including 850 hired in 2022.",
	  20230301, { "2023|level|6300|people|about|",
		      "2022|level|850|people||" } },
	{ "В парке работают 6300 человек, в том числе 850 принятых в 2022 "
	  "году.", 20230301,
	  { "2023|level|6300|человек||", "2022|level|850|человек||" } },
	{ "Residents: 28, of which 9 foreign.", 20230301,
	  { "2023|level|28|companies||", "2023|level|9|companies||" } },
	{ "В парке 28 резидентов, из которых 9 иностранных.", 20230301,
	  { "2023|level|28|компаний||", "2023|level|9|компаний||" } },
	{ "The ministry expects the number of residents to pass 130 by the "
	  "end of 2024.", 20230301, { "2024|target|130|companies|over|" } },
};

CASES_TEST(test_including_and_pass, including_and_pass)

/* Transitive verbs of growth ("увеличили выручку на 21%", "нарастили
 * выпуск на 12%") make a percent a change, as "выросла на" does. */
static const struct case_ grew_transitive[] = {
	{ "В 2022 году резиденты нарастили выпуск на 12%.", 20230301,
	  { "2022|percent|12|%||2021" } },
	{ "В 2022 году резиденты увеличили инвестиции на 8%, до 3 млрд "
	  "рублей.", 20230301,
	  { "2022|percent|8|%||2021", "2022|level|3|млрд рублей||" } },
};

CASES_TEST(test_grew_transitive, grew_transitive)

/* A thousand said alone counts what the sentence before counted: "Around
 * 14 thousand people work in the zone. By 2027 we want to reach 20
 * thousand."; "К 2026 году их будет 4 тыс." */
static const struct case_ thousand_alone[] = {
	{ "Around 14 thousand people work in the zone. By 2027 we want to "
	  "reach 20 thousand.", 20230301,
	  { "2023|level|14|thousand people|about|",
	    "2027|target|20|thousand people||" } },
	{ "В парке работают 3,1 тыс. человек. К 2026 году планируется довести "
	  "этот показатель до 4 тыс.", 20230301,
	  { "2023|level|3.1|тыс. человек||", "2026|target|4|тыс. человек||" } },
};

CASES_TEST(test_thousand_alone, thousand_alone)

/* Qualifiers the series vocabulary lacks: "без малого" almost, "как
 * минимум", "по меньшей мере", "a minimum of" at_least, "максимум", "a
 * maximum of", "at most" up_to, "ориентировочно" about, "upwards of"
 * over. */
static const struct case_ more_qualifiers[] = {
	{ "В 2022 году резиденты вложили без малого 4 млрд рублей.", 20230301,
	  { "2022|level|4|млрд рублей|almost|" } },
	{ "В 2022 году в парк пришли как минимум 5 новых резидентов.",
	  20230301, { "2022|level|5|компаний|at_least|" } },
	{ "В 2022 году в парке работали ориентировочно 900 человек.",
	  20230301, { "2022|level|900|человек|about|" } },
	{ "In 2022 the park employed upwards of 900 people.", 20230301,
	  { "2022|level|900|people|over|" } },
	{ "In 2022 the fund gave a maximum of RUB 50 mn per project.",
	  20230301, { "2022|level|50|million RUB|up_to|" } },
	{ "In 2022 exports to China reached CNY 300 mn.", 20230301,
	  { "2022|level|300|million CNY||" } },
};

CASES_TEST(test_more_qualifiers, more_qualifiers)

/* "versus", "vs.", "против" compare with an earlier value of the same
 * count: "48 residents in 2022 versus 40 in 2021", "48 резидентов против
 * 40 в 2021 году" (and 48 keeps its own year). */
static const struct case_ versus[] = {
	{ "The park had 48 residents in 2022 versus 40 in 2021.", 20230301,
	  { "2022|level|48|companies||", "2021|level|40|companies||" } },
	{ "In 2022 the park had 48 residents vs. 40 in 2021.", 20230301,
	  { "2022|level|48|companies||", "2021|level|40|companies||" } },
	{ "В 2022 году в парке было 48 резидентов против 40 в 2021 году.",
	  20230301,
	  { "2022|level|48|компаний||", "2021|level|40|компаний||" } },
};

CASES_TEST(test_versus, versus)

/* A footnote mark after a word ("рублей²", "bn²", "residents²") is no
 * part of it; "м²", "m²", "km²" stay square units. */
static const struct case_ footnote_marks[] = {
	{ "Выручка в 2022 году составила 4,8 млрд рублей².", 20230301,
	  { "2022|level|4.8|млрд рублей||" } },
	{ "Revenue reached RUB 4.8 bn² in 2022.", 20230301,
	  { "2022|level|4.8|billion RUB||" } },
	{ "The park has 80 residents².", 20230301,
	  { "2023|level|80|companies||" } },
	{ "In 2022 the zone covered 12 km².", 20230301,
	  { "2022|level|12|square kilometers||" } },
};

CASES_TEST(test_footnote_marks, footnote_marks)

/* "twice the 2021 level", "twice as much" are a multiple of 2 (not
 * "twice a year"); "удвоили", "утроили" as "удвоился". */
static const struct case_ twice[] = {
	{ "Output in 2022 was twice the 2021 level.", 20230301,
	  { "2022|multiple|2|times||2021" } },
	{ "The council meets twice a year.", 20230301, { NULL } },
	{ "В 2022 году резиденты удвоили выпуск.", 20230301,
	  { "2022|multiple|2|times||" } },
};

CASES_TEST(test_twice, twice)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phrase_noun),
		cmocka_unit_test(test_ru_number_cases),
		cmocka_unit_test(test_asked_counts),
		cmocka_unit_test(test_exceeded_past),
		cmocka_unit_test(test_billions_earlier),
		cmocka_unit_test(test_paren_earlier_value),
		cmocka_unit_test(test_where_and_how_long),
		cmocka_unit_test(test_hundred_thousand_nouns),
		cmocka_unit_test(test_of_them_phrase),
		cmocka_unit_test(test_out_of_whole),
		cmocka_unit_test(test_clause_preposition),
		cmocka_unit_test(test_more_of_same),
		cmocka_unit_test(test_them_named_before),
		cmocka_unit_test(test_glued_k),
		cmocka_unit_test(test_dozen_and_of_them_adj),
		cmocka_unit_test(test_dated_again),
		cmocka_unit_test(test_negated_bounds),
		cmocka_unit_test(test_not_figures),
		cmocka_unit_test(test_cluster_participants),
		cmocka_unit_test(test_incubator_teams),
		cmocka_unit_test(test_quarter_parts),
		cmocka_unit_test(test_hyphen_nouns),
		cmocka_unit_test(test_company_words),
		cmocka_unit_test(test_including_and_pass),
		cmocka_unit_test(test_grew_transitive),
		cmocka_unit_test(test_thousand_alone),
		cmocka_unit_test(test_more_qualifiers),
		cmocka_unit_test(test_versus),
		cmocka_unit_test(test_footnote_marks),
		cmocka_unit_test(test_twice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
