/**
 * `-o FILE` for a command: where the data goes, refusing to write over a file the run reads,
 * and standard output for `-o -` and `-o /dev/stdout`. The writing itself is in atomic.ts.
 */
import { fstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { ExitCode, UserError } from '../errors.js';
import { openTargetStream, resolveTarget } from './atomic.js';
import { displayPath } from './criteria-file.js';
import type { IO } from './io.js';

export interface Output {
  readonly stream: Writable;
  /** the data goes to the process's standard output (no -o, `-o -`, `-o /dev/stdout`) */
  readonly toStdout: boolean;
  /** the file as messages name it; undefined for standard output */
  readonly shown?: string;
  /** everything is written (and a file is in place) */
  commit(): Promise<void>;
  /** undoes what can be undone; returns the error to report */
  abort(error?: unknown): Promise<unknown>;
}

/** A file the run reads, which the output must never replace. */
export interface Guarded {
  /** `input file`, `criteria file`, `journal` */
  readonly what: string;
  /** a path, or 'stdin' for standard input when it is a file (`< leads.csv`) */
  readonly path: string | 'stdin';
}

function statOf(io: IO, guarded: Guarded): Stats | undefined {
  try {
    if (guarded.path !== 'stdin') return statSync(guarded.path);
    const fd = (io.stdin as { fd?: unknown }).fd;
    return typeof fd === 'number' ? fstatSync(fd) : undefined;
  } catch {
    return undefined; // not there: nothing to protect
  }
}

function stdoutOutput(io: IO, shown?: string): Output {
  return {
    stream: io.stdout,
    toStdout: true,
    shown,
    // Standard output is never ended here: main waits for it and reports a failed write.
    commit: async () => undefined,
    abort: async (error) => error,
  };
}

/**
 * Opens the output of a run. Refuses (exit 2) a target that is, through any symbolic or hard
 * link, one of the files the run reads: the input, the criteria, the journal.
 */
export async function openOutput(io: IO, option: string | undefined, guarded: readonly Guarded[]): Promise<Output> {
  if (option === undefined || option === '-') return stdoutOutput(io);
  const path = resolve(io.cwd, option);
  const shown = displayPath(io, path);
  const target = resolveTarget(io.voice.words.common, path, shown);
  if (target.kind === 'descriptor' && target.fd === 1) return stdoutOutput(io, shown);
  if (target.kind === 'file') {
    for (const entry of guarded) {
      const stat = statOf(io, entry);
      if (stat !== undefined && stat.dev === target.stat.dev && stat.ino === target.stat.ino) {
        const t = io.voice.words.common.output;
        // `what` comes in English from the commands; the known ones are worded here.
        const what = ({ 'input file': t.inputFile, 'criteria file': t.criteriaFile, journal: t.journal } as Record<string, string>)[entry.what] ?? entry.what;
        const named = entry.path === 'stdin' ? t.guardedStdin({ what }) : t.guardedFile({ what, file: displayPath(io, entry.path) });
        throw new UserError(t.refusing({ what: named }), { exitCode: ExitCode.usage, details: [t.anotherName] });
      }
    }
  }
  const opened = await openTargetStream(io.voice.words.common, target, shown);
  return { ...opened, toStdout: false, shown };
}
