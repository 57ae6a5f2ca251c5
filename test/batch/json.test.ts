import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import { outputEncoding } from '../../src/csv/encode.js';
import { ChunkedOutput } from '../../src/leads/chunked-output.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'clientfit.yaml'),
  `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: polite, question: Polite?, type: yes-no, column: [polite] }
`,
);

/** A stdout that records the size of each write. */
function recordingStdout(): { stream: Writable; writes: number[]; text: () => string } {
  const chunks: Buffer[] = [];
  const writes: number[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      writes.push(chunk.length);
      done();
    },
  });
  return { stream, writes, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function batch(input: string, format: 'json' | 'jsonl' | 'csv') {
  const memory = memoryIO({ stdin: input, cwd: dir });
  const stdout = recordingStdout();
  const code = await runBatch({ ...memory.io, stdout: stdout.stream }, '-', { format, escapeFormulas: true, quiet: true });
  return { code, out: stdout.text(), writes: stdout.writes };
}

describe('batch: JSON keys', () => {
  it.each(['jsonl', 'json'] as const)('every header survives as a key in %s, __proto__ and constructor included', async (format) => {
    const result = await batch('__proto__,constructor,toString,hasOwnProperty,polite\na,b,c,d,yes\n', format);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(format === 'json' ? result.out : result.out.trim()) as unknown;
    const row = (Array.isArray(parsed) ? parsed[0] : parsed) as { fields: Record<string, string> };
    expect(result.out).toContain('"fields":{"__proto__":"a","constructor":"b","toString":"c","hasOwnProperty":"d","polite":"yes"}');
    expect(Object.getOwnPropertyNames(row.fields)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'polite']);
  });
});

describe('batch: output is written row by row', () => {
  it('a very long header name is never joined into one string per parse batch', async () => {
    // 256 KB of header name in each of 40 rows (one parse batch): 10 MB if the batch were joined
    // (a 10 MB name used to need gigabytes); each write here stays near one row.
    const name = 'n'.repeat(1 << 18);
    const input = `${name},polite\n${'x,yes\n'.repeat(40)}`;
    const result = await batch(input, 'jsonl');
    expect(result.code).toBe(0);
    expect(result.out.split('\n').filter(Boolean)).toHaveLength(40);
    expect(Math.max(...result.writes)).toBeLessThan(2 * (1 << 18));
  });

  it('ChunkedOutput gathers small rows into chunks of about 64K characters', async () => {
    const stdout = recordingStdout();
    const output = new ChunkedOutput(stdout.stream, outputEncoding('utf-8'));
    for (let row = 0; row < 10_000; row++) {
      const pending = output.add(`row ${row},yes\n`);
      if (pending) await pending;
    }
    await output.flush();
    expect(stdout.text().split('\n')).toHaveLength(10_001);
    expect(stdout.writes.length).toBeGreaterThan(1);
    expect(stdout.writes.length).toBeLessThan(10);
  });
});
