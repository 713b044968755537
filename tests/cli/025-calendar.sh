# the one calendar (series/cal.c) against Python's datetime and calendar
# modules over every day of 1900-2100: day numbers, leap years, days in
# month, month ends, decimal-year time, year shifts, quarters and halves;
# validity of days 0..32 of months 0..13; month shifts by -25..+25 months
# from days 1, 15, 28, 29, 30 and 31 of every month. The C side is the
# driver `test_cal --dump` of the build that made $GS.
. "$GS_TOP/tests/cli/lib.sh"

drv="$(dirname "$GS")/tests/test_cal"
[ -x "$drv" ] || drv="$GS_TOP/build/rel/tests/test_cal"
if [ ! -x "$drv" ]; then
	notok "calendar driver test_cal is built (make build/rel/tests/test_cal)"
	exit 0
fi

python3 - >"$T/want" <<'PY'
import calendar, datetime as dt

E = dt.date(1970, 1, 1)
def ymd(d): return d.year * 10000 + d.month * 100 + d.day
def dim(y, m): return calendar.monthrange(y, m)[1]

# the rule of cal.h: a month's last day goes to the target's last day,
# any other day to the same day, or the target's last day if shorter
def add_months(d, n):
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    m += 1
    if not 1 <= y <= 9999:
        return 0
    last = dim(y, m)
    day = last if d.day == dim(d.year, d.month) else min(d.day, last)
    return ymd(dt.date(y, m, day))

def unit(d, months):
    first = (d.month - 1) // months * months + 1
    last = first + months - 1
    return ymd(dt.date(d.year, first, 1)), ymd(dt.date(d.year, last, dim(d.year, last)))

out = []
d, end = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
one = dt.timedelta(days=1)
while d <= end:
    y, m, n = d.year, d.month, dim(d.year, d.month)
    q, h = unit(d, 3), unit(d, 6)
    out.append("D %d %d %d %d %d %.17g %.17g %d %d %d %d %d %d" % (
        ymd(d), (d - E).days, calendar.isleap(y), n, d.day == n,
        y + ((m - 1) + (d.day - 1) / n) / 12, y + ((m - 1) + d.day / n) / 12,
        add_months(d, 12), add_months(d, -12), q[0], q[1], h[0], h[1]))
    d += one
for y in range(1900, 2101):
    for m in range(0, 14):
        bits = ""
        for day in range(0, 33):
            try:
                dt.date(y, m, day)
                bits += "1"
            except ValueError:
                bits += "0"
        out.append("V %04d%02d %s" % (y, m, bits))
for y in range(1900, 2101):
    for m in range(1, 13):
        for day in (1, 15, 28, 29, 30, 31):
            if day > dim(y, m):
                continue
            d = dt.date(y, m, day)
            out.append("S %d %d %s" % (ymd(d), (y - 1900) * 12 + m - 1,
                       " ".join(str(add_months(d, k)) for k in range(-25, 26))))
print("\n".join(out))
PY
[ -s "$T/want" ] || notok "python3 wrote the expected table"

"$drv" --dump >"$T/got"
expect_eq "$?" 0 "the driver printed its table"
expect_eq "$(grep -c '^D ' "$T/want")" 73414 "every day of 1900-2100 is compared (73,414)"
for kind in D V S; do
	grep "^$kind " "$T/want" >"$T/want.$kind"
	grep "^$kind " "$T/got" >"$T/got.$kind"
	if cmp -s "$T/want.$kind" "$T/got.$kind"; then
		ok "$kind lines ($(wc -l <"$T/want.$kind")) agree with Python"
	else
		notok "$kind lines differ from Python"
		diff "$T/want.$kind" "$T/got.$kind" | head -6 | cut -c1-160 | sed 's/^/#   /'
	fi
done
