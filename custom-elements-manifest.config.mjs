// Settings for `cem analyze`, however it is run (npm run analyze, CI's staleness check, editors).
export default {
  // The analyzer would otherwise write its output path into package.json's "customElements".
  packagejson: false,
  exclude: ['src/**/*.test.ts'],
  plugins: [
    {
      // The analyzer lists modules in the order its file walk finished; sort them so the file is stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    {
      // A re-exported type (`export type { SpineQuiz }` in a define file) is declared where its class is.
      name: 'link-reexported-classes',
      packageLinkPhase({ customElementsManifest }) {
        const declaredIn = new Map();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') declaredIn.set(declaration.name, module.path);
        }
        for (const module of customElementsManifest.modules) {
          for (const entry of module.exports ?? []) {
            const own = module.declarations?.some((declaration) => declaration.name === entry.declaration.name);
            if (entry.kind === 'js' && !entry.declaration.package && !own && declaredIn.has(entry.declaration.name) && entry.declaration.module === module.path) {
              entry.declaration.module = declaredIn.get(entry.declaration.name);
            }
          }
        }
      },
    },
  ],
};
