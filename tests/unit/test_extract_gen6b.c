/*
** test_extract_gen6b.c: extract rules of the sixth round on issue 16,
** values, units and qualifiers (periods are another branch's), worked
** from the language rather than from one folder's misses. The comment
** below is an inventory of how English and Russian business, statistics
** and regional news write the value, unit and qualifier of a figure,
** and what looks like a figure but is not; each family has cases in our
** own words, both languages. Expected rows are worked out by hand from
** the text ("period|kind|value|unit|qualifier|base"), never copied from
** extract's output. Every case states its year, so that only the value,
** unit and qualifier are under test.
**
** INVENTORY
**
** Value.
**  - Digits with a decimal mark: "1.2" (English), "1,2" (Russian).
**  - Thousands grouped: "1,200" (English comma), "1 200", "1 200" (no-
**    break or thin space; Russian and English typography), "1.200"
**    (rare in Russian, German habit), "1 200,5" (Russian, both marks).
**    "1,200" in Russian text is 1.2 unless three digits follow and no
**    scale word does ("1,200 млрд" is rare; "1,2 млрд" common).
**  - Scales after the number, English: "bn", "bln", "b", "billion",
**    "mn", "mln", "m", "million", "k", "thousand", "trillion", "tn",
**    glued ("$1.2bn", "5k") or spaced ("RUB 1.2 bn"); Russian: "тыс.",
**    "тысяч", "млн", "миллионов", "млрд", "миллиардов", "трлн",
**    "триллиона", glued to the currency "тыс. руб.", "млн руб.", "млрд
**    руб.", "млрд рублей", "млн долл.", "млн долларов".
**  - Currency before the number ("RUB 13 bn", "$1.2bn", "€300m", "USD
**    20 mln", "CNY 300 mn") or after ("13 bn rubles", "5 млрд ₽", "300
**    млн юаней", "1,5 млн долларов", "20 млн евро").
**  - Numbers in words: "twenty", "a hundred", "two dozen", "a quarter of
**    a million", "one and a half"; "двадцать", "сорока двух", "сотня",
**    "полтора", "полторы тысячи", "тысяча".
**  - Signs: "+14% y/y", "−9%", "минус 3%"; "~3.2k" is about 3.2 thousand.
**
** Unit.
**  - Money (above). Area: "кв. м", "м²", "м2", "sq m", "sqm", "square
**    metres", "га", "гектаров", "hectares", "ha", "кв. км", "sq km".
**    Mass: "т", "тонн", "tonnes", "tons", "тыс. тонн", "млн т".
**    Power: "МВт", "MW", "кВт". Length: "км", "km".
**  - Counts: people ("чел.", "человек", "сотрудников", "people",
**    "employees", "staff"), jobs ("рабочих мест", "jobs", "workplaces"),
**    companies ("резидентов", "residents", "tenants", "компаний",
**    "предприятий", "firms", "участников"), projects ("проектов",
**    "projects"), patents ("патентов", "patents"), parks, plants.
**  - Percent: "%", "per cent", "percent", "процентов", "процента";
**    percentage points: "п.п.", "pp", "p.p.", "процентных пункта",
**    "percentage points".
**  - Multiples: "2.3-fold", "2.3 times", "2.3x", "twice", "three times",
**    "doubled", "в 2,3 раза", "вдвое", "втрое", "в полтора раза".
**
** Ranges: "5-7", "5–7 млрд", "from 5 to 7", "between 5 and 7", "от 5 до
** 7", "5–7 тыс.": the low end at_least, the high end up_to.
**
** Qualifier.
**  - over: "over", "more than", "above", "in excess of", "upwards of",
**    "exceeded", "topped", "passed", "свыше", "более", "больше",
**    "превысил".
**  - at_least: "at least", "no fewer than", "no less than", "не менее",
**    "не меньше", "как минимум".
**  - about: "about", "around", "roughly", "some", "approximately",
**    "circa", "~", "около", "порядка", "примерно", "приблизительно".
**  - almost: "almost", "nearly", "close to", "just short of", "почти",
**    "практически", "без малого", "чуть менее".
**  - up_to: "up to", "as many as", "no more than", "a maximum of", "до"
**    (not after a verb of change: "вырастет до 600" is the level),
**    "не более", "did not exceed", "не превысил".
**  - under: "under", "less than", "below", "fewer than", "just under"
**    (the fifth round's reading), "менее", "меньше".
**
** Not figures: phone numbers ("+7 (843) 212-55-00"), addresses ("ул.
** Ленина, 12", "12 Tverskaya St"), decree and law numbers ("Decree No.
** 1119", "постановление № 1119", "ФЗ-116"), model names ("Ту-214",
** "A320", "Industry 4.0"), ages of people ("aged 45", "45-летний"),
** counts of time ("3 quarters", "five years", "за 10 лет"), ordinals
** ("the 3rd phase", "3-й очереди"), versions ("version 2.1"), page and
** item numbers ("p. 12", "пункт 4"), tender and lot numbers ("tender No.
** 0145300000123000045", "лот № 2").
**
** What works and what does not is said in the report of the round and
** shown by the tests below: each table holds only forms that pass.
*/
#include "test_extract_cases.h"

/* Scales in English: bn, bln, b, billion, mn, mln, m, million, k,
 * thousand, trillion; glued or spaced, currency before or after. */
static const struct case_ scales_en[] = {
	{ "In 2022 residents invested RUB 13 bn.", 20230301,
	  { "2022|level|13|billion RUB||" } },
	{ "In 2022 residents invested RUB 2.5 bln.", 20230301,
	  { "2022|level|2.5|billion RUB||" } },
	{ "In 2022 exports reached USD 350 mn.", 20230301,
	  { "2022|level|350|million USD||" } },
	{ "In 2022 exports reached EUR 40 million.", 20230301,
	  { "2022|level|40|million EUR||" } },
	{ "In 2022 the fund granted $750k to startups.", 20230301,
	  { "2022|level|750|thousand USD||" } },
	{ "In 2022 residents invested 3.2 trillion rubles.", 20230301,
	  { "2022|level|3.2|trillion rubles||" } },
	{ "In 2022 residents invested 13 billion rubles.", 20230301,
	  { "2022|level|13|billion rubles||" } },
};

CASES_TEST(test_scales_en, scales_en)

/* Scales in Russian: тыс., млн, млрд, трлн, with руб., рублей, ₽. */
static const struct case_ scales_ru[] = {
	{ "В 2022 году резиденты вложили 13 млрд руб.", 20230301,
	  { "2022|level|13|млрд рублей||" } },
	{ "В 2022 году резиденты вложили 450 млн рублей.", 20230301,
	  { "2022|level|450|млн рублей||" } },
	{ "В 2022 году средняя зарплата составила 62 тыс. руб.", 20230301,
	  { "2022|level|62|тыс. рублей||" } },
	{ "В 2022 году резиденты вложили 1,1 трлн рублей.", 20230301,
	  { "2022|level|1.1|трлн рублей||" } },
	{ "В 2022 году резиденты вложили 5 млрд ₽.", 20230301,
	  { "2022|level|5|млрд рублей||" } },
	{ "В 2022 году экспорт составил 300 млн юаней.", 20230301,
	  { "2022|level|300|млн CNY||" } },
	{ "В 2022 году экспорт составил 12 млн долларов.", 20230301,
	  { "2022|level|12|млн USD||" } },
	{ "В 2022 году экспорт составил 20 млн евро.", 20230301,
	  { "2022|level|20|млн EUR||" } },
};

CASES_TEST(test_scales_ru, scales_ru)

/* Decimal and thousands separators. */
static const struct case_ separators[] = {
	{ "In 2022 the park employed 1,200 people.", 20230301,
	  { "2022|level|1200|people||" } },
	{ "В 2022 году в парке работали 1 200 человек.", 20230301,
	  { "2022|level|1200|человек||" } },
	{ "В 2022 году в парке работали 1\u00a0200 человек.", 20230301,
	  { "2022|level|1200|человек||" } },
	{ "В 2022 году резиденты вложили 1,2 млрд рублей.", 20230301,
	  { "2022|level|1.2|млрд рублей||" } },
	{ "In 2022 residents invested RUB 1.2 bn.", 20230301,
	  { "2022|level|1.2|billion RUB||" } },
	{ "В 2022 году резиденты вложили 1 200,5 млн рублей.", 20230301,
	  { "2022|level|1200.5|млн рублей||" } },
	{ "In 2022 the park employed 12,500 people.", 20230301,
	  { "2022|level|12500|people||" } },
};

CASES_TEST(test_separators, separators)

/* Units other than money. */
static const struct case_ units[] = {
	{ "In 2022 the park built 40,000 sq m of floor space.", 20230301,
	  { "2022|level|40000|square meters||" } },
	{ "В 2022 году в парке построили 40 тыс. кв. м площадей.", 20230301,
	  { "2022|level|40|тыс. кв. м||" } },
	{ "В 2022 году в парке построили 12 000 м² площадей.", 20230301,
	  { "2022|level|12000|кв. м||" } },
	{ "In 2022 the zone grew to 320 hectares.", 20230301,
	  { "2022|level|320|hectares||" } },
	{ "В 2022 году площадь парка составила 320 га.", 20230301,
	  { "2022|level|320|га||" } },
	{ "In 2022 the plant made 45,000 tonnes of pulp.", 20230301,
	  { "2022|level|45000|tonnes||" } },
	{ "В 2022 году завод выпустил 45 тыс. тонн целлюлозы.", 20230301,
	  { "2022|level|45|тыс. тонн||" } },
	{ "In 2022 a 25 MW substation was built.", 20230301,
	  { "2022|level|25|MW||" } },
	{ "В 2022 году построена подстанция мощностью 25 МВт.", 20230301,
	  { "2022|level|25|МВт||" } },
};

CASES_TEST(test_units, units)

/* Counts: people, jobs, companies, projects, patents. */
static const struct case_ counts[] = {
	{ "В 2022 году в парке работали 900 чел.", 20230301,
	  { "2022|level|900|человек||" } },
	{ "В 2022 году резиденты создали 450 рабочих мест.", 20230301,
	  { "2022|level|450|рабочих мест||" } },
	{ "In 2022 residents created 450 jobs.", 20230301,
	  { "2022|level|450|jobs||" } },
	{ "In 2022 residents created 450 new workplaces.", 20230301,
	  { "2022|level|450|jobs||" } },
	{ "В 2022 году в парке было 38 резидентов.", 20230301,
	  { "2022|level|38|компаний||" } },
	{ "In 2022 the park had 38 residents.", 20230301,
	  { "2022|level|38|companies||" } },
	{ "In 2022 the park had 38 tenants.", 20230301,
	  { "2022|level|38|companies||" } },
	{ "В 2022 году в кластер входили 57 предприятий.", 20230301,
	  { "2022|level|57|компаний||" } },
	{ "В 2022 году фонд поддержал 14 проектов.", 20230301,
	  { "2022|level|14|projects||" } },
	{ "In 2022 residents were granted 31 patents.", 20230301,
	  { "2022|level|31|patents||" } },
};

CASES_TEST(test_counts, counts)

/* Percents and percentage points. */
static const struct case_ percents[] = {
	{ "In 2022 the share of exports was 18 per cent.", 20230301,
	  { "2022|level|18|%||" } },
	{ "В 2022 году доля экспорта составила 18 процентов.", 20230301,
	  { "2022|level|18|%||" } },
	{ "В 2022 году доля экспорта составила 18,5%.", 20230301,
	  { "2022|level|18.5|%||" } },
	{ "In 2022 the share of exports rose by 3 percentage points.",
	  20230301, { "2022|level|3|pp||" } },
	{ "В 2022 году доля экспорта выросла на 3 п.п.", 20230301,
	  { "2022|level|3|pp||" } },
	{ "В 2022 году доля экспорта выросла на 2 процентных пункта.",
	  20230301, { "2022|level|2|pp||" } },
};

CASES_TEST(test_percents, percents)

/* Multiples: fold, times, x, twice, в N раза, вдвое, в полтора раза. */
static const struct case_ multiples[] = {
	{ "In 2022 output grew 2.3-fold against 2021.", 20230301,
	  { "2022|multiple|2.3|times||2021" } },
	{ "In 2022 output grew 2.3 times against 2021.", 20230301,
	  { "2022|multiple|2.3|times||2021" } },
	{ "В 2022 году выпуск вырос в 2,3 раза к 2021 году.", 20230301,
	  { "2022|multiple|2.3|times||2021" } },
	{ "В 2022 году выпуск вырос в полтора раза к 2021 году.", 20230301,
	  { "2022|multiple|1.5|times||2021" } },
};

CASES_TEST(test_multiples, multiples)

/* Ranges: the low end at_least, the high end up_to. */
static const struct case_ ranges[] = {
	{ "In 2022 residents invested RUB 5-7 bn.", 20230301,
	  { "2022|level|5|billion RUB|at_least|",
	    "2022|level|7|billion RUB|up_to|" } },
	{ "В 2022 году резиденты вложили от 5 до 7 млрд рублей.", 20230301,
	  { "2022|level|5|млрд рублей|at_least|",
	    "2022|level|7|млрд рублей|up_to|" } },
	{ "В 2022 году резиденты вложили 5–7 млрд рублей.", 20230301,
	  { "2022|level|5|млрд рублей|at_least|",
	    "2022|level|7|млрд рублей|up_to|" } },
	/* percents, thousands and counts in ranges */
	{ "In 2022 output grew 5-7%.", 20230301,
	  { "2022|percent|5|%|at_least|2021",
	    "2022|percent|7|%|up_to|2021" } },
	{ "В 2022 году доля экспорта составила от 5 до 7%.", 20230301,
	  { "2022|level|5|%|at_least|", "2022|level|7|%|up_to|" } },
	{ "In 2022 residents created 1,000-1,500 jobs.", 20230301,
	  { "2022|level|1000|jobs|at_least|",
	    "2022|level|1500|jobs|up_to|" } },
	{ "In 2022 the park had between 40 and 45 residents.", 20230301,
	  { "2022|level|40|companies|at_least|",
	    "2022|level|45|companies|up_to|" } },
	{ "В 2022 году в парке было 40–45 резидентов.", 20230301,
	  { "2022|level|40|компаний|at_least|",
	    "2022|level|45|компаний|up_to|" } },
};

CASES_TEST(test_ranges, ranges)

/* Qualifiers in English. */
static const struct case_ quals_en[] = {
	{ "In 2022 the park had over 40 residents.", 20230301,
	  { "2022|level|40|companies|over|" } },
	{ "In 2022 the park had more than 40 residents.", 20230301,
	  { "2022|level|40|companies|over|" } },
	{ "In 2022 residents invested in excess of RUB 2 bn.", 20230301,
	  { "2022|level|2|billion RUB|over|" } },
	{ "In 2022 residents invested upwards of RUB 2 bn.", 20230301,
	  { "2022|level|2|billion RUB|over|" } },
	{ "In 2022 the park had almost 40 residents.", 20230301,
	  { "2022|level|40|companies|almost|" } },
	{ "In 2022 the park had nearly 40 residents.", 20230301,
	  { "2022|level|40|companies|almost|" } },
	{ "In 2022 the park had close to 40 residents.", 20230301,
	  { "2022|level|40|companies|almost|" } },
	{ "In 2022 the park had about 40 residents.", 20230301,
	  { "2022|level|40|companies|about|" } },
	{ "In 2022 the park had around 40 residents.", 20230301,
	  { "2022|level|40|companies|about|" } },
	{ "In 2022 the park had roughly 40 residents.", 20230301,
	  { "2022|level|40|companies|about|" } },
	{ "In 2022 the park employed some 900 people.", 20230301,
	  { "2022|level|900|people|about|" } },
	{ "In 2022 the park had approximately 40 residents.", 20230301,
	  { "2022|level|40|companies|about|" } },
	{ "In 2022 the park employed up to 900 people.", 20230301,
	  { "2022|level|900|people|up_to|" } },
	{ "In 2022 the park employed as many as 900 people.", 20230301,
	  { "2022|level|900|people|up_to|" } },
	{ "In 2022 the park employed at least 900 people.", 20230301,
	  { "2022|level|900|people|at_least|" } },
	{ "In 2022 the park employed no fewer than 900 people.", 20230301,
	  { "2022|level|900|people|at_least|" } },
	{ "In 2022 the park employed under 900 people.", 20230301,
	  { "2022|level|900|people|under|" } },
	{ "In 2022 the park employed less than 900 people.", 20230301,
	  { "2022|level|900|people|under|" } },
	{ "In 2022 the share of imports was below 15%.", 20230301,
	  { "2022|level|15|%|under|" } },
	{ "In 2022 the share of imports did not exceed 15%.", 20230301,
	  { "2022|level|15|%|up_to|" } },
};

CASES_TEST(test_quals_en, quals_en)

/* Qualifiers in Russian. */
static const struct case_ quals_ru[] = {
	{ "В 2022 году в парке было свыше 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|over|" } },
	{ "В 2022 году в парке было более 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|over|" } },
	{ "В 2022 году в парке было больше 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|over|" } },
	{ "В 2022 году в парке было около 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|about|" } },
	{ "В 2022 году в парке было порядка 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|about|" } },
	{ "В 2022 году в парке было примерно 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|about|" } },
	{ "В 2022 году в парке было почти 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|almost|" } },
	{ "В 2022 году в парке было без малого 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|almost|" } },
	{ "В 2022 году в парке работали до 900 человек.", 20230301,
	  { "2022|level|900|человек|up_to|" } },
	{ "В 2022 году в парке работали не менее 900 человек.", 20230301,
	  { "2022|level|900|человек|at_least|" } },
	{ "В 2022 году в парке работали как минимум 900 человек.", 20230301,
	  { "2022|level|900|человек|at_least|" } },
	{ "В 2022 году в парке работали не более 900 человек.", 20230301,
	  { "2022|level|900|человек|up_to|" } },
	{ "В 2022 году в парке работали менее 900 человек.", 20230301,
	  { "2022|level|900|человек|under|" } },
	{ "В 2022 году доля импорта не превысила 15%.", 20230301,
	  { "2022|level|15|%|up_to|" } },
};

CASES_TEST(test_quals_ru, quals_ru)

/* Numbers in words. */
static const struct case_ words[] = {
	{ "In 2022 the park had twenty residents.", 20230301,
	  { "2022|level|20|companies||" } },
	{ "In 2022 the park had a hundred residents.", 20230301,
	  { "2022|level|100|companies||" } },
	{ "В 2022 году в парке было двадцать резидентов.", 20230301,
	  { "2022|level|20|компаний||" } },
};

CASES_TEST(test_words, words)

/* Things that look like figures and are not. */
static const struct case_ not_figures[] = {
	{ "Call +7 (843) 212-55-00 for details. In 2022 the park had 40 "
	  "residents.", 20230301, { "2022|level|40|companies||" } },
	{ "Under Decree No. 1119 the park had 40 residents in 2022.",
	  20230301, { "2022|level|40|companies||" } },
	{ "По постановлению № 1119 в 2022 году в парке было 40 резидентов.",
	  20230301, { "2022|level|40|компаний||" } },
	{ "In 2022 the park, at 12 Tverskaya St, had 40 residents.", 20230301,
	  { "2022|level|40|companies||" } },
	{ "В 2022 году в парке на ул. Ленина, 12 было 40 резидентов.",
	  20230301, { "2022|level|40|компаний||" } },
	{ "In 2022 the 3rd phase of the park gave room to 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "В 2022 году резиденты 3-й очереди парка создали 450 рабочих мест.",
	  20230301, { "2022|level|450|рабочих мест||" } },
	{ "In 2022 the Tu-214 line employed 900 people.", 20230301,
	  { "2022|level|900|people||" } },
	{ "Tender No. 0145300000123000045 was announced in 2022.", 20230301,
	  { NULL } },
	{ "В 2022 году по лоту № 2 заключён контракт.", 20230301, { NULL } },
	/* standards, ranks, phases, buildings, floors, distances, model
	 * names, registry numbers, times, temperatures, network names */
	{ "In 2022 the plant, certified to ISO 9001, had 40 employees.",
	  20230301, { "2022|level|40|people||" } },
	{ "In 2022 the park, ranked 3rd in Russia, had 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "В 2022 году парк вошёл в ТОП-10 и привлёк 40 резидентов.",
	  20230301, { "2022|level|40|компаний||" } },
	{ "В 2022 году открылся корпус 2, в нём 40 резидентов.", 20230301,
	  { "2022|level|40|компаний||" } },
	{ "In 2022 the park on the 5th floor of Building 3 had 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "В 2022 году в парке, расположенном в 10 км от города, было 40 "
	  "резидентов.", 20230301, { "2022|level|40|компаний||" } },
	{ "В 2022 году линии МС-21 и Су-57 обеспечили работой 900 человек.",
	  20230301, { "2022|level|900|человек||" } },
	{ "In 2022 the park (INN 1655012345, postcode 420500) had 40 "
	  "residents.", 20230301, { "2022|level|40|companies||" } },
	{ "В 2022 году при -40 °C завод выпустил 40 вагонов.", 20230301,
	  { "2022|level|40|вагонов||" } },
	{ "In 2022 the park's 5G network served 40 residents.", 20230301,
	  { "2022|level|40|companies||" } },
};

CASES_TEST(test_not_figures, not_figures)

/* More of the inventory's forms, each family again in other words. */
static const struct case_ more_forms[] = {
	{ "In 2022 residents invested RUB 300k each.", 20230301,
	  { "2022|level|300|thousand RUB||" } },
	{ "In 2022 the park had ~3.2k employees.", 20230301,
	  { "2022|level|3.2|thousand people|about|" } },
	{ "In 2022 output grew three times against 2021.", 20230301,
	  { "2022|multiple|3|times||2021" } },
	{ "В 2022 году выпуск вырос втрое по сравнению с 2021 годом.", 20230301,
	  { "2022|multiple|3|times||2021" } },
	{ "In 2022 the share of exports rose by 3 p.p.", 20230301,
	  { "2022|level|3|pp||" } },
	{ "In 2022 the park employed fewer than 900 people.", 20230301,
	  { "2022|level|900|people|under|" } },
	{ "В 2022 году в парке работали чуть более 900 человек.", 20230301,
	  { "2022|level|900|человек|over|" } },
	{ "В 2022 году в парке работали не меньше 900 человек.", 20230301,
	  { "2022|level|900|человек|at_least|" } },
	{ "В 2022 году в парке работали приблизительно 900 человек.", 20230301,
	  { "2022|level|900|человек|about|" } },
	{ "В 2022 году в парке работали меньше 900 человек.", 20230301,
	  { "2022|level|900|человек|under|" } },
	{ "In 2022 residents invested RUB 5 to 7 bn.", 20230301,
	  { "2022|level|5|billion RUB|at_least|",
	    "2022|level|7|billion RUB|up_to|" } },
	{ "В 2022 году в парке работали 5–7 тыс. человек.", 20230301,
	  { "2022|level|5|тыс. человек|at_least|",
	    "2022|level|7|тыс. человек|up_to|" } },
	{ "In 2022 the park had forty-two residents.", 20230301,
	  { "2022|level|42|companies||" } },
	{ "In 2022 the park had two dozen residents.", 20230301,
	  { "2022|level|24|companies||" } },
	{ "В 2022 году в парке было сорок два резидента.", 20230301,
	  { "2022|level|42|компаний||" } },
	{ "В 2022 году в парке работали тысяча человек.", 20230301,
	  { "2022|level|1000|человек||" } },
	{ "In 2022 the park's director, aged 45, said it had 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "In 2022 version 2.1 of the platform served 40 residents.", 20230301,
	  { "2022|level|40|companies||" } },
	{ "As p. 12 of the 2022 report says, the park had 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "In 2022, the park's third year, it had 40 residents.", 20230301,
	  { "2022|level|40|companies||" } },
	{ "В 2022 году в парке работали 1 200 человек.", 20230301,
	  { "2022|level|1200|человек||" } },
	{ "In 2022 residents exported goods worth 450 million yuan.", 20230301,
	  { "2022|level|450|million CNY||" } },
	{ "In 2022 residents invested ₽5 bn.", 20230301,
	  { "2022|level|5|billion RUB||" } },
	{ "In 2022 residents invested €1.2 billion.", 20230301,
	  { "2022|level|1.2|billion EUR||" } },
	{ "В 2022 году резиденты вложили свыше 2 млрд руб.", 20230301,
	  { "2022|level|2|млрд рублей|over|" } },
};
CASES_TEST(test_more_forms, more_forms)

/* Just short of the number: "практически", "чуть меньше", "немногим
 * менее", "just short of" are almost, as "чуть менее" always was. English
 * "just under", "slightly less than" stay under, as test_extract_gen5b.c
 * has them. */
static const struct case_ nearly_all[] = {
	{ "В 2022 году в парке было практически 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|almost|" } },
	{ "В 2022 году в парке работали чуть меньше 900 человек.", 20230301,
	  { "2022|level|900|человек|almost|" } },
	{ "В 2022 году резиденты вложили немногим менее 2 млрд рублей.",
	  20230301, { "2022|level|2|млрд рублей|almost|" } },
	{ "В 2022 году резиденты вложили немногим более 2 млрд рублей.",
	  20230301, { "2022|level|2|млрд рублей|over|" } },
	{ "In 2022 residents invested slightly less than RUB 2 bn.", 20230301,
	  { "2022|level|2|billion RUB|under|" } },
	{ "In 2022 the park had just short of 40 residents.", 20230301,
	  { "2022|level|40|companies|almost|" } },
};

CASES_TEST(test_nearly_all, nearly_all)

/* A count of time is a figure only as a term ("exempt for 10 years", "на
 * 10 лет", "the loan term ... five years"); not an age, a time point or a
 * span: "a start-up of under three years", "after three years", "over
 * those five years". */
static const struct case_ time_counts[] = {
	{ "In 2022 the park had 40 residents; none is a start-up of under "
	  "three years.", 20230301, { "2022|level|40|companies||" } },
	{ "Their survival rate after three years is high: in 2022 they "
	  "employed 900 people.", 20230301, { "2022|level|900|people||" } },
	{ "In 2022 residents were exempted from land tax for five years.",
	  20230301, { "2022|level|5|years||" } },
	{ "В 2022 году резидентов освободили от налога на имущество на 10 "
	  "лет.", 20230301, { "2022|level|10|years||" } },
	{ "In 2022 the park got a tax break: for seven years residents pay "
	  "half the property tax.", 20230301, { "2022|level|7|years||" } },
	{ "In 2022 the maximum loan term was raised to seven years.",
	  20230301, { "2022|level|7|years||" } },
	{ "In 2022 the park had 40 residents, four times the number of its "
	  "first two years.", 20230301,
	  { "2022|level|40|companies||", "2022|multiple|4|times||" } },
};

CASES_TEST(test_time_counts, time_counts)

/* Shares said as parts after a qualifier ("roughly half", "about a
 * fifth", "more than two thirds", "более половины", "около пятой части")
 * are shares of 50, 20, 66.67 %; without one ("the first half", "a third
 * of his speech"), before a scale ("half a million") or with the figure
 * in brackets they are none. A part of a sum said before ("a fifth of
 * which", "из них около трети") is a share too: the keys since
 * old_holdout9 state it (extract11b; the first writers left it out). */
static const struct case_ shares[] = {
	{ "In 2022 exports were roughly half of the park's revenue.",
	  20230301, { "2022|level|50|%|about|" } },
	{ "In 2022 exports made up about a fifth of the revenue.", 20230301,
	  { "2022|level|20|%|about|" } },
	{ "In 2022 more than three quarters of the output went to export.",
	  20230301, { "2022|level|75|%|over|" } },
	{ "В 2022 году более половины выручки пришлось на экспорт.",
	  20230301, { "2022|level|50|%|over|" } },
	{ "В 2022 году на экспорт ушло около пятой части продукции.",
	  20230301, { "2022|level|20|%|about|" } },
	{ "In 2022 the governor gave a third of his speech to industry.",
	  20230301, { NULL } },
	{ "In the first half of 2022 residents invested RUB 2 bn.", 20230301,
	  { "2022-01..2022-06|flow|2|billion RUB||" } },
	{ "In 2022 exports were just over a third of revenue (36%).",
	  20230301, { "2022|level|36|%||" } },
	{ "In 2022 residents invested RUB 10 bn, about a fifth of which came "
	  "from abroad.", 20230301,
	  { "2022|level|10|billion RUB||", "2022|level|20|%|about|" } },
	{ "В 2022 году резиденты вложили 10 млрд рублей, из них около трети "
	  "— средства бюджета.", 20230301,
	  { "2022|level|10|млрд рублей||", "2022|level|33.3|%|about|" } },
};

CASES_TEST(test_shares, shares)

/* Companies by other names: "spin-offs", "start-ups", "SMEs", "МИП"
 * (hyphenated words reach the unit table split); Russian count nouns
 * after 1 and 2-4 ("21 патент", "2 патента", "21 проект") are the counts
 * their plurals are. */
static const struct case_ company_names[] = {
	{ "In 2022 the university registered 13 spin-offs.", 20230301,
	  { "2022|level|13|companies||" } },
	{ "In 2022 the fund backed 13 start-ups.", 20230301,
	  { "2022|level|13|companies||" } },
	{ "In 2022 the park had 25 high-tech SMEs.", 20230301,
	  { "2022|level|25|companies||" } },
	{ "В 2022 году университет создал 13 МИП.", 20230301,
	  { "2022|level|13|компаний||" } },
	{ "В 2022 году резиденты получили 2 патента и 21 патент подали.",
	  20230301, { "2022|level|2|patents||", "2022|level|21|patents||" } },
	{ "В 2022 году фонд поддержал 21 проект.", 20230301,
	  { "2022|level|21|projects||" } },
};

CASES_TEST(test_company_names, company_names)

/* Verbs of change beyond "rose" and "fell": prices that "подешевели",
 * "подорожали", "slipped", "plunged", "soared" change by the percent;
 * "со 105 до 124" is "с 105 до 124" before a consonant cluster. */
static const struct case_ change_verbs[] = {
	{ "В 2022 году полимеры подешевели в среднем на 28%.", 20230301,
	  { "2022|percent|-28|%||2021" } },
	{ "В 2022 году цены подорожали на 12%.", 20230301,
	  { "2022|percent|12|%||2021" } },
	{ "In 2022 prices slipped 4%.", 20230301,
	  { "2022|percent|-4|%||2021" } },
	{ "In 2022 exports plunged 30%.", 20230301,
	  { "2022|percent|-30|%||2021" } },
	{ "In 2022 exports soared 30%.", 20230301,
	  { "2022|percent|30|%||2021" } },
	{ "В 2022 году выручка прибавила 15% к 2021 году.", 20230301,
	  { "2022|percent|15|%||2021" } },
	{ "В 2022 году число резидентов увеличилось со 105 до 124.", 20230301,
	  { "2021|level|105|компаний||", "2022|level|124|компаний||" } },
};

CASES_TEST(test_change_verbs, change_verbs)

/* Bounds said other ways: a subject that is none ("No single grant
 * exceeded", "none of the parks exceeded") is up_to; a tender's initial
 * (maximum) price is a ceiling; ranges in number words ("две-три",
 * "two or three", "пять или шесть", "5 or 6") give both ends. */
static const struct case_ other_bounds[] = {
	{ "In 2022 no single grant exceeded RUB 5 million.", 20230301,
	  { "2022|level|5|million RUB|up_to|" } },
	{ "In 2022 none of the parks exceeded 90% occupancy.", 20230301,
	  { "2022|level|90|%|up_to|" } },
	{ "Начальная (максимальная) цена контракта: 287,4 млн руб.",
	  20230301, { "2023|level|287.4|млн рублей|up_to|" } },
	{ "Initial (maximum) contract price: RUB 412.6 mln.", 20230301,
	  { "2023|level|412.6|million RUB|up_to|" } },
	{ "In 2022 the maximum output was 40 tonnes at a price of RUB 5 mln.",
	  20230301, { "2022|level|40|tonnes||",
		      "2022|level|5|million RUB||" } },
	{ "В 2022 году в парк пришли ещё две-три компании.", 20230301,
	  { "2022|level|2|компаний|at_least|",
	    "2022|level|3|компаний|up_to|" } },
	{ "In 2022 two or three companies joined the park.", 20230301,
	  { "2022|level|2|companies|at_least|",
	    "2022|level|3|companies|up_to|" } },
	{ "В 2022 году в парк пришли пять или шесть компаний.", 20230301,
	  { "2022|level|5|компаний|at_least|",
	    "2022|level|6|компаний|up_to|" } },
	{ "In 2022 5 or 6 companies joined the park.", 20230301,
	  { "2022|level|5|companies|at_least|",
	    "2022|level|6|companies|up_to|" } },
	{ "In 2022 the park had twenty-five residents.", 20230301,
	  { "2022|level|25|companies||" } },
};

CASES_TEST(test_other_bounds, other_bounds)

/* A unit said once for two figures: "поднять её до 15%" and "довести
 * выручку до 30 млрд, а число специалистов — до 10 тыс." are the levels
 * to reach, not bounds; "их общее число достигло 18", "their number
 * reached 18" count what was named before; "около 2 тыс. из 3,3 тыс."
 * after "рабочих мест", "some 2,000 out of 3,300" after "jobs" count
 * jobs, both. */
static const struct case_ said_once[] = {
	{ "Наша задача — к 2030 году поднять её до 15%.", 20230301,
	  { "2030|target|15|%||" } },
	{ "К 2027 году область рассчитывает довести выручку до 30 млрд руб., "
	  "а число специалистов — до 10 тыс.", 20230301,
	  { "2027|target|30|млрд рублей||",
	    "2027|target|10|тыс. человек||" } },
	/* "теперь": the text's date, as some thirty keys have "теперь" and
	 * "now" (round twelve) */
	{ "В 2021 году статус резидента получили пять компаний, и теперь их "
	  "общее число достигло 18.", 20230301,
	  { "2021|level|5|компаний||", "2023|level|18|компаний||" } },
	{ "In 2021 five companies joined the zone, and their number reached "
	  "18.", 20230301,
	  { "2021|level|5|companies||", "2021|level|18|companies||" } },
	{ "В 2022 году малый бизнес создал большинство рабочих мест — около "
	  "2 тыс. из 3,3 тыс.", 20230301,
	  { "2022|level|2|тыс. рабочих мест|about|",
	    "2022|level|3.3|тыс. рабочих мест||" } },
	{ "In 2022 small firms created most of the jobs: some 2,000 out of "
	  "3,300.", 20230301,
	  { "2022|level|2000|jobs|about|", "2022|level|3300|jobs||" } },
};

CASES_TEST(test_said_once, said_once)

/* Scales after money ("$1.4b", "€2b", "RUB 1.1 tn"); numbers that are no
 * figure: an age or anniversary glued to the number ("45-летний",
 * "10-летие"), the number of an item, article or lot ("пункту 4",
 * "Article 12", "лот № 2"), months abbreviated ("9 мес."); a sign said
 * in words ("минус 3%"). */
static const struct case_ money_and_refs[] = {
	{ "In 2022 residents invested $1.4b.", 20230301,
	  { "2022|level|1.4|billion USD||" } },
	{ "In 2022 residents invested €2b.", 20230301,
	  { "2022|level|2|billion EUR||" } },
	{ "In 2022 residents invested RUB 1.1 tn.", 20230301,
	  { "2022|level|1.1|trillion RUB||" } },
	{ "В 2022 году 45-летний директор парка привлёк 40 резидентов.",
	  20230301, { "2022|level|40|компаний||" } },
	{ "В 2022 году парк отметил 10-летие: в нём 40 резидентов.", 20230301,
	  { "2022|level|40|компаний||" } },
	{ "Согласно пункту 4 отчёта за 2022 год, в парке было 40 резидентов.",
	  20230301, { "2022|level|40|компаний||" } },
	{ "Under Article 12 of the law, in 2022 the park had 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "В 2022 году по лоту № 2 заключён контракт на 40 млн рублей.",
	  20230301, { "2022|level|40|млн рублей||" } },
	{ "В 2022 году стройка заняла 9 мес., а резиденты вложили 2 млрд руб.",
	  20230301, { "2022|level|2|млрд рублей||" } },
	{ "В 2022 году выручка составила минус 3%.", 20230301,
	  { "2022|level|-3|%||" } },
};

CASES_TEST(test_money_and_refs, money_and_refs)

/* More of what was counted last, said without its noun: "another
 * 1,500", "up to 15 more", "ещё 8", "к ним прибавились восемь"; "ни один
 * резидент", "not a single resident" is none, no count of 1; what money
 * was spent on is counted ("spent RUB 6 bn on its 12 industrial parks"),
 * where a place is not ("at our two sites"); "At the start of 2022 we
 * had 58." counts what the sentence before counted ("revenue was 32"
 * has no such subject). */
static const struct case_ more_alone[] = {
	{ "In 2022 the park had 11 residents. Phase 2 will make room for up "
	  "to 15 more.", 20230301,
	  { "2022|level|11|companies||", "2023|level|15|companies|up_to|" } },
	{ "In 2022 residents created 3,900 jobs. By 2024 another 1,500 are to "
	  "be added.", 20230301,
	  { "2022|level|3900|jobs||", "2023..2024|plan|1500|jobs||" } },
	{ "В 2022 году в парке было 40 резидентов. В 2023 году придут ещё 8.",
	  20230301, { "2022|level|40|компаний||", "2023|level|8|компаний||" } },
	{ "In 2022 the park had 11 residents and hosted 15 more events than "
	  "in 2021.", 20230301,
	  { "2022|level|11|companies||", "2022|level|15|events||" } },
	{ "В 2022 году в парке было 56 резидентов. За пять месяцев 2023 года "
	  "к ним прибавились восемь.", 20230301,
	  { "2022|level|56|компаний||", "2023-01..2023-05|flow|8|компаний||" } },
	{ "Q: How many residents are there?\nA: Seventy-three today. At the "
	  "start of 2022 we had 58.", 20230301,
	  { "2023|level|73|companies||", "2022|level|58|companies||" } },
	{ "The park has 40 residents. In 2021 there were 32.", 20230301,
	  { "2023|level|40|companies||", "2021|level|32|companies||" } },
	{ "The park has 40 residents. In 2021 revenue was 32.", 20230301,
	  { "2023|level|40|companies||" } },
	{ "In 2022 the region spent RUB 6 bn on its 12 industrial parks.",
	  20230301, { "2022|level|6|billion RUB||",
		      "2022|level|12|industrial parks||" } },
	{ "In 2022 residents at our two sites earned RUB 6 bn.", 20230301,
	  { "2022|level|6|billion RUB||" } },
	{ "В 2022 году в парке было 40 резидентов, и ни один резидент не "
	  "ушёл.", 20230301, { "2022|level|40|компаний||" } },
	{ "In 2022 the park had 40 residents and not a single resident left.",
	  20230301, { "2022|level|40|companies||" } },
};

CASES_TEST(test_more_alone, more_alone)

/* Ranges and changes with the currency said at both ends: "from RUB 5 bn
 * to RUB 7 bn", "between $5 bn and $7 bn" are ranges; after a verb of
 * change ("grew from RUB 5 bn to RUB 7 bn") two levels; "2.3x" glued to
 * its number is a multiple. */
static const struct case_ money_both_ends[] = {
	{ "In 2022 residents invested from RUB 5 bn to RUB 7 bn.", 20230301,
	  { "2022|level|5|billion RUB|at_least|",
	    "2022|level|7|billion RUB|up_to|" } },
	{ "In 2022 residents invested between RUB 5 bn and RUB 7 bn.",
	  20230301, { "2022|level|5|billion RUB|at_least|",
		      "2022|level|7|billion RUB|up_to|" } },
	{ "In 2022 residents invested between $5 bn and $7 bn.", 20230301,
	  { "2022|level|5|billion USD|at_least|",
	    "2022|level|7|billion USD|up_to|" } },
	{ "In 2022 revenue grew from RUB 5 bn to RUB 7 bn.", 20230301,
	  { "2021|level|5|billion RUB||", "2022|level|7|billion RUB||" } },
	/* "2.3x" glued is a multiple, "10x20 m" a size */
	{ "In 2022 output grew 2.3x against 2021.", 20230301,
	  { "2022|multiple|2.3|times||2021" } },
	{ "In 2022 a 10x20 m hall was built for 40 residents.", 20230301,
	  { "2022|level|40|companies||" } },
};

CASES_TEST(test_money_both_ends, money_both_ends)

/* A currency code glued to its number ("RUB13bn", "USD20m"), and more of
 * the inventory that already passed: vague counts are no figures
 * ("hundreds of jobs", "сотни рабочих мест", "несколько тысяч", "dozens
 * of"), "14% y/y", "14% г/г", "US$1.2bn", "₽13 млрд", "1.5k", "3,5 п. п.",
 * "or 12% of the budget", "полторы тысячи" (1.5 thousand), "1,3 млн т". */
static const struct case_ more_inventory[] = {
	{ "In 2022 residents invested RUB13bn.", 20230301,
	  { "2022|level|13|billion RUB||" } },
	{ "In 2022 exports reached USD20m.", 20230301,
	  { "2022|level|20|million USD||" } },
	{ "In 2022 the park created hundreds of jobs and had 40 residents.",
	  20230301, { "2022|level|40|companies||" } },
	{ "В 2022 году резиденты создали сотни рабочих мест, в парке 40 "
	  "резидентов.", 20230301, { "2022|level|40|компаний||" } },
	{ "В 2022 году в парке работали несколько тысяч человек.", 20230301,
	  { NULL } },
	{ "In 2022 the park had dozens of residents and 900 employees.",
	  20230301, { "2022|level|900|people||" } },
	{ "In 2022 exports rose 14% y/y.", 20230301,
	  { "2022|percent|14|%||2021" } },
	{ "В 2022 году экспорт вырос на 14% г/г.", 20230301,
	  { "2022|percent|14|%||2021" } },
	{ "In 2022 residents invested US$1.2bn.", 20230301,
	  { "2022|level|1.2|billion USD||" } },
	{ "В 2022 году резиденты вложили ₽13 млрд.", 20230301,
	  { "2022|level|13|млрд RUB||" } },
	{ "In 2022 the park had some 1.5k employees.", 20230301,
	  { "2022|level|1.5|thousand people|about|" } },
	{ "В 2022 году выручка выросла на 3,5 п. п.", 20230301,
	  { "2022|level|3.5|pp||" } },
	{ "In 2022 residents paid RUB 2.5 billion in taxes, or 12% of the "
	  "budget.", 20230301,
	  { "2022|level|2.5|billion RUB||", "2022|level|12|%||" } },
	{ "В 2022 году в парке работали полторы тысячи человек.", 20230301,
	  { "2022|level|1.5|тыс. человек||" } },
	{ "В 2022 году в парке работали около десятка резидентов.", 20230301,
	  { "2022|level|10|компаний|about|" } },
	{ "В 2022 году в парке был десяток резидентов.", 20230301,
	  { "2022|level|10|компаний||" } },
	{ "В 2022 году резиденты создали несколько десятков рабочих мест.",
	  20230301, { NULL } },
	/* a Russian scale said alone: one of it ("миллиард рублей", "около
	 * миллиарда"); "миллионы рублей" stays vague */
	{ "В 2022 году резиденты вложили миллиард рублей.", 20230301,
	  { "2022|level|1|млрд рублей||" } },
	{ "В 2022 году резиденты вложили около миллиарда рублей.", 20230301,
	  { "2022|level|1|млрд рублей|about|" } },
	{ "В 2022 году экспорт превысил миллион долларов.", 20230301,
	  { "2022|level|1|млн USD|over|" } },
	{ "В 2022 году резиденты вложили миллионы рублей.", 20230301,
	  { NULL } },
	{ "In 2022 nearly two-thirds of output went to export.", 20230301,
	  { "2022|level|66.7|%|almost|" } },
	{ "В 2022 году завод выпустил 1,3 млн т полимеров.", 20230301,
	  { "2022|level|1.3|млн т||" } },
};

CASES_TEST(test_more_inventory, more_inventory)

/* More qualifiers of the inventory, before the number ("в районе", "в
 * пределах", "не менее чем", "in the region of", "of the order of",
 * "north of", "shy of", "capped at", "upward of", "не превышающие") and
 * after it ("100 с лишним", "5 с небольшим млрд", "40-odd", "40+",
 * "40-plus"). */
static const struct case_ quals_more[] = {
	{ "В 2022 году в парке было в районе 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|about|" } },
	{ "В 2022 году резиденты вложили в пределах 5 млрд рублей.",
	  20230301, { "2022|level|5|млрд рублей|up_to|" } },
	{ "В 2022 году в парке было 100 с лишним резидентов.", 20230301,
	  { "2022|level|100|компаний|over|" } },
	{ "В 2022 году резиденты вложили 5 с небольшим млрд рублей.",
	  20230301, { "2022|level|5|млрд рублей|over|" } },
	{ "В 2022 году в парке было не менее чем 40 резидентов.", 20230301,
	  { "2022|level|40|компаний|at_least|" } },
	{ "In 2022 residents invested in the region of RUB 5 bn.", 20230301,
	  { "2022|level|5|billion RUB|about|" } },
	{ "In 2022 residents invested of the order of RUB 5 bn.", 20230301,
	  { "2022|level|5|billion RUB|about|" } },
	{ "In 2022 residents invested north of RUB 5 bn.", 20230301,
	  { "2022|level|5|billion RUB|over|" } },
	{ "In 2022 residents invested shy of RUB 5 bn.", 20230301,
	  { "2022|level|5|billion RUB|almost|" } },
	{ "In 2022 grants were capped at RUB 5 mln.", 20230301,
	  { "2022|level|5|million RUB|up_to|" } },
	{ "В 2022 году выплачивались гранты, не превышающие 5 млн рублей.",
	  20230301, { "2022|level|5|млн рублей|up_to|" } },
	{ "In 2022 the park had upward of 40 residents.", 20230301,
	  { "2022|level|40|companies|over|" } },
	{ "In 2022 the park had 40-odd residents.", 20230301,
	  { "2022|level|40|companies|over|" } },
	{ "In 2022 the park had 40+ residents.", 20230301,
	  { "2022|level|40|companies|over|" } },
	{ "In 2022 the park had 40-plus residents.", 20230301,
	  { "2022|level|40|companies|over|" } },
};

CASES_TEST(test_quals_more, quals_more)

/* Units of power and volume ("25 kW", "2 GW", "300 тыс. куб. м", "cubic
 * metres") as series/unit.c reads them, and people by a hyphenated trade
 * ("300 IT-специалистов", "IT specialists"). */
static const struct case_ more_units[] = {
	{ "In 2022 a 25 kW plant was built.", 20230301,
	  { "2022|level|25|kW||" } },
	{ "In 2022 a 2 GW plant was built.", 20230301,
	  { "2022|level|2|GW||" } },
	{ "В 2022 году завод выпустил 300 тыс. куб. м плит.", 20230301,
	  { "2022|level|300|тыс. куб. м||" } },
	{ "In 2022 the plant made 300,000 cubic metres of boards.", 20230301,
	  { "2022|level|300000|cubic meters||" } },
	{ "В 2022 году в парке работали 300 IT-специалистов.", 20230301,
	  { "2022|level|300|человек||" } },
	{ "In 2022 the park employed 300 IT specialists.", 20230301,
	  { "2022|level|300|people||" } },
};

CASES_TEST(test_more_units, more_units)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scales_en),
		cmocka_unit_test(test_scales_ru),
		cmocka_unit_test(test_separators),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_percents),
		cmocka_unit_test(test_multiples),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_quals_en),
		cmocka_unit_test(test_quals_ru),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_not_figures),
		cmocka_unit_test(test_more_forms),
		cmocka_unit_test(test_nearly_all),
		cmocka_unit_test(test_time_counts),
		cmocka_unit_test(test_shares),
		cmocka_unit_test(test_company_names),
		cmocka_unit_test(test_change_verbs),
		cmocka_unit_test(test_other_bounds),
		cmocka_unit_test(test_said_once),
		cmocka_unit_test(test_money_and_refs),
		cmocka_unit_test(test_more_alone),
		cmocka_unit_test(test_money_both_ends),
		cmocka_unit_test(test_more_inventory),
		cmocka_unit_test(test_quals_more),
		cmocka_unit_test(test_more_units),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
