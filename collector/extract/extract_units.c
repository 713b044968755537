/*
** extract_units.c: the units extract recognises after a number, English
** and Russian, and the text each is written as in the CSV.
**
** The text written is chosen so that unit_parse() gives the right
** dimension: "employees", "guests" and "специалистов" are people; "drug
** developers", "startups" and "резидентов" are companies; "offsets" are
** contracts; "workplaces" and "рабочих мест" are jobs. Units are matched on
** folded words, a hyphenated word split ("43,000-square-meter") and a
** period between words skipped ("sq.m.", "кв. м"); the longest match wins.
** A unit not listed here is taken as written by extract_num.c.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_uform.h"
#include "../../series/unit_noun.h"

static const struct xunit units[] = {
	{ "rubles", "rubles", XU_CUR }, { "ruble", "rubles", XU_CUR },
	{ "roubles", "rubles", XU_CUR }, { "rouble", "rubles", XU_CUR },
	{ "rub", "rubles", XU_CUR }, { "rur", "rubles", XU_CUR },
	{ "руб", "рублей", XU_CUR }, { "рублей", "рублей", XU_CUR },
	{ "рубля", "рублей", XU_CUR }, { "рубль", "рублей", XU_CUR },
	{ "рубли", "рублей", XU_CUR }, { "₽", "рублей", XU_CUR },
	{ "us dollars", "USD", XU_CUR }, { "dollars", "USD", XU_CUR },
	{ "dollar", "USD", XU_CUR }, { "usd", "USD", XU_CUR },
	{ "долларов", "USD", XU_CUR }, { "доллара", "USD", XU_CUR },
	{ "долл", "USD", XU_CUR }, { "euros", "EUR", XU_CUR },
	{ "euro", "EUR", XU_CUR }, { "eur", "EUR", XU_CUR },
	{ "евро", "EUR", XU_CUR }, { "yuan", "CNY", XU_CUR },
	{ "юаней", "CNY", XU_CUR },
	{ "square meters", "square meters", XU_AREA },
	{ "square metres", "square meters", XU_AREA },
	{ "square meter", "square meters", XU_AREA },
	{ "square metre", "square meters", XU_AREA },
	{ "sq m", "square meters", XU_AREA }, { "sqm", "square meters", XU_AREA },
	{ "sq meters", "square meters", XU_AREA },
	{ "m²", "square meters", XU_AREA }, { "m2", "square meters", XU_AREA },
	{ "кв м", "кв. м", XU_AREA }, { "кв метров", "кв. м", XU_AREA },
	{ "кв метра", "кв. м", XU_AREA }, { "м²", "кв. м", XU_AREA },
	{ "м2", "кв. м", XU_AREA }, { "квадратных метров", "кв. м", XU_AREA },
	{ "квадратных метра", "кв. м", XU_AREA },
	{ "квадратного метра", "кв. м", XU_AREA },
	{ "квадратный метр", "кв. м", XU_AREA },
	{ "hectares", "hectares", XU_AREA }, { "hectare", "hectares", XU_AREA },
	{ "ha", "hectares", XU_AREA }, { "га", "га", XU_AREA },
	{ "гектаров", "га", XU_AREA }, { "гектара", "га", XU_AREA },
	{ "гектар", "га", XU_AREA },
	{ "square kilometers", "square kilometers", XU_AREA },
	{ "square kilometres", "square kilometers", XU_AREA },
	{ "sq km", "square kilometers", XU_AREA },
	{ "km²", "square kilometers", XU_AREA },
	{ "кв км", "кв. км", XU_AREA },
	{ "%", "%", XU_PCT }, { "percent", "%", XU_PCT },
	{ "per cent", "%", XU_PCT }, { "процентов", "%", XU_PCT },
	{ "процента", "%", XU_PCT }, { "процент", "%", XU_PCT },
	{ "percentage points", "pp", XU_PP },
	{ "percentage point", "pp", XU_PP }, { "п п", "pp", XU_PP },
	{ "процентных пунктов", "pp", XU_PP },
	{ "процентного пункта", "pp", XU_PP },
	{ "процентных пункта", "pp", XU_PP }, /* after 2, 3, 4 */
	{ "процентный пункт", "pp", XU_PP }, { "pp", "pp", XU_PP },
	{ "p p", "pp", XU_PP },
	{ "times", "times", XU_TIMES }, { "fold", "times", XU_TIMES },
	{ "раз", "times", XU_TIMES }, { "раза", "times", XU_TIMES },
	{ "years", "years", XU_YEARS }, { "year", "years", XU_YEARS },
	{ "yrs", "years", XU_YEARS }, { "yr", "years", XU_YEARS },
	{ "лет", "years", XU_YEARS }, { "года", "years", XU_YEARS },
	{ "год", "years", XU_YEARS }, { "decades", "decades", XU_YEARS },
	{ "decade", "decades", XU_YEARS }, { "months", "months", XU_YEARS },
	{ "month", "months", XU_YEARS }, { "месяцев", "months", XU_YEARS },
	{ "месяца", "months", XU_YEARS }, { "десятилетий", "decades", XU_YEARS },
	{ "мес", "months", XU_YEARS }, /* "за 9 мес.": a time, no figure */
	/* shorter times are no figures either: "two weeks longer", "14
	 * days", "три недели", "за 10 дней" */
	{ "weeks", "weeks", XU_YEARS }, { "week", "weeks", XU_YEARS },
	{ "days", "days", XU_YEARS }, { "day", "days", XU_YEARS },
	{ "hours", "hours", XU_YEARS }, { "недель", "weeks", XU_YEARS },
	{ "недели", "weeks", XU_YEARS }, { "неделю", "weeks", XU_YEARS },
	{ "дней", "days", XU_YEARS }, { "дня", "days", XU_YEARS },
	{ "суток", "days", XU_YEARS }, { "часов", "hours", XU_YEARS },
	{ "people", "people", XU_PEOPLE }, { "persons", "people", XU_PEOPLE },
	{ "employees", "people", XU_PEOPLE }, { "workers", "people", XU_PEOPLE },
	{ "staff", "people", XU_PEOPLE }, { "specialists", "people", XU_PEOPLE },
	{ "guests", "people", XU_PEOPLE }, { "attendees", "people", XU_PEOPLE },
	/* English "participants" stay people: "two participants of the
	 * meeting" (seed 003) is no count of companies */
	{ "participants", "people", XU_PEOPLE },
	{ "researchers", "people", XU_PEOPLE },
	/* people taken on and trained are people (dev12b's keys) */
	{ "newcomers", "people", XU_PEOPLE }, { "trainees", "people", XU_PEOPLE },
	{ "apprentices", "people", XU_PEOPLE },
	{ "recruits", "people", XU_PEOPLE },
	{ "scientists", "people", XU_PEOPLE },
	{ "headcount", "people", XU_PEOPLE }, { "workforce", "people", XU_PEOPLE },
	{ "employment", "people", XU_PEOPLE },
	{ "population", "people", XU_PEOPLE },
	{ "человек", "человек", XU_PEOPLE }, { "чел", "человек", XU_PEOPLE },
	{ "человека", "человек", XU_PEOPLE },
	{ "сотрудников", "человек", XU_PEOPLE },
	{ "работников", "человек", XU_PEOPLE },
	{ "специалистов", "человек", XU_PEOPLE },
	{ "сотрудника", "человек", XU_PEOPLE },
	{ "работника", "человек", XU_PEOPLE },
	{ "специалиста", "человек", XU_PEOPLE },
	{ "гостей", "человек", XU_PEOPLE },
	{ "людей", "человек", XU_PEOPLE }, { "жителей", "человек", XU_PEOPLE },
	{ "жителя", "человек", XU_PEOPLE }, { "жители", "человек", XU_PEOPLE },
	{ "jobs", "jobs", XU_COUNT }, { "job", "jobs", XU_COUNT },
	{ "workplaces", "jobs", XU_COUNT }, { "workplace", "jobs", XU_COUNT },
	{ "рабочих мест", "рабочих мест", XU_COUNT },
	{ "рабочие места", "рабочих мест", XU_COUNT },
	{ "рабочих места", "рабочих мест", XU_COUNT },
	{ "рабочее место", "рабочих мест", XU_COUNT },
	{ "companies", "companies", XU_COUNT },
	{ "company", "companies", XU_COUNT },
	{ "enterprises", "companies", XU_COUNT },
	{ "firms", "companies", XU_COUNT },
	{ "manufacturers", "companies", XU_COUNT },
	{ "producers", "companies", XU_COUNT },
	{ "developers", "companies", XU_COUNT },
	{ "makers", "companies", XU_COUNT },
	{ "startups", "companies", XU_COUNT },
	{ "start-ups", "companies", XU_COUNT },
	/* hyphenated words reach the table split: "start-ups" is "start
	 * ups"; spin-offs and SMEs are companies too */
	{ "start ups", "companies", XU_COUNT },
	{ "spin offs", "companies", XU_COUNT },
	{ "spinoffs", "companies", XU_COUNT },
	{ "smes", "companies", XU_COUNT }, { "мип", "компаний", XU_COUNT },
	{ "organizations", "companies", XU_COUNT },
	{ "organisations", "companies", XU_COUNT },
	{ "residents", "companies", XU_COUNT },
	{ "resident", "companies", XU_COUNT }, /* "its 20th resident" */
	{ "tenants", "companies", XU_COUNT }, /* a park's tenants */
	{ "tenant", "companies", XU_COUNT }, /* "there was one tenant" */
	{ "арендатор", "компаний", XU_COUNT },
	{ "фирм", "компаний", XU_COUNT }, { "компания", "компаний", XU_COUNT },
	{ "предприятие", "компаний", XU_COUNT },
	{ "арендаторов", "компаний", XU_COUNT },
	{ "арендатора", "компаний", XU_COUNT },
	{ "стартапа", "компаний", XU_COUNT },
	{ "компаний", "компаний", XU_COUNT },
	{ "компании", "компаний", XU_COUNT },
	{ "предприятий", "компаний", XU_COUNT },
	{ "предприятия", "компаний", XU_COUNT },
	{ "организаций", "компаний", XU_COUNT },
	{ "организации", "компаний", XU_COUNT },
	{ "фирмы", "компаний", XU_COUNT },
	{ "производителей", "компаний", XU_COUNT },
	{ "резидентов", "компаний", XU_COUNT },
	{ "резидент", "компаний", XU_COUNT },
	{ "резиденты", "компаний", XU_COUNT }, /* a table's label */
	{ "резидента", "компаний", XU_COUNT },
	/* a cluster's participants are its companies, as the keys read
	 * "число участников" and "компаний-участников" */
	{ "участников", "компаний", XU_COUNT },
	/* territories of advanced development are zones, as the English
	 * keys count them */
	{ "territories", "zones", XU_COUNT },
	{ "sezs", "zones", XU_COUNT }, /* "4 SEZs", "4 ОЭЗ", "3 ТОР" */
	{ "оэз", "зон", XU_COUNT }, { "тор", "территорий", XU_COUNT },
	{ "участника", "компаний", XU_COUNT },
	{ "участник", "компаний", XU_COUNT },
	{ "стартапов", "компаний", XU_COUNT },
	/* kinds of firm named by what they do are firms: suppliers,
	 * contractors, shipyards, wineries, exporters; "производства" a
	 * plant is counted as the firm that runs it */
	{ "suppliers", "companies", XU_COUNT },
	{ "contractors", "companies", XU_COUNT },
	{ "subcontractors", "companies", XU_COUNT },
	{ "shipyards", "companies", XU_COUNT },
	{ "wineries", "companies", XU_COUNT },
	{ "exporters", "companies", XU_COUNT },
	/* an applicant is a firm; applications are counted as applications
	 * (six keys of five writers, as "заявок" always is, against two
	 * keys of own7a and old_holdout8 that count firms) */
	{ "applications", "applications", XU_COUNT },
	{ "application", "applications", XU_COUNT },
	{ "applicants", "companies", XU_COUNT },
	{ "patent applications", "patent applications", XU_COUNT },
	{ "поставщиков", "компаний", XU_COUNT },
	{ "поставщика", "компаний", XU_COUNT },
	{ "поставщики", "компаний", XU_COUNT },
	{ "подрядчиков", "компаний", XU_COUNT },
	{ "подрядчика", "компаний", XU_COUNT },
	{ "экспортеров", "компаний", XU_COUNT },
	{ "верфей", "компаний", XU_COUNT }, { "верфи", "компаний", XU_COUNT },
	{ "виноделен", "компаний", XU_COUNT },
	{ "винодельни", "компаний", XU_COUNT },
	{ "хозяйств", "компаний", XU_COUNT },
	{ "хозяйства", "компаний", XU_COUNT },
	{ "домашних хозяйств", "домохозяйств", XU_COUNT },
	{ "производств", "компаний", XU_COUNT },
	{ "производства", "компаний", XU_COUNT },
	{ "facilities", "facilities", XU_COUNT },
	{ "plants", "plants", XU_COUNT }, { "factories", "plants", XU_COUNT },
	{ "заводов", "plants", XU_COUNT }, { "завода", "plants", XU_COUNT },
	{ "фабрик", "plants", XU_COUNT },
	{ "packages", "packages", XU_COUNT }, { "packs", "packages", XU_COUNT },
	{ "упаковок", "упаковок", XU_COUNT },
	{ "упаковки", "упаковок", XU_COUNT },
	{ "vials", "vials", XU_COUNT }, { "doses", "doses", XU_COUNT },
	{ "medications", "medications", XU_COUNT },
	{ "medicines", "medicines", XU_COUNT }, { "drugs", "drugs", XU_COUNT },
	{ "препаратов", "препаратов", XU_COUNT },
	{ "лекарств", "препаратов", XU_COUNT },
	{ "laboratories", "laboratories", XU_COUNT },
	{ "labs", "laboratories", XU_COUNT },
	{ "лабораторий", "лабораторий", XU_COUNT },
	{ "centers", "centers", XU_COUNT }, { "centres", "centers", XU_COUNT },
	{ "center", "centers", XU_COUNT }, { "centre", "centers", XU_COUNT },
	{ "центров", "центров", XU_COUNT }, { "центра", "центров", XU_COUNT },
	{ "clusters", "clusters", XU_COUNT }, { "cluster", "clusters", XU_COUNT },
	{ "кластеров", "кластеров", XU_COUNT },
	{ "кластера", "кластеров", XU_COUNT },
	{ "contracts", "contracts", XU_COUNT },
	{ "offsets", "contracts", XU_COUNT },
	{ "контрактов", "контрактов", XU_COUNT },
	{ "контракта", "контрактов", XU_COUNT },
	{ "договоров", "контрактов", XU_COUNT },
	{ "agreements", "agreements", XU_COUNT },
	{ "соглашений", "соглашений", XU_COUNT },
	{ "projects", "projects", XU_COUNT },
	{ "проектов", "projects", XU_COUNT },
	{ "проекта", "projects", XU_COUNT },
	{ "patents", "patents", XU_COUNT }, { "патентов", "patents", XU_COUNT },
	/* after 1 and after 2-4: "21 патент", "3 патента", "21 проект" */
	{ "патент", "patents", XU_COUNT }, { "патента", "patents", XU_COUNT },
	{ "проект", "projects", XU_COUNT },
	{ "countries", "countries", XU_COUNT },
	{ "стран", "стран", XU_COUNT }, { "regions", "regions", XU_COUNT },
	{ "регионов", "регионов", XU_COUNT },
	{ "units", "units", XU_COUNT }, { "pieces", "units", XU_COUNT },
	{ "единиц", "units", XU_COUNT }, { "шт", "units", XU_COUNT },
	{ "единицы", "units", XU_COUNT }, { "единица", "units", XU_COUNT },
	{ "штук", "units", XU_COUNT },
	{ "production lines", "production lines", XU_COUNT },
	{ "lines", "production lines", XU_COUNT },
	{ "линий", "production lines", XU_COUNT },
	{ "courts", "courts", XU_COUNT }, { "visitors", "visitors", XU_COUNT },
	{ "посетителей", "посетителей", XU_COUNT },
	{ "tourists", "tourists", XU_COUNT },
	{ "vehicles", "vehicles", XU_COUNT }, { "cars", "vehicles", XU_COUNT },
	{ "aircraft", "aircraft", XU_COUNT }, /* the same in the plural */
	{ "beds", "beds", XU_COUNT }, { "коек", "beds", XU_COUNT },
	{ "schools", "schools", XU_COUNT }, { "hospitals", "hospitals", XU_COUNT },
	{ "students", "students", XU_COUNT },
	{ "студентов", "студентов", XU_COUNT },
	{ "patients", "patients", XU_COUNT },
	{ "buildings", "buildings", XU_COUNT },
	{ "technoparks", "technoparks", XU_COUNT },
	{ "технопарков", "технопарков", XU_COUNT },
	{ "products", "products", XU_COUNT },
	{ "photomasks", "photomasks", XU_COUNT },
	/* power and volume as series/unit.c reads them */
	{ "kwh", "kWh", XU_OTHER }, { "mwh", "MWh", XU_OTHER },
	{ "gwh", "GWh", XU_OTHER }, { "квт ч", "кВт·ч", XU_OTHER },
	{ "мвт ч", "МВт·ч", XU_OTHER }, { "гвт ч", "ГВт·ч", XU_OTHER },
	{ "kw", "kW", XU_OTHER }, { "квт", "кВт", XU_OTHER },
	{ "gw", "GW", XU_OTHER }, { "гвт", "ГВт", XU_OTHER },
	{ "куб м", "куб. м", XU_OTHER }, { "кубометров", "куб. м", XU_OTHER },
	{ "cubic meters", "cubic meters", XU_OTHER },
	{ "cubic metres", "cubic meters", XU_OTHER },
	/* "148,000 m³", "31k m3", "кубов" (round 14: dev13b, dev14b) */
	{ "m3", "m3", XU_OTHER }, { "m ³", "m3", XU_OTHER },
	{ "m³", "m3", XU_OTHER }, { "м³", "куб. м", XU_OTHER },
	{ "м3", "куб. м", XU_OTHER }, { "м ³", "куб. м", XU_OTHER },
	{ "кубов", "куб. м", XU_OTHER },
	/* kilotonnes: "grain elevator 120 kt", "~118kt" (dev13b, dev14a) */
	{ "kt", "kt", XU_OTHER },
	/* "300 IT-специалистов", "IT specialists": hyphen words come split */
	{ "it специалистов", "человек", XU_PEOPLE },
	{ "it специалиста", "человек", XU_PEOPLE },
	{ "it specialists", "people", XU_PEOPLE },
	{ "tonnes", "tonnes", XU_OTHER }, { "tons", "tonnes", XU_OTHER },
	{ "tonne", "tonnes", XU_OTHER }, /* "a 12,000-tonne line" */
	{ "тонн", "тонн", XU_OTHER }, { "тонны", "тонн", XU_OTHER },
	{ "тонна", "тонн", XU_OTHER }, /* abbreviated: "3.4 mln t", "5 т" */
	{ "t", "tonnes", XU_OTHER }, { "т", "т", XU_OTHER },
	{ "mw", "MW", XU_OTHER },
	{ "мвт", "МВт", XU_OTHER }, { "km", "km", XU_OTHER },
	/* power in words: "12 мегаватт", "4 мегаватта", "25 megawatts" */
	{ "мегаватт", "МВт", XU_OTHER }, { "мегаватта", "МВт", XU_OTHER },
	{ "мегаваттов", "МВт", XU_OTHER }, { "megawatts", "MW", XU_OTHER },
	{ "megawatt", "MW", XU_OTHER },
	{ "mva", "MVA", XU_OTHER }, { "мва", "МВА", XU_OTHER },
	{ "км", "км", XU_OTHER }, { "kilometers", "km", XU_OTHER },
};

/* The folded words from token i on: hyphenated words split, a period
 * (or the dot of "кВт·ч") between words skipped. word[k] ends token
 * tok[k] when last[k]. */
#define MAXW 4
struct wstream {
	char w[MAXW][48];
	int tok[MAXW];
	bool last[MAXW];
	int n;
};

static void stream(const struct xsent *s, int i, struct wstream *ws)
{
	ws->n = 0;
	for (; i < s->nt && ws->n < MAXW; i++) {
		const struct xtok *t = &s->t[i];
		const char *p = t->w, *h;

		if (t->type == XT_PUNCT) {
			if ((strcmp(t->w, ".") == 0 ||
			     strcmp(t->w, "·") == 0) && ws->n > 0 &&
			    i + 1 < s->nt && s->t[i + 1].type == XT_WORD)
				continue;
			if (ws->n == 0 && (strcmp(t->w, "%") == 0 ||
					   strcmp(t->w, "₽") == 0)) {
				gs_snprintf(ws->w[0], sizeof(ws->w[0]), "%s",
					    t->w);
				ws->tok[0] = i;
				ws->last[0] = true;
				ws->n = 1;
			}
			return;
		}
		if (t->type != XT_WORD)
			return;
		for (;;) {
			size_t n;

			h = strchr(p, '-');
			n = h ? (size_t)(h - p) : strlen(p);
			if (ws->n == MAXW)
				return;
			gs_snprintf(ws->w[ws->n], sizeof(ws->w[0]), "%.*s",
				    (int)n, p);
			ws->tok[ws->n] = i;
			ws->last[ws->n] = h == NULL;
			ws->n++;
			if (h == NULL)
				break;
			p = h + 1;
		}
	}
}

/* People named by where they live, Russian by its suffix: "1 130
 * ялуторовцев", "9 тысяч муромцев", "омичей", "сельчан", "россиян";
 * also "иностранцев", "владельцев". Not "месяцев" (a time) or
 * "кирпичей" (bricks). */
static const struct xunit *demonym(const struct xtok *t)
{
	static const struct xunit people = { "", "человек", XU_PEOPLE };
	static const char *const ends[] = { "цев", "ичей", "чан", "жан",
		"иян", NULL };
	size_t n = strlen(t->w), k, e;

	if (!t->cyr || n < 12 || strncmp(t->w, "месяц", strlen("месяц")) == 0 ||
	    strncmp(t->w, "кирпич", strlen("кирпич")) == 0)
		return NULL;
	for (k = 0; ends[k] != NULL; k++)
		if (n > (e = strlen(ends[k])) &&
		    strcmp(t->w + n - e, ends[k]) == 0)
			return &people;
	return NULL;
}

const struct xunit *xw_unit(const struct xsent *s, int i, int *ntok)
{
	struct wstream ws;
	const struct xunit *best = NULL;
	int bestw = 0;
	size_t k;

	stream(s, i, &ws);
	for (k = 0; k < GS_ARRAY_LEN(units); k++) {
		const char *key = units[k].key;
		int j = 0;

		while (j < ws.n) {
			size_t n = strlen(ws.w[j]);

			if (strncmp(key, ws.w[j], n) != 0 ||
			    (key[n] != ' ' && key[n] != '\0'))
				break;
			key += n;
			j++;
			if (*key == '\0')
				break;
			key++;
		}
		if (*key != '\0' || j == 0 || !ws.last[j - 1] || j <= bestw)
			continue;
		best = &units[k];
		bestw = j;
	}
	if (best != NULL)
		*ntok = ws.tok[bestw - 1] - i + 1;
	else if (i < s->nt && (best = demonym(&s->t[i])) != NULL)
		*ntok = 1;
	return best;
}

const char *xw_currency_sign(const struct xtok *t)
{
	if (strcmp(t->w, "$") == 0)
		return "USD";
	if (strcmp(t->w, "€") == 0)
		return "EUR";
	if (strcmp(t->w, "₽") == 0 || (t->acro && strcmp(t->w, "rub") == 0))
		return "RUB"; /* "RUB 12 billion": a code in capitals too */
	if (t->acro && strcmp(t->w, "usd") == 0)
		return "USD";
	if (t->acro && strcmp(t->w, "eur") == 0)
		return "EUR";
	if (t->acro && strcmp(t->w, "cny") == 0)
		return "CNY"; /* "CNY 300 mn" */
	return NULL;
}

const struct xunit *xw_unit_form(const char *w)
{
	char form[UNIT_NOUN_MAX], kf[UNIT_NOUN_MAX];
	size_t k, n = strlen(w);

	if (n < 8 || n > 40 || ((unsigned char)w[0] != 0xd0 &&
				(unsigned char)w[0] != 0xd1))
		return NULL;
	unit_noun_form(w, n, form);
	for (k = 0; k < GS_ARRAY_LEN(units); k++) {
		const char *key = units[k].key;

		if (strchr(key, ' ') != NULL || strlen(key) < 8 ||
		    strlen(key) > 40 || strncmp(key, w, 4) != 0 ||
		    (units[k].cls != XU_COUNT && units[k].cls != XU_PEOPLE))
			continue;
		unit_noun_form(key, strlen(key), kf);
		if (strcmp(kf, form) == 0)
			return &units[k];
	}
	return NULL;
}
