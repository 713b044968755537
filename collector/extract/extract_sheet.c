/*
** extract_sheet.c: fact sheets, lines of "Label: value" (issue 16,
** seventh round). "Land: 855 ha", "Residents: 14", "Hotel rooms: 1,050;
** target for 2027: 3,000" are each a statement of their own, though no
** full stop ends them: they are never joined into one sentence, and none
** is a heading whose figures the body repeats, so a date one line states
** ("target for 2027") stays on its line.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

bool xsheet_label_line(const char *p, size_t n, bool number)
{
	size_t i, words = 1;

	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	if (n == 0 || !xupper_at((const unsigned char *)p))
		return false;
	for (i = 0; i + 1 < n && words <= 6; i++) {
		if (p[i] == ' ')
			words++;
		else if (strchr(".!?;", p[i]) != NULL)
			return false;
		else if (p[i] == ':')
			break;
	}
	if (i + 1 >= n || p[i] != ':' || p[i + 1] != ' ' || words > 6)
		return false;
	if (!number)
		return true; /* "Type: tourist and recreational SEZ" */
	for (i += 2, words = 0; i < n && words < 2; i++) {
		if (xdigit((unsigned char)p[i]))
			return true; /* "RUB 34.6 bn", "about 410 thousand" */
		words += p[i] == ' ';
	}
	return false; /* "Alabuga SEZ: investment passes RUB 200 bn" */
}
