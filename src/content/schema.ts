/**
 * The single source of the content types. Every patient-facing word and number lives in a
 * locale pack that must pass this schema; the TypeScript types below are inferred from it.
 */
import * as v from 'valibot';
import { phaseOrder, phaseWindows } from './phases.js';

/**
 * Tags or entities in text a clinic pasted from a web page: shown as typed, never as markup, so
 * refused. Not an address in brackets (`<info@clinic.org>`) or "Q&A;"; read in one pass.
 */
export const markup = /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]{1,31});/i;
export const markupMessage = 'looks like HTML; write plain text';

export const text = (max = 2000) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max), v.check((value) => !markup.test(value), markupMessage));

/** A name the browser saves as a calendar file, whatever a clinic's file says: no other extension, no folders. */
export const calendarFileName = /^[\p{L}\p{N} _{}-]+\.ics$/u;
export const calendarFileMessage = 'expected a file name ending in .ics, e.g. "recovery-{id}.ics"';

export const idSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a lowercase id such as "rfa"'),
  // "constructor" and the like would find what every object inherits, not the content's own.
  v.check((id) => !(id in Object.prototype), 'is a reserved word; choose another id'),
);

/** How sure the evidence is, on the GRADE scale. */
export const certaintySchema = v.picklist(['high', 'moderate', 'low', 'very-low']);

/** A source a figure or statement rests on. Titles stay in their original language. */
export const sourceSchema = v.strictObject({
  title: text(400),
  /** Journal, publisher or organisation. */
  publisher: text(200),
  /** Year of publication; absent for undated web pages. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'expected an http(s) address'))),
  /** True when the source is secondary, a clinic page or otherwise weak. */
  weak: v.optional(v.boolean()),
  /** Language of the title, as a tag like `es`; English when absent. */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'expected a language tag like es or en-US'))),
});

/** A statement with the sources it rests on and how certain it is. */
export const citedSchema = v.strictObject({
  text: text(),
  sources: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one source')),
  certainty: certaintySchema,
});

const perThousand = v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(1000, 'must be at most 1000'));

/**
 * A benefit figure as a natural frequency: "about {value} in {per} {outcome}".
 * `low`/`high` give a range instead of a single value.
 */
export const figureSchema = v.strictObject({
  /** What happened to these people, e.g. "had at least half of their leg pain go away". */
  outcome: text(300),
  value: v.optional(v.pipe(v.number(), v.minValue(0))),
  low: v.optional(v.pipe(v.number(), v.minValue(0))),
  high: v.optional(v.pipe(v.number(), v.minValue(0))),
  per: v.picklist([100, 1000]),
  /** The group compared against, with its own number on the same denominator. */
  comparison: v.optional(v.strictObject({ label: text(200), value: v.pipe(v.number(), v.minValue(0)) })),
  /** When it was measured, e.g. "1 month after the injection". */
  timeFrame: text(200),
  /** Who it applies to, e.g. "adults with sciatica from a disc bulge". */
  population: text(300),
  sources: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one source')),
  certainty: certaintySchema,
});

/** A harm. Either a rate per 1,000 (single or range) or, when only reports exist, why there is no rate. */
export const riskSchema = v.strictObject({
  id: idSchema,
  label: text(200),
  /** What it means for the patient, one or two short sentences. */
  detail: v.optional(text(600)),
  severity: v.picklist(['side-effect', 'serious']),
  perThousand: v.optional(perThousand),
  lowPerThousand: v.optional(perThousand),
  highPerThousand: v.optional(perThousand),
  /** What the rate is counted over. */
  basis: v.picklist(['people', 'procedures', 'treated-sites', 'implants']),
  /** Shown instead of a number when the sources give no rate (e.g. only case reports). */
  noRate: v.optional(text(400)),
  timeFrame: text(200),
  sources: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one source')),
  certainty: certaintySchema,
});

export const phaseSchema = v.picklist(phaseOrder);

/**
 * One step of the recovery path, in days after the procedure (day 0). Its days must reach into
 * its phase, so that the heading a patient reads ("Days 1 to 3") and the dates under it agree.
 */
export const milestoneSchema = v.pipe(
  v.strictObject({
    phase: phaseSchema,
    fromDay: v.pipe(v.number(), v.integer(), v.minValue(-30), v.maxValue(730)),
    toDay: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-30), v.maxValue(730))),
    kind: v.picklist(['activity', 'work', 'driving', 'relief', 'follow-up', 'warning', 'care', 'repeat']),
    text: text(400),
    sources: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one source')),
    certainty: certaintySchema,
  }),
  v.check(({ fromDay, toDay = fromDay }) => toDay >= fromDay, 'toDay comes before fromDay'),
  v.check(
    ({ phase, fromDay, toDay = fromDay }) => toDay >= phaseWindows[phase][0] && fromDay <= phaseWindows[phase][1],
    ({ input: { phase } }) => `the days must reach into ${phase} (days ${phaseWindows[phase].join(' to ')})`,
  ),
);

/**
 * One option a patient can compare. Every option has every field, benefits and harms alike
 * (IPDAS "equal detail").
 */
export const procedureSchema = v.strictObject({
  id: idSchema,
  name: text(120),
  /** A short name for narrow columns and pickers. */
  shortName: text(40),
  /** One or two plain sentences: what it is. */
  summary: citedSchema,
  treats: citedSchema,
  notFor: citedSchema,
  setting: citedSchema,
  anesthesia: citedSchema,
  duration: citedSchema,
  imaging: citedSchema,
  sameDayHome: citedSchema,
  recovery: citedSchema,
  reliefDuration: citedSchema,
  effectiveness: citedSchema,
  figures: v.array(figureSchema),
  risks: v.array(riskSchema),
  /** Where good evidence or guidelines disagree, in plain words. */
  debate: citedSchema,
  /** What the option involves, for the quiz's "what matters to you": a needle, an implant, an operation. */
  tags: v.array(v.picklist(['needle', 'implant', 'surgery'])),
  milestones: v.array(milestoneSchema),
  questions: v.pipe(v.array(text(300)), v.minLength(1)),
  /** The clinic's own note (prep, cost, contact), shown as the clinic's, apart from the evidence. */
  clinicNote: v.optional(text(1000)),
});

export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date like 2026-11-01'));

const choiceSchema = v.strictObject({ id: idSchema, text: text(300) });

/** Answers that make a rule apply: for each question, any one of the listed option ids. */
const conditionSchema = v.record(idSchema, v.array(idSchema));

/** The quiz: red flags, questions, values and the rules that turn answers into topics to ask about. */
export const quizSchema = v.strictObject({
  redFlags: v.pipe(v.array(v.strictObject({ id: idSchema, text: text(300), level: v.picklist(['emergency', 'urgent']) })), v.minLength(1)),
  redFlagSources: v.pipe(v.array(idSchema), v.minLength(1)),
  questions: v.array(v.strictObject({ id: idSchema, text: text(300), multiple: v.optional(v.boolean()), options: v.pipe(v.array(choiceSchema), v.minLength(2)) })),
  values: v.array(v.strictObject({ id: idSchema, text: text(200), tag: v.optional(v.picklist(['needle', 'implant', 'surgery'])), field: v.optional(v.picklist(['recovery', 'reliefDuration'])) })),
  rules: v.array(
    v.strictObject({
      procedures: v.pipe(v.array(idSchema), v.minLength(1)),
      fit: v.picklist(['ask', 'unlikely']),
      when: conditionSchema,
      unless: v.optional(conditionSchema),
      reason: text(400),
      sources: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one source')),
    }),
  ),
  cautions: v.array(v.strictObject({ when: conditionSchema, text: text(400), sources: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one source')) })),
  askDoctor: v.array(text(300)),
});

/** Interface words. Content packs for every locale carry the same keys. */
export const uiSchema = v.strictObject({
  notAdvice: text(300),
  reviewed: text(100),
  reviewBy: text(100),
  overdue: text(300),
  sources: text(100),
  sourceLabel: text(100),
  weakSource: text(100),
  funding: text(100),
  certainty: text(100),
  certaintyLevels: v.strictObject({ high: text(60), moderate: text(60), low: text(60), 'very-low': text(60) }),
  per100: text(200),
  per1000: text(200),
  range100: text(200),
  range1000: text(200),
  versus: text(200),
  basis: v.strictObject({ people: text(60), procedures: text(60), 'treated-sites': text(60), implants: text(60) }),
  clinicNote: text(100),
  unknownProcedure: text(300),
  invalidContent: text(300),
  contentUnavailable: text(300),
  invalidAttribute: text(300),
  compare: v.strictObject({
    intro: text(600),
    chooseLegend: text(200),
    chooseHint: text(300),
    alwaysShown: text(100),
    showing: text(200),
    caption: text(200),
    /** A keyboard user's way past the table's many links, shown when focused. */
    skipTable: text(100),
    rows: v.strictObject({
      summary: text(100),
      treats: text(100),
      notFor: text(100),
      howDone: text(100),
      recovery: text(100),
      reliefDuration: text(100),
      effectiveness: text(100),
      risks: text(100),
      debate: text(100),
      questions: text(100),
    }),
    setting: text(60),
    anesthesia: text(60),
    duration: text(60),
    imaging: text(60),
    sameDayHome: text(60),
    seriousRisks: text(100),
    sideEffects: text(100),
  }),
  pickerLabel: text(100),
  timeline: v.strictObject({
    title: text(200),
    intro: text(600),
    helpTitle: text(100),
    dateLabel: text(200),
    dateHint: text(300),
    now: text(60),
    startsIn: text(200),
    phases: v.strictObject({
      trial: text(100),
      'day-0': text(100),
      'days-1-3': text(100),
      'week-1': text(100),
      'weeks-2-6': text(100),
      'month-3': text(100),
      'months-6-12': text(100),
    }),
    kinds: v.strictObject({
      activity: text(60),
      work: text(60),
      driving: text(60),
      relief: text(60),
      'follow-up': text(60),
      warning: text(60),
      care: text(60),
      repeat: text(60),
    }),
    addToCalendar: text(100),
    calendarNote: text(300),
    calendarFile: v.pipe(text(100), v.regex(calendarFileName, calendarFileMessage)),
    calendarFailed: text(200),
  }),
  risks: v.strictObject({
    title: text(200),
    intro: text(600),
    compareLabel: text(100),
    compareNone: text(100),
    hadIt: text(200),
    didNot: text(200),
    hadItRange: text(200),
    didNotRange: text(200),
    underOne: text(200),
    noRate: text(200),
    when: text(100),
    legend: text(300),
    legendPossible: text(300),
    words: v.strictObject({ 'very-common': text(60), common: text(60), uncommon: text(60), rare: text(60), 'very-rare': text(60) }),
    iconArrayError: text(200),
  }),
  quiz: v.strictObject({
    title: text(200),
    intro: text(600),
    redFlagsTitle: text(200),
    redFlagsHint: text(300),
    progress: text(100),
    next: text(60),
    back: text(60),
    results: text(60),
    startOver: text(60),
    pickAny: text(200),
    valuesTitle: text(200),
    valuesHint: text(300),
    emergencyTitle: text(200),
    emergencyText: text(600),
    call: text(100),
    urgentTitle: text(200),
    urgentText: text(600),
    resultsTitle: text(200),
    resultsIntro: text(800),
    askTitle: text(200),
    unlikelyTitle: text(200),
    otherTitle: text(200),
    otherText: text(300),
    but: text(60),
    tags: v.strictObject({
      needle: v.tuple([text(100), text(100)]),
      implant: v.tuple([text(100), text(100)]),
      surgery: v.tuple([text(100), text(100)]),
    }),
    tellTitle: text(200),
    askDoctorTitle: text(200),
    readyTitle: text(200),
    readyIntro: text(400),
    sure: v.tuple([text(200), text(200), text(200), text(200)]),
    yes: text(60),
    notYet: text(60),
    readyAll: text(300),
    readyNot: text(300),
    summaryTitle: text(200),
    notAnswered: text(100),
    answersTitle: text(200),
    print: text(60),
    copy: text(60),
    copied: text(100),
    copyFailed: text(300),
  }),
});

export const contentPackSchema = v.strictObject({
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en"')),
  /** When the evidence was last reviewed. */
  reviewed: isoDate,
  /** When it must be reviewed again (at most 24 months later). */
  reviewBy: isoDate,
  /** Who paid for this content and any ties to device makers. */
  disclosure: text(1200),
  /** The decision, stated as a question. */
  decision: text(300),
  procedures: v.pipe(v.array(procedureSchema), v.minLength(1)),
  quiz: quizSchema,
  sources: v.record(idSchema, sourceSchema),
  ui: uiSchema,
});

export type Certainty = v.InferOutput<typeof certaintySchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Cited = v.InferOutput<typeof citedSchema>;
export type Figure = v.InferOutput<typeof figureSchema>;
export type Risk = v.InferOutput<typeof riskSchema>;
export type Phase = v.InferOutput<typeof phaseSchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type Procedure = v.InferOutput<typeof procedureSchema>;
export type UiStrings = v.InferOutput<typeof uiSchema>;
export type Quiz = v.InferOutput<typeof quizSchema>;
export type ContentPack = v.InferOutput<typeof contentPackSchema>;
