/*
** extract_words.c: the word lists of extract, English and Russian: numbers
** written as words, scale words, month names, and the cue words of tense,
** change, investment and reporting.
**
** Words are compared folded (lower case, ё as е). The units are in
** extract_units.c.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_vals.h"

static const char *const stop_words[] = {
	"of", "in", "for", "from", "to", "at", "on", "by", "with", "per",
	"than", "as", "and", "or", "but", "that", "which", "who", "whose",
	"is", "are", "was", "were", "be", "been", "being", "have", "has",
	"had", "will", "would", "can", "could", "should", "may", "might",
	"must", "the", "a", "an", "this", "these", "those", "its", "their",
	"his", "her", "our", "each", "every", "into", "within", "across",
	"over", "under", "since", "during", "while", "among", "including",
	"such", "not", "also", "only", "already", "now", "there", "here",
	"it", "they", "we", "he", "she", "said", "about", "through", "after",
	"before", "between", "against", "via", "if", "so", "then",
	"в", "во", "на", "из", "за", "по", "для", "от", "до", "с", "со", "к",
	"ко", "у", "о", "об", "при", "и", "или", "а", "но", "что", "который",
	"которая", "которые", "которых", "это", "этот", "эта", "эти", "был",
	"была", "было", "были", "будет", "будут", "является", "уже", "также",
	"только", "как", "чем", "его", "ее", "их", "в т", NULL };

static const char *const future_words[] = {
	"will", "shall", "expected", "expects", "expect", "anticipates",
	"anticipated", "anticipate", "planned", "plans", "plan", "projected",
	"forecast", "forecasts", "scheduled", "slated", "intends", "intend",
	"aims", "designed", "announced", "proposed", "envisaged",
	"envisioned", "targeted", "upcoming", "будет", "будут", "станет",
	"станут", "составит", "составят", "достигнет", "достигнут",
	"планируется", "планирует", "планируют", "планируем", "планирует",
	"запланировано", "запланирован", "запланированы", "предполагается",
	"предусматривается", "предусмотрено", "ожидается", "ожидаются",
	"прогнозируется", "намерена", "намерен", "намерены", "появится",
	"появятся", "создаст", "создадут", "построят", "вырастет",
	"увеличится", "возрастет", "превысит", "удвоится", "утроится",
	"направят", "вложат", "инвестируют", "откроется", "откроются",
	"заработает", "заработают", "начнется", "начнутся", "начнет",
	"начнут", "введут", "введет", "запустят", "запустит", "увеличат",
	"увеличит", "привлечет", "привлекут", "выпустит", "выпустят",
	"произведет", "произведут", "разместят", "разместит", NULL };

static const char *const present_words[] = {
	"existing", "current", "currently", "already", "now", "today",
	"operating", "presently", "уже", "сейчас", "сегодня", "действующих",
	"действующие", "существующих", "имеющихся", NULL };

static const char *const up_words[] = {
	"increase", "increased", "increases", "increasing", "grew", "grow",
	"grown", "grows", "growing", "growth", "rose", "rise", "risen",
	"rising", "up", "gain", "gained", "expanded", "expand", "higher",
	"boosted", "jumped", "surged", "climbed", "raised", "raise",
	"рост", "росте", "роста", "ростом", "вырос", "выросла", "выросло",
	"выросли", "вырастет", "увеличился", "увеличилась", "увеличилось",
	"увеличились", "увеличение", "увеличения", "увеличится", "прирост",
	"прироста", "повысился", "повысилась", "повысилось", "повышение",
	"возрос", "возросла", "возросло", "возросли", "увеличен",
	"увеличена", "увеличено", "увеличены", "увеличили", "увеличил",
	"увеличила", "нарастили", "нарастил", "нарастила", "нарастило",
	"increasing", "soared", "advanced", "подорожали", "подорожал",
	"подорожала", "подорожало", "подскочил", "подскочила",
	"подскочило", "подскочили", "прибавил", "прибавила", "прибавило",
	"прибавили", NULL };

static const char *const down_words[] = {
	"decrease", "decreased", "declined", "decline", "fell", "fall",
	"falls", "dropped", "drop", "down", "reduced", "reduce", "reducing",
	"reduction", "lower", "shrank", "contracted", "снизился",
	"снизилась", "снизилось", "снизились", "снижение", "сократился",
	"сократилась", "сократилось", "сократились", "сокращение",
	"уменьшился", "уменьшилась", "уменьшилось", "упал", "упала",
	"упало", "падение", "slipped", "slid", "plunged", "plummeted",
	"tumbled", "dipped", "sank", "подешевели", "подешевел", "подешевела",
	"подешевело", "упали", "просел", "просела", "просело", "просели",
	NULL };

static const char *const invest_words[] = {
	"investment", "investments", "invest", "invested", "investing",
	"invests", "additional", "allocate", "allocated", "allocations",
	"spend", "spending", "funding", "financing", "budget",
	"инвестиции", "инвестиций", "инвестиционных", "вложения",
	"вложений", "вложат", "вложить", "вложит", "инвестирует",
	"инвестируют", "инвестировать", "выделено",
	"выделят", "финансирование", "дополнительно", "дополнительные",
	"дополнительных", NULL };

static const char *const report_words[] = {
	"told", "said", "says", "say", "reported", "reports", "noted",
	"confirmed", "stated", "explained", "added", "according",
	"сообщили", "сообщил", "сообщила", "рассказали", "заявили",
	"отметили", "пояснили", "сказали", "подтвердили", NULL };

static const char *const namepfx_words[] = {
	"type", "phase", "stage", "route", "routes", "building", "block",
	"grade", "class", "category", "article", "section", "chapter",
	"part", "page", "item", "room", "gate", "generation", "version",
	"model", "tier", "no", "nos", "lot", "wave", "round", "priority",
	"number", "bus", "line", "тип", "типа", "этап", "этапа", "фаза",
	"фазы", "корпус", "строение", "дом", "блок", "линия", "очередь",
	"пункт", "статья", "статьи", "раздел", "глава", "часть",
	"страница", "номер", "маршрут", "маршрута", "маршруты", "проезд",
	"проезда", NULL };

static const char *const weekday_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
	"понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
	"воскресенье", "updated", "published", "posted", "обновлено",
	"опубликовано", NULL };

static const char *const build_words[] = {
	"underway", "ongoing", "строится", "строятся", "возводится",
	"возводятся", "проектируется", "проектируются", NULL };

static const char *const began_words[] = {
	"began", "begun", "started", "commenced", "начато", "начата",
	"начали", "началось", "началась", "началось", "стартовало", NULL };

static const char *const ended_words[] = {
	"completed", "finished", "ended", "concluded", "завершено",
	"завершена", "завершен", "завершилось", "завершилась", "окончено",
	NULL };

static const char *const exceed_words[] = {
	"exceed", "exceeds", "exceeded", "exceeding", "surpassed",
	"surpasses", "surpass", "topped", "tops", "passed", "passes", "pass",
	"перешагнул", "перешагнула", "перешагнуло", "перешагнули",
	"превысил", "превысила",
	"превысило", "превысили", "превышает", "превышают", "превысит",
	"превышающий", "превысить", "превышать", "превысят", "превышал",
	"превышала", "превышало", "превышали", NULL };

static const char *const rank_words[] = {
	"become", "became", "becomes", "becoming", "стал", "стала", "стало",
	"станет", "станут", NULL };

static const char *const *const lists[XL_NLIST] = {
	[XL_STOP] = stop_words, [XL_FUTURE] = future_words,
	[XL_PRESENT] = present_words, [XL_UP] = up_words,
	[XL_DOWN] = down_words, [XL_INVEST] = invest_words,
	[XL_REPORT] = report_words, [XL_NAMEPFX] = namepfx_words,
	[XL_WEEKDAY] = weekday_words, [XL_BUILD] = build_words,
	[XL_BEGAN] = began_words, [XL_ENDED] = ended_words,
	[XL_EXCEED] = exceed_words, [XL_RANK] = rank_words,
};

bool xw_in(enum xlist l, const char *w)
{
	const char *const *p;

	if ((unsigned)l >= XL_NLIST)
		return false;
	for (p = lists[l]; *p != NULL; p++)
		if (strcmp(*p, w) == 0)
			return true;
	return false;
}

/* ---- months ---- */

/* A Russian month cut to its first letters, as wires and posts date
 * themselves ("25 янв", "3 апр 2024", "11 ноя."): 1-12, or 0. */
static int ru_abbr_month(const char *w)
{
	static const char *const ab[] = { "янв", "фев", "мар", "апр", "",
		"июн", "июл", "авг", "сен", "окт", "ноя", "дек" };
	int i;

	for (i = 0; i < 12; i++)
		if (ab[i][0] && strcmp(w, ab[i]) == 0)
			return i + 1;
	if (strcmp(w, "сент") == 0)
		return 9;
	return strcmp(w, "нояб") == 0 ? 11 : 0;
}

int xw_month(const struct xtok *t)
{
	static const char *const en[] = { "january", "february", "march",
		"april", "may", "june", "july", "august", "september",
		"october", "november", "december" };
	static const char *const en3[] = { "jan", "feb", "mar", "apr", "",
		"jun", "jul", "aug", "sep", "oct", "nov", "dec" };
	/* Russian stems; "ма" is checked by its forms below */
	static const char *const ru[] = { "январ", "феврал", "март", "апрел",
		"", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
		"декабр" };
	int i;
	size_t n;

	if (t->type != XT_WORD)
		return 0;
	for (i = 0; i < 12; i++) {
		if (strcmp(t->w, en[i]) == 0)
			return i == 4 && !t->cap ? 0 : i + 1;
		if (en3[i][0] && strcmp(t->w, en3[i]) == 0 && t->cap)
			return i + 1;
		if (strcmp(t->w, "sept") == 0 && t->cap)
			return 9;
		n = strlen(ru[i]);
		if (n > 0 && strncmp(t->w, ru[i], n) == 0 &&
		    strlen(t->w) <= n + 4)
			return i + 1;
	}
	if (strcmp(t->w, "май") == 0 || strcmp(t->w, "мая") == 0 ||
	    strcmp(t->w, "мае") == 0)
		return 5;
	return ru_abbr_month(t->w);
}

/* ---- numbers written as words ---- */

struct numword {
	const char *w;
	double v;
};

static const struct numword numwords[] = {
	{ "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
	{ "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 },
	{ "nine", 9 }, { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 },
	{ "thirteen", 13 }, { "fourteen", 14 }, { "fifteen", 15 },
	{ "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 },
	{ "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 },
	{ "forty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 },
	{ "eighty", 80 }, { "ninety", 90 }, { "dozen", 12 },
	{ "один", 1 }, { "одна", 1 }, { "одно", 1 }, { "одного", 1 },
	{ "одной", 1 }, { "два", 2 }, { "две", 2 }, { "двух", 2 },
	{ "три", 3 }, { "трех", 3 }, { "четыре", 4 }, { "четырех", 4 },
	{ "пять", 5 }, { "пяти", 5 }, { "шесть", 6 }, { "шести", 6 },
	{ "семь", 7 }, { "семи", 7 }, { "восемь", 8 }, { "восьми", 8 },
	{ "девять", 9 }, { "девяти", 9 }, { "десять", 10 }, { "десяти", 10 },
	{ "одиннадцать", 11 }, { "двенадцать", 12 }, { "тринадцать", 13 },
	{ "четырнадцать", 14 }, { "пятнадцать", 15 }, { "шестнадцать", 16 },
	{ "семнадцать", 17 }, { "восемнадцать", 18 },
	{ "девятнадцать", 19 }, { "двадцать", 20 }, { "двадцати", 20 },
	{ "тридцать", 30 }, { "сорок", 40 }, { "пятьдесят", 50 },
	{ "шестьдесят", 60 }, { "семьдесят", 70 }, { "восемьдесят", 80 },
	{ "девяносто", 90 }, { "сто", 100 }, { "двести", 200 },
	{ "триста", 300 }, { "четыреста", 400 }, { "пятьсот", 500 },
	{ "полтора", 1.5 }, { "полторы", 1.5 }, { "полутора", 1.5 },
	{ "полтораста", 150 }, { "полутораста", 150 }, /* a hundred and a half */
	/* collective numerals: "ещё двое", "Двое из одиннадцати" */
	{ "двое", 2 }, { "трое", 3 }, { "четверо", 4 }, { "пятеро", 5 },
	{ "шестеро", 6 }, { "семеро", 7 }, { "двоих", 2 }, { "троих", 3 },
	/* the other cases: "до сорока двух", "около трёхсот" */
	{ "двум", 2 }, { "двумя", 2 }, { "трем", 3 }, { "тремя", 3 },
	{ "четырем", 4 }, { "четырьмя", 4 }, { "пятью", 5 }, { "шестью", 6 },
	{ "восемью", 8 }, { "девятью", 9 }, { "десятью", 10 },
	{ "одиннадцати", 11 }, { "двенадцати", 12 }, { "тринадцати", 13 },
	{ "четырнадцати", 14 }, { "пятнадцати", 15 }, { "шестнадцати", 16 },
	{ "семнадцати", 17 }, { "восемнадцати", 18 },
	{ "девятнадцати", 19 }, { "двадцатью", 20 }, { "тридцати", 30 },
	{ "тридцатью", 30 }, { "сорока", 40 }, { "пятидесяти", 50 },
	{ "шестидесяти", 60 }, { "семидесяти", 70 }, { "восьмидесяти", 80 },
	{ "девяноста", 90 }, { "ста", 100 }, { "шестьсот", 600 },
	{ "семьсот", 700 }, { "восемьсот", 800 }, { "девятьсот", 900 },
	{ "двухсот", 200 }, { "трехсот", 300 }, { "четырехсот", 400 },
	{ "пятисот", 500 }, { "шестисот", 600 }, { "семисот", 700 },
	{ "восьмисот", 800 }, { "девятисот", 900 },
	{ "сотню", 100 }, { "тысячу", 1000 }, /* "превысит сотню" */
	{ "тысяча", 1000 }, { "hundred", 100 }, /* "a hundred residents" */
	{ "десяток", 10 }, /* "десяток резидентов", as "a dozen" */
};

/* The value of one number word (w may be "twenty" of "twenty-one"). */
static double numword(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(numwords); i++)
		if (strlen(numwords[i].w) == n &&
		    strncmp(numwords[i].w, w, n) == 0)
			return numwords[i].v;
	return 0;
}

/* One word token: "five", "twenty-one". */
double xw_number_word(const char *w)
{
	const char *h = strchr(w, '-');
	double a, b;

	if (h == NULL)
		return numword(w, strlen(w));
	a = numword(w, (size_t)(h - w));
	b = numword(h + 1, strlen(h + 1));
	return a >= 20 && a < 100 && b > 0 && b < 10 ? a + b : 0;
}

bool xw_word_range(const char *w, double *lo, double *hi)
{
	const char *h = strchr(w, '-');

	if (h == NULL || strchr(h + 1, '-') != NULL)
		return false;
	*lo = numword(w, (size_t)(h - w));
	*hi = numword(h + 1, strlen(h + 1));
	return *lo > 0 && *hi > *lo && *hi < 20; /* not "twenty-five" */
}

/* "более тысячи", "около сотни": a hundred or a thousand said alone
 * after a qualifier (elsewhere "тысячи" is a scale: "3 тысячи"). */
static double alone_after_qual(const struct xsent *s, int i)
{
	static const char *const qual[] = { "более", "свыше", "около",
		"почти", "порядка", "менее", "больше", "меньше", "до",
		"примерно", NULL }; /* "должно вырасти до тысячи" */
	int k;

	if (i < 1)
		return 0;
	for (k = 0; qual[k] != NULL; k++)
		if (strcmp(s->t[i - 1].w, qual[k]) == 0)
			break;
	if (qual[k] == NULL)
		return 0;
	if (strcmp(s->t[i].w, "тысячи") == 0)
		return 1000;
	if (strcmp(s->t[i].w, "десятка") == 0)
		return 10; /* "около десятка резидентов" */
	return strcmp(s->t[i].w, "сотни") == 0 ? 100 : 0;
}

static bool is_word(const struct xsent *s, int j, const char *w)
{
	return j < s->nt && strcmp(s->t[j].w, w) == 0;
}

/* One digit said as a word after "point": "eight", "zero"; -1 if not. */
static int digit_word(const struct xsent *s, int j)
{
	double x;

	if (is_word(s, j, "zero") || is_word(s, j, "nought") ||
	    is_word(s, j, "oh"))
		return 0;
	if (j >= s->nt || s->t[j].type != XT_WORD)
		return -1;
	x = numword(s->t[j].w, strlen(s->t[j].w));
	return x >= 1 && x <= 9 && x == (int)x ? (int)x : -1;
}

/* Is token j one of the words ws? */
static bool word_of(const struct xsent *s, int j, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (is_word(s, j, *ws))
			return true;
	return false;
}

/* The words of a number after its whole part cur, ending at *j: the
 * thousands after a million word ("one million two hundred thousand"),
 * the thousands a thousand word leads into ("one thousand one hundred and
 * forty", "две тысячи триста"), a decimal point ("one point eight",
 * "three point two five") and Russian fractions ("три целых две
 * десятых", "девять и две десятых"). */
static double spelled_more(const struct xsent *s, int *j, double cur)
{
	static const char *const th[] = { "thousand", "тысяча", "тысячи",
		"тысяч", NULL };
	static const char *const mn[] = { "million", "миллион", "миллиона",
		"миллионов", NULL };
	double rest;
	int k, n, dg;

	for (k = 0; mn[k] != NULL && cur < 1000; k++)
		if (is_word(s, *j, mn[k])) {
			/* "one million two hundred thousand", "три миллиона
			 * двести тысяч": in thousands, the scale read next */
			n = *j + 1;
			if ((dg = xw_spelled(s, n, &rest)) > 0 && rest < 1000 &&
			    rest == (int)rest && word_of(s, n + dg, th)) {
				*j = n + dg;
				return cur * 1000 + rest;
			}
		}
	for (k = 0; th[k] != NULL && cur < 1000; k++)
		if (is_word(s, *j, th[k])) {
			n = *j + 1 + is_word(s, *j + 1, "and");
			if ((n = xw_spelled(s, n, &rest)) > 0 && rest < 1000 &&
			    rest == (int)rest) {
				*j += 1 + is_word(s, *j + 1, "and") + n;
				return cur * 1000 + rest;
			}
		}
	if (is_word(s, *j, "point") && digit_word(s, *j + 1) >= 0) {
		double f = 0.1;

		for ((*j)++; (dg = digit_word(s, *j)) >= 0; (*j)++, f /= 10)
			cur += dg * f;
		return cur;
	}
	if ((is_word(s, *j, "десятых") || is_word(s, *j, "сотых")) &&
	    *j + 1 < s->nt &&
	    strncmp(s->t[*j + 1].w, "процент", strlen("процент")) == 0) {
		/* "трёх десятых процента": tenths of a percent, not a share
		 * ("трёх десятых средств") */
		cur /= strncmp(s->t[*j].w, "сот", strlen("сот")) == 0 ? 100 : 10;
		(*j)++;
		return cur;
	}
	n = *j + (is_word(s, *j, "целых") || is_word(s, *j, "целая") ||
		  is_word(s, *j, "и"));
	if (n > *j && (k = xw_spelled(s, n, &rest)) > 0 && rest < 1) {
		*j = n + k; /* "две целых пять десятых процента": the
			     * tenths read with their percent above */
		return cur + rest;
	}
	if (n > *j && k > 0 && rest < 100 &&
	    (is_word(s, n + k, "десятых") || is_word(s, n + k, "десятой") ||
	     is_word(s, n + k, "сотых") || is_word(s, n + k, "сотой"))) {
		*j = n + k + 1;
		/* "сотых": hundredths */
		return cur + rest / (strncmp(s->t[n + k].w, "сот",
					     strlen("сот")) == 0 ? 100 : 10);
	}
	return cur;
}

int xw_number_at(const struct xsent *s, int j, double *v)
{
	if (j < 0 || j >= s->nt)
		return 0;
	if (s->t[j].type == XT_NUM && !(s->t[j].flags & XF_TIME)) {
		*v = s->t[j].v;
		return 1;
	}
	return s->t[j].type == XT_WORD ? xw_spelled(s, j, v) : 0;
}

int xw_spelled(const struct xsent *s, int i, double *v)
{
	double cur, x;
	int j;

	if (i >= s->nt || s->t[i].type != XT_WORD ||
	    ((cur = xw_number_word(s->t[i].w)) == 0 &&
	     (cur = alone_after_qual(s, i)) == 0))
		return 0;
	j = i + 1;
	for (;;) {
		if (j < s->nt && strcmp(s->t[j].w, "dozen") == 0 && cur < 10) {
			cur *= 12; /* "two dozen" */
			j++;
			continue;
		}
		if (j < s->nt && strcmp(s->t[j].w, "hundred") == 0 && cur < 10) {
			cur *= 100;
			j++;
			if (j + 1 < s->nt && strcmp(s->t[j].w, "and") == 0 &&
			    xw_number_word(s->t[j + 1].w) > 0)
				j++;
			continue;
		}
		if (j + 1 < s->nt && strcmp(s->t[j].w, "and") == 0 &&
		    cur >= 100 && (int)cur % 100 == 0 &&
		    (x = xw_number_word(s->t[j + 1].w)) > 0 && x < 100) {
			j++; /* "a hundred and twenty" */
			continue;
		}
		if (j < s->nt && s->t[j].type == XT_WORD &&
		    (x = xw_number_word(s->t[j].w)) > 0 && x < cur &&
		    ((cur >= 100 && x < 100) || (cur >= 20 && x < 10 &&
						 (int)cur % 10 == 0) ||
		     (cur == 1000 && x >= 100 && (int)x % 100 == 0))) {
			/* "тысяча сто", "тысячу двести" (round 14) */
			cur += x;
			j++;
			continue;
		}
		break;
	}
	if (j + 2 < s->nt && strcmp(s->t[j].w, "and") == 0 &&
	    strcmp(s->t[j + 1].w, "a") == 0 && strcmp(s->t[j + 2].w, "half") == 0)
		cur += 0.5, j += 3; /* "one and a half" */
	else if (j + 1 < s->nt && strcmp(s->t[j].w, "с") == 0 &&
		 strcmp(s->t[j + 1].w, "половиной") == 0)
		cur += 0.5, j += 2; /* "два с половиной" */
	else
		cur = spelled_more(s, &j, cur);
	*v = cur;
	return j - i;
}

/* ---- scale words ---- */

struct scale {
	const char *w;
	double f;
	const char *out;
};

static const struct scale scales[] = {
	{ "thousand", 1e3, "thousand" }, { "thousands", 1e3, "thousand" },
	{ "million", 1e6, "million" }, { "millions", 1e6, "million" },
	{ "mn", 1e6, "million" }, { "mln", 1e6, "million" },
	{ "billion", 1e9, "billion" }, { "billions", 1e9, "billion" },
	{ "bn", 1e9, "billion" }, { "bln", 1e9, "billion" },
	{ "trillion", 1e12, "trillion" }, { "trn", 1e12, "trillion" },
	{ "trln", 1e12, "trillion" }, { "k", 1e3, "thousand" },
	{ "тыс", 1e3, "тыс." }, { "тысяч", 1e3, "тыс." },
	{ "тысячи", 1e3, "тыс." }, { "тысяча", 1e3, "тыс." },
	{ "млн", 1e6, "млн" }, { "миллион", 1e6, "млн" },
	{ "миллиона", 1e6, "млн" }, { "миллионов", 1e6, "млн" },
	{ "млрд", 1e9, "млрд" }, { "миллиард", 1e9, "млрд" },
	{ "миллиарда", 1e9, "млрд" }, { "миллиардов", 1e9, "млрд" },
	{ "трлн", 1e12, "трлн" }, { "триллион", 1e12, "трлн" },
	{ "триллиона", 1e12, "трлн" }, { "триллионов", 1e12, "трлн" },
};

double xw_scale(const struct xsent *s, int i, int *ntok, const char **out)
{
	size_t k;

	if (i >= s->nt || s->t[i].type != XT_WORD)
		return 0;
	for (k = 0; k < GS_ARRAY_LEN(scales); k++) {
		if (strcmp(s->t[i].w, scales[k].w) != 0 ||
		    (strcmp(scales[k].w, "k") == 0 && s->t[i].sp))
			continue; /* "5k jobs", not "5 k" */
		*ntok = 1;
		if (i + 1 < s->nt && strcmp(s->t[i + 1].w, ".") == 0 &&
		    s->t[i].cyr)
			*ntok = 2; /* "тыс." */
		*out = scales[k].out;
		return scales[k].f;
	}
	return 0;
}
