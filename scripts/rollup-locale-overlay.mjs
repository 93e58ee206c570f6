// Ships each translation with the script-tag bundle as its words only (see src/content/overlay.ts),
// built here from the translation's own source files. The build fails if a translation differs
// from English in anything but its words: a key, an array length, a number, an id, a source.
import { readdirSync } from 'node:fs';
import { evaluate, root } from './evaluate-ts.mjs';

/**
 * In the script-tag bundle, src/content/languages.ts is replaced by loaders that fetch each
 * language as a companion file `spine-widgets.<lang>.js` holding its strings only, and lay
 * them over the English pack the bundle already has.
 *
 * @param {string[]} languages e.g. `['es']`, each with its pack in src/content/<lang>/index.ts
 */
export function localeOverlay(languages) {
  const id = '\0spine-languages';
  return {
    name: 'locale-overlay',
    resolveId(specifier, importer) {
      return specifier === './languages.js' && importer?.endsWith('/src/content/store.ts') ? id : null;
    },
    async load(loaded) {
      if (loaded !== id) return null;
      // Rebuild the companion files in watch mode when any content changes.
      for (const file of readdirSync(`${root}src/content`, { recursive: true })) if (file.endsWith('.ts')) this.addWatchFile(`${root}src/content/${file}`);
      const en = await evaluate('src/content/en/index.ts', 'en');
      const translationStrings = await evaluate('src/content/overlay.ts', 'translationStrings');
      const loaders = [];
      for (const lang of languages) {
        const translated = await evaluate(`src/content/${lang}/index.ts`, lang);
        const strings = translationStrings(en, { ...translated, sources: en.sources });
        const fileName = `spine-widgets.${lang}.js`;
        this.emitFile({ type: 'asset', fileName, source: `export const strings=${JSON.stringify(strings)};\n` });
        loaders.push(`  ${lang}: () => import(${JSON.stringify(fileName)}).then((module) => overlay(en, module.strings)),`);
      }
      return [
        `import { en } from ${JSON.stringify(`${root}src/content/en/index.ts`)};`,
        `import { overlay } from ${JSON.stringify(`${root}src/content/overlay.ts`)};`,
        'export const shipped = {',
        ...loaders,
        '};',
      ].join('\n');
    },
  };
}
