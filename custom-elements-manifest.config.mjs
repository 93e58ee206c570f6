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
  ],
};
