import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, isolatedEnv } from '../helpers/cli.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');
const HEADER = 'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes';

/** Writes a CSV into a fresh directory and runs batch on it there. */
async function batch(csv: string | Buffer, ...args: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), csv);
  const result = await run(['batch', 'leads.csv', '-c', CRITERIA, ...args], { cwd: dir });
  return { ...result, dir };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe('batch: CSV output', () => {
  it('keeps every input column and adds score, verdict, failed and unknown', async () => {
    const result = await batch(`${HEADER}\nAnna,yes,50,negotiates,yes,2,\nBoris,no,,scandal,no,5,wants a discount\nCleo,?,,,yes,,\n`);
    expect(result.code).toBe(0);
    expect(lines(result.out)).toEqual([
      `${HEADER},clientfit_score,clientfit_verdict,clientfit_failed,clientfit_unknown`,
      'Anna,yes,50,negotiates,yes,2,,100,accept,,',
      'Boris,no,,scandal,no,5,wants a discount,0,reject,pays_upfront;conflict_style;polite;revisions;notes,',
      'Cleo,?,,,yes,,,20,review,,pays_upfront;conflict_style;revisions',
    ]);
    expect(result.err).toContain('Scored 3 rows from leads.csv');
    expect(result.err).toMatch(/accept\s+1\s+33\.3%/u);
    expect(result.err).toContain("Read with delimiter ',' (detected), encoding utf-8.");
  });

  it('semicolons, decimal commas, a BOM, a sep= line and CRLF come back as they went in', async () => {
    const input = `\uFEFFsep=;\r\n${HEADER.replaceAll(',', ';')}\r\nAnna;да;"33,5";negotiates;ναι;"1,0";\r\n`;
    const result = await batch(input);
    expect(result.code).toBe(0);
    expect(result.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(result.out.replace(/^\uFEFF/u, '')).toBe(
      [
        'sep=;',
        `${HEADER.replaceAll(',', ';')};clientfit_score;clientfit_verdict;clientfit_failed;clientfit_unknown`,
        // Rows come back as they were written, quotes included.
        'Anna;да;"33,5";negotiates;ναι;"1,0";;100;accept;;',
        '',
      ].join('\r\n'),
    );
    expect(result.err).toContain("delimiter ';' (from the sep= line), encoding utf-8 with BOM, decimal comma");
  });

  it('a comma-delimited file reads 1,5 as invalid (not 15) and says so with line and column', async () => {
    const result = await batch(`${HEADER}\nAnna,yes,50,negotiates,yes,"1,5",\n`, '--strict');
    expect(result.code).toBe(1);
    expect(lines(result.out)[1]).toBe('Anna,yes,50,negotiates,yes,"1,5",,89,accept,,revisions');
    expect(result.err).toContain('Row problems: 1 invalid cell (scored as unknown).');
    expect(result.err).toContain('line 2, column "revisions": expected a number (got "1,5"): a thousands separator groups three digits; for a decimal comma pass --decimal-comma');
  });

  it('--decimal-comma reads 1,5 as 1.5', async () => {
    const result = await batch(`${HEADER}\nAnna,yes,50,negotiates,yes,"1,5",\n`, '--decimal-comma', '--strict');
    expect(result.code).toBe(0);
    expect(lines(result.out)[1]).toMatch(/,100,accept,,$/u);
  });

  it('windows-1251 input: stops with the line and a hint, decodes with --encoding', async () => {
    const text = `${HEADER}\nAnna,yes,50,negotiates,yes,2,\nИван Петров,да,50,negotiates,да,1,скидка\n`;
    const bytes = Buffer.from(
      new Uint8Array(
        [...text].map((character) => {
          const code = character.codePointAt(0)!;
          return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
        }),
      ),
    );
    const refused = await batch(bytes);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('leads.csv:3: bytes that are not valid UTF-8');
    expect(refused.err).toContain('--encoding windows-1251');
    const decoded = await batch(bytes, '--encoding', 'windows-1251');
    expect(decoded.code).toBe(0);
    // The output goes back in windows-1251: each input line's bytes, then the new columns.
    const output = decoded.stdoutBytes;
    expect(lines(new TextDecoder('windows-1251').decode(output))[2]).toBe('Иван Петров,да,50,negotiates,да,1,скидка,94,accept,notes,');
    const inputLines = bytes.toString('latin1').split('\n');
    const outputLines = output.toString('latin1').split('\n');
    expect(outputLines[2]!.startsWith(`${inputLines[2]!},`)).toBe(true);
  });

  it('embedded newlines and CRLF: line numbers point at the record start', async () => {
    const input = `${HEADER}\r\n"Anna\r\nSmith",yes,50,negotiates,yes,2,"two\nlines"\r\nBoris,yes,lots,negotiates,yes,2,\r\n`;
    const result = await batch(input, '--format', 'jsonl');
    const rows = lines(result.out).map((line) => JSON.parse(line));
    expect(rows.map((row) => row.line)).toEqual([2, 5]);
    expect(rows[0].fields.name).toBe('Anna\r\nSmith');
    expect(rows[1].invalid).toEqual([{ id: 'deposit_percent', column: 'deposit_percent', value: 'lots', message: 'expected a number (got "lots")', code: 'not-a-number', params: { raw: 'lots' } }]);
  });

  it('ragged rows are padded or keep their extra cells, and are reported', async () => {
    const input = `${HEADER}\nAnna,yes,50\nBoris,yes,50,negotiates,yes,2,,surplus,more\n`;
    const csv = await batch(input);
    expect(lines(csv.out).slice(1)).toEqual([
      'Anna,yes,50,,,,,56,review,,conflict_style;polite;revisions',
      // The extra cells follow the new columns, so that the score stays under its header.
      'Boris,yes,50,negotiates,yes,2,,100,accept,,,surplus,more',
    ]);
    expect(csv.err).toContain('line 2: 3 fields where the header has 7: padded with empty cells');
    expect(csv.err).toContain('line 3: 9 fields where the header has 7: extra cells kept');
    expect(csv.err).toContain('1 long row (extra cells kept: after the clientfit columns in CSV, as "extra" in JSON)');
    const jsonl = await batch(input, '--format', 'jsonl');
    expect(JSON.parse(lines(jsonl.out)[1]!).extra).toEqual(['surplus', 'more']);
  });

  it('escapes formula cells unless --no-escape-formulas; plain numbers stay', async () => {
    const input = `${HEADER}\n=HYPERLINK(1),yes,-5,negotiates,yes,2,+cmd\n@SUM,yes,50,negotiates,yes,-1,＝1\n`;
    const escaped = await batch(input);
    expect(
      lines(escaped.out)
        .slice(1)
        .map((line) => line.split(',').slice(0, 7).join(',')),
    ).toEqual(["'=HYPERLINK(1),yes,-5,negotiates,yes,2,'+cmd", "'@SUM,yes,50,negotiates,yes,-1,'＝1"]);
    const raw = await batch(input, '--no-escape-formulas');
    expect(lines(raw.out)[1]!.startsWith('=HYPERLINK(1),yes,-5')).toBe(true);
  });

  it('a duplicated header is kept, unless a criterion reads it', async () => {
    const kept = await batch('name,polite,name,pays_upfront,deposit_percent,conflict_style,revisions,notes\nA,yes,B,yes,50,negotiates,1,\n', '--format', 'jsonl');
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.out).fields).toMatchObject({ name: 'A', 'name (2)': 'B' });
    const refused = await batch(`${HEADER},polite\nA,yes,50,negotiates,yes,1,,no\n`);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('the header "polite" appears 2 times (columns 5, 8), and "polite" reads it');
  });

  it('missing columns: exit 2 before any row, with the headers and a suggestion; --allow-missing scores them unknown', async () => {
    const input = 'name,Pays upfront,deposit_percent,conflict,polite,revisions,notes\nA,yes,50,negotiates,yes,1,\n';
    const refused = await batch(input);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toBe(
      [
        'clientfit: leads.csv: no column for 1 criterion:',
        '  conflict_style: tried "conflict_style" (did you mean "conflict"?)',
        'Headers in leads.csv: "name", "Pays upfront", "deposit_percent", "conflict", "polite", "revisions", "notes"',
        'Map a column with --map conflict_style="conflict", add the header to the criterion\'s column list, or pass --allow-missing to score it as unknown.',
        '',
      ].join('\n'),
    );
    const allowed = await batch(input, '--allow-missing');
    expect(allowed.code).toBe(0);
    expect(allowed.err).toContain('warning: no column for conflict_style in leads.csv: scored as unknown (--allow-missing)');
    expect(lines(allowed.out)[1]).toMatch(/,review,,conflict_style$/u);
    const mapped = await batch(input, '--map', 'conflict_style=Conflict');
    expect(lines(mapped.out)[1]).toMatch(/,100,accept,,$/u);
  });

  it('an empty file is exit 1; a header-only file gives the header and the four columns', async () => {
    const empty = await batch('');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('leads.csv is empty');
    const headerOnly = await batch(`${HEADER}\n`);
    expect(headerOnly.code).toBe(0);
    expect(headerOnly.out).toBe(`${HEADER},clientfit_score,clientfit_verdict,clientfit_failed,clientfit_unknown\n`);
  });

  it('an unclosed quote stops with its line, exit 1, and leaves no output file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), `${HEADER}\nAnna,yes,50,negotiates,yes,2,\n"Boris,yes,50,negotiates,yes,2,\n`);
    const result = await run(['batch', 'leads.csv', '-c', CRITERIA, '-o', 'out.csv'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/leads\.csv:3: .*quote/u);
    expect(readdirSync(dir)).toEqual(['leads.csv']);
  });
});

describe('batch: formats, filters and exit codes', () => {
  const input = `${HEADER}\nAnna,yes,50,negotiates,yes,2,\nBoris,no,,scandal,no,5,\nCleo,?,,,yes,,\n`;

  it('--only keeps the listed verdicts; --fail-on exits 3', async () => {
    const result = await batch(input, '--only', 'accept,review', '--fail-on', 'reject');
    expect(result.code).toBe(3);
    expect(lines(result.out).map((line) => line.split(',')[0])).toEqual(['name', 'Anna', 'Cleo']);
    expect(result.err).toContain('Kept 2 rows (--only accept,review).');
    // Why the exit code is 3, counted over every scored row (Boris, dropped by --only, too).
    expect(result.err).toContain('--fail-on reject: 1 row got that verdict or a worse one (exit code 3).');
    expect((await batch(input, '--only', 'maybe')).code).toBe(2);
    const clean = await batch(`${HEADER}\nAnna,yes,50,negotiates,yes,2,\n`, '--fail-on', 'review');
    expect(clean.code).toBe(0);
    expect(clean.err).not.toContain('--fail-on');
    // --strict's exit 1 for a row problem comes first: the summary does not promise exit 3.
    const strict = await batch(`${HEADER}\nAnna,yes,50,negotiates,yes,"1,5",\nBoris,no,,scandal,no,5,\n`, '--strict', '--fail-on', 'reject');
    expect(strict.code).toBe(1);
    expect(strict.err).not.toContain('--fail-on');
  });

  it('--format json is one array; --format table is for people', async () => {
    const json = JSON.parse((await batch(input, '--format', 'json')).out);
    expect(json.map((row: { verdict: string }) => row.verdict)).toEqual(['accept', 'reject', 'review']);
    const table = await batch(input, '--format', 'table');
    expect(lines(table.out)[0]).toMatch(/^line\s+name\s+score\s+verdict\s+failed\s+to ask$/u);
    expect(lines(table.out)[3]).toMatch(/^\s+4\s+Cleo\s+20\s+review\s+pays_upfront, conflict_style, revisions$/u);
    expect(lines(table.out)[2]).toMatch(/^\s+3\s+Boris\s+7\s+reject\s+pays_upfront, conflict_style, polite, revisions$/u);
  });

  it('-o writes the file atomically, the format from its extension; --quiet silences the summary', async () => {
    const result = await batch(input, '-o', 'scored.jsonl', '--quiet');
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toBe('');
    expect(lines(readFileSync(join(result.dir, 'scored.jsonl'), 'utf8'))).toHaveLength(3);
    expect(readdirSync(result.dir).sort()).toEqual(['leads.csv', 'scored.jsonl']);
  });

  it('refuses to write over the input (exit 2), however it is named', async () => {
    const result = await batch(input, '-o', './leads.csv');
    expect(result.code).toBe(2);
    expect(result.err).toContain('refusing to write the output over the input file leads.csv');
    expect(readFileSync(join(result.dir, 'leads.csv'), 'utf8')).toBe(input);
  });

  it('reads stdin with - or when piped', async () => {
    for (const args of [['-'], []]) {
      const result = await run(['batch', ...args, '-c', CRITERIA], { input });
      expect(result.code).toBe(0);
      expect(lines(result.out)).toHaveLength(4);
      expect(result.err).toContain('from <stdin>');
    }
  });

  it('a missing input file is exit 1 naming it', async () => {
    const result = await run(['batch', 'nope.csv', '-c', CRITERIA]);
    expect(result.code).toBe(1);
    expect(result.err).toBe('clientfit: cannot read nope.csv: no such file or directory\n');
    const folder = await run(['batch', '.', '-c', CRITERIA]);
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/^clientfit: cannot read \S+: it is a directory\n$/u);
  });
});

describe('batch: output paths', () => {
  const input = `${HEADER}\nAnna,yes,50,negotiates,yes,2,\n`;

  it('-o into a missing folder or onto a folder fails clearly (exit 1), nothing written', async () => {
    const missing = await batch(input, '-o', 'nodir/out.csv');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('clientfit: cannot write nodir/out.csv: no such file or directory\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), input);
    const folder = await run(['batch', 'leads.csv', '-c', CRITERIA, '-o', '.'], { cwd: dir });
    expect(folder.code).toBe(1);
    expect(folder.err).toContain('it is a directory');
    expect(readdirSync(dir)).toEqual(['leads.csv']);
  });

  it('-o into a spreadsheet name is refused (exit 2): CSV text in a .xlsx would not open', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), input);
    for (const name of ['scored.xlsx', 'scored.XLS', 'scored.ods']) {
      const result = await run(['batch', 'leads.csv', '-c', CRITERIA, '-o', name], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.err).toContain(`-o ${name}: clientfit writes CSV, JSON Lines or JSON, not a spreadsheet`);
    }
    expect(readdirSync(dir)).toEqual(['leads.csv']);
  });

  it('-o - is standard output', async () => {
    const result = await batch(input, '-o', '-');
    expect(result.code).toBe(0);
    expect(lines(result.out)).toHaveLength(2);
    expect(readdirSync(result.dir)).toEqual(['leads.csv']);
  });

  it('a table written to a file has no colour and is not cut; names cannot inject escape codes', async () => {
    const evil = `${HEADER}\n"\u001b]0;pwned\u0007Evil\u001b[2J",yes,50,negotiates,yes,2,\n`;
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), evil);
    const result = await run(['batch', 'leads.csv', '-c', CRITERIA, '--format', 'table', '-o', 'table.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    const table = readFileSync(join(dir, 'table.txt'), 'utf8');
    expect(table).not.toContain('\u001b');
    expect(table).toContain('\ufffd]0;pwned\ufffdEvil\ufffd[2J');
  });

  it('JSON keys for repeated headers never collide', async () => {
    const result = await batch('pays_upfront,x,x,x (2),deposit_percent,conflict_style,polite,revisions,notes,name\nyes,1,2,3,50,negotiates,yes,1,,A\n', '--format', 'jsonl');
    expect(JSON.parse(result.out).fields).toMatchObject({ x: '1', 'x (3)': '2', 'x (2)': '3' });
  });
});

describe('batch: interruptions', () => {
  /** A lead file big enough that a run takes a while. */
  function bigFile(dir: string, rows: number): string {
    const row = 'Anna Smith,yes,50,negotiates,yes,2,"a note, with a comma"\n';
    writeFileSync(join(dir, 'big.csv'), `${HEADER}\n${row.repeat(rows)}`);
    return join(dir, 'big.csv');
  }

  it('closing the reader early (| head) ends quietly with exit 0', async () => {
    const dir = tempDir();
    bigFile(dir, 200_000);
    const result = await new Promise<{ code: number | null; err: string; got: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'batch', 'big.csv', '-c', CRITERIA], { cwd: dir, env: isolatedEnv(dir) });
      let got = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.once('data', (chunk: Buffer) => {
        got = chunk.toString().split('\n')[0]!;
        child.stdout.destroy(); // what `head` does after its lines
      });
      child.on('close', (code) => resolve({ code, err, got }));
    });
    expect(result.got).toMatch(/^name,/u);
    expect(result.code).toBe(0);
    expect(result.err).not.toContain('EPIPE');
    expect(result.err).not.toContain('    at ');
  });

  it('killed during a run with -o: no partial file, an existing output untouched', async () => {
    const dir = tempDir();
    bigFile(dir, 400_000);
    writeFileSync(join(dir, 'scored.csv'), 'old results\n');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'batch', 'big.csv', '-c', CRITERIA, '-o', 'scored.csv'], { cwd: dir, env: isolatedEnv(dir) });
      // Wait until the temporary file exists, so the kill lands mid-run.
      const timer = setInterval(() => {
        if (readdirSync(dir).some((name) => name.includes('clientfit-tmp'))) {
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 5);
      child.on('close', (exitCode, signal) => {
        clearInterval(timer);
        resolve(exitCode ?? (signal === 'SIGINT' ? 130 : -1));
      });
    });
    expect(code).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(['big.csv', 'scored.csv']);
    expect(readFileSync(join(dir, 'scored.csv'), 'utf8')).toBe('old results\n');
    expect(existsSync(join(dir, 'scored.csv'))).toBe(true);
  });
});
