import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

const typescriptOptions = { tsconfig: './tsconfig.json', noEmit: false, declaration: false, include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'] };

export default [
  // One self-contained file for a classic <script src> (also works as type="module").
  {
    input: 'src/define/all.ts',
    output: { file: 'dist/spine-widgets.js', format: 'iife', sourcemap: !!process.env.SOURCEMAP },
    plugins: [
      nodeResolve(),
      typescript(typescriptOptions),
      minifyTemplates(),
      terser({ module: false, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  // Unbundled ES modules for npm users; lit and valibot stay dependencies.
  {
    input: ['src/index.ts', 'src/define/all.ts', 'src/define/compare.ts', 'src/define/timeline.ts', 'src/define/risks.ts', 'src/define/icon-array.ts', 'src/define/quiz.ts'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: [/^lit(\/|$)/, /^valibot$/],
    plugins: [typescript({ ...typescriptOptions, outDir: 'dist/esm' })],
  },
];
