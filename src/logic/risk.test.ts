import { expect } from '@open-wc/testing';
import { chooseDenominator, filledIcons, frequencyWord, iconLayout, scaleRate, squaresPath } from './risk.js';

describe('chooseDenominator', () => {
  const cases: [number[], number][] = [
    [[12, 26, 0.6], 1000],
    [[211, 31, 170], 1000],
    [[211, 30, 170], 100],
    [[22, 100], 1000],
    [[10, 100], 100],
    [[9.9, 500], 1000],
    [[0, 50], 100],
    [[], 1000],
    [[0], 1000],
  ];
  for (const [rates, expected] of cases) it(`${JSON.stringify(rates)} → per ${expected}`, () => expect(chooseDenominator(rates)).to.equal(expected));
});

describe('scaleRate and filledIcons', () => {
  const cases: [number, 100 | 1000, number, number][] = [
    // per 1,000, denominator, shown value, filled icons
    [12, 1000, 12, 12],
    [0.6, 1000, 0.6, 0],
    [0.04, 1000, 0, 0],
    [1000, 1000, 1000, 1000],
    [211, 100, 21, 21],
    [2.5, 1000, 2.5, 3],
    [52, 100, 5.2, 5],
    [0, 1000, 0, 0],
  ];
  for (const [perThousand, denominator, shown, filled] of cases) {
    it(`${perThousand} per 1,000 on ${denominator} → ${shown}, ${filled} icons`, () => {
      expect(scaleRate(perThousand, denominator)).to.equal(shown);
      expect(filledIcons(scaleRate(perThousand, denominator), denominator)).to.equal(filled);
    });
  }
  it('never fills more icons than there are', () => expect(filledIcons(1500, 1000)).to.equal(1000));
});

describe('frequencyWord (EU scale)', () => {
  const cases: [number, string][] = [
    [100, 'very-common'],
    [211, 'very-common'],
    [99.9, 'common'],
    [10, 'common'],
    [9, 'uncommon'],
    [1, 'uncommon'],
    [0.6, 'rare'],
    [0.1, 'rare'],
    [0.05, 'very-rare'],
  ];
  for (const [rate, word] of cases) it(`${rate} per 1,000 → ${word}`, () => expect(frequencyWord(rate)).to.equal(word));
});

describe('iconLayout', () => {
  it('lays 100 icons as one 10 × 10 block', () => {
    const layout = iconLayout(100);
    expect(layout.positions).to.have.length(100);
    expect([layout.width, layout.height]).to.deep.equal([100, 100]);
    expect(layout.positions.slice(0, 3)).to.deep.equal([[0, 0], [10, 0], [20, 0]]);
    expect(layout.positions[10]).to.deep.equal([0, 10]);
  });

  it('lays 1,000 icons as ten blocks, five across, filling one block before the next', () => {
    const layout = iconLayout(1000);
    expect(layout.positions).to.have.length(1000);
    expect(new Set(layout.positions.map(([x, y]) => `${x},${y}`)).size).to.equal(1000);
    expect(layout.positions[99]).to.deep.equal([90, 90]);
    expect(layout.positions[100]).to.deep.equal([106, 0]);
    expect(layout.positions[500]).to.deep.equal([0, 106]);
    expect([layout.width, layout.height]).to.deep.equal([524, 206]);
  });

  it('draws many squares as one path', () => {
    expect(squaresPath([[0, 0], [10, 0]], 8, 1)).to.equal('M1 1h8v8h-8zM11 1h8v8h-8z');
  });
});
