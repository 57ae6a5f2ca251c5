// Start-up in rotating rounds: `node bench/startup.mjs [--rounds N] [BIN ...]`.
//
// Each round runs bare Node and, for each clientfit bin given (default: this checkout's), `check`
// (the freelancer template as ./clientfit.yaml), `--version` and `batch --help` once, starting
// from a different command each round, so a busy moment of the machine falls on every command
// alike. Prints the median wall time of each and the median of each round's ratio to bare Node:
// the figures the README's "Start-up" table gives. Pass two bins (an older build's and this one)
// to compare them in the same rounds.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 40;
const bins = args.length > 0 ? args.map((bin) => resolve(bin)) : [join(ROOT, 'bin', 'clientfit.js')];

const folder = mkdtempSync(join(tmpdir(), 'clientfit-startup-'));
copyFileSync(join(ROOT, 'criteria', 'freelancer.yaml'), join(folder, 'clientfit.yaml'));

const commands = [{ label: 'node -e 0', argv: ['-e', '0'] }];
for (const bin of bins) {
  const name = bins.length > 1 ? ` (${bin})` : '';
  commands.push({ label: `clientfit check${name}`, argv: [bin, 'check'] });
  commands.push({ label: `clientfit --version${name}`, argv: [bin, '--version'] });
  commands.push({ label: `clientfit batch --help${name}`, argv: [bin, 'batch', '--help'] });
}

/**
 * Without NODE_EXTRA_CA_CERTS (and NODE_OPTIONS): Node reads that certificate file at every
 * start, before any script (a 220 KB bundle, set on the machines here, took 40 ms of bare Node's
 * 70), which would pad both sides of every ratio.
 */
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

function wall(argv) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { cwd: folder, stdio: 'ignore', env });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const times = commands.map(() => []);
const ratios = commands.map(() => []);
try {
  for (let round = 0; round < ROUNDS; round++) {
    const took = new Array(commands.length);
    for (let step = 0; step < commands.length; step++) {
      const index = (round + step) % commands.length;
      took[index] = wall(commands[index].argv);
    }
    took.forEach((ms, index) => {
      times[index].push(ms);
      ratios[index].push(ms / took[0]);
    });
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(`${ROUNDS} rounds, Node ${process.version}`);
commands.forEach((command, index) => {
  console.log(`${median(times[index]).toFixed(0).padStart(6)} ms  ${median(ratios[index]).toFixed(2)}x  ${command.label}`);
});
