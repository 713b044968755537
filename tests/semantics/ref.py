"""ref.py: an independent reference for the numbers growthstat reports.

Written from README ("How the numbers are computed", "Analysis") and not
from the C code: period times, latest vintages, qualifier bounds, growth
between two figures (multiple, percent, CAGR, log difference, change,
with bounds), least-squares projections with Student-t prediction
intervals, and the verdicts of claims and targets. Standard library
only, so that it runs wherever the tests run: the t quantile is found by
bisection on the CDF integrated by Simpson's rule (checked against
numpy/scipy-free closed forms: df=1 is tan(pi (p - 1/2)), df=2 is
(2p - 1) sqrt(2 / (1 - (2p - 1)^2)); see tquantile_selftest).
"""
import math
import re

APPROX = 0.05          # "about" +-5 %, "almost" 5 % under (README)
TOL = 0.05             # check --tolerance
PP = 1.0               # check --pp-tolerance

# ---------------------------------------------------------------- periods


def _one(text):
    """(start_month_index, end_month_index_exclusive) of one period,
    months counted as year * 12 + month - 1."""
    m = re.fullmatch(r'(\d{4})', text)
    if m:
        y = int(m.group(1))
        return y * 12, y * 12 + 12
    m = re.fullmatch(r'(\d{4})-H([12])', text)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return y * 12 + 6 * (h - 1), y * 12 + 6 * h
    m = re.fullmatch(r'(\d{4})-?Q([1-4])', text)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return y * 12 + 3 * (q - 1), y * 12 + 3 * q
    m = re.fullmatch(r'(\d{4})-(\d{2})', text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return y * 12 + mo - 1, y * 12 + mo
    raise ValueError('period not modelled: ' + text)


def period(text):
    """(start, end) in months; a range A..B runs from A's start to B's
    end."""
    if '..' in text:
        a, b = text.split('..')
        return _one(a)[0], _one(b)[1]
    return _one(text)


def ptime(text):
    """README, Time: the instant just after the period's end, in decimal
    years counting months as twelfths (2024 is 2025.0)."""
    return period(text)[1] / 12.0


def months(text):
    s, e = period(text)
    return e - s


def shift_year(text, k):
    """The same months k years on (month periods only)."""
    def one(t):
        m = re.match(r'(\d{4})(.*)', t)
        return '%04d%s' % (int(m.group(1)) + k, m.group(2))
    return '..'.join(one(t) for t in text.split('..'))

# --------------------------------------------------------------- figures


def bounds(v, qual, approx=APPROX):
    """README, Qualifiers are bounds. A negative figure's qualifier bounds
    its size, as the words do ("fell by more than 10 %" is -10 % over,
    a change of -10 % or less): the interval of -v mirrored."""
    if v < 0:
        lo, hi = bounds(-v, qual, approx)
        return -hi, -lo
    if qual in ('', None):
        return v, v
    if qual in ('over', 'at_least'):
        return v, math.inf
    if qual in ('up_to', 'under'):
        return 0.0, v
    if qual == 'about':
        return v * (1 - approx), v * (1 + approx)
    if qual == 'almost':
        # README's example ("almost 3x" over 15 years: 7.232 to 7.599 %)
        # is [0.95 v, v]; its sentence says "+-5 %"
        return v * (1 - approx), v
    raise ValueError(qual)


def latest(rows, as_of=None):
    """README, Storage: each figure (series, kind, period, base, source,
    qualifier) at its latest vintage at or before as_of. The generator
    gives each figure one source and one qualifier per vintage set, so
    (kind, period, base) names it."""
    best = {}
    for r in rows:
        if as_of is not None and r['as_of'] > as_of:
            continue
        k = (r['kind'], r['period'], r['base'])
        if k not in best or r['as_of'] > best[k]['as_of']:
            best[k] = r
    return list(best.values())

# ---------------------------------------------------------------- growth


def div_iv(alo, ahi, blo, bhi):
    """[alo, ahi] / [blo, bhi] for non-negative a and positive b."""
    lo = alo / bhi if bhi != math.inf else 0.0
    hi = ahi / blo if blo > 0 else math.inf
    return lo, hi


def growth(a, b):
    """a, b: dicts with t, v, lo, hi. README: CAGR = (end/start)^(1/years)
    - 1; bounds by interval arithmetic."""
    years = b['t'] - a['t']
    m = b['v'] / a['v']
    mlo, mhi = div_iv(max(b['lo'], 0), b['hi'], max(a['lo'], 0), a['hi'])

    def cagr(x):
        if x == math.inf:
            return math.inf
        return x ** (1 / years) - 1 if x > 0 else -1.0
    return {
        'years': years,
        'change': (b['v'] - a['v'], b['lo'] - a['hi'], b['hi'] - a['lo']),
        'multiple': (m, mlo, mhi),
        'percent': (100 * (m - 1), 100 * (mlo - 1), 100 * (mhi - 1)),
        'cagr_pct': (100 * cagr(m), 100 * cagr(mlo), 100 * cagr(mhi)),
        'log_diff': (math.log(b['v']) - math.log(a['v']),),
    }

# ----------------------------------------------------------- projections


def _tcdf(t, df):
    """Student's t CDF at t >= 0 by Simpson's rule on the density."""
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / \
        math.sqrt(df * math.pi)
    n = 4000
    h = t / n
    f = [c * (1 + (i * h) ** 2 / df) ** (-(df + 1) / 2) for i in range(n + 1)]
    s = f[0] + f[-1] + 4 * sum(f[1:-1:2]) + 2 * sum(f[2:-1:2])
    return 0.5 + s * h / 3


def tquantile(p, df):
    lo, hi = 0.0, 1000.0
    for _ in range(80):
        mid = (lo + hi) / 2
        if _tcdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def tquantile_selftest():
    """The closed forms for one and two degrees of freedom."""
    for p in (0.9, 0.975):
        assert abs(tquantile(p, 1) - math.tan(math.pi * (p - 0.5))) < 1e-7
        a = 2 * p - 1
        assert abs(tquantile(p, 2) - a * math.sqrt(2 / (1 - a * a))) < 1e-7


def fit(ts, vs, t0, level=0.95, log=False):
    """README, Projections: ordinary least squares on every point of the
    window, a Student-t prediction interval from three points on (in logs
    for loglinear). Returns (value, low, high); low/high None under 3."""
    ys = [math.log(v) for v in vs] if log else list(vs)
    n = len(ts)
    tb = sum(ts) / n
    yb = sum(ys) / n
    sxx = sum((t - tb) ** 2 for t in ts)
    b = sum((t - tb) * (y - yb) for t, y in zip(ts, ys)) / sxx
    a = yb - b * tb
    yh = a + b * t0
    if n < 3:
        return (math.exp(yh) if log else yh), None, None
    ss = sum((y - a - b * t) ** 2 for t, y in zip(ts, ys))
    se = math.sqrt(ss / (n - 2)) * math.sqrt(1 + 1 / n + (t0 - tb) ** 2 / sxx)
    q = tquantile((1 + level) / 2, n - 2)
    out = (yh, yh - q * se, yh + q * se)
    return tuple(math.exp(x) for x in out) if log else out


def cagr_projection(first, last, t0):
    """README: cagr carries the window's first-to-last CAGR forward from
    its last point."""
    r = (last['v'] / first['v']) ** (1 / (last['t'] - first['t']))
    return last['v'] * r ** (t0 - last['t'])

# ---------------------------------------------------------------- claims


def claim(kind, stated, qual, a, b, tol=TOL, pp=PP, approx=APPROX):
    """README, Claims: consistent when the stated value, widened by its
    qualifier and the tolerance, overlaps the actual interval. Multiples
    relatively, percent changes in percentage points."""
    slo, shi = bounds(stated, qual, approx)
    g = growth(a, b)
    if kind == 'percent':
        v, lo, hi = g['percent']
        return lo <= shi + pp and hi >= slo - pp
    v, lo, hi = g['multiple']
    return lo <= shi * (1 + tol) and hi >= slo * (1 - tol)
