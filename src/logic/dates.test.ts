import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, daysBetween, formatDayRange, parseIsoDate, phaseOfDay, toIsoDate, today } from './dates.js';
import { buildCalendar, escapeText, foldLine } from './ics.js';

describe('parseIsoDate', () => {
  const cases: [string | null, string | undefined][] = [
    ['2027-01-15', '2027-01-15'],
    [' 2028-02-29 ', '2028-02-29'],
    ['2027-02-29', undefined],
    ['2027-02-30', undefined],
    ['2027-13-01', undefined],
    ['15/01/2027', undefined],
    ['2027-1-5', undefined],
    ['tomorrow', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${String(expected)}`, () => {
      const parsed = parseIsoDate(input);
      expect(parsed && toIsoDate(parsed)).to.equal(expected);
    });
  }
});

describe('day arithmetic', () => {
  const start = parseIsoDate('2027-01-15')!;
  const cases: [number, string][] = [
    [0, '2027-01-15'],
    [1, '2027-01-16'],
    [17, '2027-02-01'],
    [-14, '2027-01-01'],
    [365, '2028-01-15'],
    [59, '2027-03-15'], // across February, no daylight-saving drift in UTC
  ];
  for (const [offset, expected] of cases) {
    it(`day ${offset} → ${expected}`, () => {
      expect(toIsoDate(addDays(start, offset))).to.equal(expected);
      expect(daysBetween(start, parseIsoDate(expected)!)).to.equal(offset);
    });
  }
  it('takes today from the local wall calendar', () => {
    expect(toIsoDate(today(new Date(2027, 0, 15, 23, 59)))).to.equal('2027-01-15');
  });
});

describe('phaseOfDay', () => {
  const cases: [number, string | undefined][] = [
    [-7, 'trial'],
    [0, 'day-0'],
    [2, 'days-1-3'],
    [5, 'week-1'],
    [20, 'weeks-2-6'],
    [90, 'month-3'],
    [200, 'months-6-12'],
    [400, undefined],
    [-60, undefined],
  ];
  for (const [day, phase] of cases) it(`day ${day} → ${String(phase)}`, () => expect(phaseOfDay(day)).to.equal(phase));
  it('finds no trial phase for a procedure that has none', () => {
    expect(phaseOfDay(-7, ['day-0', 'week-1'])).to.equal(undefined);
  });
});

describe('formatDayRange', () => {
  const start = parseIsoDate('2027-01-15')!;
  it('writes one day or a range in the reader’s language', () => {
    expect(formatDayRange(start, 0, undefined, 'en')).to.equal('Fri, Jan 15');
    expect(formatDayRange(start, 1, 3, 'en')).to.match(/^Sat, Jan 16\s*–\s*Mon, Jan 18$/);
    expect(formatDayRange(start, 0, 0, 'es')).to.equal('vie, 15 ene');
  });

  it('gives the year once the dates leave the procedure’s year, so a year later does not read as the same day', () => {
    const late = parseIsoDate('2026-11-27')!;
    expect(formatDayRange(late, 365, undefined, 'en')).to.equal('Sat, Nov 27, 2027');
    expect(formatDayRange(late, 365, undefined, 'es')).to.match(/^sáb, 27 nov 2027$/);
    expect(formatDayRange(late, 40, 45, 'en')).to.match(/^Wed, Jan 6\s*–\s*Mon, Jan 11, 2027$/);
    expect(formatDayRange(late, 40, 45, 'es')).to.contain('2027');
    expect(formatDayRange(late, 0, 3, 'es')).to.not.contain('2026');
  });

  it('writes plain English days and ranges exactly as Intl does, without it', () => {
    const intl = (lang: string, year: boolean) =>
      new Intl.DateTimeFormat(lang, { year: year ? 'numeric' : undefined, month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' });
    const starts = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9998, 0, 1)), noInvalidDate: true }).map((date) => parseIsoDate(toIsoDate(date))!);
    fc.assert(
      // From a stimulator's trial, days before the procedure, to a year after it.
      fc.property(starts, fc.integer({ min: -30, max: 400 }), fc.option(fc.nat(400)), fc.constantFrom('en', 'en-US', 'EN-us'), (day, fromDay, span, lang) => {
        const toDay = span === null ? undefined : fromDay + span;
        const from = addDays(day, fromDay);
        const to = addDays(day, toDay ?? fromDay);
        const format = intl(lang, to.getUTCFullYear() !== day.getUTCFullYear());
        const expected = toDay === undefined || toDay === fromDay ? format.format(from) : format.formatRange(from, to);
        expect(formatDayRange(day, fromDay, toDay, lang)).to.equal(expected);
      }),
      { numRuns: 2000, examples: [[parseIsoDate('2026-12-30')!, 0, 3, 'en'], [parseIsoDate('2027-09-01')!, 0, 0, 'en-US'], [parseIsoDate('2027-01-05')!, -7, 3, 'en']] },
    );
  });
});

describe('the .ics file', () => {
  const stamp = new Date('2026-11-27T10:00:00Z');
  const text = buildCalendar(
    [
      { uid: 'esi-1-20270115@spine-widgets', start: '2027-01-15', end: '2027-01-15', summary: 'Epidural injection: driving', description: 'No driving today; have someone take you home, please.' },
      { uid: 'esi-2-20270115@spine-widgets', start: '2027-01-16', end: '2027-01-18', summary: 'Check-in; call, then rest', description: 'Line one\nLine two \\ done' },
    ],
    stamp,
  );
  const lines = text.split('\r\n');

  it('uses CRLF line endings throughout and ends with one', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).to.equal(false);
  });

  it('has the required calendar and event properties', () => {
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines.some((line) => line.startsWith('PRODID:'))).to.equal(true);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(2);
    expect(lines).to.include('UID:esi-1-20270115@spine-widgets');
    expect(lines).to.include('DTSTAMP:20261127T100000Z');
    expect(lines).to.include('DTSTART;VALUE=DATE:20270115');
    expect(lines).to.include('DTEND;VALUE=DATE:20270116');
    expect(lines).to.include('DTEND;VALUE=DATE:20270119');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    // A lone carriage return is a line break; other control characters go, so no app reads a new line of the file.
    expect(escapeText('Rest\rBEGIN:VEVENT\u0000\u0007 done')).to.equal('Rest\\nBEGIN:VEVENT done');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).to.contain('SUMMARY:Check-in\\; call\\, then rest');
    expect(unfolded).to.contain('DESCRIPTION:Line one\\nLine two \\\\ done');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const long = `DESCRIPTION:${'Después de la inyección, '.repeat(6)}`;
    const folded = foldLine(long);
    const encoder = new TextEncoder();
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    for (const line of lines) expect(encoder.encode(line).length).to.be.at.most(75);
  });
});
