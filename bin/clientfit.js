#!/usr/bin/env node
// CommonJS (bin/package.json): `clientfit --version`, which scripts call often, is answered here
// before Node starts its ES module loader (about a fifth of bare Node's start-up). Anything else,
// or a version that cannot be written, goes to the program, which answers --version the same way
// and says why standard output failed.
const argv = process.argv.slice(2);
if (!(argv.length === 1 && ['--version', '-V', '-v'].includes(argv[0]) && written(`${require('../package.json').version}\n`))) {
  // A run that never settled (a bug) must not end as a success: Node ended the ES module bin with 13 then.
  process.exitCode = 13;
  import('../dist/cli/main.js').then(async ({ main }) => {
    process.exitCode = await main(argv);
  });
}

/** Writes to standard output at once; false when it fails (a full disk, a closed pipe). */
function written(text) {
  try {
    require('node:fs').writeSync(1, text);
    return true;
  } catch {
    return false;
  }
}
