// Settings for `cem analyze`, however it is run (npm run analyze, CI's staleness check, editors).
export default {
  // The analyzer would otherwise write its output path into package.json's "customElements".
  packagejson: false,
  exclude: ['src/**/*.test.ts'],
  plugins: [
    {
      // Reactive state (`{ state: true }` in `static get properties()`) has no attribute: drop the ones the analyzer infers.
      name: 'state-has-no-attribute',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        // `static get properties() { return { … } }`
        const getter = node.members.find((member) => ts.isGetAccessorDeclaration(member) && member.name.getText() === 'properties');
        const literal = getter?.body?.statements.find(ts.isReturnStatement)?.expression;
        if (!literal || !ts.isObjectLiteralExpression(literal)) return;
        const states = literal.properties
          .filter((entry) => ts.isPropertyAssignment(entry) && /\bstate:\s*true\b/.test(entry.initializer.getText()))
          .map((entry) => entry.name.getText());
        // Fields documented @internal, so their copies from `properties` go too.
        const internal = node.members
          .filter((member) => ts.isPropertyDeclaration(member) && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal'))
          .map((member) => member.name.getText());
        const declaration = moduleDoc.declarations?.find((item) => item.name === node.name.getText());
        if (declaration) Object.assign(declaration, { states, internal });
      },
      // Before inheritance is applied, so that subclasses inherit the corrected members.
      moduleLinkPhase({ moduleDoc }) {
        for (const declaration of moduleDoc.declarations ?? []) {
          const states = new Set(declaration.states ?? []);
          const internal = new Set(declaration.internal ?? []);
          delete declaration.states;
          delete declaration.internal;
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !states.has(attribute.fieldName));
          declaration.members = declaration.members?.filter((member) => !internal.has(member.name) && !(member.static && member.name === 'properties'));
          for (const member of declaration.members ?? []) if (states.has(member.name)) delete member.attribute;
        }
      },
    },
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
