/** When the evidence behind every language's content was last checked, and when it is due again (≤ 24 months). */
export const review = { reviewed: '2026-11-27', reviewBy: '2027-11-27' };
