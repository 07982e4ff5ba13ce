"""Reference values for the time-value tests, computed independently of dealcalc.

Run: python3 scripts/reference-values.py > tests/fixtures/reference-values.json

Engine: Python's `decimal` module at 80 significant digits (exact where the maths is exact).
Conventions, stated per function below, follow the spreadsheets' documentation (NPV discounts the
first value one period; XNPV/XIRR use Act/365F from the first date) and numpy-financial (npv's first
value at t = 0; pmt/fv/pv/nper with when='end'|'begin'). Roots are found by bisection on brackets
chosen from the published values, to 70 digits. The published figure each case reproduces is
named in `source`.
"""
import json
from datetime import date
from decimal import Decimal as D, getcontext

getcontext().prec = 80


def npv_start(rate, flows):  # numpy-financial npv: first flow at t = 0
    r = D(rate)
    return sum(D(c) / (1 + r) ** k for k, c in enumerate(flows))


def npv_end(rate, flows):  # spreadsheet NPV: first flow at t = 1
    r = D(rate)
    return sum(D(c) / (1 + r) ** (k + 1) for k, c in enumerate(flows))


def years(d0, d1):  # Act/365F
    return D((date.fromisoformat(d1) - date.fromisoformat(d0)).days) / 365


def xnpv(rate, flows):
    d0 = min(d for d, _ in flows)
    r = D(rate)
    return sum(D(c) * ((1 + r) ** (-years(d0, d))) for d, c in flows)


def bisect(f, lo, hi, steps=400):
    lo, hi = D(lo), D(hi)
    flo = f(lo)
    for _ in range(steps):
        mid = (lo + hi) / 2
        fm = f(mid)
        if fm == 0:
            return mid
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


def irr_root(flows, lo, hi):
    return bisect(lambda r: npv_start(r, flows), lo, hi)


def xirr_root(flows, lo, hi):
    return bisect(lambda r: xnpv(r, flows), lo, hi)


def annuity(r, n, w):
    r, n = D(r), D(n)
    growth = (1 + r) ** n
    return growth, (n if r == 0 else (1 + w * r) * (growth - 1) / r)


def pmt(r, n, pv, fv=0, when='end'):
    growth, a = annuity(r, n, 1 if when == 'begin' else 0)
    return -(D(pv) * growth + D(fv)) / a


def fv(r, n, payment, pv=0, when='end'):
    growth, a = annuity(r, n, 1 if when == 'begin' else 0)
    return -(D(pv) * growth + D(payment) * a)


def nper(r, payment, pv, fv=0, when='end'):
    r, w = D(r), (1 if when == 'begin' else 0)
    z = D(payment) * (1 + w * r) / r
    return ((z - D(fv)) / (z + D(pv))).ln() / (1 + r).ln()


def s(x):
    return format(x, 'f') if isinstance(x, D) else x


cases = []


def add(fn, args, expected, source):
    cases.append({'fn': fn, 'args': args, 'expected': s(expected) if not isinstance(expected, list) else [s(e) for e in expected], 'source': source})


# Present values
add('npv-end', {'rate': '0.1', 'flows': ['-10000', '3000', '4200', '6800']}, npv_end('0.1', ['-10000', '3000', '4200', '6800']), 'Spreadsheet NPV docs: 1188.44 (research A1)')
add('npv-start', {'rate': '0.1', 'flows': ['-10000', '3000', '4200', '6800']}, npv_start('0.1', ['-10000', '3000', '4200', '6800']), 'numpy convention: 1307.29 (research A2)')
a3 = ['8000', '9200', '10000', '12000', '14500']
add('npv-end-plus', {'rate': '0.08', 'flows': a3, 'now': '-40000'}, npv_end('0.08', a3) - 40000, 'Spreadsheet NPV docs: 1922.06 (research A3)')
add('npv-end-plus', {'rate': '0.08', 'flows': a3 + ['-9000'], 'now': '-40000'}, npv_end('0.08', a3 + ['-9000']) - 40000, 'Spreadsheet NPV docs: -3749.47 (research A3)')
add('npv-start', {'rate': '0.08', 'flows': ['-40000', '5000', '8000', '12000', '30000']}, npv_start('0.08', ['-40000', '5000', '8000', '12000', '30000']), 'numpy-financial npv docs: 3065.22267 (research A4)')
add('npv-end', {'rate': '0.1', 'flows': ['-500000', '200000', '300000', '200000']}, npv_end('0.1', ['-500000', '200000', '300000', '200000']), 'financejs #20: Excel 72740.93 (research A5)')
add('npv-start', {'rate': '0.1', 'flows': ['-500000', '200000', '300000', '200000']}, npv_start('0.1', ['-500000', '200000', '300000', '200000']), 'financejs #20: t = 0 convention 80015.03 (research A5)')
add('npv-end', {'rate': '0.08', 'flows': ['-1000', '500', '300', '800']}, npv_end('0.08', ['-1000', '500', '300', '800']), 'apache/poi #256: Excel 328.92 (research A6)')
add('npv-start', {'rate': '0.08', 'flows': ['-1000', '500', '300', '800']}, npv_start('0.08', ['-1000', '500', '300', '800']), 'apache/poi #256: t = 0 355.23 (research A6)')

b1 = [['2008-01-01', '-10000'], ['2008-03-01', '2750'], ['2008-10-30', '4250'], ['2009-02-15', '3250'], ['2009-04-01', '2750']]
add('xnpv', {'rate': '0.09', 'flows': b1}, xnpv('0.09', b1), 'Spreadsheet XNPV docs: 2086.65 (research B1)')
add('xirr', {'flows': b1}, xirr_root(b1, '0.3', '0.45'), 'Spreadsheet XIRR docs: 0.373362535 (research B2)')
for flows, source in [
    ([['2024-01-01', '-100'], ['2025-01-01', '110']], '366-day year: 0.0997135859, not 0.10 (research B3)'),
    ([['2010-01-01', '-1000'], ['2011-01-01', '1100']], 'nodejs-xirr tests: 0.10 (research B4)'),
    ([['2021-08-03', '-99995'], ['2021-08-09', '97642']], 'nodejs-xirr #14: -0.765098987 (research B5)'),
    ([['2020-03-04', '-713.07'], ['2020-03-17', '555.33']], 'nodejs-xirr #7: -0.999105915 (research B6)'),
    ([['2022-01-24', '-10000'], ['2022-01-28', '9800']], 'java-xirr #24: -0.841736995 (research B7)'),
    ([['2020-07-03', '-177900000'], ['2021-02-25', '8799805.85']], 'ExcelFinancialFunctions #27: -0.990247691899517 (research B8)'),
]:
    (d0, a), (d1, b) = flows
    t = years(d0, d1)
    closed = (D(b) / -D(a)) ** (1 / t) - 1
    add('xirr', {'flows': flows}, closed, 'closed form (b/-a)^(1/t) - 1; ' + source)
add('xnpv', {'rate': '0.1', 'flows': [['2024-01-01', '-100'], ['2025-01-01', '110']]}, xnpv('0.1', [['2024-01-01', '-100'], ['2025-01-01', '110']]), 'research B3: XNPV at 10% is -0.026109, not 0')

# IRR (periodic; flow k at t = k)
for flows, lo, hi, source in [
    (['-70000', '12000', '15000', '18000', '21000'], '-0.1', '0.1', 'Spreadsheet IRR docs: -2.1% (research C1)'),
    (['-70000', '12000', '15000', '18000', '21000', '26000'], '0', '0.2', 'Spreadsheet IRR docs: 8.7% (research C2)'),
    (['-100', '39', '59', '55', '20'], '0.1', '0.5', 'numpy-financial irr docs: 0.28095 (research C4)'),
    (['-100', '0', '0', '74'], '-0.5', '0', 'numpy-financial irr docs: -0.0955 (research C4)'),
    (['-100', '100', '0', '7'], '0', '0.5', 'numpy-financial irr docs: 0.06206 (research C4)'),
    (['-37155'] + ['560'] * 144, '0', '0.1', 'numpy-financial #131: 0.0125817964 on every machine (research C9)'),
    (['-15000', '6630'], '-0.9', '0', 'formulajs #174: -0.558 exactly (research C10)'),
    (['-10000'] + ['327.24625'] * 16, '-0.5', '0', 'numpy-financial #98: -0.0676541134 (research C11)'),
]:
    add('irr', {'flows': flows}, irr_root(flows, lo, hi), source)
add('irr-guess', {'flows': ['-70000', '12000', '15000'], 'guess': '-0.1'}, irr_root(['-70000', '12000', '15000'], '-0.6', '-0.2'), 'Spreadsheet IRR docs, guess -10%: -44.4% (research C3)')
c5 = ['-50', '-100', '600', '300', '-100']
add('irr-roots', {'flows': c5}, [irr_root(c5, '-0.9', '-0.5'), irr_root(c5, '1', '3')], 'numpy-financial #28: 1.8544178285 and -0.7688954707 (research C5)')
c6 = ['-100', '100', '0', '-7']
add('irr-roots', {'flows': c6}, [irr_root(c6, '-0.9', '-0.3'), irr_root(c6, '-0.2', '0')], 'numpy-financial irr docs: -0.0833 and -0.6789 (research C6)')
c8 = ['-1678.87', '771.96', '1814.05', '3520.30', '3552.95', '3584.99', '4789.91', '-1']
add('irr-roots', {'flows': c8}, [irr_root(c8, '-0.99999', '-0.9995'), irr_root(c8, '0.5', '2')], 'numpy-financial #44: 1.0042698487 and -0.9997912604 (research C8)')
c4d = ['-5', '10.5', '1', '-8', '1']
add('irr-roots', {'flows': c4d}, [irr_root(c4d, '-0.95', '-0.5'), irr_root(c4d, '0', '0.3'), irr_root(c4d, '0.5', '1')], 'numpy-financial irr docs: 0.0886 is one of three roots (research C4)')

# MIRR: (FV+ at reinvest / -PV- at finance)^(1/(n-1)) - 1
m = ['-100', '50', '-60', '70']
n = len(m)
fvp = sum(D(c) * D('1.12') ** (n - 1 - k) for k, c in enumerate(m) if D(c) > 0)
pvn = sum(D(c) / D('1.1') ** k for k, c in enumerate(m) if D(c) < 0)
add('mirr', {'flows': m, 'financeRate': '0.1', 'reinvestRate': '0.12'}, (fvp / -pvn) ** (D(1) / (n - 1)) - 1, 'numpy-financial mirr docs: -0.03909366594356467 (research C13)')

# Annuities
add('pmt', {'rate': str(D('0.08') / 12), 'periods': 10, 'presentValue': '10000'}, pmt(D('0.08') / 12, 10, 10000), 'Spreadsheet PMT docs: -1037.03 (research D1)')
add('pmt', {'rate': str(D('0.08') / 12), 'periods': 10, 'presentValue': '10000', 'due': 'begin'}, pmt(D('0.08') / 12, 10, 10000, 0, 'begin'), 'Spreadsheet PMT docs, type 1: -1030.16 (research D1)')
add('pmt', {'rate': str(D('0.06') / 12), 'periods': 216, 'presentValue': '0', 'futureValue': '50000'}, pmt(D('0.06') / 12, 216, 0, 50000), 'Spreadsheet PMT docs: -129.08 (research D1)')
add('pmt', {'rate': str(D('0.055') / 12), 'periods': 24, 'presentValue': '5000'}, pmt(D('0.055') / 12, 24, 5000), 'OpenOffice PMT how-to: -220.48 (research D2)')
add('pmt', {'rate': str(D('0.05') / 12), 'periods': 24, 'presentValue': '0', 'futureValue': '1000', 'due': 'begin'}, pmt(D('0.05') / 12, 24, 0, 1000, 'begin'), 'OpenOffice PMT how-to: -39.54 (research D2)')
add('pmt', {'rate': str(D('0.075') / 12), 'periods': 180, 'presentValue': '200000'}, pmt(D('0.075') / 12, 180, 200000), 'numpy-financial pmt docs: -1854.0247200054619 (research D3)')
add('pmt', {'rate': '0', 'periods': 10, 'presentValue': '1000'}, D(-100), 'rate 0: -(pv + fv)/n = -100 (research D4)')
add('fv', {'rate': str(D('0.05') / 12), 'periods': 120, 'payment': '-100', 'presentValue': '-100'}, fv(D('0.05') / 12, 120, -100, -100), 'numpy-financial fv docs: 15692.928894335748 (research D7)')
add('nper', {'rate': str(D('0.07') / 12), 'payment': '-150', 'presentValue': '8000'}, nper(D('0.07') / 12, -150, 8000), 'numpy-financial nper docs: 64.07335 (research D7)')
rate48 = bisect(lambda r: D(8000) * (1 + r) ** 48 + D(-200) * ((1 + r) ** 48 - 1) / r, '0.001', '0.02')
add('rate', {'periods': 48, 'payment': '-200', 'presentValue': '8000'}, rate48, 'Spreadsheet RATE docs: 0.0077014725 a month (research D5)')

# Day counts (QuantLib values, research E1-E4)
add('yearFraction', {'start': '2024-01-01', 'end': '2025-01-01', 'dayCount': 'act/360'}, D(366) / 360, 'QuantLib: 1.0166667 (research E1)')
add('yearFraction', {'start': '2024-01-01', 'end': '2025-01-01', 'dayCount': 'act/365f'}, D(366) / 365, 'QuantLib: 1.0027397 (research E1)')
add('yearFraction', {'start': '2024-01-01', 'end': '2025-01-01', 'dayCount': 'act/act-isda'}, D(1), 'QuantLib: 1 (research E1)')
add('yearFraction', {'start': '2024-01-01', 'end': '2025-01-01', 'dayCount': '30/360-us'}, D(1), 'QuantLib: 1 (research E1)')
add('yearFraction', {'start': '2023-12-15', 'end': '2024-06-15', 'dayCount': 'act/act-isda'}, D(17) / 365 + D(166) / 366, 'QuantLib: 0.5001272550 (research E2)')
add('yearFraction', {'start': '2023-12-15', 'end': '2024-06-15', 'dayCount': 'act/365f'}, D(183) / 365, 'QuantLib: 0.5013698630 (research E2)')
add('yearFraction', {'start': '2023-12-15', 'end': '2024-06-15', 'dayCount': '30/360-us'}, D('0.5'), 'QuantLib: 0.5 (research E2)')
add('yearFraction', {'start': '2024-07-01', 'end': '2025-07-01', 'dayCount': 'act/act-isda'}, D(184) / 366 + D(181) / 365, 'QuantLib: 0.9986226514 (research E3)')
add('yearFraction', {'start': '2024-02-28', 'end': '2024-03-31', 'dayCount': '30/360-us'}, D(33) / 360, 'QuantLib 30/360 US: 33 days (research E4)')
add('yearFraction', {'start': '2024-02-28', 'end': '2024-03-31', 'dayCount': '30e/360'}, D(32) / 360, 'QuantLib 30E/360: 32 days (research E4)')

# Rate conversion (research E9)
add('convertRate', {'rate': '0.05', 'from': {'nominal': 12}, 'to': 'effective'}, (1 + D('0.05') / 12) ** 12 - 1, '5% nominal monthly: 5.1161897882% effective (research E9)')
add('convertRate', {'rate': '0.05', 'from': 'continuous', 'to': 'effective'}, D('0.05').exp() - 1, '5% continuous: 5.1271096376% effective (research E9)')

print(json.dumps({'engine': 'Python decimal, 80 significant digits', 'cases': cases}, indent=1))
