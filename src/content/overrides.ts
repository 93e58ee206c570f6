/**
 * Clinic overrides: validated, then deep-merged into a locale pack by procedure id.
 * Whatever is valid is kept; each invalid piece is dropped and reported with its JSON path.
 */
import * as v from 'valibot';
import {
  calendarFileMessage,
  calendarFileName,
  idSchema,
  isoDate,
  markup,
  markupMessage,
  procedureSchema,
  quizSchema,
  sourceSchema,
  text,
  type ContentPack,
} from './schema.js';

/** A problem found in content, with the JSON path of the offending value. */
export interface ContentIssue {
  path: string;
  message: string;
}


/** The shape of an override: every field optional; procedures matched by id. */
export const contentOverrideSchema = v.strictObject({
  /** Apply only to this language; all languages when absent. */
  locale: v.optional(v.string()),
  reviewed: v.optional(isoDate),
  reviewBy: v.optional(isoDate),
  disclosure: v.optional(text()),
  decision: v.optional(text()),
  /** Ids to leave out everywhere. */
  hide: v.optional(v.array(idSchema)),
  /** New sources, or corrections of existing ones, by id. */
  sources: v.optional(v.record(idSchema, sourceSchema)),
  /** Partial procedures, matched by id; an unknown id adds a complete new option. */
  procedures: v.optional(v.array(v.record(v.string(), v.unknown()))),
  /** Any interface words, in the same nesting as the pack's `ui`. */
  ui: v.optional(v.record(v.string(), v.unknown())),
  /** Quiz parts to replace: `redFlags`, `questions`, `values`, `rules`, `cautions`, `askDoctor` (lists replace lists). */
  quiz: v.optional(v.record(v.string(), v.unknown())),
});

export type ContentOverride = v.InferInput<typeof contentOverrideSchema>;

const typeNames: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  strict_object: 'an object',
  loose_object: 'an object',
  record: 'an object',
};

/** Turns valibot issues into `procedures[2].risks[0].perThousand: expected a number`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ContentIssue[] {
  return issues.map((issue) => {
    let path = prefix;
    for (const item of issue.path ?? []) {
      const key = (item as { key: unknown }).key;
      path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
    }
    let message = issue.message;
    if (issue.kind === 'schema' && issue.expected === 'never') message = 'is not a known field';
    else if (issue.kind === 'schema' && issue.received === 'undefined') message = 'is missing';
    else if (issue.kind === 'schema' && typeNames[issue.type]) message = `expected ${typeNames[issue.type]}`;
    else if (issue.kind === 'schema' && issue.type === 'picklist') message = `expected one of ${issue.expected?.replace(/^\((.*)\)$/, '$1')}`;
    return { path: path || '(root)', message };
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges objects key by key; arrays and plain values from `patch` replace those in `base`. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    merged[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return merged as T;
}

/**
 * Interface words can only replace words of the pack being changed (itself valid): the same
 * keys, text for text, lists of the same length. This keeps the words' schema out of the bundle.
 */
function wordIssues(base: unknown, patch: unknown, path: string): ContentIssue[] {
  if (typeof base === 'string') {
    if (typeof patch !== 'string' || !patch.trim()) return [{ path, message: 'expected text' }];
    if (markup.test(patch)) return [{ path, message: markupMessage }];
    return path === 'ui.timeline.calendarFile' && !calendarFileName.test(patch) ? [{ path, message: calendarFileMessage }] : [];
  }
  if (Array.isArray(base)) {
    return Array.isArray(patch) && patch.length === base.length
      ? patch.flatMap((item, index) => wordIssues(base[index], item, `${path}[${index}]`))
      : [{ path, message: `expected a list of ${base.length}` }];
  }
  if (!isPlainObject(base) || !isPlainObject(patch)) return [{ path, message: 'expected an object' }];
  return Object.entries(patch).flatMap(([key, value]) =>
    key in base ? wordIssues(base[key], value, `${path}.${key}`) : [{ path: `${path}.${key}`, message: 'is not a known field' }],
  );
}

/** Source ids cited anywhere inside `node`, each with its path. */
function citedSources(node: unknown): { id: string; path: string }[] {
  const found: { id: string; path: string }[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (isPlainObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'sources' || key === 'redFlagSources') && Array.isArray(value)) {
          value.forEach((id, index) => found.push({ id: String(id), path: `${path}.sources[${index}]` }));
        } else walk(value, `${path}.${key}`);
      }
    }
  };
  walk(node, '');
  return found;
}

/**
 * Ids named by the rules and cautions a clinic writes must exist: a rule for a misspelled option
 * or answer would never apply, and nothing on the page would say so. (Standard rules about
 * questions a clinic took out simply cannot apply.)
 */
function quizIdIssues(quiz: ContentPack['quiz'], patch: Record<string, unknown>, optionIds: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const unknown = (path: string, what: string, id: string) => issues.push({ path, message: `unknown ${what} "${id}"` });
  // The quiz keeps the warning signs and "what matters to you" under these keys, beside the questions.
  const steps = [...quiz.questions, { id: 'red-flags', options: quiz.redFlags }, { id: 'values', options: quiz.values }];
  const conditions = (condition: Record<string, string[]> = {}, path: string) => {
    for (const [questionId, answerIds] of Object.entries(condition)) {
      const answers = steps.find((question) => question.id === questionId)?.options.map((option) => option.id);
      if (!answers) unknown(`${path}.${questionId}`, 'question', questionId);
      else answerIds.forEach((id, index) => answers.includes(id) || unknown(`${path}.${questionId}[${index}]`, 'answer', id));
    }
  };
  if (patch.rules) {
    quiz.rules.forEach((rule, index) => {
      const path = `quiz.rules[${index}]`;
      rule.procedures.forEach((id, at) => optionIds.includes(id) || unknown(`${path}.procedures[${at}]`, 'option', id));
      conditions(rule.when, `${path}.when`);
      conditions(rule.unless, `${path}.unless`);
    });
  }
  if (patch.cautions) quiz.cautions.forEach((caution, index) => conditions(caution.when, `quiz.cautions[${index}].when`));
  return issues;
}

/** Options an earlier override hid, so a later one may still name them. */
const hiddenBefore = new WeakMap<ContentPack, readonly string[]>();

/** Applies one override to a pack. Returns the new pack and what had to be dropped. */
export function applyOverride(pack: ContentPack, override: unknown): { pack: ContentPack; issues: ContentIssue[] } {
  if (!isPlainObject(override)) return { pack, issues: [{ path: '(root)', message: 'expected an object' }] };
  const parsed = v.safeParse(contentOverrideSchema, override);
  if (!parsed.success) {
    // Keep the valid top-level fields: drop only those with problems.
    const issues = describeIssues(parsed.issues);
    const badKeys = new Set(parsed.issues.map((issue) => String(issue.path?.[0]?.key ?? '')));
    if (badKeys.has('')) return { pack, issues };
    const kept = Object.fromEntries(Object.entries(override).filter(([key]) => !badKeys.has(key)));
    const rest = applyOverride(pack, kept);
    return { pack: rest.pack, issues: [...issues, ...rest.issues] };
  }
  const patch = parsed.output;
  if (patch.locale && patch.locale.split('-')[0] !== pack.locale.split('-')[0]) return { pack, issues: [] };

  const issues: ContentIssue[] = [];
  const next: ContentPack = { ...pack };
  if (patch.reviewed) next.reviewed = patch.reviewed;
  if (patch.reviewBy) next.reviewBy = patch.reviewBy;
  if (patch.disclosure) next.disclosure = patch.disclosure;
  if (patch.decision) next.decision = patch.decision;
  if (patch.sources) next.sources = { ...pack.sources, ...patch.sources };

  if (patch.ui) {
    const wordProblems = wordIssues(pack.ui, patch.ui, 'ui');
    if (wordProblems.length) issues.push(...wordProblems);
    else next.ui = deepMerge(pack.ui, patch.ui);
  }

  const procedures = [...pack.procedures];
  patch.procedures?.forEach((procedurePatch, index) => {
    const prefix = `procedures[${index}]`;
    const at = procedures.findIndex((procedure) => procedure.id === procedurePatch.id);
    const candidate = at >= 0 ? { ...procedures[at], ...procedurePatch } : procedurePatch;
    const result = v.safeParse(procedureSchema, candidate);
    if (!result.success) {
      // A patch with fields missing is most often a misspelled id meant to change a standard
      // option (or one an earlier override hid): say so before the fields.
      const id = procedurePatch.id;
      if (at < 0 && v.is(idSchema, id) && result.issues.some((issue) => issue.received === 'undefined')) {
        const why = hiddenBefore.get(pack)?.includes(id) ? 'was hidden by an earlier override' : 'is not a known option; a new option needs every field';
        issues.push({ path: `${prefix}.id`, message: `"${id}" ${why}` });
      }
      issues.push(...describeIssues(result.issues, prefix));
      return;
    }
    const unknownSources = citedSources(result.output).filter(({ id }) => !next.sources[id]);
    if (unknownSources.length) {
      issues.push(...unknownSources.map(({ id, path }) => ({ path: prefix + path, message: `unknown source "${id}"` })));
      return;
    }
    if (at >= 0) procedures[at] = result.output;
    else procedures.push(result.output);
  });

  const ids = [...procedures.map((procedure) => procedure.id), ...(hiddenBefore.get(pack) ?? [])];
  if (patch.quiz) {
    const quiz = v.safeParse(quizSchema, deepMerge(pack.quiz, patch.quiz));
    if (!quiz.success) issues.push(...describeIssues(quiz.issues, 'quiz'));
    else {
      const problems = [
        ...citedSources(quiz.output)
          .filter(({ id }) => !next.sources[id])
          .map(({ id, path }) => ({ path: `quiz${path}`, message: `unknown source "${id}"` })),
        ...quizIdIssues(quiz.output, patch.quiz, ids),
      ];
      if (problems.length) issues.push(...problems);
      else next.quiz = quiz.output;
    }
  }

  patch.hide?.forEach((id, index) => ids.includes(id) || issues.push({ path: `hide[${index}]`, message: `unknown option "${id}"` }));
  const hidden = new Set(patch.hide ?? []);
  if (hidden.delete('conservative')) {
    issues.push({ path: 'hide', message: 'care without a procedure is always shown and cannot be hidden' });
  }
  next.procedures = procedures.filter((procedure) => !hidden.has(procedure.id));
  hiddenBefore.set(next, [...(hiddenBefore.get(pack) ?? []), ...hidden]);
  return { pack: next, issues };
}
