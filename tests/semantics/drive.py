#!/usr/bin/env python3
"""drive.py: growthstat against ref.py on random databases.

    python3 drive.py GROWTHSTAT [SEEDS [FIRST_SEED]]

Each seed makes a database of random series (yearly, half-yearly,
quarterly and monthly levels and flows, year-to-date flows, qualifiers
over/about/up_to/..., several vintages of each figure, multiples and
percent changes between stated figures, targets), ingests it, and asks
growth, project (cagr, linear, loglinear) and check, at the latest
vintage and at an earlier --as-of, comparing every number and verdict
with ref.py. Each disagreement is printed with the seed and the command;
the exit status is 1 when there was one. Default: 20 seeds from 1.
"""
import csv
import io
import math
import os
import random
import subprocess
import sys
import tempfile

import ref

FREQ = {'year': 12, 'half': 6, 'quarter': 3, 'month': 1}
QUALS = ['', '', '', '', 'over', 'about', 'up_to', 'almost', 'at_least']


def label(m0, freq):
    """The period text of the `freq` period starting at month index m0."""
    y, mo = divmod(m0, 12)
    if freq == 'year':
        return '%d' % y
    if freq == 'half':
        return '%d-H%d' % (y, mo // 6 + 1)
    if freq == 'quarter':
        return '%d-Q%d' % (y, mo // 3 + 1)
    return '%d-%02d' % (y, mo + 1)


def vintages(rng, n):
    """n distinct vintage dates in 2025, in no order."""
    days = rng.sample(range(11 * 28), n)
    return ['2025-%02d-%02d' % (1 + d // 28, 1 + d % 28) for d in days]


class Series:
    def __init__(self, rng, key):
        self.key = key
        self.rows = []
        self.ytd = rng.random() < 0.2
        self.freq = rng.choice(list(FREQ))
        self.kind = 'flow' if self.ytd else rng.choice(['level', 'flow'])
        self.exact = rng.random() < 0.4     # no qualifiers: targets judged
        n = rng.randint(2, 7)
        if self.ytd:
            last = rng.randint(3, 11)
            years = sorted(rng.sample(range(2015, 2025), n))
            self.periods = ['%d-01..%d-%02d' % (y, y, last) for y in years]
            # January to the month before, in some years: the single
            # month between them is derived (show --ytd)
            self.shorter = ['%d-01..%d-%02d' % (y, y, last - 1)
                            for y in years if rng.random() < 0.5]
        else:
            step = FREQ[self.freq]
            m, self.periods = 2016 * 12, []
            for _ in range(n):
                self.periods.append(label(m, self.freq))
                m += step * rng.choice([1, 1, 1, 2, 3])
        v = math.exp(rng.uniform(0, 12))
        for p in self.periods:
            v *= math.exp(rng.gauss(0.08, 0.2))
            self.figure(rng, p, round(v, 3))
            if self.ytd and '%s%02d' % (p[:-2], int(p[-2:]) - 1) in \
                    self.shorter:
                short = '%s%02d' % (p[:-2], int(p[-2:]) - 1)
                self.figure(rng, short, round(v * rng.uniform(0.7, 0.95), 3))

    def figure(self, rng, p, v):
        """One to three vintages of one figure, one qualifier for all."""
        qual = '' if self.exact else rng.choice(QUALS)
        for as_of in vintages(rng, rng.choice([1, 1, 2, 3])):
            self.rows.append(dict(kind=self.kind, period=p, base='',
                                  value=v, qual=qual, as_of=as_of))
            v = round(v * rng.uniform(0.9, 1.1), 3)

    def extras(self, rng):
        """A stated change between two figures; a target."""
        if len(self.periods) >= 2 and rng.random() < 0.7:
            a, b = sorted(rng.sample(range(len(self.periods)), 2))
            cur = {r['period']: r for r in ref.latest(self.rows)}
            m = cur[self.periods[b]]['value'] / cur[self.periods[a]]['value']
            m *= rng.choice([1, 1, rng.uniform(0.9, 1.1)])
            kind = rng.choice(['multiple', 'percent'])
            val = round(m, 2) if kind == 'multiple' else round(100 * (m - 1), 1)
            if val > (0 if kind == 'multiple' else -100):
                self.rows.append(dict(kind=kind, period=self.periods[b],
                                      base=self.periods[a], value=val,
                                      qual=rng.choice(QUALS),
                                      as_of='2025-11-30'))
        if self.kind == 'level' and self.freq != 'month' and \
                rng.random() < 0.4:
            self.implying(rng)
        if self.kind == 'level' and not self.ytd and rng.random() < 0.6:
            v = max(r['value'] for r in self.rows) * rng.uniform(0.8, 2)
            self.rows.append(dict(kind='target', period='2030', base='',
                                  value=round(v, 3), qual='',
                                  as_of='2025-11-30'))


    def implying(self, rng):
        """A multiple from a period before the first figure to one that
        ended before 2025 (so that it implies: README, Implied figures),
        stated at a random vintage of 2025."""
        done = [p for p in self.periods if ref.ptime(p) <= 2025.0]
        if not done:
            return
        self.rows.append(dict(kind='multiple', period=rng.choice(done),
                              base=ref.shift_year(self.periods[0],
                                                  -rng.randint(1, 3)),
                              value=round(rng.uniform(1.1, 4), 2), qual='',
                              as_of=vintages(rng, 1)[0], implies=True))


def anchor_at(s, r, as_of):
    """The anchor of implying multiple r as it stood at r's vintage (the
    latest vintage at or before it, else the current one; README,
    Implied figures), and whether it has been revised since."""
    rows = [x for x in s.rows if x['kind'] == s.kind and
            x['period'] == r['period'] and
            (as_of is None or x['as_of'] <= as_of)]
    if not rows:
        return None, False
    cur = max(rows, key=lambda x: x['as_of'])
    then = [x for x in rows if x['as_of'] <= r['as_of']]
    used = max(then, key=lambda x: x['as_of']) if then else cur
    return used, used is not cur


def write_csv(path, series):
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['series', 'period', 'kind', 'value', 'unit', 'qualifier',
                    'base', 'as_of', 'source'])
        for s in series:
            for r in s.rows:
                unit = {'multiple': 'times', 'percent': '%'}.get(r['kind'],
                                                                 'RUB')
                w.writerow([s.key, r['period'], r['kind'], repr(r['value']),
                            unit, r['qual'], r['base'], r['as_of'], 's'])


class Run:
    def __init__(self, gs, db):
        self.gs, self.db, self.bad = gs, db, []

    def ask(self, *args):
        p = subprocess.run([self.gs, '--db', self.db] + list(args),
                           capture_output=True, text=True)
        return p.returncode, p.stdout, p.stderr

    def rows(self, *args):
        rc, out, err = self.ask(*args, '--format', 'csv')
        return rc, list(csv.DictReader(io.StringIO(out))), err

    def differ(self, what, got, want, rel=1e-9):
        if not close(got, want, rel):
            self.bad.append('%s: got %r, want %r' % (what, got, want))


def num(text):
    return None if text in ('', None) else float(text)


def close(got, want, rel):
    if want is None or got is None:
        return got is None and want is None
    if math.isinf(want) or math.isinf(got):
        return got == want
    return abs(got - want) <= rel * max(abs(want), 1e-300) + 1e-12


def points(s, as_of):
    """ref points of the series' own kind at as_of: t, v, lo, hi."""
    pts = []
    for r in ref.latest(s.rows, as_of):
        if r['kind'] == s.kind:
            lo, hi = ref.bounds(r['value'], r['qual'])
            pts.append(dict(period=r['period'], t=ref.ptime(r['period']),
                            v=r['value'], lo=lo, hi=hi, qual=r['qual']))
        elif r.get('implies'):
            a, revised = anchor_at(s, r, as_of)
            if a is None:
                continue
            lo, hi = ref.bounds(a['value'], a['qual'])
            m = r['value']
            pts.append(dict(period=r['base'], t=ref.ptime(r['base']),
                            v=a['value'] / m, lo=lo / m, hi=hi / m, qual='',
                            implied=True, anchor=r['period'], mult=m,
                            revised=revised))
    return sorted(pts, key=lambda p: p['t'])


def check_growth(run, s, as_of):
    pts = points(s, as_of)
    cmd = ['growth', s.key] + (['--as-of', as_of] if as_of else [])
    rc, rows, err = run.rows(*cmd)
    what = '%s (%s)' % (' '.join(cmd), err.strip()[:80])
    if len(pts) < 2:
        run.differ(what + ' exit', rc, 65)
        return
    b = pts[-1]
    a = pts[0]
    if s.kind == 'flow' and ref.months(b['period']) % 12:
        # README, Partial periods: the same months a year earlier
        prev = ref.shift_year(b['period'], -1)
        a = next((p for p in pts if p['period'] == prev), None)
        if a is None:
            run.differ(what + ' exit', rc, 65)
            return
    if rc != 0:
        run.differ(what + ' exit', rc, 0)
        return
    got = {r['measure']: r for r in rows}
    want = ref.growth(a, b)
    run.differ(what + ' years', num(got.get('years', {}).get('value')),
               want['years'])
    if a.get('implied') and a['anchor'] == b['period']:
        # README, Dependent bounds: between an implied figure and its
        # anchor the multiple is the stated one, exactly; after a
        # revision of the anchor the ratio of the two (160 / 55)
        r = got.get('multiple', {})
        run.differ(what + ' multiple (implied)', num(r.get('value')),
                   want['multiple'][0])
        if not a['revised']:
            run.differ(what + ' multiple low (implied)', num(r.get('low')),
                       None if r.get('low') in ('', None) else a['mult'])
        return
    for m in ('change', 'multiple', 'percent', 'cagr_pct'):
        r = got.get(m, {})
        v, lo, hi = want[m]
        run.differ('%s %s' % (what, m), num(r.get('value')), v)
        if (lo, hi) != (v, v):
            run.differ('%s %s low' % (what, m), num(r.get('low')), lo)
            run.differ('%s %s high' % (what, m), num(r.get('high')), hi)


def next_period(s, k):
    """k periods of the series' frequency after its last."""
    last = ref.period(s.periods[-1])
    return label(last[1] + (k - 1) * FREQ[s.freq], s.freq)


def check_project(run, s, rng):
    if s.ytd:
        return
    pts = points(s, None)
    if len(pts) < 2:
        return
    to = next_period(s, rng.randint(1, 6))
    t0 = ref.ptime(to)
    level = rng.choice([0.95, 0.95, 0.8, 0.5, 0.99])
    for method in ('cagr', 'linear', 'loglinear'):
        cmd = ['project', s.key, '--to', to, '--method', method,
               '--level', str(level)]
        rc, rows, err = run.rows(*cmd)
        what = '%s (%s)' % (' '.join(cmd), err.strip()[:80])
        row = next((r for r in rows if r['period'] == to), {})
        if method == 'cagr':
            run.differ(what, num(row.get('value')),
                       ref.cagr_projection(pts[0], pts[-1], t0))
            continue
        v, lo, hi = ref.fit([p['t'] for p in pts], [p['v'] for p in pts],
                            t0, level, log=method == 'loglinear')
        run.differ(what, num(row.get('value')), v)
        run.differ(what + ' low', num(row.get('low')), lo, 1e-7)
        run.differ(what + ' high', num(row.get('high')), hi, 1e-7)


def check_claims(run, s):
    cur = ref.latest(s.rows)
    lv = {r['period']: r for r in cur if r['kind'] == s.kind}
    rc, rows, err = run.rows('check', s.key)
    for r in cur:
        if r['kind'] not in ('multiple', 'percent') or r.get('implies'):
            continue
        a, b = lv[r['base']], lv[r['period']]
        pa = dict(t=ref.ptime(a['period']), v=a['value'],
                  **dict(zip(('lo', 'hi'), ref.bounds(a['value'], a['qual']))))
        pb = dict(t=ref.ptime(b['period']), v=b['value'],
                  **dict(zip(('lo', 'hi'), ref.bounds(b['value'], b['qual']))))
        ok = ref.claim(r['kind'], r['value'], r['qual'], pa, pb)
        got = next((x['verdict'] for x in rows if x['section'] == 'claim'),
                   None)
        want = 'consistent' if ok else 'inconsistent'
        if got != want:
            run.bad.append('check %s claim %s %s%s %s: got %s, want %s' % (
                s.key, r['kind'], r['qual'], r['value'], r['base'], got,
                want))


def iv_sub(a, b):
    """[a] - [b] for intervals given as (lo, hi)."""
    return a[0] - b[1], a[1] - b[0]


def check_ytd(run, s):
    """README, Year-to-date: January-M minus January-(M-1) is month M,
    with the bounds of both; each figure against the same months a year
    earlier, the multiple's bounds by interval division."""
    if not s.ytd:
        return
    rc, rows, err = run.rows('show', s.key, '--ytd')
    pts = {p['period']: p for p in points(s, None)}
    got = {(r['section'], r['period']): r for r in rows}
    for per, p in pts.items():
        y, last = per[:4], int(per[-2:])
        q = pts.get('%s-01..%s-%02d' % (y, y, last - 1))
        if q is not None:
            r = got.get(('flow', '%s-%02d' % (y, last)), {})
            what = 'show %s --ytd month %s-%02d' % (s.key, y, last)
            run.differ(what, num(r.get('value')), p['v'] - q['v'])
            lo, hi = iv_sub((p['lo'], p['hi']), (q['lo'], q['hi']))
            if (lo, hi) != (p['v'] - q['v'],) * 2:
                run.differ(what + ' low', num(r.get('low')), lo)
                run.differ(what + ' high', num(r.get('high')), hi)
        q = pts.get(ref.shift_year(per, -1))
        if q is not None:
            r = got.get(('same_period_last_year', per), {})
            what = 'show %s --ytd %s against a year earlier' % (s.key, per)
            g = ref.growth(q, p)['multiple']
            run.differ(what, num(r.get('multiple')), g[0])
            if g[1:] != (g[0], g[0]):
                run.differ(what + ' low', num(r.get('multiple_low')), g[1])
                run.differ(what + ' high', num(r.get('multiple_high')),
                           g[2])


def check_resample(run, s):
    """README, Frequency: monthly flows sum, levels average; a period
    with missing months is incomplete, no value."""
    if s.freq != 'month' or s.ytd:
        return
    pts = points(s, None)
    for freq, n in (('quarterly', 3), ('annual', 12)):
        rc, rows, err = run.rows('show', s.key, '--frequency', freq)
        got = {r['period']: r for r in rows}
        groups = {}
        for p in pts:
            m0 = ref.period(p['period'])[0]
            groups.setdefault(m0 // n, []).append(p)
        for g, ps in groups.items():
            per = label(g * n, 'quarter' if n == 3 else 'year')
            r = got.get(per, {})
            what = 'show %s --frequency %s %s' % (s.key, freq, per)
            if len(ps) < n:
                if r.get('value') != '' or 'incomplete' not in \
                        r.get('status', ''):
                    run.bad.append('%s: got %r, want incomplete' % (
                        what, r.get('status')))
                continue
            f = (lambda xs: sum(xs)) if s.kind == 'flow' else \
                (lambda xs: sum(xs) / len(xs))
            run.differ(what, num(r.get('value')), f([p['v'] for p in ps]))
            lo, hi = f([p['lo'] for p in ps]), f([p['hi'] for p in ps])
            if (lo, hi) != (num(r.get('value')),) * 2 and \
                    any(p['qual'] for p in ps):
                run.differ(what + ' low', num(r.get('low')), lo)
                run.differ(what + ' high', num(r.get('high')), hi)


def judge(v, target, tol=ref.TOL):
    return 'ahead' if v >= target * (1 + tol) else \
        'on track' if v >= target * (1 - tol) else 'behind'


def check_targets(run, s):
    """README, Targets and Trend sufficiency, for exact series: already
    reached, else uncertain from fewer than 3 reported figures, else the
    cagr projection at the target's date against the tolerance."""
    tg = [r for r in ref.latest(s.rows) if r['kind'] == 'target']
    if not tg or not s.exact:
        return
    pts = points(s, None)
    rep = [p for p in pts if not p.get('implied')]
    t = tg[0]
    last, tt = rep[-1], ref.ptime(t['period'])
    at = [p for p in rep if p['t'] == tt]
    if at:
        # a figure at the target's date is judged, not a trend
        want = 'ahead' if at[-1]['v'] >= t['value'] else \
            judge(at[-1]['v'], t['value'])
    elif last['v'] >= t['value']:
        want = 'ahead'
    elif len(rep) < 3:
        want = 'uncertain'
    else:
        want = judge(ref.cagr_projection(pts[0], pts[-1], tt), t['value'])
    rc, rows, err = run.rows('check', s.key)
    row = next((r for r in rows if r['section'] == 'target'), {})
    if row.get('verdict') != want:
        run.bad.append('check %s target %s by %s: got %s, want %s' % (
            s.key, t['value'], t['period'], row.get('verdict'), want))
    if tt > last['t']:
        req = (t['value'] / last['v']) ** (1 / (tt - last['t'])) - 1
        run.differ('check %s required_cagr' % s.key,
                   num(row.get('required_cagr')), 100 * req)
    want_rc = 1 if want == 'behind' or any(
        r['verdict'] == 'inconsistent' for r in rows) else 0
    run.differ('check %s exit' % s.key, rc, want_rc)


def one_seed(gs, seed):
    rng = random.Random(seed)
    series = [Series(rng, 's%d.%d' % (seed, i)) for i in range(10)]
    for s in series:
        s.extras(rng)
    with tempfile.TemporaryDirectory(prefix='gs-sem-') as d:
        db = os.path.join(d, 't.db')
        write_csv(os.path.join(d, 'in.csv'), series)
        run = Run(gs, db)
        for args in (['init'], ['ingest', os.path.join(d, 'in.csv')]):
            rc, out, err = run.ask('-q', *args)
            if rc != 0:
                return ['seed %d: %s: exit %d %s' % (seed, args[0], rc, err)]
        for s in series:
            check_growth(run, s, None)
            check_growth(run, s, '2025-06-15')
            check_project(run, s, rng)
            check_claims(run, s)
            check_ytd(run, s)
            check_resample(run, s)
            check_targets(run, s)
        return ['seed %d: %s' % (seed, b) for b in run.bad]


def main():
    ref.tquantile_selftest()
    gs = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    bad = []
    for seed in range(first, first + n):
        bad += one_seed(gs, seed)
    for b in bad:
        print(b)
    print('%d seeds, %d disagreements' % (n, len(bad)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
