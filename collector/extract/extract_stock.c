/*
** extract_stock.c: periods (round eight, second pass, issue 16). Minutes,
** tickers and newsletters give a flow of the months so far and then what
** stands now: "выручка резидентов за январь–ноябрь составила 2,38 млрд
** руб.; число резидентов — 41; заполняемость площадей — 96%"
** (dev9b/ru_zarechny_minutes), "за 11 месяцев ими отгружено продукции на
** 118 млрд рублей. Свободных участков осталось менее 40 га"
** (own7b/ru_minutes), "Новых рабочих мест с начала года — 640. ...
** загружена более чем на 70%" (own7b/ru_tv_ticker). The keys date the
** residents, the free land and the occupancy at the text's date; extract
** gave them the months of the flow before (as a level or a flow). Money
** and averages over the months ("Среднесписочная численность", "average
** wages") keep the months.
*/
#include "../../common.h"

#include "extract_stock.h"

/* Words of what stands: the number of residents, free or occupied
 * space. */
static bool stock_word(const struct xsent *s, const struct xfig *f)
{
	/* not "residents" before: "104 residents; twenty of them registered
	 * in the first half", "residents created 1,200 jobs" */
	static const char *const ws[] = { "число", "количество",
		"осталось", "остаётся", "остается",
		"остаются", "свободных", "свободными", "свободно",
		"заполняемость", "загрузка", "загружена", "загружено",
		"заполнена", "заполненность", "загруженность", "occupancy",
		"occupied", "vacancy", "vacant",
		NULL };
	int k;

	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 6; k--)
		if (xt_wa(s, k, ws))
			return true;
	return xt_w(s, f->tn + 1, "let") || xt_w(s, f->tn + 1, "occupied") ||
	       xt_w(s, f->tn + 1, "residents") ||
	       xt_w(s, f->tn + 1, "резидентов");
}

void xstock_now(const struct xdoc *d, int i, const struct xfig *f,
		struct xcand *o)
{
	const struct xsent *s = &d->s[i];
	const struct xper *p = &o->period;

	if ((o->kind != GS_KIND_LEVEL &&
	     (o->kind != GS_KIND_FLOW || f->cls == XU_CUR)) ||
	    p->m0 == 0 || p->y0 != p->y1 ||
	    p->m0 == p->m1 || p->y1 != d->ay || d->am == 0 ||
	    f->multiple || xtopic_average(s, f) || !stock_word(s, f))
		return;
	o->kind = GS_KIND_LEVEL;
	o->period = (struct xper){ d->ay, d->am, d->ad, d->ay, d->am, d->ad };
}
