// Reading a printed PDF without a PDF library: its pages and its runs of text, through the
// compressed streams both Chromium and Firefox write.
import { inflateSync } from 'node:zlib';

function contents(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  let all = text;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    try {
      all += inflateSync(Buffer.from(text.slice(start, text.indexOf('endstream', start)), 'latin1')).toString('latin1');
    } catch {
      // Not a compressed stream (an image, say): nothing to read.
    }
  }
  return all;
}

/** How many pages: the page tree's count. */
export function pageCount(pdf) {
  const counts = [...contents(pdf).matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}

/** How many runs of text are drawn (Tj / TJ operators): none on a blank printout, fewer when text is cut off. */
export function textRuns(pdf) {
  return (contents(pdf).match(/\bT[jJ]\b/g) ?? []).length;
}
