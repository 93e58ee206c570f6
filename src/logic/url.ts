const allowedProtocols = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/**
 * Returns the URL as given when it is http(s), tel, mailto or relative to the page;
 * undefined for anything else (javascript:, data:, malformed).
 */
export function safeHref(raw: string | null | undefined, base: string): string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  try {
    return allowedProtocols.has(new URL(trimmed, base).protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** Parses `procedures="rfa, esi"` into lowercase ids, in order, without duplicates. */
export function parseIdList(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(ids)];
}
