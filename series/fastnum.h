/*
** fastnum.h: a decimal's text into the double strtod(s, NULL) gives, bit
** for bit (-0 stays -0), by one exact operation when the text is short
** (fastnum.c).
*/
#ifndef GS_FASTNUM_H
#define GS_FASTNUM_H

double fastnum_strtod(const char *s);

#endif
