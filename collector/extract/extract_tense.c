/*
** extract_tense.c: the tense of a sentence as the other rules need it: is
** it about the future ("will", "is planned", "expected to", "будет")? does
** it say something is being built ("under construction", "строится")?
** is it in the past tense ("rose", "составила")?
** Both the document's dates (extract_date.c) and each figure's kind
** (extract_cue.c) ask, so it sits below both. Also: is a figure to come
** an increase ("new", "another", "ещё"), so a plan rather than a target?
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_tense.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* round eleven (old_holdout11, old_holdout13): see extract_tense.h */
bool xcue_planned_then(const struct xsent *s, int i)
{
	static const char *const aux[] = { "было", "были", "была", "был",
		"was", "were", NULL };

	return xt_wa(s, i - 1, aux) ||
	       (is_w(s, i - 1, "been") && is_w(s, i - 2, "had"));
}

bool xcue_future(const struct xsent *s)
{
	/* "Запуск намечен на конец 2026 года", as "scheduled" (round
	 * fifteen, oh22 blagodarny) */
	static const char *const planned[] = { "намечен", "намечена",
		"намечено", "намечены", "намечается", "намечаются", NULL };
	static const char *const due[] = { "open", "be", "start", "begin",
		"launch", "come", "reach", "complete", "finish", NULL };
	int i;

	for (i = 0; i < s->nt; i++) {
		const char *w = s->t[i].w;
		size_t n = strlen(w);

		if (strcmp(w, "due") == 0 && is_w(s, i + 1, "to") &&
		    xt_wa(s, i + 2, due))
			return true; /* "due to open", not "due to sanctions" */
		if (xt_wa(s, i, planned))
			return true;
		if (!xw_in(XL_FUTURE, w) &&
		    !(n > 3 && strcmp(w + n - 3, "'ll") == 0))
			continue;
		if (strcmp(w, "will") == 0 &&
		    (is_w(s, i + 1, "allow") || is_w(s, i + 1, "enable") ||
		     is_w(s, i + 1, "permit") || is_w(s, i + 1, "make")))
			continue; /* what a capacity allows now */
		if ((strcmp(w, "plan") == 0 || strcmp(w, "plans") == 0) &&
		    !(is_w(s, i + 1, "to") || is_w(s, i + 1, "call") ||
		      is_w(s, i + 1, "include") || is_w(s, i + 1, "for")))
			continue;
		if (strcmp(w, "designed") == 0 && !is_w(s, i + 1, "to"))
			continue;
		if (xcue_planned_then(s, i))
			continue;
		/* "have announced investment": done; "the announced
		 * investment" is what residents mean to invest (the seed
		 * keys), "announced plans to" to come */
		if (strcmp(w, "announced") == 0 && !is_w(s, i + 1, "plans") &&
		    (is_w(s, i - 1, "have") || is_w(s, i - 1, "has") ||
		     is_w(s, i - 1, "had")))
			continue;
		return true;
	}
	return false;
}

bool xcue_build(const struct xsent *s)
{
	int i;

	for (i = 0; i < s->nt; i++)
		if (xw_in(XL_BUILD, s->t[i].w) ||
		    (is_w(s, i, "under") && (is_w(s, i + 1, "construction") ||
					     is_w(s, i + 1, "way"))) ||
		    (is_w(s, i, "being") && (is_w(s, i + 1, "built") ||
					     is_w(s, i + 1, "constructed"))) ||
		    (is_w(s, i, "ведется") && is_w(s, i + 1, "строительство")))
			return true;
	return false;
}

/* The comma that closes a relative clause set off by commas at i (",
 * which lends to joint projects, accounted for"): its token, or -1 when
 * the clause is not set off (its verb may be the sentence's) or Russian. */
static int aside_end(const struct xsent *s, int i)
{
	int k;

	if (!is_w(s, i - 1, ",") || s->t[i].cyr)
		return -1; /* Russian sets off every "который" clause */
	for (k = i + 1; k < s->nt; k++)
		if (is_w(s, k, ","))
			return k;
	return -1;
}

/* A verb in the past tense: "amounted", "rose", "составил", "выросла",
 * "вырос", "снизился". */
bool xcue_past(const struct xsent *s)
{
	static const char *const irr[] = { "was", "were", "had", "did",
		"rose", "fell", "grew", "made", "took", "spent", "paid", "sold",
		"built", "won", "got", "gave", "brought", "began", "became",
		"came", "saw", "hit", "held", "shrank", "lost", "went",
		"вырос", "возрос", "прирос", "подрос", "рос", "достиг",
		"принес", "привлек", "вложил", NULL };
	/* a verb after these is a relative clause's, not the sentence's */
	static const char *const rel[] = { "who", "which", "whom", "который",
		"которые", "которая", "которых", NULL };
	static const char *const ru[] = { "ил", "ила", "ило", "или", "ал",
		"ала", "ало", "али", "ел", "ела", "ело", "ели", "ыл", "ыла",
		"ыло", "ыли", "осла", "осло", "осли", "ял", "яла", "яло",
		"яли", "гла", "гло", "гли", "лась", "лось", "лись", "лся",
		NULL };
	int i, k;

	for (i = 0; i < s->nt; i++) {
		const char *w = s->t[i].w;
		size_t n = strlen(w);

		if (s->t[i].type != XT_WORD || s->t[i].cap)
			continue;
		if (xt_wa(s, i, rel)) {
			i = aside_end(s, i);
			if (i < 0)
				return false;
			continue;
		}
		if (!s->t[i].cyr && n >= 5 && strcmp(w + n - 2, "ed") == 0)
			return true;
		for (k = 0; irr[k] != NULL; k++)
			if (strcmp(w, irr[k]) == 0)
				return true;
		for (k = 0; ru[k] != NULL && s->t[i].cyr && n >= 8; k++)
			if (n > strlen(ru[k]) &&
			    strcmp(w + n - strlen(ru[k]), ru[k]) == 0)
				return true;
	}
	return false;
}

/* "open two more parks by 2024", "Three more plants are due to open
 * ..., adding about 600 jobs": more of them opened, or what the opening
 * adds, is an increase. ("house up to 150 more companies" opens
 * nothing: the level to reach.) */
static bool more_opened(const struct xsent *s, const struct xfig *f)
{
	static const char *const open[] = { "open", "launch", "build",
		"commission", "открыть", "запустить", "построить", NULL };
	int i;
	bool opens = false;

	for (i = 0; i < s->nt && !opens; i++)
		opens = xt_wa(s, i, open);
	if (!opens)
		return false;
	if (is_w(s, f->tn + 1, "more") && !is_w(s, f->tn + 2, "than"))
		return true;
	return is_w(s, f->t0 - 1, "adding") || is_w(s, f->t0 - 2, "adding");
}

/* "4,500 new jobs will be created by 2030", "5 тыс. новых рабочих мест",
 * "build another 100,000 square metres", "создать еще 5 тыс. рабочих
 * мест": an increase to come, a plan from now, not the level to reach. */
bool xcue_new_ones(const struct xsent *s, const struct xfig *f)
{
	static const char *const before[] = { "another", "additional", "ещё",
		"еще", "дополнительно", NULL };
	int j, k;

	for (j = f->tn + 1; j < s->nt && j <= f->tn + 3; j++)
		if (is_w(s, j, "new") || is_w(s, j, "новых") ||
		    is_w(s, j, "новые"))
			return true;
	for (j = f->t0 - 1; j >= 0 && j >= f->t0 - 3; j--)
		for (k = 0; before[k] != NULL; k++)
			if (is_w(s, j, before[k]))
				return true;
	return more_opened(s, f);
}

/* The passive of creating to come: "400 jobs will be created", "are to
 * be created", "будет создано 400", "400 рабочих мест будут созданы"
 * (round eight, second pass). "Создано 400" alone is done, not planned. */
static bool created_passive(const struct xsent *s, const struct xfig *f)
{
	static const char *const ru[] = { "создано", "созданы", "создан",
		"создана", NULL };
	static const char *const aux[] = { "будет", "будут", NULL };
	int j;

	for (j = f->t0 - 1; j >= 1 && j >= f->t0 - 3; j--)
		if (xt_wa(s, j, ru) && xt_wa(s, j - 1, aux))
			return true;
	for (j = f->tn + 1; j < s->nt && j <= f->tn + 5; j++)
		if ((is_w(s, j, "created") && is_w(s, j - 1, "be")) ||
		    (xt_wa(s, j, ru) && xt_wa(s, j - 1, aux)))
			return true;
	return false;
}

/* A Russian verb in the past right before f ("они заявили 1,2 трлн
 * рублей ... и до 2030 года планируют", "Создано более полутора тысяч
 * рабочих мест, а к 2028 году ... будет"): f is done, whatever the rest
 * of the sentence plans; "будет создано 800" is not. */
bool xcue_done_before(const struct xsent *s, const struct xfig *f)
{
	static const char *const ends[] = { "ли", "ло", "ла", "но", "ны",
		NULL };
	int i = f->t0 - 1, k;
	size_t n;

	if (i < 0 || s->t[i].type != XT_WORD || !s->t[i].cyr ||
	    is_w(s, i - 1, "будет") || is_w(s, i - 1, "будут"))
		return false;
	n = strlen(s->t[i].w);
	for (k = 0; ends[k] != NULL && n >= 12; k++)
		if (strcmp(s->t[i].w + n - strlen(ends[k]), ends[k]) == 0)
			return true;
	return false;
}

/* "create", "создать" a few words before f: within the next N years or
 * by a year to come, the increase until then ("в течение пяти лет
 * создать 8 тыс. рабочих мест", "will have created 4,000 jobs by 2030",
 * "создадут 3 тыс. рабочих мест"). */
bool xcue_creates(const struct xsent *s, const struct xfig *f)
{
	static const char *const verbs[] = { "create", "created", "создать",
					     "создадут", "создаст" };
	int j;
	size_t k;

	for (j = f->t0 - 1; j >= 0 && j >= f->t0 - 3; j--)
		for (k = 0; k < GS_ARRAY_LEN(verbs); k++)
			if (is_w(s, j, verbs[k]))
				return true;
	return created_passive(s, f);
}

/* Is there a comma or semicolon between tokens a and b (a < b)? */
static bool cut_between(const struct xsent *s, int a, int b)
{
	for (; a < b; a++)
		if (is_w(s, a, ",") || is_w(s, a, ";"))
			return true;
	return false;
}

/* A figure said with what was planned then, no comma between ("за три
 * года было предусмотрено 210 млн рублей, освоено 184", "RUB 140
 * million had been planned"): the plan over its period, not what was
 * done. */
void xcue_plan_then(const struct xsent *s, const struct xfig *f,
		    struct xcand *x)
{
	int i;

	if (x->kind != GS_KIND_FLOW)
		return;
	for (i = 0; i < s->nt; i++)
		if (xw_in(XL_FUTURE, s->t[i].w) && xcue_planned_then(s, i) &&
		    !(i < f->t0 ? cut_between(s, i, f->t0) :
				  cut_between(s, f->t1, i))) {
			x->kind = GS_KIND_PLAN;
			return;
		}
}
