/** spine-widgets: classes, types and the configuration API. Importing this file defines no element. */
export { SpineCompare } from './components/compare/compare.js';
export type { SpineCompareChangeDetail } from './components/compare/compare.js';
export { SpineElement } from './shared/spine-element.js';
export type { SpineCtaDetail, SpineErrorDetail } from './shared/spine-element.js';
export { define } from './shared/define.js';
export { configure, registerLocale } from './content/store.js';
export type { ConfigureOptions } from './content/store.js';
export { applyOverride, contentOverrideSchema } from './content/overrides.js';
export type { ContentIssue, ContentOverride } from './content/overrides.js';
export { contentPackSchema } from './content/schema.js';
export type * from './content/schema.js';
export { en } from './content/en/index.js';
