/**
 * `spine-widgets/configure.js`: the page-wide settings alone, for an app that defines its
 * elements with the define modules and wants nothing else up front (the main entry also
 * exports the content schemas, which some bundlers then load at once).
 */
export { configure, registerLocale } from './content/store.js';
