/**
 * No import cycle among the core's modules (issue 23: calibrator.ts and calibration-report.ts
 * imported each other). Type-only imports count: a cycle of types is still two modules that
 * cannot be understood one without the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');

/** The core modules each core module imports (`from './x.js'`). */
function graph(): Map<string, string[]> {
  const modules = readdirSync(CORE).filter((name) => name.endsWith('.ts'));
  return new Map(
    modules.map((name) => {
      const text = readFileSync(join(CORE, name), 'utf8');
      const imports = [...text.matchAll(/from '\.\/([\w-]+)\.js'/gu)].map((match) => `${match[1]}.ts`);
      return [name, imports];
    }),
  );
}

/** Every cycle found by depth-first search, as the modules on it. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (state.get(node) === undefined) visit(node);
  return found;
}

describe('core imports', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('have no cycle', () => {
    expect(cycles(graph())).toEqual([]);
  });
});
