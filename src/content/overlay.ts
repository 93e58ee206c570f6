/**
 * Keys whose values are never translated: ids, codes, citations and dates. A translation keeps
 * them exactly as in English, and the overlay copies them from English.
 */
const fixed = new Set(['id', 'sources', 'redFlagSources', 'certainty', 'severity', 'basis', 'kind', 'phase', 'fit', 'level', 'tag', 'field', 'tags', 'when', 'unless', 'procedures', 'reviewed', 'reviewBy']);

/**
 * Calls `visit` on each translatable string of `node`, in order, and rebuilds `node` from the
 * results. Everything under `ui` is words (its `sources` is the word "Sources"), and so are the
 * pack's own `procedures`; a quiz rule's `procedures` are ids.
 */
function mapWords(node: unknown, visit: (text: string, path: string) => string, path = ''): unknown {
  if (typeof node === 'string') return visit(node, path);
  if (Array.isArray(node)) return node.map((item, index) => mapWords(item, visit, `${path}[${index}]`));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        const child = path ? `${path}.${key}` : key;
        const words = !fixed.has(key) || child === 'procedures' || child.startsWith('ui.');
        return [key, words ? mapWords(value, visit, child) : value];
      }),
    );
  }
  return node;
}

/** The translatable strings of `node` (a pack, or the part of one found at `path`), with their paths. */
export function words(node: unknown, path = ''): { text: string; path: string }[] {
  const found: { text: string; path: string }[] = [];
  mapWords(node, (text, at) => (found.push({ text, path: at }), text), path);
  return found;
}

/**
 * A translated pack stored as its words only: `strings` lists, in the order `base` holds them,
 * each translatable string that differs from the base pack's (0 where it is the same). Ids,
 * numbers, sources and certainty come from the base, so a translation can never change them.
 * Throws if `strings` was made for a different version of the base.
 */
export function overlay<T>(base: T, strings: readonly (string | 0)[]): T {
  let next = 0;
  const translated = mapWords(base, (text) => strings[next++] || text) as T;
  if (next !== strings.length) throw new Error(`the translation has ${strings.length} strings; this version needs ${next}`);
  return translated;
}

/**
 * The `strings` for `overlay(base, strings)` that turn `base` into `translated`. Throws, naming
 * the path, if the translation differs in anything but its words: a key, an array length, a
 * number, an id, a source or a certainty.
 */
export function translationStrings(base: unknown, translated: unknown): (string | 0)[] {
  const strings: (string | 0)[] = [];
  const at = (path: string) => path.split(/\.|(?=\[)/).reduce<unknown>((node, step) => {
    if (node === undefined || node === null) return undefined;
    const index = /^\[(\d+)\]$/.exec(step);
    return (node as Record<string, unknown>)[index ? Number(index[1]) : step];
  }, translated);
  const rebuilt = mapWords(base, (text, path) => {
    const own = at(path);
    if (typeof own !== 'string') throw new Error(`${path}: expected a string`);
    strings.push(own === text ? 0 : own);
    return own;
  });
  const mismatch = firstDifference(rebuilt, translated);
  if (mismatch) throw new Error(`${mismatch}: differs from English in more than its words`);
  return strings;
}

/** The path of the first place where `a` and `b` differ, or '' if they are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (Object.is(a, b)) return '';
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const child = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child);
    if (found) return found;
  }
  return '';
}
