// Builds dist/: one esbuild bundle, split into chunks so each command loads only its own code
// (bin/clientfit.js imports dist/cli/main.js; test/e2e/startup.test.ts reads dist/meta.json).
//
// Two libraries are given a lighter stand-in for one import each, because `clientfit check`
// and `--help` would otherwise pay for work clientfit never uses (README, Performance):
// - commander requires node:child_process at load, for executable subcommands (clientfit has
//   none): loading it pulls in net, dgram and their bindings. It gets a `spawn` that requires
//   the real module when called.
// - chalk detects the terminal's colours at load (its #supports-color reads process, os and
//   tty). clientfit decides colour itself (src/cli/io.ts) and always builds `new Chalk({ level })`,
//   so chalk's own default instance gets no colour and nothing is detected.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

/** @type {import('esbuild').Plugin} */
const lighterStartUp = {
  name: 'lighter-start-up',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('/node_modules/commander/') ? { path: 'child-process', namespace: 'lighter-start-up' } : undefined));
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (args.importer.includes('/node_modules/chalk/') ? { path: 'supports-color', namespace: 'lighter-start-up' } : undefined));
    build.onLoad({ filter: /^child-process$/, namespace: 'lighter-start-up' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
    build.onLoad({ filter: /^supports-color$/, namespace: 'lighter-start-up' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/cli/main.ts', 'src/csv/read.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outbase: 'src',
  outdir: 'dist',
  chunkNames: 'cli/[name]-[hash]',
  external: ['exceljs'],
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS packages (commander, yaml, papaparse) call require().
  banner: { js: "import { createRequire as __cfRequire } from 'node:module'; const require = __cfRequire(import.meta.url);" },
  plugins: [lighterStartUp],
});
writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
