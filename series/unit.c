/*
** unit.c: units with their scale words, in English and Russian ("billion
** rubles", "млрд руб.", "тыс. кв. м", "m²", "jobs"), as a dimension, a factor
** to the dimension's base unit and the base unit's symbol.
**
** Text is folded before matching: ASCII and Cyrillic letters to lower case,
** periods and runs of spaces (also U+00A0, U+202F, U+2009) to one space, so
** "Тыс.кв.м", "тыс. кв. м" and "тыс кв м" are the same. Decisions:
**  - "m" alone is metres; "m" is a scale (million) only before a unit
**    ("m RUB") or after a currency ("USD m").
**  - mass has base kg: "t" and "tonnes" have factor 1000.
**  - "residents" are companies (residents of an industrial park or a
**    special economic zone are firms), not persons; so are a cluster's
**    "members" ("участников"), a zone's "partners" and "investors"
**    ("инвесторов").
**  - a scale word alone ("thousand") is the dimensionless unit, factor 1e3.
**  - a scale word before %, percentage points or "times" is an error.
**  - an unknown word is its own count, "beds" -> { "count:beds", 1, "beds" },
**    if it is at most 4 words of letters (no digits or punctuation but "-"
**    and "'"), fits the dimension field and names no other unit or scale;
**    its symbol is cut, at a character boundary, to fit sym[].
**  - a count is one count in every case and number, and whatever words
**    qualify it: "43 технопарка" and "технопарков", "особых экономических
**    зон" and "зон", "zone" and "special economic zones". Its dimension
**    is its last word (the noun) in one form: a Russian word without its
**    case ending ("count:технопарк"), an English one in the plural
**    ("count:zones"). A noun that is a form of a known count is that count
**    ("IT specialists" are persons, "22 резидента" companies).
*/
#include "../common.h"

#include <string.h>

#include "parse.h"
#include "unit_noun.h"

#define MAX_FOLD 256
#define MAX_UNKNOWN_WORDS 4
#define MAX_WORD 40

struct unit_def {
	const char *key; /* folded text */
	const char *dim;
	double factor;
	const char *sym;
};

struct scale_def {
	const char *key;
	double factor;
};

#define RUB(k) { k, "currency:RUB", 1, "RUB" }
#define USD(k) { k, "currency:USD", 1, "USD" }
#define EUR(k) { k, "currency:EUR", 1, "EUR" }
#define CNY(k) { k, "currency:CNY", 1, "CNY" }
#define AREA(k, f) { k, "area", f, "m²" }
#define LEN(k, f) { k, "length", f, "m" }
#define VOL(k) { k, "volume", 1, "m³" }
#define MASS(k, f) { k, "mass", f, "kg" }
#define POWER(k, f) { k, "power", f, "W" }
#define ENERGY(k, f) { k, "energy", f, "Wh" }
#define COUNT(k, what) { k, "count:" what, 1, what }
#define PCT(k) { k, "percent", 1, "%" }
#define PP(k) { k, "pp", 1, "pp" }
#define RATIO(k) { k, "ratio", 1, "×" }

static const struct unit_def units[] = {
	RUB("rub"), RUB("rubles"), RUB("ruble"), RUB("roubles"),
	RUB("rouble"), RUB("rur"), RUB("руб"), RUB("рублей"), RUB("рубля"),
	RUB("рубль"), RUB("рубли"), RUB("р"), RUB("₽"),
	USD("usd"), USD("$"), USD("us$"), USD("dollars"), USD("dollar"),
	USD("us dollars"), USD("долл"), USD("долл сша"), USD("доллар"),
	USD("доллара"), USD("долларов"), USD("долларов сша"),
	EUR("eur"), EUR("euro"), EUR("euros"), EUR("€"), EUR("евро"),
	CNY("cny"), CNY("yuan"), CNY("юаней"), CNY("юань"), CNY("юаня"),
	AREA("m2", 1), AREA("m²", 1), AREA("sq m", 1), AREA("sqm", 1),
	AREA("square meters", 1), AREA("square metres", 1),
	AREA("square meter", 1), AREA("square metre", 1), AREA("кв м", 1),
	AREA("м²", 1), AREA("м2", 1), AREA("кв метров", 1),
	AREA("кв метра", 1), AREA("квадратных метров", 1),
	AREA("квадратных метра", 1), AREA("квадратный метр", 1),
	AREA("hectares", 1e4), AREA("hectare", 1e4), AREA("ha", 1e4),
	AREA("га", 1e4), AREA("гектаров", 1e4), AREA("гектара", 1e4),
	AREA("гектар", 1e4),
	AREA("sq km", 1e6), AREA("km²", 1e6), AREA("km2", 1e6),
	AREA("square kilometers", 1e6), AREA("square kilometres", 1e6),
	AREA("кв км", 1e6), AREA("км²", 1e6), AREA("км2", 1e6),
	LEN("m", 1), LEN("metres", 1), LEN("meters", 1), LEN("м", 1),
	LEN("метров", 1), LEN("km", 1e3), LEN("kilometres", 1e3),
	LEN("kilometers", 1e3), LEN("км", 1e3), LEN("километров", 1e3),
	VOL("m3"), VOL("m³"), VOL("cubic meters"), VOL("cubic metres"),
	VOL("куб м"), VOL("м³"), VOL("м3"), VOL("кубометров"),
	VOL("кубометра"), VOL("кубов"), /* "сто тысяч кубов": spoken */
	MASS("kg", 1), MASS("кг", 1), MASS("kilograms", 1),
	MASS("t", 1e3), MASS("tonnes", 1e3), MASS("tonne", 1e3),
	MASS("tons", 1e3), MASS("ton", 1e3), MASS("metric tons", 1e3),
	MASS("т", 1e3), MASS("тонн", 1e3), MASS("тонны", 1e3),
	MASS("тонна", 1e3), MASS("kt", 1e6), /* kilotonnes */
	POWER("kw", 1e3), POWER("квт", 1e3), POWER("mw", 1e6),
	POWER("мвт", 1e6), POWER("gw", 1e9), POWER("гвт", 1e9),
	/* a transformer's rating is apparent power, volt-amperes */
	{ "mva", "apparent power", 1e6, "VA" },
	{ "мва", "apparent power", 1e6, "VA" },
	{ "kva", "apparent power", 1e3, "VA" },
	{ "ква", "apparent power", 1e3, "VA" },
	ENERGY("kwh", 1e3), ENERGY("квт ч", 1e3), ENERGY("квт·ч", 1e3),
	ENERGY("mwh", 1e6), ENERGY("мвт ч", 1e6), ENERGY("мвт·ч", 1e6),
	ENERGY("gwh", 1e9), ENERGY("гвт ч", 1e9), ENERGY("гвт·ч", 1e9),
	COUNT("packages", "packages"), COUNT("package", "packages"),
	COUNT("packs", "packages"), COUNT("pack", "packages"),
	COUNT("упаковок", "packages"), COUNT("упаковки", "packages"),
	COUNT("упаковка", "packages"),
	COUNT("jobs", "jobs"), COUNT("job", "jobs"),
	COUNT("workplaces", "jobs"), COUNT("workplace", "jobs"),
	/* a vacancy is a job not yet filled: one count with jobs (six
	 * writers key vacancies as jobs, round 14) */
	COUNT("vacancies", "jobs"), COUNT("vacancy", "jobs"),
	COUNT("вакансий", "jobs"), COUNT("вакансии", "jobs"),
	COUNT("вакансия", "jobs"),
	COUNT("рабочих мест", "jobs"), COUNT("рабочие места", "jobs"),
	COUNT("рабочих места", "jobs"), COUNT("рабочее место", "jobs"),
	COUNT("people", "persons"), COUNT("persons", "persons"),
	COUNT("person", "persons"), COUNT("employees", "persons"),
	COUNT("employee", "persons"), COUNT("workers", "persons"),
	COUNT("worker", "persons"), COUNT("staff", "persons"),
	COUNT("человек", "persons"), COUNT("чел", "persons"),
	COUNT("сотрудников", "persons"), COUNT("работников", "persons"),
	COUNT("specialists", "persons"), COUNT("inhabitants", "persons"),
	COUNT("специалистов", "persons"), COUNT("жителей", "persons"),
	/* trades count people ("40 welders", "186 швей"), round 13 */
	COUNT("welders", "persons"), COUNT("fitters", "persons"),
	COUNT("electricians", "persons"), COUNT("engineers", "persons"),
	COUNT("drivers", "persons"), COUNT("technicians", "persons"),
	COUNT("mechanics", "persons"), COUNT("seamstresses", "persons"),
	COUNT("сварщиков", "persons"), COUNT("электриков", "persons"),
	COUNT("инженеров", "persons"), COUNT("водителей", "persons"),
	COUNT("слесарей", "persons"), COUNT("швей", "persons"),
	COUNT("operators", "persons"), COUNT("loaders", "persons"),
	COUNT("операторов", "persons"), COUNT("грузчиков", "persons"),
	COUNT("students", "persons"), COUNT("interns", "persons"),
	COUNT("студентов", "persons"), COUNT("практикантов", "persons"),
	/* a resort's or a cluster's visitors are people (every key, round
	 * 14); a herd counts head, cows or not ("8 700 голов, в том числе
	 * 4 150 коров") */
	COUNT("visitors", "persons"), COUNT("tourists", "persons"),
	COUNT("посетителей", "persons"), COUNT("туристов", "persons"),
	COUNT("голов", "head"), COUNT("коров", "head"),
	COUNT("cows", "head"), COUNT("head", "head"),
	COUNT("companies", "companies"), COUNT("company", "companies"),
	COUNT("enterprises", "companies"), COUNT("enterprise", "companies"),
	COUNT("firms", "companies"), COUNT("firm", "companies"),
	COUNT("manufacturers", "companies"), COUNT("producers", "companies"),
	COUNT("organizations", "companies"),
	COUNT("organisations", "companies"),
	COUNT("residents", "companies"), COUNT("resident", "companies"),
	COUNT("предприятий", "companies"), COUNT("предприятия", "companies"),
	COUNT("компаний", "companies"), COUNT("компании", "companies"),
	COUNT("организаций", "companies"), COUNT("фирм", "companies"),
	COUNT("производителей", "companies"),
	COUNT("резидентов", "companies"), COUNT("резиденты", "companies"),
	/* a cluster's members and a zone's partners are firms */
	COUNT("members", "companies"), COUNT("member", "companies"),
	COUNT("участников", "companies"), COUNT("участника", "companies"),
	COUNT("участники", "companies"), COUNT("partners", "companies"),
	COUNT("партнёров", "companies"), COUNT("партнеров", "companies"),
	/* a park's or a zone's investors are the firms that come */
	COUNT("investors", "companies"), COUNT("инвесторов", "companies"),
	/* a federal subject is a region: "из 46 субъектов РФ" */
	COUNT("regions", "regions"), COUNT("region", "regions"),
	COUNT("регионов", "regions"), COUNT("региона", "regions"),
	COUNT("регионах", "regions"), COUNT("субъектов", "regions"),
	COUNT("субъекта", "regions"), COUNT("субъектах", "regions"),
	COUNT("units", "units"), COUNT("unit", "units"),
	COUNT("pcs", "units"), COUNT("pieces", "units"),
	COUNT("items", "units"), COUNT("item", "units"), COUNT("шт", "units"),
	COUNT("штук", "units"), COUNT("штуки", "units"),
	COUNT("единиц", "units"), COUNT("ед", "units"),
	COUNT("beds", "beds"), COUNT("bed", "beds"), COUNT("коек", "beds"),
	COUNT("койко-мест", "beds"),
	COUNT("plants", "plants"), COUNT("plant", "plants"),
	COUNT("factories", "plants"), COUNT("factory", "plants"),
	COUNT("заводов", "plants"), COUNT("заводы", "plants"),
	COUNT("завод", "plants"), COUNT("фабрик", "plants"),
	COUNT("projects", "projects"), COUNT("project", "projects"),
	COUNT("проектов", "projects"), COUNT("проекта", "projects"),
	COUNT("проекты", "projects"),
	COUNT("lines", "lines"), COUNT("line", "lines"),
	COUNT("production lines", "lines"), COUNT("линий", "lines"),
	COUNT("линии", "lines"),
	COUNT("vehicles", "vehicles"), COUNT("cars", "vehicles"),
	COUNT("автомобилей", "vehicles"),
	COUNT("patents", "patents"), COUNT("патентов", "patents"),
	COUNT("products", "products"),
	PCT("%"), PCT("percent"), PCT("per cent"), PCT("pct"),
	PCT("процентов"), PCT("процента"), PCT("процент"), PCT("проц"),
	PP("pp"), PP("p p"), PP("percentage points"), PP("percentage point"),
	PP("п п"), PP("процентных пунктов"), PP("процентного пункта"),
	RATIO("times"), RATIO("x"), RATIO("fold"), RATIO("×"), RATIO("раз"),
	RATIO("раза"),
};

static const struct scale_def scales[] = {
	{ "thousand", 1e3 }, { "thousands", 1e3 }, { "k", 1e3 },
	{ "th", 1e3 }, { "тыс", 1e3 }, { "тысяч", 1e3 }, { "тысячи", 1e3 },
	{ "тысяча", 1e3 },
	{ "million", 1e6 }, { "millions", 1e6 }, { "mn", 1e6 },
	{ "mln", 1e6 }, { "mio", 1e6 }, { "m", 1e6 }, { "млн", 1e6 },
	{ "миллион", 1e6 }, { "миллиона", 1e6 }, { "миллионов", 1e6 },
	{ "billion", 1e9 }, { "billions", 1e9 }, { "bn", 1e9 },
	{ "bln", 1e9 }, { "млрд", 1e9 }, { "миллиард", 1e9 },
	{ "миллиарда", 1e9 }, { "миллиардов", 1e9 },
	{ "trillion", 1e12 }, { "trillions", 1e12 }, { "trn", 1e12 },
	{ "trln", 1e12 },
	{ "трлн", 1e12 }, { "триллион", 1e12 }, { "триллиона", 1e12 },
	{ "триллионов", 1e12 },
};

static const struct unit_def *unit_find(const char *key)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(units); i++)
		if (strcmp(units[i].key, key) == 0)
			return &units[i];
	return NULL;
}

/* The factor of a scale word, or 0. */
static double scale_find(const char *key)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(scales); i++)
		if (strcmp(scales[i].key, key) == 0)
			return scales[i].factor;
	return 0;
}

static bool is_relative(const struct unit_def *d)
{
	return strcmp(d->dim, "percent") == 0 || strcmp(d->dim, "pp") == 0 ||
	       strcmp(d->dim, "ratio") == 0;
}

/* Bytes in the UTF-8 sequence that starts with c, or 0 if c cannot start. */
static int utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return 2;
	if (c >= 0xe0 && c <= 0xef)
		return 3;
	if (c >= 0xf0 && c <= 0xf4)
		return 4;
	return 0;
}

/* A valid UTF-8 sequence at p, or 0. */
static int utf8_seq(const unsigned char *p)
{
	int n = utf8_len(*p), i;

	for (i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* Length of a separator at p: space, tab, period, U+00A0/202F/2009. */
static int sep_len(const unsigned char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '.')
		return 1;
	if (p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xaf || p[2] == 0x89))
		return 3;
	return 0;
}

/* Append the character at p (n bytes) to buf, lower-cased. */
static void put_lower(const unsigned char *p, int n, char *buf, size_t *at)
{
	if (n == 1) {
		buf[(*at)++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
	} else if (n == 2 && p[0] == 0xd0 && p[1] >= 0x90 && p[1] <= 0xaf) {
		buf[(*at)++] = (char)(p[1] < 0xa0 ? 0xd0 : 0xd1);
		buf[(*at)++] = (char)(p[1] < 0xa0 ? p[1] + 0x20 : p[1] - 0x20);
	} else if (n == 2 && p[0] == 0xd0 && p[1] == 0x81) {
		buf[(*at)++] = (char)0xd1; /* Ё -> ё */
		buf[(*at)++] = (char)0x91;
	} else {
		memcpy(buf + *at, p, (size_t)n);
		*at += (size_t)n;
	}
}

/* Fold s into buf (MAX_FOLD bytes); see the comment at the top. */
static int fold(const char *s, char *buf, const char **why)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t at = 0;
	int n;

	for (; *p != '\0'; p += n) {
		if ((n = sep_len(p)) > 0) {
			if (at > 0 && buf[at - 1] != ' ')
				buf[at++] = ' ';
			continue;
		}
		if (*p < 0x20 || *p == 0x7f) {
			*why = "control character in unit";
			return -1;
		}
		if ((n = utf8_seq(p)) == 0) {
			*why = "bad UTF-8 in unit";
			return -1;
		}
		if (at + (size_t)n + 1 >= MAX_FOLD) {
			*why = "unit too long";
			return -1;
		}
		put_lower(p, n, buf, &at);
	}
	if (at > 0 && buf[at - 1] == ' ')
		at--;
	buf[at] = '\0';
	return 0;
}

static void set_unit(struct gs_unit *u, const char *dim, double factor,
		     const char *sym)
{
	gs_snprintf(u->dim, sizeof(u->dim), "%s", dim);
	u->factor = factor;
	gs_snprintf(u->sym, sizeof(u->sym), "%s", sym);
}

/* Check one word of an unknown unit; see the comment at the top. */
static int check_word(const char *w, size_t len, const char **why)
{
	char key[MAX_WORD + 1];
	const struct unit_def *d;
	size_t i;

	if (len > MAX_WORD) {
		*why = "word too long in unit";
		return -1;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c >= '0' && c <= '9') {
			*why = "digits in unit";
			return -1;
		}
		if (c < 0x80 && !(c >= 'a' && c <= 'z') && c != '-' &&
		    c != '\'') {
			*why = "unknown unit";
			return -1;
		}
	}
	memcpy(key, w, len);
	key[len] = '\0';
	d = unit_find(key);
	if (scale_find(key) != 0 ||
	    (d != NULL && strncmp(d->dim, "count:", 6) != 0)) {
		*why = "unknown unit";
		return -1;
	}
	return 0;
}

/* Copy s to buf (size n), cut at a UTF-8 character boundary. */
static void copy_cut(char *buf, size_t n, const char *s)
{
	size_t len = strlen(s);

	if (len >= n) {
		len = n - 1;
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
	}
	memcpy(buf, s, len);
	buf[len] = '\0';
}

/* The known count whose noun is a form of head ("specialists" in "IT
 * specialists", "резидента"), or whose words are the forms of the words
 * of the text w ("рабочего места"), or NULL. "мест" of "посадочных мест"
 * is no job: a key of several words takes a whole text. */
static const struct unit_def *count_of_form(const char *w, const char *head)
{
	char form[MAX_FOLD], text[MAX_FOLD];
	size_t i;

	unit_phrase_form(w, text, sizeof(text));
	for (i = 0; i < GS_ARRAY_LEN(units); i++) {
		const char *k = units[i].key;
		bool one = strchr(k, ' ') == NULL;

		if (strncmp(units[i].dim, "count:", 6) != 0 ||
		    strncmp(k, one ? head : text, 2) != 0)
			continue;
		unit_phrase_form(k, form, sizeof(form));
		if (strcmp(form, one ? head : text) == 0)
			return &units[i];
	}
	return NULL;
}

/* The known measure (money, area, length, volume, mass, power, energy)
 * whose one-word key is a form of the one word head: a case the table
 * lacks ("3,3 километра", "500 метрах", "в рублях"), an English
 * singular ("1 kilometre"). Counts, shares and multiples are left to
 * the rest: "time" is no "times". */
static const struct unit_def *measure_of_form(const char *head)
{
	static const char *const dims[] = { "currency:", "area", "length",
		"volume", "mass", "power", "energy" };
	char form[UNIT_NOUN_MAX];
	size_t i, k, n;

	for (i = 0; i < GS_ARRAY_LEN(units); i++) {
		const char *key = units[i].key;

		n = strlen(key);
		if (strchr(key, ' ') != NULL || n < 4 || n > 40 ||
		    strncmp(key, head, 2) != 0)
			continue;
		for (k = 0; k < GS_ARRAY_LEN(dims); k++)
			if (strncmp(units[i].dim, dims[k], strlen(dims[k])) == 0)
				break;
		if (k == GS_ARRAY_LEN(dims))
			continue;
		unit_noun_form(key, n, form);
		if (strcmp(form, head) == 0)
			return &units[i];
	}
	return NULL;
}

/* A unit word not in the table: its own count dimension, that of its
 * noun (see the comment at the top). */
static int unknown_unit(const char *w, double scale, struct gs_unit *u,
			const char **why)
{
	const struct unit_def *d;
	char head[UNIT_NOUN_MAX];
	const char *p = w, *sp;
	int words = 0;

	for (;;) {
		sp = strchr(p, ' ');
		if (check_word(p, sp ? (size_t)(sp - p) : strlen(p), why) == -1)
			return -1;
		words++;
		if (sp == NULL)
			break;
		p = sp + 1;
	}
	if (words > MAX_UNKNOWN_WORDS) {
		*why = "too many words in unit";
		return -1;
	}
	if (strlen(w) + 7 > sizeof(u->dim)) {
		*why = "unit too long";
		return -1;
	}
	unit_head_form(w, head);
	if ((words == 1 && (d = measure_of_form(head)) != NULL) ||
	    (d = count_of_form(w, head)) != NULL) {
		set_unit(u, d->dim, d->factor * scale, d->sym);
		return 0;
	}
	gs_snprintf(u->dim, sizeof(u->dim), "count:%s", head);
	u->factor = scale;
	copy_cut(u->sym, sizeof(u->sym), w);
	return 0;
}

/* The unit w after a scale word of factor scale. */
static int scaled_unit(const char *w, double scale, struct gs_unit *u,
		       const char **why)
{
	const struct unit_def *d;

	if (strncmp(w, "of ", 3) == 0)
		w += 3;
	else if (strcmp(w, "of") == 0)
		w = "";
	if (*w == '\0') {
		set_unit(u, "", scale, "");
		return 0;
	}
	if (scale_find(w) != 0) {
		*why = "two scale words in unit";
		return -1;
	}
	if ((d = unit_find(w)) == NULL)
		return unknown_unit(w, scale, u, why);
	if (is_relative(d)) {
		*why = "scale word before a unit that is a ratio";
		return -1;
	}
	set_unit(u, d->dim, d->factor * scale, d->sym);
	return 0;
}

/* "USD bn", "RUB m": a known non-relative unit and then a scale word. */
static bool scale_after(char *buf, struct gs_unit *u)
{
	char *sp = strrchr(buf, ' ');
	const struct unit_def *d;
	double scale;

	if (sp == NULL || (scale = scale_find(sp + 1)) == 0)
		return false;
	*sp = '\0';
	d = unit_find(buf);
	*sp = ' ';
	if (d == NULL || is_relative(d))
		return false;
	set_unit(u, d->dim, d->factor * scale, d->sym);
	return true;
}

int unit_parse(const char *s, struct gs_unit *u, const char **why)
{
	char buf[MAX_FOLD];
	const struct unit_def *d;
	char *sp;
	double scale;

	if (fold(s, buf, why) == -1)
		return -1;
	if (buf[0] == '\0') {
		set_unit(u, "", 1, "");
		return 0;
	}
	if ((d = unit_find(buf)) != NULL) {
		set_unit(u, d->dim, d->factor, d->sym);
		return 0;
	}
	sp = strchr(buf, ' ');
	if (sp != NULL)
		*sp = '\0';
	scale = scale_find(buf);
	if (scale != 0)
		return scaled_unit(sp ? sp + 1 : "", scale, u, why);
	if (sp != NULL)
		*sp = ' ';
	if (scale_after(buf, u))
		return 0;
	return unknown_unit(buf, 1, u, why);
}

/* The dimension of count text t as unit_parse gives it now ("тракторов"
 * of a dimension "count:тракторов" stored before counts had one form). */
static bool count_dim(const char *t, struct gs_unit *u)
{
	char buf[sizeof(u->dim)];
	const char *why;
	size_t i;

	gs_snprintf(buf, sizeof(buf), "%s", t);
	for (i = 0; buf[i] != '\0'; i++)
		if (buf[i] == '_')
			buf[i] = ' ';
	return unit_parse(buf, u, &why) == 0;
}

bool unit_dim_same(const char *a, const char *b)
{
	struct gs_unit ua, ub;

	if (strcmp(a, b) == 0)
		return true;
	if (strncmp(a, "count:", 6) != 0 || strncmp(b, "count:", 6) != 0 ||
	    !count_dim(a + 6, &ua) || !count_dim(b + 6, &ub))
		return false;
	return strcmp(ua.dim, ub.dim) == 0;
}
