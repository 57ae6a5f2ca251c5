import { describe, expect, it } from 'vitest';
import { duckdb } from '../../src/sql/dialect.js';
import { caseVariants, lowering, sigmaSubstringVariants, sigmaVariants } from '../../src/sql/unicode.js';
import { openDuckDb } from './engines.js';

describe('the Unicode facts the SQL is built from', () => {
  it('a whole word: every spelling with Σ that JavaScript lowers to it', () => {
    expect(sigmaVariants('σοφος')?.sort()).toEqual(['Σοφος', 'ΣοφοΣ', 'σοφος', 'σοφοΣ'].sort());
    // a final Σ lowers to ς, so "σοφοσ" has no spelling with a last Σ
    expect(sigmaVariants('σοφοσ')?.sort()).toEqual(['Σοφοσ', 'σοφοσ'].sort());
    expect(sigmaVariants('yes')).toEqual(['yes']);
  });

  it('a piece of text: only the Σ whose lower case the piece itself decides', () => {
    expect(sigmaSubstringVariants('σοφ')).toEqual(['σοφ', 'Σοφ']);
    expect(sigmaSubstringVariants('ος λ')).toEqual(['ος λ', 'οΣ λ']);
    expect(sigmaSubstringVariants('ος')).toBeUndefined(); // ς or σ depends on what follows the match
    expect(sigmaSubstringVariants('σ')).toBeUndefined();
    expect(sigmaSubstringVariants(' σ')).toEqual([' σ', ' Σ']); // nothing cased before it: σ
  });

  it('lower-casing maps exactly the upper-case letters whose lower case a target uses', () => {
    const found = lowering(['yes', 'да']);
    expect('code' in found).toBe(false);
    if ('code' in found) return;
    expect([...found.from].sort()).toEqual(['E', 'S', 'Y', 'Д', 'А'].sort());
    expect(found.to).toBe([...found.from].map((char) => char.toLowerCase()).join(''));
    expect(found.dottedI).toBe(false);
    expect(lowering(['si'])).toMatchObject({ dottedI: true });
  });

  it('a /…/iu letter matches its whole case-folding class (the Kelvin sign is a k)', () => {
    expect(caseVariants('k').map((point) => String.fromCodePoint(point))).toEqual(['K', 'k', '\u212a']);
    expect(caseVariants('ł').map((point) => String.fromCodePoint(point))).toEqual(['Ł', 'ł']);
  });

  it("DuckDB's lower() is JavaScript's toLowerCase() wherever the dialect says so, a character at a time and in running text", async () => {
    const engine = await openDuckDb();
    try {
      for (const [first, last] of duckdb.lowerLikeJavaScript ?? []) {
        const text = Array.from({ length: last - first + 1 }, (_, offset) => String.fromCodePoint(first + offset)).join('');
        const [row] = await engine.query(
          `SELECT string_agg(lower(chr(point::INTEGER)), '' ORDER BY point) AS chars, lower(string_agg(chr(point::INTEGER), '' ORDER BY point)) AS running FROM range(${first}, ${last + 1}) AS points(point)`,
        );
        expect(row?.chars).toBe([...text].map((char) => char.toLowerCase()).join(''));
        expect(row?.running).toBe(text.toLowerCase());
        // each at the end of a word, where JavaScript lowers Σ to ς
        const ends = [...text].map((char) => `a${char} `).join('');
        const [word] = await engine.query(`SELECT lower(${duckdb.string(ends)}) AS lower`);
        expect(word?.lower).toBe(ends.toLowerCase());
      }
    } finally {
      await engine.close();
    }
  });
});
