/** The phases of recovery, in order, and the days each covers counted from the procedure (day 0). */
export const phaseWindows = {
  trial: [-30, -1],
  'day-0': [0, 0],
  'days-1-3': [1, 3],
  'week-1': [4, 7],
  'weeks-2-6': [8, 42],
  'month-3': [43, 179],
  'months-6-12': [180, 365],
} as const satisfies Record<string, readonly [number, number]>;

export type Phase = keyof typeof phaseWindows;

export const phaseOrder = Object.keys(phaseWindows) as Phase[];
