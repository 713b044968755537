/*
** extract_ask.c: what the rest of a text tells a figure its own sentence
** does not: the unit an interview's question asks for ("— Сколько
** компаний-участников у «Сколково» сейчас? — Около 3,2 тыс."), and who
** "participants" are: companies in a text that speaks of participant
** companies (a foundation's, a cluster's) or in a sentence about a
** cluster's or park's members, else people (a forum's); and an
** incubator's teams are companies.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_uform.h"

static bool starts(const char *w, const char *p)
{
	return strncmp(w, p, strlen(p)) == 0;
}

/* "participant companies", "компаний-участников", an incubator's or an
 * accelerator's text: participants and teams are companies here. */
bool xask_firms(const struct xdoc *d)
{
	int i, k;

	for (i = 0; i < d->ns; i++)
		for (k = 0; k < d->s[i].nt; k++) {
			const char *w = d->s[i].t[k].w;

			if ((starts(w, "participant") && k + 1 < d->s[i].nt &&
			     starts(d->s[i].t[k + 1].w, "compan")) ||
			    (starts(w, "компани") && strstr(w, "-участник")) ||
			    starts(w, "incubator") ||
			    starts(w, "accelerator") ||
			    starts(w, "инкубатор") ||
			    starts(w, "акселератор"))
				return true; /* an incubator's teams: firms */
		}
	return false;
}

/* The first known unit within a few words from i ("Сколько у технопарка
 * резидентов?", "How many companies"), before the question ends; not the
 * one who has them ("у кластера", "в парке"). */
static const struct xunit *unit_from(const struct xsent *q, int i)
{
	static const char *const whose[] = { "у", "в", "на", "при", NULL };
	const struct xunit *u;
	int j, k;

	for (j = i; j < q->nt && j < i + 4 && q->t[j].type == XT_WORD; j++) {
		for (k = 0; whose[k] != NULL && j > 0 &&
			    strcmp(q->t[j - 1].w, whose[k]) != 0; k++)
			;
		if ((j == 0 || whose[k] == NULL) &&
		    (u = xu_word_unit(q, j)) != NULL)
			return u;
	}
	return NULL;
}

/* A question that is only its noun: "Рабочие места?", "А площадь
 * резидентов?", "And jobs?": the count it names, or NULL. */
static const struct xunit *noun_asked(const struct xsent *q)
{
	const struct xunit *u;
	int i, n, words = 0;

	for (i = 0; i < q->nt; i++)
		words += q->t[i].type == XT_WORD;
	if (words > 3 || q->nt < 2 || strcmp(q->t[q->nt - 1].w, "?") != 0)
		return NULL;
	for (i = 0; i < q->nt; i++)
		if (q->t[i].type == XT_WORD && (u = xw_unit(q, i, &n)) != NULL &&
		    (u->cls == XU_COUNT || u->cls == XU_PEOPLE))
			return u;
	return NULL;
}

/* "А что с резидентами?", "Как обстоят дела с резидентами зоны?", "What
 * about residents?", "And the residents?": the count named right after
 * "с"/"about", in any case, or NULL. */
static const struct xunit *what_about(const struct xsent *q)
{
	const struct xunit *u;
	int i, j, n;

	if (q->nt < 3 || strcmp(q->t[q->nt - 1].w, "?") != 0)
		return NULL;
	for (i = 0; i + 1 < q->nt; i++) {
		if (strcmp(q->t[i].w, "с") != 0 && strcmp(q->t[i].w, "about") != 0)
			continue;
		for (j = i + 1; j < q->nt && j <= i + 2; j++) {
			if (q->t[j].type != XT_WORD)
				break;
			if ((u = xw_unit(q, j, &n)) != NULL ||
			    (u = xw_unit_form(q->t[j].w)) != NULL)
				return u->cls == XU_COUNT || u->cls == XU_PEOPLE ?
					       u : NULL;
		}
		return NULL;
	}
	return NULL;
}

const struct xunit *xask_asked(const struct xsent *q)
{
	const struct xunit *u;
	int i;

	for (i = 0; i + 1 < q->nt; i++) {
		if (strcmp(q->t[i].w, "сколько") == 0)
			return unit_from(q, i + 1);
		if (strcmp(q->t[i].w, "how") == 0 &&
		    strcmp(q->t[i + 1].w, "many") == 0 && i + 2 < q->nt)
			return unit_from(q, i + 2);
	}
	return (u = noun_asked(q)) != NULL ? u : what_about(q);
}

/* A sentence about a cluster's or park's members, not a gathering's:
 * "The cluster now unites 36 participants" (not "two participants of
 * the meeting"). */
static bool members_sentence(const struct xsent *s)
{
	static const char *const org[] = { "cluster", "clusters", "park",
		"technopark", "zone", "кластер", "кластера", "кластере", NULL };
	static const char *const event[] = { "meeting", "forum",
		"conference", "exhibition", "session", "event", "summit",
		"встречи", "форума", "конференции", "выставки", NULL };
	bool seen = false;
	int i, k;

	for (i = 0; i < s->nt; i++) {
		for (k = 0; event[k] != NULL; k++)
			if (strcmp(s->t[i].w, event[k]) == 0)
				return false;
		for (k = 0; org[k] != NULL; k++)
			seen = seen || strcmp(s->t[i].w, org[k]) == 0;
	}
	return seen;
}

void xask_participants(const struct xsent *s, bool firms, struct xfig *f)
{
	int i;

	if (firms && f->cls == XU_OTHER && (strcmp(f->unit, "teams") == 0 ||
					    starts(f->unit, "команд"))) {
		xu_set(f, s->t[0].cyr ? "компаний" : "companies", XU_COUNT);
		return; /* "64 teams went through our programmes" */
	}
	if (f->cls != XU_PEOPLE || !(firms || members_sentence(s)))
		return;
	for (i = 0; i < s->nt; i++)
		if (starts(s->t[i].w, "participant") ||
		    starts(s->t[i].w, "участник")) {
			xu_set(f, s->t[i].cyr ? "компаний" : "companies",
			       XU_COUNT);
			return;
		}
}
