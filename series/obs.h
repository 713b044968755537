/*
** obs.h: the data model of growthstat, shared by every layer.
**
** An observation is one dated figure as a source stated it: a value of a
** series over a period, of a kind (level, flow, multiple, ...), with a
** qualifier ("over", "about"), a unit, the date it was reported (its
** vintage) and the source. Nothing here talks SQL; series/sqlite/ and
** series/pg/ store these records and reports/ computes with them.
**
** Dates are kept as integers yyyymmdd (20240101): exact, sortable, compact
** in SQLite, and readable in the sqlite3 shell.
*/
#ifndef GS_OBS_H
#define GS_OBS_H

#include "../common.h"

enum gs_kind {
	GS_KIND_NONE = 0,
	GS_KIND_LEVEL,    /* a stock or a rate at/over the period (output in 2024) */
	GS_KIND_FLOW,     /* a sum over the period (packages in Jan-Aug) */
	GS_KIND_MULTIPLE, /* value = this period / base period (2.8-fold) */
	GS_KIND_PERCENT,  /* value = percent change vs base period (+10.5 %) */
	GS_KIND_TARGET,   /* a level to be reached by the end of the period */
	GS_KIND_PLAN,     /* a flow planned over the period (investment by 2030) */
};

enum gs_qual {
	GS_QUAL_NONE = 0, /* exact as stated */
	GS_QUAL_OVER,     /* over, more than: value < true */
	GS_QUAL_AT_LEAST, /* at least, no less than: value <= true */
	GS_QUAL_ABOUT,    /* about, approximately, around */
	GS_QUAL_UP_TO,    /* up to, as many as: true <= value */
	GS_QUAL_UNDER,    /* under, less than: true < value */
	GS_QUAL_ALMOST,   /* almost, nearly: slightly below value */
};

enum gs_prec {
	GS_PREC_NONE = 0,
	GS_PREC_YEAR,
	GS_PREC_HALF,
	GS_PREC_QUARTER,
	GS_PREC_MONTH,
	GS_PREC_DAY,
};

/* A closed interval of days [start, end], both yyyymmdd; 0/0 means none. */
struct gs_period {
	int32_t start;
	int32_t end;
	enum gs_prec prec; /* precision the period was written in */
};

/*
** A unit: the dimension it measures, the factor from the written unit to
** the dimension's base unit, and the base unit's display symbol.
** "billion rubles" = { "currency:RUB", 1e9, "RUB" }.
*/
struct gs_unit {
	char dim[64];
	double factor;
	char sym[48];
};

struct gs_obs {
	const char *series;     /* key, e.g. moscow.pharma.output */
	enum gs_kind kind;
	struct gs_period period;
	struct gs_period base;  /* for multiples and percent changes */
	double value;           /* normalised to the base unit */
	enum gs_qual qual;
	const char *unit_text;  /* the unit as written: "billion rubles" */
	struct gs_unit unit;
	int32_t as_of;          /* vintage yyyymmdd; 0 = unknown */
	const char *source;
	const char *note;
	int64_t batch;          /* ingest batch id (0 before storing) */
	int32_t retracted;      /* yyyymmdd from which a retraction hides
				 * it (series.h: series_retract); 0: none */
};

const char *kind_name(enum gs_kind k);
enum gs_kind kind_from_name(const char *s); /* GS_KIND_NONE if unknown */
const char *qual_name(enum gs_qual q);       /* "" for GS_QUAL_NONE */
const char *prec_name(enum gs_prec p);
enum gs_prec prec_from_name(const char *s);
/* A qualifier from its stored name; GS_QUAL_NONE for "" or unknown. */
enum gs_qual qual_from_name(const char *s);

/* True for kinds whose value is a ratio, not a quantity of the unit. */
bool kind_is_relative(enum gs_kind k);

/*
** Canonical text of a period: 2024, 2024-H1, 2024-Q3, 2025-08, 2025-08-15,
** or a range A..B of those. Returns the length written (0 for no period).
*/
size_t period_format(const struct gs_period *p, char *buf, size_t n);

/* yyyymmdd as 2025-08-15. */
size_t date_format(int32_t ymd, char *buf, size_t n);

#endif
