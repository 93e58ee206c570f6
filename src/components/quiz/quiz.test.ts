import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/quiz.js';
import '../../define/compare.js';
import '../../define/timeline.js';
import { en } from '../../content/en/index.js';
import { fill } from '../../logic/format.js';
import { captureConsole, collectEvents, settled, textOf } from '../../../test/helpers.js';
import type { SpineQuiz, SpineQuizCompleteDetail } from './quiz.js';
import type { SpineCompare } from '../compare/compare.js';
import type { SpineTimeline } from '../timeline/timeline.js';
import type { SpineErrorDetail } from '../../shared/spine-element.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const heading = (el: SpineQuiz) => textOf(root(el).querySelector('#step-heading'));
const nameOf = (id: string) => en.procedures.find((procedure) => procedure.id === id)!.name;

/** Ticks the choices with these ids on the current step, by keyboard: Tab to each, Space to tick. */
async function tick(el: SpineQuiz, ids: string[]): Promise<void> {
  for (const input of root(el).querySelectorAll<HTMLInputElement>('fieldset input')) {
    if (ids.includes(input.value) && !input.checked) {
      input.focus();
      await sendKeys({ press: ' ' });
    }
  }
  expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value)).to.have.members(ids);
}

async function next(el: SpineQuiz): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<spine-quiz>', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  it('asks about red flags first, before any procedure is named', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    expect(heading(el)).to.contain(en.ui.quiz.redFlagsTitle);
    const text = textOf(root(el).querySelector('[part="base"]'));
    for (const flag of en.quiz.redFlags) expect(text).to.contain(flag.text);
    for (const procedure of en.procedures.filter((option) => option.id !== 'conservative')) expect(text).to.not.contain(procedure.name);
    expect(textOf(root(el).querySelector('.progress'))).to.equal(`Step 1 of ${en.quiz.questions.length + 2}`);
    await expect(el).to.be.accessible();
  });

  it('stops at once on an emergency red flag, shows the emergency number and says only that it stopped', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz emergency-number="112"></spine-quiz>`);
    const urgent = oneEvent(el, 'spine-quiz-urgent');
    await tick(el, ['saddle']);
    await next(el);
    const event = await urgent;
    expect(event.detail).to.equal(null);
    expect(heading(el)).to.equal(en.ui.quiz.emergencyTitle);
    expect(root(el).activeElement?.id).to.equal('step-heading');
    const call = root(el).querySelector<HTMLAnchorElement>('a.call')!;
    expect(call.getAttribute('href')).to.equal('tel:112');
    expect(textOf(call)).to.equal('Call 112');
    const text = textOf(root(el).querySelector('[part="stop"]'));
    for (const procedure of en.procedures.filter((option) => option.id !== 'conservative')) expect(text).to.not.contain(procedure.name);
    await expect(el).to.be.accessible();
  });

  it('sends an urgent, not emergency, flag to a doctor within days', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    await tick(el, ['weight']);
    await next(el);
    expect(heading(el)).to.equal(en.ui.quiz.urgentTitle);
    expect(root(el).querySelector('a.call')).to.equal(null);
    const stop = root(el).querySelector('[part="stop"]')!;
    expect([...stop.querySelectorAll('li')].map((item) => textOf(item))).to.deep.equal([en.quiz.redFlags.find((flag) => flag.id === 'weight')!.text]);
    const startOver = stop.querySelectorAll<HTMLButtonElement>('button')[1];
    expect(textOf(startOver)).to.equal(en.ui.quiz.startOver);
    startOver.click();
    await el.updateComplete;
    expect(heading(el)).to.contain(en.ui.quiz.redFlagsTitle);
    expect(root(el).querySelector<HTMLInputElement>('input[value="weight"]')!.checked).to.equal(false);
  });

  it('shows each question with only its own answers ticked, as the patient moves on and back', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    await next(el); // no warning signs
    const [where, howLong] = en.quiz.questions;
    await tick(el, [where.options[0].id]);
    await next(el);
    expect(heading(el)).to.equal(howLong.text);
    expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input')].filter((input) => input.checked), 'nothing ticked on a new question').to.have.length(0);
    await tick(el, [howLong.options[1].id]);
    root(el).querySelector<HTMLButtonElement>('.nav button[type="button"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(where.text);
    expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value)).to.deep.equal([where.options[0].id]);
    await next(el);
    expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value)).to.deep.equal([howLong.options[1].id]);
    // From a tick-all-that-apply question back to a one-answer question, and forward again.
    const tried = en.quiz.questions[2];
    expect(tried.multiple).to.equal(true);
    await next(el);
    await tick(el, [tried.options[0].id, tried.options[1].id]);
    root(el).querySelector<HTMLButtonElement>('.nav button[type="button"]')!.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value)).to.deep.equal([howLong.options[1].id]);
    await next(el);
    expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value)).to.deep.equal([tried.options[0].id, tried.options[1].id]);
  });

  it('lets a patient who ticked a warning sign by mistake go back and change it', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    await tick(el, ['age', 'weight']);
    await next(el);
    expect(heading(el)).to.equal(en.ui.quiz.urgentTitle);
    const stop = root(el).querySelector('[part="stop"]')!;
    expect(textOf(stop)).to.contain(en.ui.quiz.answersTitle);
    expect([...stop.querySelectorAll('li')]).to.have.length(2);
    const back = stop.querySelector<HTMLButtonElement>('button')!;
    expect(textOf(back)).to.equal(en.ui.quiz.back);
    back.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.contain(en.ui.quiz.redFlagsTitle);
    expect(root(el).activeElement?.id).to.equal('step-heading');
    expect([...root(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value)).to.have.members(['age', 'weight']);
    for (const id of ['age', 'weight']) {
      root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!.focus();
      await sendKeys({ press: ' ' });
    }
    await next(el);
    expect(heading(el)).to.not.equal(en.ui.quiz.urgentTitle);
    expect(textOf(root(el).querySelector('.progress'))).to.equal(`Step 2 of ${en.quiz.questions.length + 2}`);
    await expect(el).to.be.accessible();
  });

  it('goes all the way to a result with the keyboard alone, keeping answers on Back, and fires only outcome ids', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    const requestsBefore = performance.getEntriesByType('resource').length;
    await next(el); // no red flag
    expect(heading(el)).to.equal(en.quiz.questions[0].text);
    expect(root(el).activeElement?.id, 'focus moves to the new question').to.equal('step-heading');
    expect(textOf(root(el).querySelector('.progress'))).to.equal(`Step 2 of ${en.quiz.questions.length + 2}`);
    await expect(el).to.be.accessible();

    const answers: Record<string, string[]> = { where: ['leg'], 'how-long': ['weeks-6-12'], tried: ['exercise', 'medicine'], told: ['disc'], block: ['no'], health: ['thinners', 'diabetes'] };
    for (const question of en.quiz.questions) {
      await tick(el, answers[question.id]);
      await expect(el).to.be.accessible();
      await next(el);
    }
    root(el).querySelector<HTMLButtonElement>('.nav button:not([type="submit"])')!.click(); // Back
    await el.updateComplete;
    expect(heading(el)).to.equal(en.quiz.questions.at(-1)!.text);
    expect([...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value)).to.have.members(['thinners', 'diabetes']);
    await next(el);

    expect(heading(el)).to.equal(en.ui.quiz.valuesTitle);
    await tick(el, ['no-surgery']);
    const completed = oneEvent(el, 'spine-quiz-complete');
    await next(el);
    const { detail } = (await completed) as CustomEvent<SpineQuizCompleteDetail>;
    expect(Object.keys(detail).sort()).to.deep.equal(['ask', 'unlikely']);
    expect(detail.ask).to.include.members(['esi', 'discectomy', 'conservative']);
    const serialized = JSON.stringify(detail);
    for (const word of ['leg', 'thinners', 'diabetes', 'disc"', 'weeks-6-12', 'no-surgery']) expect(serialized).to.not.contain(word);

    expect(heading(el)).to.equal(en.ui.quiz.resultsTitle);
    const element = el as unknown as Record<string, unknown>;
    expect([element.answers, element.ready, element['#answers']], 'no script on the page can read the answers').to.deep.equal([undefined, undefined, undefined]);
    const result = textOf(root(el).querySelector('[part="result"]'));
    expect(result).to.contain(nameOf('esi'));
    expect(result).to.contain(nameOf('conservative'));
    expect(result).to.contain(en.quiz.cautions.find((caution) => caution.when.health?.includes('thinners'))!.text);
    expect(result).to.contain(en.quiz.cautions.find((caution) => caution.when.health?.includes('diabetes'))!.text);
    expect(result).to.contain(`${en.quiz.values.find((value) => value.id === 'no-surgery')!.text}: ${en.ui.quiz.tags.surgery[0]}`);
    for (const question of en.quiz.askDoctor) expect(result).to.contain(question);
    expect(result.toLowerCase()).to.not.contain('candidate');
    expect(performance.getEntriesByType('resource').length, 'no request was made').to.equal(requestsBefore);
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('has a readiness check where "not yet" is a fine answer', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    for (let step = 0; step < en.quiz.questions.length + 2; step++) await next(el);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('.sure input')];
    expect(radios).to.have.length(8);
    for (const index of [0, 3, 4, 6]) radios[index].click(); // yes, not yet, yes, yes
    await el.updateComplete;
    expect(textOf(root(el).querySelector('.sure [role="status"]'))).to.equal(en.ui.quiz.readyNot);
    await expect(el).to.be.accessible();
  });

  it('copies the visit summary to this device only, with the readiness answers picked and no source numbers or buttons', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    for (let step = 0; step < en.quiz.questions.length + 2; step++) await next(el);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('.sure input')];
    radios[0].click(); // yes to the first readiness question; the others stay unanswered
    await el.updateComplete;
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { copied = text; } } });
    // What the status line says, change by change: a second Copy must be heard again.
    const said: string[] = [];
    const status = root(el).querySelector('#summary > p[role="status"]')!;
    const observer = new MutationObserver(() => said.push(textOf(status)));
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    try {
      for (let time = 0; time < 2; time++) {
        [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === en.ui.quiz.copy)!.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.updateComplete;
      }
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      observer.disconnect();
    }
    expect(said.filter((text) => text === en.ui.quiz.copied).length, said.join(' | ')).to.equal(2);
    expect(copied, 'the second copy does not hold the first one’s "Copied."').to.not.contain(en.ui.quiz.copied);
    expect(copied).to.contain(en.ui.quiz.askTitle);
    expect(copied).to.contain(nameOf('conservative'));
    const lines = copied.split('\n').map((line) => line.trim());
    const first = lines.indexOf(en.ui.quiz.sure[0]);
    expect(first, copied).to.be.greaterThan(-1);
    expect(lines.slice(first + 1).find(Boolean)).to.equal(en.ui.quiz.yes);
    expect(lines.filter((line) => line === en.ui.quiz.notYet)).to.deep.equal([]);
    expect(lines.filter((line) => line === en.ui.quiz.yes)).to.have.length(1);
    const reason = en.quiz.rules[0].reason;
    expect(lines.some((line) => line.endsWith(reason)), `"${reason}" ends its line, with no source number after it`).to.equal(true);
    for (const label of [en.ui.quiz.print, en.ui.quiz.copy, en.ui.quiz.startOver]) expect(lines).to.not.include(label);
    // The heading over the Print and Copy buttons is not the summary's last line.
    expect(lines.filter(Boolean).at(-1)).to.not.equal(en.ui.quiz.summaryTitle);
    // Questions skipped (every "next" here went on without an answer) say so in words.
    expect(lines.some((line) => line.startsWith(en.quiz.questions[0].text) && line.endsWith(en.ui.quiz.notAnswered)), copied).to.equal(true);
    expect(copied).to.not.contain('—');
    expect(root(el).querySelector('.copying')).to.equal(null);
    expect(textOf(root(el).querySelector('#summary > p[role="status"]'))).to.equal(en.ui.quiz.copied);
  });

  it('prints itself alone: the rest of the page is left out only while its Print is in progress', async () => {
    const page = await fixture<HTMLElement>(html`<main><p>Clinic news</p><section><spine-quiz></spine-quiz></section><spine-quiz></spine-quiz><footer>Contact us</footer></main>`);
    const [el, other] = page.querySelectorAll('spine-quiz');
    for (const quiz of [el, other]) for (let step = 0; step < en.quiz.questions.length + 2; step++) await next(quiz);
    const print = window.print;
    let printed = 0;
    window.print = () => printed++;
    const pressPrint = (quiz: SpineQuiz) => [...root(quiz).querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === en.ui.quiz.print)!.click();
    try {
      // A print the browser refuses (a sandboxed frame) fires no afterprint: the next Print must not leave two quizzes marked.
      pressPrint(other);
      pressPrint(el);
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(2);
    // What the page's print rules do, read from the rules themselves: everything but the quiz and
    // what holds it is left out, and the quiz and what holds it are reset to plain, visible blocks.
    const rules = document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .find((candidate): candidate is CSSMediaRule => candidate instanceof CSSMediaRule && candidate.media.mediaText === 'print' && candidate.cssText.includes('spine-printing'))!;
    const [hide, reset] = [...rules.cssRules] as CSSStyleRule[];
    const matching = (rule: CSSStyleRule) => [...document.querySelectorAll(rule.selectorText)];
    expect(hide.style.display).to.equal('none');
    expect(matching(hide)).to.include.members([page.querySelector('p'), page.querySelector('footer'), other]);
    for (const kept of [el, page.querySelector('section'), page, document.body]) expect(matching(hide)).to.not.include(kept);
    expect(reset.style.getPropertyValue('display')).to.equal('block');
    expect(reset.style.getPropertyPriority('overflow')).to.equal('important');
    expect(matching(reset)).to.have.members([document.documentElement, document.body, page.parentElement, page, page.querySelector('section'), el]);
    dispatchEvent(new Event('afterprint'));
    expect(matching(hide), 'after printing, the page prints whole').to.deep.equal([]);
    expect(matching(reset)).to.deep.equal([]);
  });

  it('prints itself alone from inside a shadow root of the page’s own, marking the element that holds it', async () => {
    const page = await fixture<HTMLElement>(html`<main><aside>Clinic news</aside><div class="app"></div></main>`);
    const app = page.querySelector('.app')!;
    const quiz = document.createElement('spine-quiz');
    app.attachShadow({ mode: 'open' }).append(quiz);
    await quiz.updateComplete;
    for (let step = 0; step < en.quiz.questions.length + 2; step++) await next(quiz);
    const print = window.print;
    window.print = () => {};
    try {
      [...root(quiz).querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === en.ui.quiz.print)!.click();
    } finally {
      window.print = print;
    }
    expect(app.hasAttribute('spine-printing')).to.equal(true);
    const rules = document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .find((candidate): candidate is CSSMediaRule => candidate instanceof CSSMediaRule && candidate.cssText.includes('spine-printing'))!;
    const hidden = [...document.querySelectorAll((rules.cssRules[0] as CSSStyleRule).selectorText)];
    expect(hidden).to.include(page.querySelector('aside'));
    expect(hidden).to.not.include(app);
    dispatchEvent(new Event('afterprint'));
    expect(app.hasAttribute('spine-printing')).to.equal(false);
  });

  it('keeps more space between two choices than between the lines of one, on a 320px phone in Spanish', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz lang="es" style="width: 320px"></spine-quiz>`);
    await settled(el);
    const lines = (label: Element) => {
      const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(text);
      return [...range.getClientRects()].filter((rect) => rect.width > 1);
    };
    const labels = [...root(el).querySelectorAll('fieldset label')];
    const wrapped = labels.find((label) => new Set(lines(label).map((rect) => Math.round(rect.top))).size > 1)!;
    expect(wrapped, 'a choice wraps at this width').to.exist;
    const tops = [...new Set(lines(wrapped).map((rect) => Math.round(rect.top)))];
    const withinChoice = tops[1] - tops[0];
    for (let index = 1; index < labels.length; index++) {
      const above = lines(labels[index - 1]).at(-1)!;
      const below = lines(labels[index])[0];
      expect(below.top - above.top, textOf(labels[index])).to.be.greaterThan(withinChoice + 3);
    }
  });

  it('always lists care without a procedure, even when a clinic offers only some procedures', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz procedures="esi,rfa"></spine-quiz>`);
    for (let step = 0; step < en.quiz.questions.length + 1; step++) await next(el);
    const completed = oneEvent(el, 'spine-quiz-complete');
    await next(el);
    expect((await completed).detail.ask).to.deep.equal(['conservative']);
    expect(textOf(root(el).querySelector('[part="result"]'))).to.contain(nameOf('conservative'));
  });

  it('brings the options to ask about to the front of widgets that follow it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <spine-compare follow-quiz procedures="esi,facet,rfa,scs"></spine-compare>
      <spine-timeline follow-quiz procedure="esi"></spine-timeline>
      <spine-compare procedures="esi,facet,rfa,scs"></spine-compare>
    </div>`);
    const [following, timeline, notFollowing] = [...page.querySelectorAll<SpineCompare | SpineTimeline>('spine-compare, spine-timeline')];
    await Promise.all([following.updateComplete, timeline.updateComplete, notFollowing.updateComplete]);
    page.dispatchEvent(new CustomEvent('spine-quiz-complete', { bubbles: true, composed: true, detail: { ask: ['rfa', 'conservative'], unlikely: [] } }));
    await Promise.all([following.updateComplete, timeline.updateComplete, notFollowing.updateComplete]);
    const columns = (el: HTMLElement) => [...root(el).querySelectorAll('thead th')].map((th) => textOf(th));
    expect(columns(following)).to.deep.equal(['conservative', 'rfa', 'esi', 'facet', 'scs'].map(nameOf));
    expect(columns(notFollowing)).to.deep.equal(['conservative', 'esi', 'facet', 'rfa', 'scs'].map(nameOf));
    expect(textOf(root(timeline).querySelector('h2'))).to.contain(nameOf('rfa'));
  });

  describe('with bad input', () => {
    it('keeps the standard quiz when a rule override is invalid', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await settled(await fixture<SpineQuiz>(html`<spine-quiz><script type="application/json">{ "quiz": { "rules": [ { "procedures": ["esi"], "fit": "best", "when": {}, "reason": "x", "sources": ["acp-2017"] } ] } }</script></spine-quiz>`));
      errors.stop();
      expect(errors.details[0].paths).to.deep.equal(['quiz.rules[0].fit']);
      expect(heading(el)).to.contain(en.ui.quiz.redFlagsTitle);
      await expect(el).to.be.accessible();
    });

    it('takes an empty or removed emergency number as unset: 911, and no complaint', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineQuiz>(html`<spine-quiz emergency-number=""></spine-quiz>`);
      el.removeAttribute('emergency-number');
      await el.updateComplete;
      errors.stop();
      expect(errors.details).to.deep.equal([]);
      expect(root(el).querySelector('[part="notice"]')).to.equal(null);
      await tick(el, ['bladder']);
      await next(el);
      expect(root(el).querySelector('a.call')!.getAttribute('href')).to.equal('tel:911');
    });

    it('keeps 911 when the emergency number has no digits', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineQuiz>(html`<spine-quiz emergency-number="call us"></spine-quiz>`);
      errors.stop();
      expect(errors.details.map((detail) => detail.attribute)).to.deep.equal(['emergency-number']);
      await tick(el, ['bladder']);
      await next(el);
      expect(root(el).querySelector('a.call')!.getAttribute('href')).to.equal('tel:911');
    });

    for (const [written, shown] of [
      ['+', '911'],
      ['112 / 911', '112'],
      ['911 ext 2', '911'],
      ['(03) 1234 5678', '(03) 1234 5678'],
    ] as const) {
      it(`shows and dials the first number written in "${written}"`, async () => {
        const el = await fixture<SpineQuiz>(html`<spine-quiz emergency-number=${written}></spine-quiz>`);
        await tick(el, ['bladder']);
        await next(el);
        const call = root(el).querySelector<HTMLAnchorElement>('a.call')!;
        expect(textOf(call)).to.equal(fill(en.ui.quiz.call, { number: shown }));
        expect(call.getAttribute('href')).to.equal(`tel:${shown.replace(/[^\d+]/g, '')}`);
      });
    }
  });
});
