/**
 * A translated pack stored as its strings only: `strings` lists, in the order `base` holds
 * them, each string that differs from the base pack's (0 where it is the same). Ids, numbers,
 * sources and certainty come from the base, so a translation can never change them.
 */
export function overlay<T>(base: T, strings: readonly (string | 0)[]): T {
  let next = 0;
  const copy = (node: unknown): unknown => {
    if (typeof node === 'string') return strings[next++] || node;
    if (Array.isArray(node)) return node.map(copy);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, copy(value)]));
    return node;
  };
  return copy(base) as T;
}

/**
 * The `strings` for `overlay(base, strings)` that turn `base` into `translated`. Throws, naming
 * the path, if the translation differs in anything but its strings: a key, an array length, a number.
 */
export function translationStrings(base: unknown, translated: unknown, path = ''): (string | 0)[] {
  if (typeof base === 'string') {
    if (typeof translated !== 'string') throw new Error(`${path}: expected a string`);
    return [translated === base ? 0 : translated];
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(translated) || translated.length !== base.length) throw new Error(`${path}: expected ${base.length} items, as in English`);
    return base.flatMap((item, index) => translationStrings(item, translated[index], `${path}[${index}]`));
  }
  if (base && typeof base === 'object') {
    const own = translated && typeof translated === 'object' ? (translated as Record<string, unknown>) : {};
    const extra = Object.keys(own).filter((key) => !(key in base));
    if (extra.length) throw new Error(`${path}: ${extra.join(', ')} not in English`);
    return Object.entries(base).flatMap(([key, value]) => translationStrings(value, own[key], path ? `${path}.${key}` : key));
  }
  if (base !== translated) throw new Error(`${path}: ${JSON.stringify(translated)} differs from English ${JSON.stringify(base)}`);
  return [];
}
