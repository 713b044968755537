/*
** extract_cause.c: periods (issue 16, round sixteen): a date inside a
** phrase of cause or sequence dates that phrase's event, not the figure
** the phrase explains. "Investment came to 318.2 million roubles, 87.5%
** of the same period of last year, after the oil-extraction line was
** finished in 2024" (a bulletin on January-September 2025), "чистая
** прибыль снизилась до 610 млн рублей из-за падения цен на сахар во
** втором полугодии" (an annual report on 2024): extract dated the figure
** by the phrase's time, and the sentences after it too, as the time of
** an earlier sentence. Found in both folders of the round (old_holdout23
** and old_holdout24: three and four figures). General: the words that
** open such a phrase ("because", "due to the", "owing to", "thanks to",
** "из-за", "благодаря", "вследствие"; "after", "following", "после"
** with a verb in the past) say that what follows is a cause or an
** earlier event; the phrase runs to the next comma, bracket or the
** sentence's end. A date right after
** the word ("after 2026", "после 2026 года") is a time of its own and
** stays; so does a phrase before any figure ("After the plant opened in
** 2024, output doubled": the sentence's opening date, extract_front.c).
*/
#include "../../common.h"

#include <string.h>

#include "extract_cause.h"

/* Does token i open a phrase of cause ("because", "owing to", "из-за")?
 * "due to" only before a noun's article or a comparative: "is due to
 * start in 2H 2025" is a plan's time (old_holdout14, dev14b). */
static bool cause_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "because", "из-за", "благодаря",
		"вследствие", NULL };
	static const char *const det[] = { "the", "a", "an", "its", "their",
		"this", "these", "higher", "lower", NULL };

	if (xt_wa(s, i, ws))
		return true;
	if ((xt_w(s, i, "owing") || xt_w(s, i, "thanks")) &&
	    xt_w(s, i + 1, "to"))
		return true;
	return xt_w(s, i, "due") && xt_w(s, i + 1, "to") &&
	       xt_wa(s, i + 2, det);
}

/* Does token i open a phrase of an earlier event ("after", "following",
 * "после") whose verb, between i and b, is in the past ("after the line
 * was finished in 2024", "после того как в 2024 году был построен")?
 * Without one, "a further 15 MW after the substation upgrade in 2026"
 * is the figure's own time (old_holdout12, dev10b). */
static bool earlier_event(const struct xsent *s, int i, int b)
{
	static const char *const seq[] = { "after", "following", "после",
		NULL };
	static const char *const past[] = { "was", "were", "had", "был",
		"была", "было", "были", NULL };
	int k;

	if (!xt_wa(s, i, seq))
		return false;
	for (k = i + 1; k < b; k++)
		if (xt_wa(s, k, past))
			return true;
	return false;
}

/* Does token i end a phrase: a comma, a semicolon or a bracket? */
static bool stop(const struct xsent *s, int i)
{
	const char *w = s->t[i].w;

	return strcmp(w, ",") == 0 || strcmp(w, ";") == 0 ||
	       strcmp(w, "(") == 0 || strcmp(w, ")") == 0;
}

/* The end of the phrase that holds token i: the next comma, semicolon,
 * bracket or the sentence's end. */
static int phrase_end(const struct xsent *s, int i)
{
	while (i < s->nt && !stop(s, i))
		i++;
	return i;
}

bool xcause_aside(const struct xsent *s, struct xtime *m)
{
	int c, b = phrase_end(s, m->t1), k;

	for (c = m->t0 - 1; c >= 0 && !stop(s, c); c--)
		if (cause_word(s, c) || earlier_event(s, c, b))
			break;
	if (c < 0 || stop(s, c) || c + 1 >= m->t0)
		return false; /* none, or "after 2026" is the time itself */
	for (k = c + 1; k < m->t0; k++)
		if (xt_free_num(s, k))
			return false; /* "profit after tax was RUB 3 million in
				       * 2024": the phrase's own figure's time */
	for (k = 0; k < c && !xt_free_num(s, k); k++)
		;
	if (k >= c)
		return false; /* no figure before it ("In 2025" is none):
			       * the sentence's date */
	m->a0 = c - 1;
	m->a1 = b;
	return true;
}
