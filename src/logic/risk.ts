/** Risk wording and icon-array layout. Pure; no DOM. */

export type Denominator = 100 | 1000;
export type FrequencyWord = 'very-common' | 'common' | 'uncommon' | 'rare' | 'very-rare';

/**
 * One denominator for a whole view: per 100 when every rate shown is a whole number of people
 * in 100 (or 10 in 100 and more, where a tenth is rounded away), otherwise per 1,000, so that
 * no view says "2.2 in 100 people" and small risks are not rounded away.
 */
export function chooseDenominator(ratesPerThousand: readonly number[]): Denominator {
  const positive = ratesPerThousand.filter((rate) => rate > 0);
  return positive.length > 0 && positive.every((rate) => rate >= 100 || (rate >= 10 && rate % 10 === 0)) ? 100 : 1000;
}

/** A rate per 1,000 expressed on the view's denominator, rounded for a patient to read. */
export function scaleRate(perThousand: number, denominator: Denominator): number {
  const value = (perThousand * denominator) / 1000;
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** How many icons to fill: whole icons only, none for a rate below 1. */
export function filledIcons(value: number, total: number): number {
  return Math.min(total, Math.max(0, value < 1 ? 0 : Math.round(value)));
}

/** The fixed word scale of the European medicines convention (CONTENT.md §0.2). */
export function frequencyWord(perThousand: number): FrequencyWord {
  if (perThousand >= 100) return 'very-common';
  if (perThousand >= 10) return 'common';
  if (perThousand >= 1) return 'uncommon';
  if (perThousand >= 0.1) return 'rare';
  return 'very-rare';
}

export interface IconLayout {
  /** Top-left corner of each icon, in fill order. */
  positions: [number, number][];
  width: number;
  height: number;
}

/**
 * Icons in blocks of 10 × 10 (one block for 100; five across and two down for 1,000), filled
 * row by row inside each block and block by block, so the same count always looks the same.
 */
export function iconLayout(total: Denominator, cell = 10, gap = 6): IconLayout {
  const blocksAcross = total === 100 ? 1 : 5;
  const blocksDown = total === 100 ? 1 : 2;
  const blockSize = 10 * cell;
  const positions: [number, number][] = [];
  for (let block = 0; block < blocksAcross * blocksDown; block++) {
    const left = (block % blocksAcross) * (blockSize + gap);
    const top = Math.floor(block / blocksAcross) * (blockSize + gap);
    for (let index = 0; index < 100; index++) {
      positions.push([left + (index % 10) * cell, top + Math.floor(index / 10) * cell]);
    }
  }
  return {
    positions,
    width: blocksAcross * blockSize + (blocksAcross - 1) * gap,
    height: blocksDown * blockSize + (blocksDown - 1) * gap,
  };
}

/** SVG path data drawing a square of `size` at each position: one path for many icons. */
export function squaresPath(positions: readonly [number, number][], size: number, inset = 0): string {
  return positions.map(([x, y]) => `M${x + inset} ${y + inset}h${size}v${size}h-${size}z`).join('');
}
