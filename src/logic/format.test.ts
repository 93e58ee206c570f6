import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fill, formatDate, formatFrequency, formatNumber, isOverdue } from './format.js';
import { parseIdList, safeHref } from './url.js';

const templates = { per100: 'About {n} in {per}', per1000: 'About {n} in {per}', range100: '{low}–{high} in {per}', range1000: '{low} to {high} in {per}' };

describe('formatFrequency', () => {
  const cases: [Parameters<typeof formatFrequency>[0], string, string][] = [
    [{ value: 12, per: 1000 }, 'en', 'About 12 in 1,000'],
    [{ value: 0.6, per: 1000 }, 'en', 'About 0.6 in 1,000'],
    [{ value: 0.04, per: 1000 }, 'en', 'About 0 in 1,000'],
    [{ value: 54, per: 100 }, 'en', 'About 54 in 100'],
    [{ low: 18, high: 21, per: 1000 }, 'en', '18 to 21 in 1,000'],
    [{ value: 1000, per: 1000 }, 'en', 'About 1,000 in 1,000'],
    [{ value: 0.6, per: 1000 }, 'es', 'About 0,6 in 1000'],
  ];
  for (const [frequency, lang, expected] of cases) {
    it(`${JSON.stringify(frequency)} in ${lang} → ${expected}`, () => {
      expect(formatFrequency(frequency, lang, templates)).to.equal(expected);
    });
  }
});

describe('fill, formatDate and isOverdue', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('{count} of {total} {oops}', { count: 2, total: 7 })).to.equal('2 of 7 {oops}');
  });
  it('writes dates in the reader’s language without shifting the day', () => {
    expect(formatDate('2026-11-27', 'en')).to.equal('November 27, 2026');
    expect(formatDate('2026-11-27', 'es')).to.equal('27 de noviembre de 2026');
  });
  it('is overdue only after the review-by date', () => {
    expect(isOverdue('2026-11-27', new Date('2026-11-27T12:00:00Z'))).to.equal(false);
    expect(isOverdue('2026-11-27', new Date('2026-11-28T00:00:01Z'))).to.equal(true);
  });
});

describe('safeHref', () => {
  const base = 'https://clinic.example/spine/';
  const cases: [string, string | undefined][] = [
    ['/book', '/book'],
    ['book?x=1', 'book?x=1'],
    ['https://clinic.example/book', 'https://clinic.example/book'],
    ['tel:+15550100', 'tel:+15550100'],
    ['mailto:desk@clinic.example', 'mailto:desk@clinic.example'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vbscript:msgbox', undefined],
    ['http://[bad', undefined],
    ['', undefined],
  ];
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${String(expected)}`, () => expect(safeHref(raw, base)).to.equal(expected));
  }
});

describe('parseIdList', () => {
  it('trims, lowercases and removes duplicates, keeping order', () => {
    expect(parseIdList(' RFA, esi,,rfa ')).to.deep.equal(['rfa', 'esi']);
    expect(parseIdList(null)).to.deep.equal([]);
  });
});

describe('plain English without Intl', () => {
  const english = fc.constantFrom('en', 'en-US', 'EN-us');
  const intlNumber = (value: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

  it('formats numbers exactly as Intl does', () => {
    const values = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e6, max: 1e13 }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100 + 0.05),
      fc.constantFrom(0, -0, 0.05, 0.15, 1.45, 2.675, 999.95, 1002.4499999999999, 1744.6499999999999, 1e14, 1e15, 1e21, 5e-7, Infinity, -Infinity, NaN),
    );
    fc.assert(
      fc.property(values, english, (value, lang) => {
        expect(formatNumber(value, lang), String(value)).to.equal(intlNumber(value, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes long dates exactly as Intl does', () => {
    const dates = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(dates, english, (date, lang) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, lang)).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves other languages and regions to Intl', () => {
    expect(formatNumber(107000.25, 'en-IN')).to.equal('1,07,000.3');
    expect(formatDate('2026-11-27', 'en-GB')).to.equal('27 November 2026');
  });
});
