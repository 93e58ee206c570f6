/** Pure wording helpers: numbers, natural frequencies and template strings. No DOM, no Lit. */

/** Replaces `{name}` placeholders; unknown names are left as they are so a typo stays visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Returns the cached value for `key`, making it once: `Intl` formatters are slow to create. */
export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * The first use of Intl costs a page about 25 ms of main thread. Plain English (`en`, `en-US`),
 * the language of most pages that embed us, is formatted here instead; tests keep the result
 * equal to Intl's.
 */
export const plainEnglish = (lang: string) => /^en(-us)?$/i.test(lang);
export const months = 'January February March April May June July August September October November December'.split(' ');

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a count for a patient: whole numbers as they are, small rates with one decimal. */
export function formatNumber(value: number, lang: string): string {
  // Rounds the shortest decimal form half up at one decimal, as Intl does; no binary arithmetic.
  const digits = plainEnglish(lang) && /^(\d{1,13})(?:\.(\d)(\d?)\d*)?$/.exec(String(Math.abs(value)));
  if (digits) {
    const [, whole, tenth = '0', next] = digits;
    const tenths = Number(whole + tenth) + (next >= '5' ? 1 : 0);
    const grouped = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, ',');
    return `${value < 0 || Object.is(value, -0) ? '-' : ''}${grouped}${tenths % 10 ? `.${tenths % 10}` : ''}`;
  }
  return cached(numberFormats, lang, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })).format(value);
}

export interface FrequencyTemplates {
  per100: string;
  per1000: string;
  range100: string;
  range1000: string;
}

export interface Frequency {
  value?: number;
  low?: number;
  high?: number;
  per: 100 | 1000;
}

/** "About 12 in 1,000" or "About 18 to 21 in 1,000", worded by the locale's templates. */
export function formatFrequency(frequency: Frequency, lang: string, templates: FrequencyTemplates): string {
  const per = formatNumber(frequency.per, lang);
  const isRange = frequency.value === undefined && frequency.low !== undefined && frequency.high !== undefined;
  if (isRange) {
    const template = frequency.per === 100 ? templates.range100 : templates.range1000;
    return fill(template, { low: formatNumber(frequency.low!, lang), high: formatNumber(frequency.high!, lang), per });
  }
  const template = frequency.per === 100 ? templates.per100 : templates.per1000;
  return fill(template, { n: formatNumber(frequency.value ?? 0, lang), per });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date such as "27 November 2026" in the reader's language; `iso` is YYYY-MM-DD. */
export function formatDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (plainEnglish(lang) && year > 999) return `${months[month - 1]} ${day}, ${year}`;
  const format = cached(dateFormats, lang, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(Date.UTC(year, month - 1, day));
}

/** True when the review-by date (YYYY-MM-DD) is before `today`. */
export function isOverdue(reviewBy: string, today: Date = new Date()): boolean {
  return reviewBy < today.toISOString().slice(0, 10);
}
