/** The CSV library's typed problems (src/csv/problems.ts) in the words given, flags named here. */
import { delimiterName } from '../csv/detect.js';
import type { CsvProblem, Undecodable } from '../csv/problems.js';
import type { AllWords } from '../i18n/index.js';

function describeUndecodable(t: AllWords['input'], bytes: Undecodable): string {
  switch (bytes.kind) {
    case 'undefined-byte':
      return t.undefinedByte({ byte: bytes.byte, encoding: bytes.encoding });
    case 'utf16-half':
      return t.utf16Half({ name: bytes.name, bytes: bytes.bytes });
    case 'utf16-surrogate':
      return t.utf16Surrogate({ name: bytes.name, bytes: bytes.bytes });
    case 'utf8':
      return t.utf8({ bytes: `${bytes.bytes}${bytes.more ? '...' : ''}` });
  }
}

export function describeCsvProblem(words: AllWords, problem: CsvProblem): string {
  const t = words.common.csv;
  switch (problem.code) {
    case 'unknown-encoding':
      return t.unknownEncoding({ label: problem.label });
    case 'invalid-delimiter':
      return t.invalidDelimiter({ value: JSON.stringify(problem.value) });
    case 'ambiguous-delimiter': {
      const candidates = problem.tied.map((fit) => t.delimiterFit({ name: delimiterName(fit.delimiter), columns: String(fit.columns) })).join(t.or);
      const options = problem.tied.map((fit) => `--delimiter ${fit.delimiter === '\t' ? 'tab' : `'${fit.delimiter}'`}`).join(t.or);
      return t.ambiguousDelimiter({ where: problem.where, candidates, options });
    }
    case 'nul-bytes':
      return t.nulBytes({ source: problem.source, line: String(problem.line) });
    case 'undecodable':
      return `${problem.source}:${problem.line}: ${describeUndecodable(words.input, problem.bytes)}`;
    case 'unclosed-quote':
      return t.unclosedQuote({ where: `${problem.source}:${problem.line}`, line: String(problem.line) });
    case 'text-after-quote':
      return t.textAfterQuote({ where: `${problem.source}:${problem.line}`, line: String(problem.line) });
    case 'record-too-long':
      return t.recordTooLong({ source: problem.source, line: String(problem.line), limit: `${problem.limitMiB} MiB` });
    case 'record-runs-on':
      return t.recordRunsOn({ source: problem.source, line: String(problem.line), limit: `${problem.limitMiB} MiB` });
  }
}
