/** The quiz engine: answers in, topics to raise with a doctor out. Pure; no DOM. */
import type { Quiz } from '../content/schema.js';

/** Ticked option ids per question id; red flags under `red-flags`, values under `values`. */
export type Answers = Record<string, readonly string[]>;

export type Urgency = 'emergency' | 'urgent';

export interface Reason {
  text: string;
  sources: string[];
}

/** One option in the result, with why it came up and, if any, why it may not fit. */
export interface OptionFit {
  id: string;
  reasons: Reason[];
  against: Reason[];
}

export interface QuizOutcome {
  /** Options to ask about: every one with an "ask" rule, and care without a procedure always. */
  ask: OptionFit[];
  /** Options with only "usually does not fit" rules. */
  unlikely: OptionFit[];
  /** Options no rule spoke about. */
  other: string[];
  /** "Tell your doctor" cards. */
  cautions: Reason[];
}

/** True when, for every question named, one of its listed options was ticked. */
export function matches(when: Record<string, readonly string[]>, answers: Answers): boolean {
  return Object.entries(when).every(([question, options]) => options.some((option) => answers[question]?.includes(option)));
}

/** The most serious red flag ticked: an emergency outranks an urgent one. */
export function urgencyOf(quiz: Quiz, ticked: readonly string[]): Urgency | undefined {
  const levels = quiz.redFlags.filter((flag) => ticked.includes(flag.id)).map((flag) => flag.level);
  return levels.includes('emergency') ? 'emergency' : levels.length ? 'urgent' : undefined;
}

/** Applies the rules to the answers for the options on offer, keeping their order. */
export function evaluate(quiz: Quiz, procedureIds: readonly string[], answers: Answers): QuizOutcome {
  const fits = new Map(procedureIds.map((id) => [id, { id, reasons: [] as Reason[], against: [] as Reason[] }]));
  for (const rule of quiz.rules) {
    if (!matches(rule.when, answers) || (rule.unless && matches(rule.unless, answers))) continue;
    for (const id of rule.procedures) {
      const fit = fits.get(id);
      if (fit) (rule.fit === 'ask' ? fit.reasons : fit.against).push({ text: rule.reason, sources: rule.sources });
    }
  }
  const all = [...fits.values()];
  const isAsk = (fit: OptionFit) => fit.reasons.length > 0 || fit.id === 'conservative';
  return {
    ask: all.filter(isAsk),
    unlikely: all.filter((fit) => !isAsk(fit) && fit.against.length > 0),
    other: all.filter((fit) => !isAsk(fit) && fit.against.length === 0).map((fit) => fit.id),
    cautions: quiz.cautions.filter((caution) => matches(caution.when, answers)).map(({ text, sources }) => ({ text, sources })),
  };
}
