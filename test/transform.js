/**
 * Jest transform: esbuild strips the TypeScript types file by file (no type check here; `npm test` runs `tsc` once
 * over the whole project before jest). ts-jest type-checked every test file's whole import graph again, which cost
 * about a minute of the suite on this 2-core machine.
 */
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node22',
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
};
