/*
** extract_near.c: how far extract looks from a sentence for what other
** sentences say. A heading's date comes from the first dated sentence
** after it, a search that stops XNEAR sentences away; a heading's figure
** is left out when the text repeats it anywhere (xrepeated). Searches
** that ran from every sentence to the start of its paragraph made a text
** without paragraph breaks cost the square of its length (4 MiB of short
** lines ran for more than ten minutes; the date of the sentence before is
** now kept as extract walks, extract.c). No paragraph of the corpus comes
** near the bound.
*/
#include "../../common.h"

#include <math.h>

#include "extract_int.h"
#include "extract_near.h"

/* Does the value v appear, maybe rounded, as a number in a sentence of d
 * other than i ("output tops 100 billion rubles" over "104.7 billion
 * rubles")? A heading's figure that the text repeats is left to it. */
bool xrepeated(const struct xdoc *d, int i, double v)
{
	/* only a round number is a rounded one: 100, 300, 6000, not 12 */
	double tol = v >= 10 && fmod(v, pow(10, floor(log10(v)))) == 0 ?
		     0.1 * v : 0;
	int k, j;

	for (k = 0; k < d->ns; k++)
		for (j = 0; j < d->s[k].nt && k != i; j++)
			if (d->s[k].t[j].type == XT_NUM &&
			    fabs(d->s[k].t[j].v - v) <= tol)
				return true;
	return false;
}
