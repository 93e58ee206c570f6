import { dirname, relative, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { localeOverlay } from './scripts/rollup-locale-overlay.mjs';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

const typescriptOptions = { tsconfig: './tsconfig.json', noEmit: false, declaration: false, include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'] };
const minify = (module, mangle = true) => terser({ module, ecma: 2020, compress: { passes: 2 }, mangle, format: { comments: false } });

/**
 * Names only the widgets' own code uses (internal state and protected helpers; no attribute,
 * content key, event or public property), shortened in the script-tag file only.
 */
const internalNames = /^(attributeProblem|current|report|urgency|toggled|typedDate|renderPicker|renderContent|optionsWithConservative|selectedProcedures|checkAttributes|unknownIds|contentLang|loadingContent|contentProblems|attributeProblems|calendarProblem|hiddenIds|pickedId|pickedCompare|copyStatus|quizFront|showPicked)$/;

/**
 * Modules the script-tag file loads on demand, as companion files beside it, wherever the
 * source imports them with `import()`: the content validator, only on pages that override
 * content; the calendar file maker, only when a patient saves their recovery steps.
 */
const companions = [
  { input: 'src/content/overrides.ts', file: 'spine-widgets.overrides.js' },
  { input: 'src/logic/ics.ts', file: 'spine-widgets.ics.js' },
];
const languages = ['es'];
const companionFiles = [...companions.map(({ file }) => file), ...languages.map((lang) => `spine-widgets.${lang}.js`)];

/** Turns `import('./overrides.js')` into an import of the companion file next to the bundle, wherever it is hosted. */
function loadCompanions() {
  return {
    name: 'load-companions',
    resolveDynamicImport(specifier, importer) {
      if (companionFiles.includes(specifier)) return { id: specifier, external: true };
      if (typeof specifier !== 'string' || !importer) return null;
      const target = resolve(dirname(importer), specifier).replace(/\.js$/, '.ts');
      const companion = companions.find(({ input }) => resolve(input) === target);
      return companion ? { id: companion.file, external: true } : null;
    },
    renderDynamicImport({ targetModuleId }) {
      return companionFiles.includes(targetModuleId) ? { left: 'import(new URL(', right: ', spineWidgetsBase).href)' } : null;
    },
  };
}

/**
 * Trims Lit in the script-tag file only (the tests run against Lit's full modules): its thrown
 * messages (misuse of css``, live() or template arrays, reachable only by our own code) shrink
 * to one word; its version registry, read only by Lit's development build to warn about
 * several copies on a page, and its hooks for the old ShadyDOM polyfills and for server-rendered
 * hydration, neither of which a script-tag page uses, are left out; so are the features no widget
 * uses: svg`` and mathml`` templates (SVG goes inside html``), precompiled templates, element
 * bindings, reactive controllers, class initializers, decorator metadata (whose Symbol.metadata
 * polyfill threw on a page that froze Symbol), attributes reflected from properties, JSON
 * attributes (`type: Object` or `Array`), `useDefault` properties, custom attribute converters
 * and change checks, directives (and the connection tracking only async directives read), values
 * inside css``, and bindings
 * inside `<script>`, `<style>`, `<textarea>` or `<title>`. Styles are always adopted sheets: every browser the
 * bundle supports has them, so the `<style>` fallback for older ones is left out. The
 * build stops if a widget starts to use one of them, or if a trim no longer finds its code in
 * Lit. Saves about 1,600 bytes gzip. The script-tag file's classes are therefore not for
 * subclassing; the npm package's are.
 */
const trimmedFeatures = /\b(svg|mathml)\s*`|import\s*\{[^}]*\b(svg|mathml)\b[^}]*\}\s*from\s*'lit|directives\/(unsafe-svg|unsafe-mathml|ref)\.js|\b(addController|addInitializer)\b|\breflect:\s*true|\btype:\s*(Object|Array)\b|lit\/decorators|lit\/(async-)?directives?\b|\buseDefault\b|html\s*`[^`]*<(script|style|textarea|title)\b|\bcss\s*`[^`]*\$\{|\b(converter|hasChanged)\s*:/;

/**
 * Each trim: what it leaves out, the pattern in Lit's published code, what takes its place, and
 * for a loose pattern, how many times it must match.
 */
const litTrims = [
  // An identity function for the Closure Compiler's property renaming; its calls are their names.
  ['property renaming shim', /(?<![\w$.])\w\(("(?:elementProperties|finalized|properties)")\)/g, '$1', 5],
  ['thrown messages', /Error\("[^"]*"(\+\w+\+"[^"]*")?\)/g, 'Error("lit")'],
  // No widget puts a value inside css``: each is one string, its own text (after the messages above).
  ['css values', /1===(\w)\.length\?\1\[0\]:\w\.reduce\(\(\w,\w,\w\)=>\w\+\(\w=>\{if\(!0===\w\._\$cssResult\$\)return \w\.cssText;if\("number"==typeof \w\)return \w;throw Error\("lit"\)\}\)\(\w\)\+\1\[\w\+1\],\1\[0\]\)/g, '$1[0]'],
  ['version registry', /\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, '0'],
  ['hydration hook', /\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/g, '0'],
  ['ShadyDOM polyfill hooks', /\w+\.(litHtml|reactiveElement|litElement)PolyfillSupport\b/g, 'void 0'],
  ['svg/mathml template opening', /2===(\w)\?"<svg>":3===\1\?"<math>":""/g, '""'],
  ['svg/mathml template closing', /\(2===(\w)\?"<\/svg>":3===\1\?"<\/math>":""\)/g, '""'],
  ['svg/mathml template unwrapping', /,2===(\w)\|\|3===\1\)\{const (\w)=this\.el\.content\.firstChild;\2\.replaceWith\(\.\.\.\2\.childNodes\)\}/g, ',0);'],
  ['precompiled templates', /"number"==typeof (\w)\?(this\._\$AC\(\w\)):\(void 0===\1\.el&&\(\1\.el=\w+\.createElement\(\w+\(\1\.h,\1\.h\[0\]\),this\.options\)\),\1\)/g, '$2'],
  ['element bindings', /:6===(\w)\.type&&\(\w=new \w+\(\w,this,\w\)\)/g, ':0'],
  ['reactive controllers', /addController\(\w\)\{[^}]*\}removeController\(\w\)\{[^}]*\}/g, ''],
  ['reactive controller calls', /this\._\$EO\?\.forEach\(\w=>\w\.host\w+\?\.\(\)\)/g, '0'],
  ['class initializers', /static addInitializer\(\w\)\{[^}]*\}/g, ''],
  ['class initializer copies', /,void 0!==(\w)\.l&&\(this\.l=\[\.\.\.\1\.l\]\)/g, ''],
  ['class initializer calls', /,this\.constructor\.l\?\.forEach\(\w=>\w\(this\)\)/g, ''],
  // A page that froze Symbol (SES lockdown) made this polyfill throw before any element was defined.
  ['decorator metadata', /Symbol\.metadata\?\?=Symbol\("metadata"\),/g, ''],
  ['reflected attributes', /_\$ET\(\w,\w\)\{const \w=this\.constructor\.elementProperties\.get\(\w\),\w=this\.constructor\._\$Eu\(\w,\w\);if\(void 0!==\w&&!0===\w\.reflect\)\{[^}]*\}\}/g, ''],
  ['reflected attribute calls', /this\._\$Eq&&=this\._\$Eq\.forEach\(\w=>this\._\$ET\(\w,this\[\w\]\)\),/g, ''],
  ['property to attribute converter', /toAttribute\(\w,\w\)\{switch\(\w\)\{case Boolean:[^}]*\}return \w\},/g, ''],
  // Only the converter above used it; the minifier keeps a getter it cannot prove harmless.
  ['empty script for boolean attributes', /(\w)=\w\.trustedTypes,\w=\1\?\1\.emptyScript:"",/g, ''],
  ['decorator property metadata', /const (\w)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\1,(\w)\]of \2\)this\.elementProperties\.set\(\1,\3\)\}/g, ''],
  ['decorator metadata map', /\w\.litPropertyMetadata\?\?=new WeakMap;/g, ''],
  // No property has its own converter or change check: the standard ones always apply.
  ['attribute converters', /"function"==typeof (\w)\.converter\?\{fromAttribute:\1\.converter\}:void 0!==\1\.converter\?\.fromAttribute\?\1\.converter:(\w)/g, '$2'],
  ['change checks', /\((\w)\.hasChanged\?\?(\w)\)/g, '$2'],
  ['JSON attributes', /case Object:case Array:try\{(\w)=JSON\.parse\(\w\)\}catch\(\w\)\{\1=null\}/g, ''],
  ['default values', /\|\|(\w)\.useDefault&&\1\.reflect&&\w===this\._\$Ej\?\.get\(\w\)&&!this\.hasAttribute\(\w\._\$Eu\(\w,\1\)\)/g, ''],
  ['default value store', /(\w)&&!\(this\._\$Ej\?\?=new Map\)\.has\((\w)\)&&\(this\._\$Ej\.set\(\2,\w\?\?\w\?\?this\[\2\]\),!0!==\w\|\|void 0!==\w\)\|\|/g, ''],
  ['default value reads', /(\w)\?\?this\._\$Ej\?\.get\(\w\)\?\?\1/g, '$1'],
  ['default value options', /C\((\w),(\w),\{useDefault:(\w),reflect:\w,wrapped:\w\},\w\)\{\(this\._\$AL\.has\(\1\)\|\|\(this\.hasUpdated\|\|\3\|\|/g, 'C($1,$2){(this._$AL.has($1)||(this.hasUpdated||'],
  ['reflected attribute marks', /,!0===(\w)&&this\._\$Em!==(\w)&&\(this\._\$Eq\?\?=new Set\)\.add\(\2\)/g, ''],
  ['raw text element bindings', /if\((\w)\.test\(\w\.tagName\)\)/g, 'if(0)'],
  ['raw text element parsing', /\(\w\.test\((\w)\[2\]\)&&\(\w=RegExp\("<\/"\+\1\[2\],"g"\)\),(\w=\w)\)/g, '$2'],
  // With no directive, resolving one hands every value back as it is.
  ['directives', /function (\w+)\((\w),(\w),(\w)=\2,(\w)\)\{if\(\3===\w\)return \3;let \w=void 0!==\5\?\4\._\$Co\?\.\[\5\]:\4\._\$Cl;[^;]*;return [^;]*,\3\}/g, 'function $1($2,$3){return $3}'],
  // …so each call is its value (the calls pass `this`, a value, a part, and perhaps an index).
  // Their pattern is loose, so the build counts them: a Lit update with a fifth such call stops it.
  ['directive calls', /(?<![\w$.])\w\(this,(\w(?:\[\w\+\w\])?),\w(?:,\w)?\)/g, '$1', 4],
  // Async directives (left out with the other directives) are the only readers of whether a
  // part is connected, of their own disconnect hooks, and of a part's place in the DOM.
  ['part connection getters', /get _\$AU\(\)\{return this\._\$AM\??\._\$AU(\?\?this\._\$Cv)?\}/g, ''],
  ['part connection state', /,this\._\$Cv=\w\?\.isConnected\?\?!0/g, ''],
  ['part connection setter', /setConnected\((\w)\)\{void 0===this\._\$AM&&\(this\._\$Cv=\1,this\._\$AP\?\.\(\1\)\)\}/g, ''],
  ['part connection calls', /(\w+)\(\)\{super\.\1\(\),this\._\$Do\?\.setConnected\(!\d\)\}/g, ''],
  ['render root connection', /this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/g, ''],
  ['part disconnect hooks', /this\._\$AP\?\.\(!1,!0,\w\)/g, ''],
  ['part disconnectables', /,this\._\$AN=void 0/g, ''],
  ['part parents', /get parentNode\(\)\{(return this\._\$AM\.parentNode|let (\w)=this\._\$AA\.parentNode;const (\w)=this\._\$AM;return void 0!==\3&&11===\2\?\.nodeType&&\(\2=\3\.parentNode\),\2)\}/g, ''],
  ['part ends', /get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/g, ''],
  ['attribute part tag names', /get tagName\(\)\{return this\.element\.tagName\}/g, ''],
  // Not a trim: under `trusted-types lit-html` a second copy of the bundle could not create the
  // policy again and threw while loading; it now loads without one (it defines nothing anyway).
  ['duplicate Trusted Types policy', /(\w)\?\1\.createPolicy\("lit-html",\{createHTML:(\w)=>\2\}\):void 0/g, '(()=>{try{return $1?.createPolicy("lit-html",{createHTML:$2=>$2})}catch{}})()'],
  // Leaves `supportsAdoptingStyleSheets` true, so the minifier drops the <style> fallback.
  ['style element fallback', /(\w)=(\w)\.ShadowRoot&&\(void 0===\2\.ShadyCSS\|\|\2\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/g, '$1=!0'],
];

function trimLit() {
  const matched = new Map();
  return {
    name: 'trim-lit',
    transform(code, id) {
      if (/[\\/]src[\\/]/.test(id) && trimmedFeatures.test(code)) this.error(`${id} uses a Lit feature left out of the script-tag file (see trimLit)`);
      if (!/node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      let shorter = code;
      for (const [what, pattern, replacement] of litTrims) {
        shorter = shorter.replace(pattern, (...match) => {
          matched.set(what, (matched.get(what) ?? 0) + 1);
          return match[0].replace(new RegExp(pattern.source), replacement);
        });
      }
      return shorter === code ? null : { code: shorter, map: null };
    },
    buildEnd() {
      // A Lit update that changes its code must not quietly undo a trim (or keep half of one).
      const missed = litTrims.filter(([what]) => !matched.has(what)).map(([what]) => what);
      if (missed.length) this.error(`trim-lit: no longer found in Lit: ${missed.join(', ')}; update litTrims for this Lit version`);
      const miscounted = litTrims.filter(([what, , , times]) => times && matched.get(what) !== times).map(([what, , , times]) => `${what} (${matched.get(what)}, not ${times})`);
      if (miscounted.length) this.error(`trim-lit: found a different number of times in Lit: ${miscounted.join(', ')}; check each match, then update litTrims`);
    },
  };
}

/**
 * Valibot walks objects with `for…in`, which also visits keys a host page added to
 * Object.prototype (old Prototype/MooTools-style scripts): it then took an inherited `foo: 1` for
 * a schema entry and rejected every clinic override. In the files we bundle it walks own keys only.
 */
function ownKeysInValibot() {
  return {
    name: 'own-keys-in-valibot',
    transform(code, id) {
      if (!/node_modules[\\/]valibot[\\/]/.test(id)) return null;
      return { code: code.replace(/for \(const (\w+) in ([\w.$]+)\)/g, 'for (const $1 of Object.keys($2))'), map: null };
    },
  };
}

// Where the bundle was loaded from: companions are fetched from the same folder.
const baseUrl = `const spineWidgetsBase = (document.currentScript && document.currentScript.src) ||
  (Array.from(document.scripts).find((script) => /\\/spine-widgets[^/?#]*\\.js($|[?#])/.test(script.src)) || {}).src || document.baseURI;`;

export default [
  // One file for a classic <script src> (also works as type="module"): every widget and the
  // English content; other languages are companion files of strings laid over it.
  {
    input: 'src/define/bundle.ts',
    output: { file: 'dist/spine-widgets.js', format: 'iife', intro: baseUrl, sourcemap: !!process.env.SOURCEMAP },
    plugins: [localeOverlay(languages), loadCompanions(), nodeResolve(), trimLit(), typescript(typescriptOptions), minifyTemplates(), minify(false, { properties: { regex: internalNames } })],
  },
  // Its companions, loaded only when needed.
  ...companions.map(({ input, file }) => ({
    input,
    output: { file: `dist/${file}`, format: 'es' },
    plugins: [nodeResolve(), ownKeysInValibot(), typescript(typescriptOptions), minify(true)],
  })),
  // Unbundled ES modules for npm users; lit and valibot stay dependencies.
  {
    input: ['src/index.ts', 'src/configure.ts', 'src/define/all.ts', 'src/define/compare.ts', 'src/define/timeline.ts', 'src/define/risks.ts', 'src/define/icon-array.ts', 'src/define/quiz.ts'],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // The TypeScript plugin's maps are one folder off; point them at the published src/.
      sourcemapPathTransform: (source, map) => {
        const absolute = resolve(dirname(map), source);
        return relative(dirname(map), resolve(absolute.slice(absolute.lastIndexOf('/src/') + 1)));
      },
    },
    external: [/^lit(\/|$)/, /^valibot$/],
    plugins: [typescript({ ...typescriptOptions, outDir: 'dist/esm' })],
  },
];
