import { expect } from '@open-wc/testing';
import { en } from './en/index.js';
import { applyOverride, deepMerge } from './overrides.js';

const esi = en.procedures.findIndex((procedure) => procedure.id === 'esi');
const someSource = en.procedures[esi].summary.sources[0];

describe('applyOverride', () => {
  it('renames and annotates an option by id, leaving the rest as it was', () => {
    const { pack, issues } = applyOverride(en, { procedures: [{ id: 'esi', name: 'Epidural injection', clinicNote: 'Call us at 555-0100.' }] });
    expect(issues).to.deep.equal([]);
    expect(pack.procedures[esi].name).to.equal('Epidural injection');
    expect(pack.procedures[esi].clinicNote).to.equal('Call us at 555-0100.');
    expect(pack.procedures[esi].risks).to.deep.equal(en.procedures[esi].risks);
    expect(en.procedures[esi].name).to.not.equal('Epidural injection');
  });

  it('hides options, but never care without a procedure', () => {
    const { pack, issues } = applyOverride(en, { hide: ['vertebroplasty', 'conservative'] });
    const ids = pack.procedures.map((procedure) => procedure.id);
    expect(ids).to.not.include('vertebroplasty');
    expect(ids).to.include('conservative');
    expect(issues.map((issue) => issue.path)).to.deep.equal(['hide']);
  });

  it('adds a clinic source and lets a figure cite it', () => {
    const risks = [{ ...en.procedures[esi].risks[0], sources: ['clinic-audit-2025'] }];
    const { pack, issues } = applyOverride(en, {
      sources: { 'clinic-audit-2025': { title: 'Our own audit', publisher: 'Riverside Spine Center', year: 2025 } },
      procedures: [{ id: 'esi', risks }],
    });
    expect(issues).to.deep.equal([]);
    expect(pack.procedures[esi].risks[0].sources).to.deep.equal(['clinic-audit-2025']);
  });

  const invalid: [string, unknown, string[]][] = [
    ['a rate that is text', { procedures: [{ id: 'esi', risks: [{ ...en.procedures[esi].risks[0], perThousand: 'many' }] }] }, ['procedures[0].risks[0].perThousand: expected a number']],
    ['a negative rate', { procedures: [{ id: 'esi', risks: [{ ...en.procedures[esi].risks[0], perThousand: -3 }] }] }, ['procedures[0].risks[0].perThousand: must be 0 or more']],
    ['a misspelt field', { procedures: [{ id: 'esi', nmae: 'x' }] }, ['procedures[0].nmae: is not a known field']],
    ['a figure with an unknown source', { procedures: [{ id: 'esi', summary: { text: 'x', sources: ['nobody-2020'], certainty: 'low' } }] }, ['procedures[0].summary.sources[0]: unknown source "nobody-2020"']],
    ['a new option missing fields', { procedures: [{ id: 'acupuncture', name: 'Acupuncture' }] }, ['procedures[0].id: "acupuncture" is not a known option; a new option needs every field', 'procedures[0].shortName: is missing']],
    ['a misspelled option', { procedures: [{ id: 'rfx', clinicNote: 'Tuesdays.' }] }, ['procedures[0].id: "rfx" is not a known option; a new option needs every field']],
    ['a note pasted with its HTML', { procedures: [{ id: 'esi', clinicNote: '<p>We offer this on <b>Tuesdays</b>.</p>' }] }, ['procedures[0].clinicNote: looks like HTML; write plain text']],
    ['an entity from a web page', { decision: 'Which option&nbsp;suits me?' }, ['decision: looks like HTML; write plain text']],
    ['interface words with a tag', { ui: { compare: { chooseLegend: 'Your <em>choices</em>' } } }, ['ui.compare.chooseLegend: looks like HTML; write plain text']],
    ['a bad certainty', { procedures: [{ id: 'esi', summary: { text: 'x', sources: [someSource], certainty: 'sure' } }] }, ['procedures[0].summary.certainty: expected one of "high" | "moderate" | "low" | "very-low"']],
    ['a list where an object belongs', [], ['(root): expected an object']],
    ['a wrong top-level type', { reviewed: 2025 }, ['reviewed: expected text']],
    ['an id every object inherits', { procedures: [{ ...en.procedures[esi], id: 'constructor' }] }, ['procedures[0].id: is a reserved word; choose another id']],
    ['a calendar file that is not a calendar file', { ui: { timeline: { calendarFile: 'recovery.ics.html' } } }, ['ui.timeline.calendarFile: expected a file name ending in .ics, e.g. "recovery-{id}.ics"']],
    [
      'a recovery step filed under a phase its days miss',
      { procedures: [{ id: 'esi', milestones: [{ ...en.procedures[esi].milestones[0], phase: 'week-1', fromDay: 30 }] }] },
      ['procedures[0].milestones[0]: the days must reach into week-1 (days 4 to 7)'],
    ],
    [
      'a recovery step that ends before it starts',
      { procedures: [{ id: 'esi', milestones: [{ ...en.procedures[esi].milestones[0], phase: 'weeks-2-6', fromDay: 20, toDay: 10 }] }] },
      ['procedures[0].milestones[0]: toDay comes before fromDay'],
    ],
  ];

  for (const [name, override, expectedStart] of invalid) {
    it(`reports ${name} with its path and keeps the standard content`, () => {
      const { pack, issues } = applyOverride(en, override);
      const described = issues.map((issue) => `${issue.path}: ${issue.message}`);
      expect(described.slice(0, expectedStart.length)).to.deep.equal(expectedStart);
      expect(pack.procedures.map((procedure) => procedure.id)).to.deep.equal(en.procedures.map((procedure) => procedure.id));
      expect(pack.procedures[esi]).to.deep.equal(en.procedures[esi]);
    });
  }

  it('takes rules and cautions on what matters to the patient and on warning signs, and plain text that only looks odd', () => {
    const rules = [...en.quiz.rules, { procedures: ['esi'], fit: 'unlikely', when: { values: ['no-needle'] }, reason: 'You would rather avoid needles.', sources: ['acp-2017'] }];
    const cautions = [{ when: { 'red-flags': [en.quiz.redFlags[0].id] }, text: 'Call us first.', sources: ['asra-2018'] }];
    const { pack, issues } = applyOverride(en, { quiz: { rules, cautions } });
    expect(issues).to.deep.equal([]);
    expect(pack.quiz.rules).to.deep.equal(rules);
    const notes = ['Email <info@clinic.org>', 'Prep: <https://clinic.example/prep>', 'Bring your Q&A; list', 'Takes <5 minutes.', 'AT&T; R&D;'];
    for (const clinicNote of notes) expect(applyOverride(en, { procedures: [{ id: 'esi', clinicNote }] }).issues, clinicNote).to.deep.equal([]);
  });

  it('says an option was hidden earlier, and does not call a complete new option with one bad field unknown', () => {
    const hidden = applyOverride(en, { hide: ['scs'] });
    const patched = applyOverride(hidden.pack, { procedures: [{ id: 'scs', clinicNote: 'Tuesdays.' }] });
    expect(patched.issues[0]).to.deep.equal({ path: 'procedures[0].id', message: '"scs" was hidden by an earlier override' });
    const complete = { ...en.procedures[esi], id: 'physio', name: 'Physiotherapy', clinicNote: '<b>Mondays</b>' };
    expect(applyOverride(en, { procedures: [complete] }).issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
      'procedures[0].clinicNote: looks like HTML; write plain text',
    ]);
  });

  it('checks a huge pasted note for markup in one pass, without hanging the page', function () {
    // Not a speed test: a pattern that backtracks took about 7 s on this note; one pass takes milliseconds.
    this.timeout(3000);
    const { issues } = applyOverride(en, { procedures: [{ id: 'esi', clinicNote: '<a'.repeat(100_000) }] });
    expect(issues.map((issue) => issue.path)).to.include('procedures[0].clinicNote');
  });

  it('lets a clinic replace the quiz’s tell-your-doctor cards, keeping them cited', () => {
    const cautions = [{ when: { health: ['thinners'] }, text: 'Call our nurse line about blood thinners.', sources: ['asra-2018'] }];
    const { pack, issues } = applyOverride(en, { quiz: { cautions } });
    expect(issues).to.deep.equal([]);
    expect(pack.quiz.cautions).to.deep.equal(cautions);
    expect(pack.quiz.rules).to.deep.equal(en.quiz.rules);
  });

  it('rejects a quiz rule with a bad fit or an unknown source, and keeps the standard quiz', () => {
    const badFit = applyOverride(en, { quiz: { rules: [{ ...en.quiz.rules[0], fit: 'best' }] } });
    expect(badFit.issues.map((issue) => issue.path)).to.deep.equal(['quiz.rules[0].fit']);
    expect(badFit.pack.quiz).to.equal(en.quiz);
    const badSource = applyOverride(en, { quiz: { rules: [{ ...en.quiz.rules[0], sources: ['made-up'] }] } });
    expect(badSource.issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal(['quiz.rules[0].sources[0]: unknown source "made-up"']);
  });

  it('names options, questions and answers that do not exist in a clinic’s hide list, rules and cautions', () => {
    const rule = en.quiz.rules.find((item) => Object.keys(item.when).length)!;
    const [question, answers] = Object.entries(rule.when)[0];
    const typos = applyOverride(en, {
      hide: ['vertebroplasy'],
      quiz: {
        rules: [{ ...rule, procedures: ['rfa', 'bogus'], when: { [question]: [answers[0], 'nope'] }, unless: { pian: ['x'] } }],
        cautions: [{ when: { helth: ['thinners'] }, text: 'Call us.', sources: ['asra-2018'] }],
      },
    });
    expect(typos.issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
      'quiz.rules[0].procedures[1]: unknown option "bogus"',
      `quiz.rules[0].when.${question}[1]: unknown answer "nope"`,
      'quiz.rules[0].unless.pian: unknown question "pian"',
      'quiz.cautions[0].when.helth: unknown question "helth"',
      'hide[0]: unknown option "vertebroplasy"',
    ]);
    expect(typos.pack.quiz).to.equal(en.quiz);
    expect(typos.pack.procedures).to.deep.equal(en.procedures);
  });

  it('lets a rule name an option the same override adds, or one an earlier override hid', () => {
    const added = { ...en.procedures[esi], id: 'acupuncture', name: 'Acupuncture', shortName: 'Acupuncture' };
    const rules = [{ ...en.quiz.rules[0], procedures: ['acupuncture', 'vertebroplasty'] }];
    const hidden = applyOverride(en, { hide: ['vertebroplasty'] });
    const { pack, issues } = applyOverride(hidden.pack, { procedures: [added], hide: ['vertebroplasty'], quiz: { rules } });
    expect(issues).to.deep.equal([]);
    expect(pack.quiz.rules).to.deep.equal(rules);
    // Standard rules about questions a clinic took out cannot apply, and are not the clinic's mistake.
    expect(applyOverride(en, { quiz: { questions: en.quiz.questions.slice(0, 1) } }).issues).to.deep.equal([]);
  });

  it('changes interface words, and refuses words that are not text or keys that do not exist', () => {
    const good = applyOverride(en, { ui: { compare: { chooseLegend: 'Your choices' } } });
    expect(good.issues).to.deep.equal([]);
    expect(good.pack.ui.compare.chooseLegend).to.equal('Your choices');
    expect(good.pack.ui.compare.intro).to.equal(en.ui.compare.intro);
    const bad = applyOverride(en, { ui: { compare: { chooseLegend: 3, titel: 'x' }, quiz: { sure: ['only one'] } } });
    expect(bad.issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
      'ui.compare.chooseLegend: expected text',
      'ui.compare.titel: is not a known field',
      'ui.quiz.sure: expected a list of 4',
    ]);
    expect(bad.pack.ui).to.equal(en.ui);
  });

  it('keeps the valid parts of an override that is partly wrong', () => {
    const { pack, issues } = applyOverride(en, { decision: 'Which option might suit me?', reviewed: 'soon' });
    expect(pack.decision).to.equal('Which option might suit me?');
    expect(pack.reviewed).to.equal(en.reviewed);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['reviewed']);
  });

  it('reports the problems inside the fields it keeps, when another field is wrong', () => {
    const { pack, issues } = applyOverride(en, { reviewed: 'soon', procedures: [{ id: 'esi', figures: [{ ...en.procedures.find((option) => option.id === 'esi')!.figures[0], sources: ['nowhere'] }] }] });
    expect(issues.map((issue) => issue.path)).to.include('reviewed');
    expect(issues.some((issue) => issue.path.startsWith('procedures[0]') && issue.message.includes('nowhere')), JSON.stringify(issues)).to.equal(true);
    expect(pack.procedures.find((option) => option.id === 'esi')!.figures).to.deep.equal(en.procedures.find((option) => option.id === 'esi')!.figures);
  });

  it('ignores an override written for another language', () => {
    const { pack } = applyOverride(en, { locale: 'es', decision: '¿Qué opción?' });
    expect(pack.decision).to.equal(en.decision);
  });
});

describe('deepMerge', () => {
  it('merges objects, replaces arrays and ignores prototype keys', () => {
    const merged = deepMerge({ a: { b: 1, c: 2 }, list: [1, 2] }, JSON.parse('{"a":{"c":3},"list":[9],"__proto__":{"polluted":true}}'));
    expect(merged).to.deep.equal({ a: { b: 1, c: 3 }, list: [9] });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
