import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../define/all.js';
import { en } from '../content/en/index.js';
import { applyOverride } from '../content/overrides.js';
import { captureConsole, settled } from '../../test/helpers.js';
import type { SpineElement } from './spine-element.js';

/** Strings a hostile or careless editor might paste: markup, script URLs, odd characters, huge or empty values. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '"><svg onload=alert(1)>', '{{7*7}}', '__proto__', 'constructor', '', ' ', '\u0000', '‮rtl', '9'.repeat(400)),
  fc.constantFrom(...en.procedures.map((procedure) => procedure.id)),
);

/** Anything JSON can hold, biased towards the shape of a real override. */
const overrideLike = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      procedures: fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'risks', 'milestones', 'summary', 'clinicNote', 'figures', 'tags'), fc.oneof(nasty, fc.jsonValue())), { maxLength: 3 }),
      hide: fc.array(nasty, { maxLength: 3 }),
      ui: fc.dictionary(fc.constantFrom('compare', 'notAdvice', 'quiz', 'risks'), fc.oneof(nasty, fc.jsonValue())),
      quiz: fc.dictionary(fc.constantFrom('rules', 'redFlags', 'questions', 'cautions'), fc.jsonValue()),
      sources: fc.dictionary(nasty, fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
);

/** The widget shows content or a polite notice, renders no injected markup, and links nowhere unsafe. */
function expectSafe(el: Element): void {
  const root = el.shadowRoot!;
  const shown = root.querySelector('h2') ?? root.querySelector('[part="notice"]') ?? root.querySelector('.loading');
  expect(shown, 'content or a notice').to.exist;
  expect(root.querySelector('img, script, iframe, object, embed, [onerror], [onload]'), 'no injected markup').to.equal(null);
  for (const link of root.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')!.trim().toLowerCase(), 'no script URL').to.not.match(/^(javascript|data|vbscript):/);
  }
}

describe('fuzzing: bad input never breaks the page', () => {
  let console_: ReturnType<typeof captureConsole>;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);
  beforeEach(() => {
    console_ = captureConsole();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    console_.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(uncaught.splice(0), 'no uncaught error reached the page').to.deep.equal([]);
  });

  it('applyOverride keeps a valid pack for any JSON at all (1,000 cases)', () => {
    fc.assert(
      fc.property(overrideLike, (override) => {
        const { pack, issues } = applyOverride(en, override);
        expect(pack.procedures.some((procedure) => procedure.id === 'conservative')).to.equal(true);
        for (const issue of issues) expect(issue.path).to.be.a('string');
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('every widget survives any attribute value (4 × 60 cases)', async () => {
    const tags = ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-quiz'];
    const attributes = fc.record({
      procedures: nasty,
      procedure: nasty,
      'cta-href': nasty,
      'cta-label': nasty,
      'start-date': nasty,
      'compare-with': nasty,
      denominator: nasty,
      'emergency-number': nasty,
      lang: fc.constantFrom('en', 'es', 'fr', '', 'x-invalid-tag-', 'ES-mx'),
    });
    for (const tag of tags) {
      await fc.assert(
        fc.asyncProperty(attributes, async (values) => {
          const el = document.createElement(tag) as SpineElement;
          for (const [name, value] of Object.entries(values)) el.setAttribute(name, value.split(String.fromCharCode(0)).join(''));
          const host = await fixture<HTMLElement>(html`<div></div>`);
          host.append(el);
          await settled(el);
          expectSafe(el);
          fixtureCleanup();
        }),
        { numRuns: 60 },
      );
    }
  });

  it('every widget survives any value set as a property from script, as React 19 sets props (4 × 30 cases)', async function () {
    this.timeout(40000);
    const tags = ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-quiz'];
    const anything = fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date(), fc.object());
    const properties = fc.record(
      { procedures: anything, procedure: anything, ctaHref: anything, ctaLabel: anything, startDate: anything, compareWith: anything, denominator: anything, emergencyNumber: anything },
      { requiredKeys: [] },
    );
    for (const tag of tags) {
      await fc.assert(
        fc.asyncProperty(properties, async (values) => {
          const el = Object.assign(document.createElement(tag), values) as SpineElement;
          const host = await fixture<HTMLElement>(html`<div></div>`);
          host.append(el);
          await settled(el);
          expectSafe(el);
          fixtureCleanup();
        }),
        // An object whose toString is not a function once stopped a widget: kept as a case of its own.
        { numRuns: 30, examples: [[{ ctaHref: { toString: [] } }]] },
      );
    }
  });

  it('the comparison survives any inline JSON (80 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(overrideLike.map((value) => JSON.stringify(value)), fc.string()), async (json) => {
        const el = document.createElement('spine-compare') as SpineElement;
        el.setAttribute('procedures', 'esi,rfa');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        el.append(script);
        const host = await fixture<HTMLElement>(html`<div></div>`);
        host.append(el);
        await settled(el);
        expectSafe(el);
        fixtureCleanup();
      }),
      { numRuns: 80 },
    );
  });
});
