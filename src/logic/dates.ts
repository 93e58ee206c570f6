/** Recovery dates: day offsets after a procedure turned into calendar dates. Pure; no DOM. */
import { phaseOrder, phaseWindows, type Phase } from '../content/phases.js';
import { cached, months, plainEnglish } from './format.js';

const dayMs = 86_400_000;

/** Parses YYYY-MM-DD as a UTC calendar day; undefined for anything else, including 2027-02-30. */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

/** Whole days from `start` to `day` (both calendar days). */
export function daysBetween(start: Date, day: Date): number {
  return Math.round((day.getTime() - start.getTime()) / dayMs);
}

/** The local calendar day of `now`, as a UTC date, so "today" matches the patient's wall calendar. */
export function today(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

export { phaseOrder, phaseWindows } from '../content/phases.js';

/** The phase a given day after the procedure falls in, if any. */
export function phaseOfDay(day: number, phases: readonly Phase[] = phaseOrder): Phase | undefined {
  return phases.find((phase) => day >= phaseWindows[phase][0] && day <= phaseWindows[phase][1]);
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Jan 16" or "Jan 16 – 18", in the reader's language; with the year once the dates leave the procedure's year. */
export function formatDayRange(start: Date, fromDay: number, toDay: number | undefined, lang: string): string {
  const from = addDays(start, fromDay);
  const to = toDay === undefined || toDay === fromDay ? undefined : addDays(start, toDay);
  const withYear = (to ?? from).getUTCFullYear() !== start.getUTCFullYear();
  if (plainEnglish(lang) && from.getUTCFullYear() > 999) return englishDayRange(from, to, withYear);
  const format = cached(rangeFormats, lang + withYear, () =>
    new Intl.DateTimeFormat(lang, { year: withYear ? 'numeric' : undefined, month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
  );
  return to ? format.formatRange(from, to) : format.format(from);
}

const weekdays = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');

/**
 * "Sat, Jan 16 – Mon, Jan 18", with the years when asked, as Chromium's and Firefox's Intl
 * write it in US English (see format.ts; some ICU versions put thin spaces around the dash).
 */
function englishDayRange(from: Date, to: Date | undefined, withYear: boolean): string {
  const sameYear = to?.getUTCFullYear() === from.getUTCFullYear();
  const day = (date: Date, year: boolean) => `${weekdays[date.getUTCDay()]}, ${months[date.getUTCMonth()].slice(0, 3)} ${date.getUTCDate()}${year ? `, ${date.getUTCFullYear()}` : ''}`;
  return to ? `${day(from, !sameYear)} – ${day(to, withYear || !sameYear)}` : day(from, withYear);
}
