#!/usr/bin/python3
# gen_expected.py: the expected values of tests/unit/test_growth.c and
# tests/unit/test_regress.c, computed independently of the C code with
# numpy and scipy (Debian: python3-numpy python3-scipy).
#
#   /usr/bin/python3 tests/unit/gen_expected.py growth    # C constants
#   /usr/bin/python3 tests/unit/gen_expected.py regress
#
# The output is pasted into the C tests between the BEGIN/END markers.
#
# Student t quantiles: scipy 1.10's t.ppf (cephes stdtrit) is only good to
# about 1e-9 relative, so each is refined by Newton steps on scipy's t.sf
# and t.pdf (good to ~1e-15). When mpmath is installed every quantile is
# also checked against 50-digit arithmetic (to 1e-13) before printing.
import math
import sys

import numpy as np
from scipy import special, stats

MONTHLY = [100.0, 102.5, 101.0, 104.2, 107.9, 106.3, 110.0, 113.4,
           112.1, 115.8, 119.0, 121.7, 125.3, 124.0, 128.8, 131.5]
ANNUAL = [55.0, 61.2, 70.4, 88.0, 120.5, 154.0]

NOISY_T = [2016.0, 2017.0, 2018.0, 2019.0, 2020.0, 2021.0, 2022.0, 2023.0,
           2024.0, 2025.0 + 8.0 / 12.0]
NOISY_V = [12.1, 13.9, 15.2, 18.0, 18.7, 21.9, 24.4, 25.1, 28.9, 30.2]

T_DOFS = [1, 2, 3, 5, 10, 30, 100]
T_PROBS = [0.9, 0.975]


def c(x):
    """A double as C source, exact to the last bit (17 digits)."""
    if math.isnan(x):
        return "NAN"
    if math.isinf(x):
        return "INFINITY" if x > 0 else "-INFINITY"
    return repr(float(x))


def const(name, x):
    print("static const double %s = %s;" % (name, c(x)))


def array(name, xs):
    print("static const double %s[%d] = {" % (name, len(xs)))
    for i in range(0, len(xs), 3):
        print("\t" + " ".join(c(x) + "," for x in xs[i:i + 3]))
    print("};")


def tppf(p, dof):
    """Student t quantile, refined by Newton on the smaller tail q."""
    q, sign = (1.0 - p, 1.0) if p > 0.5 else (p, -1.0)
    x = stats.t.isf(q, dof)
    for _ in range(4):
        x += (stats.t.sf(x, dof) - q) / stats.t.pdf(x, dof)
    mpcheck(q, dof, x)
    return sign * x


def mpcheck(q, dof, x):
    """Check x against the 50-digit root of P(T > x) = q, if mpmath is here."""
    try:
        import mpmath as mp
    except ImportError:
        return
    mp.mp.dps = 50
    d = mp.mpf(dof)
    y = mp.mpf(x)
    for _ in range(6):
        sf = mp.betainc(d / 2, mp.mpf(1) / 2, 0, d / (d + y * y),
                        regularized=True) / 2
        pdf = mp.exp(mp.loggamma((d + 1) / 2) - mp.loggamma(d / 2)) / \
            mp.sqrt(d * mp.pi) * (1 + y * y / d) ** (-(d + 1) / 2)
        y = y + (sf - mp.mpf(q)) / pdf
    assert abs(x / float(y) - 1) < 1e-13, (q, dof, x, y)


def fred(x, k):
    """FRED transforms with numpy; NaN where undefined."""
    x = np.array(x)
    n = len(x)

    def lag(j):
        out = np.full(n, np.nan)
        out[j:] = x[:n - j]
        return out
    p1, pk = lag(1), lag(k)
    with np.errstate(invalid="ignore", divide="ignore"):
        cch = 100.0 * (np.log(x) - np.log(p1))
        return {
            "lin": x.copy(),
            "chg": x - p1,
            "ch1": x - pk,
            "pch": 100.0 * (x / p1 - 1.0),
            "pc1": 100.0 * (x / pk - 1.0),
            "pca": 100.0 * ((x / p1) ** k - 1.0),
            "cch": cch,
            "cca": k * cch,
            "log": np.log(x),
        }


def growth():
    print("/* BEGIN gen_expected.py growth */")
    # Worked examples of the issue.
    const("ge_cagr_28_4", 2.8 ** 0.25 - 1.0)
    const("ge_base_154_28", 154e9 / 2.8)
    const("ge_base_161_23", 16.1e6 / 2.3)
    const("ge_base_3535_105", 353.5e3 / 1.105)
    const("ge_ln_28", math.log(2.8))
    # Year 2024 -> Jan-Aug 2025 is 8/12 of a year.
    const("ge_cagr_8m", (130.0 / 100.0) ** (12.0 / 8.0) - 1.0)
    # Day periods 2024-02-29 -> 2025-08-15.
    t1 = 2024 + (1 + 29 / 29) / 12
    t2 = 2025 + (7 + 15 / 31) / 12
    const("ge_days_years", t2 - t1)
    const("ge_days_cagr", (150.0 / 120.0) ** (1.0 / (t2 - t1)) - 1.0)
    # Bounds: about 100 (5 %) -> 121 over 2 years.
    const("ge_about_mult_lo", 121.0 / 105.0)
    const("ge_about_mult_hi", 121.0 / 95.0)
    const("ge_about_cagr_lo", math.sqrt(121.0 / 105.0) - 1.0)
    const("ge_about_cagr_hi", math.sqrt(121.0 / 95.0) - 1.0)
    const("ge_over_cagr_hi", 2.0 ** (1.0 / 3.0) - 1.0)
    for name, series, k in (("monthly", MONTHLY, 12), ("annual", ANNUAL, 1)):
        for f, ys in fred(series, k).items():
            array("ge_%s_%s" % (name, f), list(ys))
    print("/* END gen_expected.py growth */")


def fit(t, v, log, t0):
    t = np.array(t)
    y = np.log(v) if log else np.array(v)
    n = len(t)
    b, a = np.polyfit(t, y, 1)
    resid = y - (a + b * t)
    s = math.sqrt(np.sum(resid ** 2) / (n - 2))
    r2 = 1.0 - np.sum(resid ** 2) / np.sum((y - y.mean()) ** 2)
    sxx = np.sum((t - t.mean()) ** 2)
    out = [a, b, s, r2]
    yhat = a + b * t0
    for level in (0.8, 0.95):
        h = tppf((1 + level) / 2, n - 2) * s * \
            math.sqrt(1 + 1 / n + (t0 - t.mean()) ** 2 / sxx)
        out += [yhat - h, yhat + h]
    out.insert(4, yhat)
    if log:
        out[4:] = [math.exp(x) for x in out[4:]]
    return out


def regress():
    print("/* BEGIN gen_expected.py regress */")
    print("/* ge_tq[2 i + j]: dof %s, p %s */" % (T_DOFS, T_PROBS))
    array("ge_tq", [tppf(p, d) for d in T_DOFS for p in T_PROBS])
    const("ge_tq_1e5_0975", tppf(0.975, 1e5))
    const("ge_tq_5000_0975", tppf(0.975, 5000))
    const("ge_tq_1e7_0975", tppf(0.975, 1e7))
    const("ge_tq_3_1em10", tppf(1e-10, 3))
    const("ge_norm_0975", stats.norm.ppf(0.975))
    const("ge_norm_1em10", stats.norm.ppf(1e-10))
    const("ge_tcdf_3_15", stats.t.cdf(1.5, 3))
    const("ge_tcdf_10_m2", stats.t.cdf(-2.0, 10))
    const("ge_betai", special.betainc(2.5, 4.0, 0.3))
    print("/* a, b, s, r2, yhat(2031), lo80, hi80, lo95, hi95 */")
    array("ge_lin", fit(NOISY_T, NOISY_V, False, 2031.0))
    array("ge_loglin", fit(NOISY_T, NOISY_V, True, 2031.0))
    const("ge_exact_log_a", math.log(100.0) - 2021.0 * math.log(1.1))
    const("ge_proj_2030", 154e9 * 2.8 ** 1.5)
    const("ge_req_cagr", (230.0 / 154.0) ** (1.0 / 6.0) - 1.0)
    # From "about 154" (+-5 %): [146.3, 161.7].
    const("ge_req_about_lo", (230.0 / 161.7) ** (1.0 / 6.0) - 1.0)
    const("ge_req_about_hi", (230.0 / 146.3) ** (1.0 / 6.0) - 1.0)
    const("ge_years_double_10", math.log(2.0) / math.log(1.1))
    print("/* END gen_expected.py regress */")


if __name__ == "__main__":
    {"growth": growth, "regress": regress}[sys.argv[1]]()
