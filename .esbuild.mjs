// Builds dist/: one esbuild bundle, split into chunks so each command loads only its own code
// (bin/clientfit.js, CommonJS, answers --version itself and imports dist/cli/main.js for the rest;
// test/e2e/startup.test.ts reads dist/meta.json).
//
// Three libraries are changed in the bundle, because `clientfit check` and `--help` would
// otherwise pay for work clientfit never uses (README, Performance):
// - commander requires node:child_process at load, for executable subcommands (clientfit has
//   none): loading it pulls in net, dgram and their bindings. It gets a `spawn` that requires
//   the real module when called.
// - chalk detects the terminal's colours at load (its #supports-color reads process, os and
//   tty). clientfit decides colour itself (src/cli/io.ts) and always builds `new Chalk({ level })`,
//   so chalk's own default instance gets no colour and nothing is detected.
// - yaml's package gives Node its CommonJS build, which the bundler can neither trim nor hoist,
//   and whose parser reads process.env.LOG_TOKENS (a call into C++) for every token. Its ES
//   module build (for browsers; the same code otherwise) loads and parses a criteria file in
//   about 30 million fewer instructions, 3.5% of check's start-up. Its log.js gets the Node
//   build's own: a warning (a mapping key that is a collection) still goes through
//   process.emitWarning. The one other difference, `!!binary` read into a Uint8Array rather
//   than a Buffer, cannot show: clientfit refuses tags in every YAML file it reads.
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { FORM_PAGE_MODULE, formPageScript } from './.esbuild-page.mjs';

const YAML = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));

/** @type {import('esbuild').Plugin} */
const lighterStartUp = {
  name: 'lighter-start-up',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child-process', namespace: 'lighter-start-up' } : undefined));
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'lighter-start-up' } : undefined));
    build.onResolve({ filter: /^yaml$/ }, (args) => (/[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: join(YAML, 'browser', 'index.js') }));
    build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]log\.js$/ }, () => ({
      contents: [
        "export function debug(logLevel, ...messages) { if (logLevel === 'debug') console.log(...messages); }",
        "export function warn(logLevel, warning) { if (logLevel === 'debug' || logLevel === 'warn') { if (typeof process.emitWarning === 'function') process.emitWarning(warning); else console.warn(warning); } }",
      ].join('\n'),
      loader: 'js',
    }));
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

/** @type {import('esbuild').Plugin} */
const formPage = {
  name: 'form-page',
  setup(build) {
    build.onResolve({ filter: /^virtual:form-page-script$/ }, () => ({ path: FORM_PAGE_MODULE, namespace: 'form-page' }));
    build.onLoad({ filter: /.*/, namespace: 'form-page' }, async () => ({ contents: `export default ${JSON.stringify(await formPageScript())};`, loader: 'js' }));
  },
};

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/cli/main.ts', 'src/csv/read.ts', 'src/leads/worker.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outbase: 'src',
  outdir: 'dist',
  chunkNames: 'cli/[name]-[hash]',
  metafile: true,
  // No comments or indentation to scan: about 2.5% of check's start-up instructions. Names stay
  // (stack traces in bug reports keep them).
  minifyWhitespace: true,
  logLevel: 'warning',
  // Bundled CommonJS packages (commander, yaml, papaparse) call require().
  banner: { js: "import { createRequire as __cfRequire } from 'node:module'; const require = __cfRequire(import.meta.url);" },
  plugins: [lighterStartUp, formPage],
});
writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
