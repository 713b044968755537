/*
** extract_vals.h: values, units, qualifiers (round eight, second pass):
** the helpers shared by the files that read a figure's value, kept out
** of extract_int.h, which is full.
*/
#ifndef GS_EXTRACT_VALS_H
#define GS_EXTRACT_VALS_H

/* extract_share.c: one in v as a percent, to one decimal as analysts
 * write it ("one in three", "каждый третий": 33.3). */
double xshare_one_in(double v);

struct xsent;
struct xfig;
/* extract_words.c: a number at j, in digits (no time) or in words: its
 * value into v and its tokens, or 0. */
int xw_number_at(const struct xsent *s, int j, double *v);

/* extract_ord.c: an ordinal and a member noun at i ("the park's tenth
 * resident", "девятым резидентом"): the count they say into f (value
 * and unit); the tokens taken, or 0. */
int xord_member(const struct xsent *s, int i, struct xfig *f);

/* extract_money.c: does s speak of money (taxes, funds, budgets,
 * revenue, subsidies, loans, investment)? */
bool xmoney_cue(const struct xsent *s);
struct xdoc;
/* extract_money.c: the currency of the text's last amount in millions
 * or more before s; NULL when that amount was not money (people,
 * tonnes) or there is none. */
const char *xmoney_last_big(const struct xdoc *d, const struct xsent *s);

/* extract_label.c: a count said in generic units ("850 единиц") after a
 * label that names what it counts takes the label's count. */
void xlabel_generic_unit(const struct xsent *s, struct xfig *f);

/* extract_forms.c: a product of equal units at i ("2×25 МВА", "a 2x16
 * MVA substation", "2 x 16 MVA"): their sum into f (value and unit);
 * the tokens taken, or 0. */
int xform_product(struct xsent *s, const struct xdoc *d, int i,
		  struct xfig *f);

/* extract_forms.c: half a billion or million in one word ("около
 * полумиллиарда рублей", "полмиллиона"): 0.5 in that scale into f; the
 * tokens taken, or 0. */
int xform_half_scale(struct xsent *s, const struct xdoc *d, int i,
		     struct xfig *f);

/* extract_words.c: the value of one number word ("five", "трёх",
 * "twenty-one"), or 0. */
double xw_number_word(const char *w);

#endif
