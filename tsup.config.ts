import { defineConfig } from 'tsup';

/** One entry per subpath export; ESM and CommonJS, each with its own declarations. */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'catalogue/index': 'src/catalogue/index.ts',
    'schema/index': 'src/schema/index.ts',
    'scoring/index': 'src/scoring/index.ts',
    'serialise/index': 'src/serialise/index.ts',
    'time/index': 'src/time/index.ts',
    'update/index': 'src/update/index.ts',
    'questionnaire/index': 'src/questionnaire/index.ts',
    'errors/index': 'src/errors/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
  external: ['zod', 'date-fns', 'immer', 'papaparse'],
});
