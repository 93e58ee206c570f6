/**
 * Where widgets get their content: the built-in locale packs, then clinic overrides from
 * `configure()`, a `content-src` URL (fetched once per URL for the whole page) and an inline
 * JSON child, applied in that order.
 *
 * Overrides are validated by the content schema, which is loaded only when a page has an
 * override: pages with the standard content never pay for the validator.
 */
import { en } from './en/index.js';
import { shipped } from './languages.js';
import type { ContentIssue } from './overrides.js';
import type { ContentPack } from './schema.js';

const packs = new Map<string, ContentPack>([['en', en]]);
let configuredOverride: unknown;
let defaultLocale = 'en';
const listeners = new Set<(langOnly?: boolean) => void>();
const remoteOverrides = new Map<string, Promise<unknown>>();

export interface ConfigureOptions {
  /** A clinic override (see the JSON Schema in dist/content.schema.json), applied to every widget. */
  content?: unknown;
  /** The language used when neither the element nor its ancestors set `lang`. */
  locale?: string;
}

/** Sets page-wide content overrides and the default language; widgets already on the page update. */
export function configure(options: ConfigureOptions = {}): void {
  if ('content' in options) configuredOverride = options.content;
  if (options.locale) defaultLocale = options.locale;
  for (const listener of listeners) listener();
}

let langs: MutationObserver | undefined;

/**
 * Calls `listener` after each `configure()`, and with `true` when a `lang` changes on the page (a
 * portal's language menu switching `<html lang>`) or in any shadow root that holds `element`
 * (an app shell); returns the unsubscribe function.
 */
export function onConfigure(listener: (langOnly?: boolean) => void, element: Node): () => void {
  langs ??= new MutationObserver(() => listeners.forEach((listener) => listener(true)));
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    langs.observe(root, { subtree: true, attributeFilter: ['lang'] });
    if (!(root as ShadowRoot).host) break;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds (or replaces) a whole locale pack, e.g. a clinic's own translation. */
export function registerLocale(pack: ContentPack): void {
  packs.set(pack.locale, pack);
  configure();
}

const loading = new Map<string, Promise<void>>();

/** True for a language shipped as a companion file (`lang="constructor"` is not one). */
const ships = (key: string) => Object.hasOwn(shipped, key);

/** The pack's key for a language tag: `es-MX` → `es` when only `es` exists. */
function keyFor(lang: string | undefined): string {
  const tag = (lang || defaultLocale).toLowerCase();
  return packs.has(tag) || ships(tag) ? tag : tag.split('-')[0];
}

/** The loaded pack closest to a language tag (the default language's when none is set), else English. */
export function packFor(lang: string | undefined): ContentPack {
  return packs.get(keyFor(lang)) ?? en;
}

/** True when the language is shipped but not loaded yet. */
export function needsLoading(lang: string | undefined): boolean {
  const key = keyFor(lang);
  return !packs.has(key) && ships(key);
}

/** Loads a shipped language once for the whole page. */
function loadLanguage(lang: string | undefined): Promise<void> {
  const key = keyFor(lang);
  if (packs.has(key) || !ships(key)) return Promise.resolve();
  let request = loading.get(key);
  if (!request) {
    request = shipped[key]().then((pack) => {
      packs.set(key, { ...pack, sources: en.sources });
    });
    request.catch(() => loading.delete(key));
    loading.set(key, request);
  }
  return request;
}

/** Fetches a `content-src` document once per absolute URL; every widget shares the promise. */
export function fetchOverride(url: string): Promise<unknown> {
  let request = remoteOverrides.get(url);
  if (!request) {
    // A server that never answers must not keep the widget waiting: after 10 s the standard content
    // shows. A page's own fetch wrapper that throws at once fails the same way, not in a render.
    request = Promise.resolve()
      .then(() => fetch(url, { credentials: 'omit', headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10000) }))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      });
    // A failure is not kept: the next widget that asks for the file tries again.
    request.catch(() => remoteOverrides.delete(url));
    remoteOverrides.set(url, request);
  }
  return request;
}

/** True when `configure()` set an override or `overrides` holds one: content must then be validated. */
export function hasOverrides(overrides: unknown[]): boolean {
  return configuredOverride !== undefined || overrides.some((override) => override !== undefined);
}

/** The pack for a language (loaded if needed) with the page-wide override and then `overrides` applied in order. */
export async function resolveContent(lang: string | undefined, overrides: unknown[]): Promise<{ pack: ContentPack; issues: ContentIssue[] }> {
  // A language file that cannot be loaded leaves English (asked for again on the next change).
  await loadLanguage(lang).catch(() => {});
  let pack = packFor(lang);
  const issues: ContentIssue[] = [];
  if (!hasOverrides(overrides)) return { pack, issues };
  const { applyOverride } = await import('./overrides.js');
  for (const override of [configuredOverride, ...overrides]) {
    if (override === undefined) continue;
    const result = applyOverride(pack, override);
    pack = result.pack;
    issues.push(...result.issues);
  }
  return { pack, issues };
}
